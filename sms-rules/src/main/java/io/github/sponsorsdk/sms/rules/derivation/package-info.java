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
 * <p>The rules, their sources and the decisions taken where the sources are silent (whose working days count an
 * absence, how a pay cut is measured, what "4 weeks" is for a 3-day week) are in decision record 0460.
 */
@SmsStyle
package io.github.sponsorsdk.sms.rules.derivation;

import io.github.sponsorsdk.sms.core.value.SmsStyle;
