/**
 * Reporting duties: which reportable events oblige a sponsor to report, to whom, by when, and where each duty stands.
 *
 * <ul>
 *   <li>{@link io.github.sponsorsdk.sms.rules.reporting.DutyCatalogue}: the duties as data, one cited
 *       {@link io.github.sponsorsdk.sms.rules.reporting.DutyRule} per row (W1–W11, S1–S8, O1–O8, O3.A): deadline,
 *       clock start, channel (SMS, email, police, ...), who reports, and what is not reportable.
 *   <li>{@link io.github.sponsorsdk.sms.rules.reporting.ReportingParameters}: thresholds, date-effective exclusions
 *       (hybrid working not reportable from 5 March 2024) and the deadlines the sources disagree on, each cited, with
 *       documented defaults.
 *   <li>{@link io.github.sponsorsdk.sms.rules.reporting.ReportingDuties}: the engine; pure, thread-safe, built for
 *       batches of thousands of events in one call.
 * </ul>
 *
 * <pre>{@code
 * List<ReportableEvent> events = List.of(
 *     WorkerUnauthorisedAbsence.builder().cos(CosNumber.of("C2G7H9K3")).reference("EMP-00042")
 *         .occurredOn(LocalDate.of(2026, 3, 2)).consecutiveWorkingDaysAbsent(11).build(),
 *     WorkerPayChanged.builder().cos(CosNumber.of("C4X9R27316K")).occurredOn(LocalDate.of(2026, 4, 1))
 *         .previousAnnualSalary(Money.ofPounds(41_700)).newAnnualSalary(Money.ofPounds(45_000)).build());
 *
 * DutyBatch duties = ReportingDuties.defaults()   // a List<Duty>, stored by column
 *     .duties(events, SponsorContext.unspecified(), UkNation.SCOTLAND, LocalDate.of(2026, 3, 20));
 *
 * for (Duty d : duties) {
 *   // W2 DUE 2026-03-27 (clock start: 10th working day of absence, 13 March; +10 working days)
 *   // W4 NOT_REPORTABLE [PAY_INCREASE]
 *   payroll.show(d.id(), d.status(), d.dueDate(), d.reasons());
 * }
 * }</pre>
 *
 * <h2>Decisions (record 0420)</h2>
 * The nation is always an explicit argument. The event day (the clock start) is day 0 by default and never counted;
 * day 1 is the next working day, so an event on a weekend or bank holiday counts from the next working day
 * ({@link io.github.sponsorsdk.sms.rules.reporting.DayCounting}). Deadlines without a date ("as soon as reasonably
 * practicable") are DUE and never OVERDUE. Sources that disagree become parameters: the breach-of-conditions
 * deadline (default: as soon as reasonably practicable) and the new owner's licence application (default: 28
 * calendar days, Immigration Rules SUI 34.1(b)(ii), rather than 20 working days).
 */
@SmsStyle
package io.github.sponsorsdk.sms.rules.reporting;

import io.github.sponsorsdk.sms.core.value.SmsStyle;
