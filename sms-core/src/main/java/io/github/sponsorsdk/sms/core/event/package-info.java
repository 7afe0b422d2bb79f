/**
 * Reportable events: what happened to a sponsored worker, a sponsored student or the sponsor, as immutable,
 * validated, JSON-ready facts.
 *
 * <p>{@link io.github.sponsorsdk.sms.core.event.ReportableEvent} is a sealed hierarchy with one type per row of the
 * reporting-duties table (W1–W11, S1–S8, O1–O8 in the project's domain notes, {@link
 * io.github.sponsorsdk.sms.core.event.EventKind#code()}). Events carry the facts the reporting clock needs (the
 * first day of an absence and how many working days it has lasted; the days without pay in the calendar year and
 * any permitted exception; the four dates whose latest starts a worker's 28-day start window), never the verdict:
 * whether and by when to report is decided by {@code sms-rules} ({@code io.github.sponsorsdk.sms.rules.reporting}),
 * which also explains why a pay increase, a hybrid working pattern change since 5 March 2024, a start delay of 28
 * days or less, or occasional work elsewhere is not reportable.
 *
 * <pre>{@code
 * ReportableEvent absence = WorkerUnauthorisedAbsence.builder()
 *     .cos(CosNumber.of("C2G7H9K3"))
 *     .occurredOn(LocalDate.of(2026, 3, 2))      // first day absent
 *     .consecutiveWorkingDaysAbsent(11)
 *     .reference("EMP-00042")                     // the payroll system's key, echoed on the duty
 *     .build();
 * }</pre>
 *
 * <p>JSON: every event serialises with a {@code "type"} property holding its stable name (the {@code TYPE} constant
 * of each class), so a list of mixed events reads back as {@code List<ReportableEvent>}.
 */
package io.github.sponsorsdk.sms.core.event;
