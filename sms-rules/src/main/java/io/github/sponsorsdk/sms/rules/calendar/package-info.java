/**
 * UK working-day calendars: which days count when a duty must be done "within N working days".
 *
 * <h2>What a working day is</h2>
 * Monday to Friday, except the bank holidays of the sponsor's nation: {@code ENGLAND_AND_WALES}, {@code SCOTLAND} or
 * {@code NORTHERN_IRELAND} ({@link io.github.sponsorsdk.sms.core.place.UkNation}). The nation is always an explicit
 * argument; there is no default, because the three differ (Scotland's 2 January and St Andrew's Day, Northern
 * Ireland's St Patrick's Day and Battle of the Boyne, Easter Monday outside Scotland, different summer holidays).
 * Bank holidays include substitute days (a holiday on a weekend moves to the next weekday: e.g. Boxing Day 2026, a
 * Saturday, is observed on Monday 28 December) and one-off days (the 2020 VE Day move to 8 May, the 2022 Platinum
 * Jubilee days of 2 and 3 June and the state funeral of 19 September, the coronation of 8 May 2023, and Scotland's
 * World Cup bank holiday of Monday 15 June 2026, proclaimed on 4 February 2026).
 *
 * <h2>Counting</h2>
 * {@link io.github.sponsorsdk.sms.rules.calendar.WorkingDayCalendar#plusWorkingDays plusWorkingDays(date, n)} never
 * counts {@code date} itself: "10 working days after an event on Friday 28 August 2026" in England and Wales is
 * Monday 14 September 2026 (Monday 31 August is a bank holiday), and an event on a weekend or bank holiday counts
 * from the next working day. {@code n == 0} returns the date unchanged; roll it with {@code nextOrSame} if needed.
 * {@code workingDaysBetween(start, end)} is half-open: the start counts, the end does not. These are the
 * conventions of OpenGamma Strata's {@code HolidayCalendar} ({@code shift}, {@code daysBetween}).
 *
 * <h2>Data source</h2>
 * The bank holidays come from jollyday (de.focus-shift) 2.19.0, {@code holidays/Holidays_gb.xml}, sub-calendars
 * {@code eng}, {@code sct} and {@code nir}, compiled at <em>build</em> time into the jar resource
 * {@code io/github/sponsorsdk/sms/rules/calendar/uk-bank-holidays.txt} (jollyday is a build- and test-only
 * dependency; the generator is {@code sms-rules/src/build/java/.../generator/UkBankHolidayTableGenerator.java}).
 * At run time sms-rules needs no holiday library, no XML binding and no JVM flag on the module path.
 * {@link io.github.sponsorsdk.sms.rules.calendar.UkWorkingDayCalendars#of} reads the resource on first use, in a few
 * milliseconds, builds the three calendars and keeps them; if the resource is missing or corrupt, every call throws a
 * {@link io.github.sponsorsdk.sms.rules.calendar.CalendarDataException} naming it. The tests hold the table against
 * jollyday on every day of the range and against the official GOV.UK feed (every date of 2018 to 2027, per nation,
 * plus the Scotland 2026-06-15 proclamation that postdates the feed copies; see
 * {@code docs/decisions/0410-working-day-calendars.md} and {@code docs/decisions/0450-calendar-table-at-build-time.md}).
 * Years before 2018 rest on jollyday alone.
 *
 * <h2>Range</h2>
 * The cached calendars cover 2000-01-01 to 2060-12-31. Outside it every method throws
 * {@link io.github.sponsorsdk.sms.rules.calendar.CalendarRangeException} naming the range; nothing is extrapolated.
 * For other years, compile a calendar from your own dates with
 * {@link io.github.sponsorsdk.sms.rules.calendar.WorkingDayCalendar#of(io.github.sponsorsdk.sms.core.place.UkNation,
 * int, int, java.util.Collection, io.github.sponsorsdk.sms.core.citation.Citation) WorkingDayCalendar.of}.
 * Future years are only as right as the data: bank holidays are fixed by proclamation, sometimes at months' notice.
 *
 * <h2>Overrides</h2>
 * When a holiday is proclaimed (or moved) after the data was published, add or remove the day with
 * {@link io.github.sponsorsdk.sms.rules.calendar.WorkingDayCalendar#withAddedHoliday withAddedHoliday(date, citation)}
 * or {@code withRemovedHoliday}; each returns a new immutable calendar and records a
 * {@link io.github.sponsorsdk.sms.rules.calendar.CalendarOverride} (day, kind, citation) in {@code overrides()}.
 *
 * <h2>Speed</h2>
 * A calendar is a month bitset (one {@code int} per month, bit set = working day), so a lookup is a bit test and
 * moving N working days touches one or two {@code int}s; see the JMH benchmark
 * {@code io.github.sponsorsdk.sms.rules.bench.WorkingDayCalendarBenchmark} in the test tree.
 */
@SmsStyle
package io.github.sponsorsdk.sms.rules.calendar;

import io.github.sponsorsdk.sms.core.value.SmsStyle;
