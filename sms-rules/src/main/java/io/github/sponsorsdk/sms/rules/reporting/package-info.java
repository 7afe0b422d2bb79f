/**
 * Reporting duties: which reportable events oblige a sponsor to report, to whom, by when, and where each duty stands.
 *
 * <ul>
 *   <li>{@link io.github.sponsorsdk.sms.rules.reporting.DutyCatalogue}: the duties as data, one cited
 *       {@link io.github.sponsorsdk.sms.rules.reporting.DutyRule} per row (W1–W11, S1–S8, O1–O8, O3.A), each the one
 *       place its duty's rule lives: {@link io.github.sponsorsdk.sms.rules.reporting.Deadline} (which computes its
 *       own due date), {@link io.github.sponsorsdk.sms.rules.reporting.ClockStart},
 *       {@link io.github.sponsorsdk.sms.rules.reporting.Exclusion}s, {@link io.github.sponsorsdk.sms.rules.reporting.Remark}s,
 *       in-force date, {@link io.github.sponsorsdk.sms.rules.reporting.Confidence}, channel and party.
 *   <li>{@link io.github.sponsorsdk.sms.rules.reporting.ReportingParameters}: the catalogue, thresholds, dated
 *       switches and the deadlines the sources disagree on, each cited, with documented defaults.
 *   <li>{@link io.github.sponsorsdk.sms.rules.reporting.ReportingDuties}: the engine; pure, thread-safe, built for
 *       batches of thousands of events across nations in one call; its
 *       {@link io.github.sponsorsdk.sms.rules.reporting.DutyBatch} has the views (overdue, due within N working days,
 *       past the "as soon as reasonably practicable" horizon) and a
 *       {@link io.github.sponsorsdk.sms.rules.reporting.DutySchedule} for hosts.
 *   <li>Events from raw payroll records: {@code rules.derivation}.
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
 *     .duties(events, SponsorContext.of(UkNation.SCOTLAND), LocalDate.of(2026, 3, 20));
 *
 * for (Duty d : duties) {
 *   // W2 DUE 2026-03-27 (clock start: 10th working day of absence, 13 March; +10 working days)
 *   // W4 NOT_REPORTABLE [PAY_INCREASE]
 *   payroll.show(d.id(), d.status(), d.dueDate(), d.reasons());
 * }
 * }</pre>
 *
 * <h2>Decisions (records 0420, 0440, 0460)</h2>
 * The nation is never assumed: the event's own, else the sponsor's, else UNDETERMINED. The event day (the clock
 * start) is day 0 by default and never counted; day 1 is the next working day, so an event on a weekend or bank
 * holiday counts from the next working day ({@link io.github.sponsorsdk.sms.rules.reporting.DayCounting}). Deadlines
 * without a date ("as soon as reasonably practicable") are DUE and never OVERDUE, flagged after a configurable
 * horizon. Sources that disagree become parameters: the breach-of-conditions deadline (default: as soon as
 * reasonably practicable), the new owner's licence application (default: 28 calendar days, Immigration Rules SUI
 * 34.1(b)(ii), rather than 20 working days), the day unpaid leave became reportable in all cases (31 March 2023; 12
 * April 2023 in one source).
 */
@SmsStyle
package io.github.sponsorsdk.sms.rules.reporting;

import io.github.sponsorsdk.sms.core.value.SmsStyle;
