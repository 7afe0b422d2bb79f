package io.github.sponsorsdk.sms.rules.derivation;

import io.github.sponsorsdk.sms.core.event.WorkerPayChanged;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.rules.reporting.Report;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One worker's salary records against the CoS salary. The baseline starts at the CoS salary and moves only with a
 * salary reported on the SMS (Skilled Worker guidance SK7.19: "the salary stated on their Certificate of Sponsorship
 * (or any subsequent salary-related report made against the CoS)"). A salary below the baseline is a reduction (a
 * {@link WorkerPayChanged} from the baseline); a cut to exactly the baseline is not; a rise is an event only for a
 * nurse's or midwife's registration. A record reported on the SMS also yields a {@link Report} of its event.
 */
final class PayChanges {
  private final WorkerRecord worker;
  private final int position;
  private final List<Report> reports;
  private final RecordSink run;

  PayChanges(WorkerRecord worker, int position, List<Report> reports, RecordSink run) {
    this.worker = worker;
    this.position = position;
    this.reports = reports;
    this.run = run;
  }

  void measure(List<Integer> order, List<PayRecord> all) {
    Money baseline = worker.cosAnnualSalary().orElseThrow();
    LocalDate previous = null;
    for (int i : order) {
      PayRecord r = all.get(i);
      if (r.effectiveFrom().equals(previous)) {
        run.finding(RecordKind.PAY, i, r.worker(), DerivationReasonCode.DUPLICATE_PAY_DATE,
            Map.of("date", previous));
        continue;
      }
      previous = r.effectiveFrom();
      Money salary = r.annualSalary();
      WorkerPayChanged event = null;
      if (salary.isLessThan(baseline)) {
        event = WorkerPayChanged.builder().cos(worker.cos()).reference(worker.reference()).nation(worker.nation())
            .occurredOn(r.effectiveFrom()).previousAnnualSalary(baseline).newAnnualSalary(salary)
            .reductionReason(r.reductionReason()).build();
      } else if (baseline.isLessThan(salary) && r.nurseOrMidwifeRegistration()) {
        event = WorkerPayChanged.builder().cos(worker.cos()).reference(worker.reference()).nation(worker.nation())
            .occurredOn(r.effectiveFrom()).previousAnnualSalary(baseline).newAnnualSalary(salary)
            .nurseOrMidwifeRegistrationCompleted(true).build();
      }
      if (event != null) {
        run.event(position, event);
        if (r.reportedOnSms().isPresent()) {
          reports.add(Report.of(event, r.reportedOnSms().get()));
        }
      }
      if (r.reportedOnSms().isPresent()) {
        baseline = salary;
      }
    }
  }
}
