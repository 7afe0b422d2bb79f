/**
 * Calendar periods the SMS rules speak of ("3 months", "6 months", "12 months"), with the month-end ambiguity
 * made an explicit {@link io.github.sponsorsdk.sms.rules.period.MonthEndPolicy}.
 *
 * <pre>{@code
 * LocalDate lastDay = CalendarMonths.plus(assignedOn, 3, MonthEndPolicy.CORRESPONDING_DAY_OR_MONTH_END);
 * }</pre>
 */
@SmsStyle
package io.github.sponsorsdk.sms.rules.period;

import io.github.sponsorsdk.sms.core.value.SmsStyle;
