/**
 * Event derivation: from what a payroll or HR system holds (workers, daily attendance, leave periods, salary
 * records) to the reportable worker events of {@code core.event}, ready for the duties engine
 * ({@link io.github.sponsorsdk.sms.rules.reporting.ReportingDuties}). Pure: records in, events, reports already made
 * and per-record findings out.
 *
 * <ul>
 *   <li>{@link io.github.sponsorsdk.sms.rules.derivation.EventDerivation}: the engine.
 *   <li>{@link io.github.sponsorsdk.sms.rules.derivation.PayrollRecords}: its input;
 *       {@link io.github.sponsorsdk.sms.rules.derivation.DerivedEvents}: its output, with
 *       {@link io.github.sponsorsdk.sms.rules.derivation.RecordFinding}s for bad records.
 *   <li>{@link io.github.sponsorsdk.sms.rules.derivation.DerivationParameters}: whose working days count
 *       ({@link io.github.sponsorsdk.sms.rules.derivation.AbsenceDays}) and the reporting thresholds.
 * </ul>
 *
 * <h2>Two forms of daily attendance</h2>
 * A worker's days come either as {@link io.github.sponsorsdk.sms.rules.derivation.AttendanceRecord}s (one object
 * per worker per day, or per exception day only) or as
 * {@link io.github.sponsorsdk.sms.rules.derivation.AttendanceRow}s: the columnar form of a timesheet grid, one row per
 * worker (or per worker and month) holding a first day and one code per day ({@code W} worked, {@code A} absent
 * without permission, {@code L} authorised absence, {@code -} rest day, {@code .} no entry). A year for 10,000
 * workers is 3.65 million records but only 10,000 rows of 365 characters, the shape a payroll export already has;
 * the derivation finds a row's absent days by search rather than reading every worked day. Both forms give the same
 * events and findings (tested on generated workforces); a worker uses one form or the other
 * ({@link io.github.sponsorsdk.sms.rules.derivation.DerivationReasonCode#ATTENDANCE_IN_TWO_FORMS}).
 *
 * <pre>{@code
 * PayrollRecords records = PayrollRecords.builder()
 *     .addWorkers(amara)
 *     .addAttendanceRows(AttendanceRow.of("EMP-00042", LocalDate.of(2025, 12, 22), "A".repeat(21) + "W"))
 *     .build();
 * DerivedEvents derived = EventDerivation.defaults().events(records, LocalDate.of(2026, 2, 13));
 * }</pre>
 *
 * <p>The rules, their sources and the decisions taken where the sources are silent (whose working days count an
 * absence, how a pay cut is measured, what "4 weeks" is for a 3-day week) are in decision record 0460.
 */
@SmsStyle
package io.github.sponsorsdk.sms.rules.derivation;

import io.github.sponsorsdk.sms.core.value.SmsStyle;
