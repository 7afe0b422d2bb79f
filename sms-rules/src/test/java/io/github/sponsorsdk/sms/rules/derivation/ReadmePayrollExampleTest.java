package io.github.sponsorsdk.sms.rules.derivation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.event.WorkerUnauthorisedAbsence;
import io.github.sponsorsdk.sms.core.identifier.CosNumber;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.place.UkNation;
import io.github.sponsorsdk.sms.rules.reporting.Duty;
import io.github.sponsorsdk.sms.rules.reporting.DutyBatch;
import io.github.sponsorsdk.sms.rules.reporting.ReportingDuties;
import io.github.sponsorsdk.sms.rules.reporting.SponsorContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's payroll example (section "Reporting duties from payroll records"), compiled and its table asserted. */
class ReadmePayrollExampleTest {

  @Test
  void fromRawRecordsToADutiesTable() {
    StringBuilder table = new StringBuilder();
    // ---- README snippet starts (System.out.printf replaced by table.append(String.format(...)))
    WorkerRecord amara = WorkerRecord.builder().reference("EMP-00042").cos(CosNumber.of("C2G7H9K3"))
        .nation(UkNation.SCOTLAND).cosAnnualSalary(Money.ofPounds(41_700)).build();
    WorkerRecord ben = WorkerRecord.builder().reference("EMP-00043").cos(CosNumber.of("C4X9R27316K"))
        .nation(UkNation.ENGLAND_AND_WALES).cosAnnualSalary(Money.ofPounds(38_700)).build();
    List<AttendanceRecord> attendance = new ArrayList<>();
    for (LocalDate d = LocalDate.of(2025, 12, 22); d.isBefore(LocalDate.of(2026, 1, 12)); d = d.plusDays(1)) {
      attendance.add(AttendanceRecord.of("EMP-00042", d, AttendanceStatus.ABSENT_WITHOUT_PERMISSION));
    }
    attendance.add(AttendanceRecord.of("EMP-00042", LocalDate.of(2026, 1, 12), AttendanceStatus.WORKED));
    PayrollRecords records = PayrollRecords.builder().addWorkers(amara, ben).addAllAttendance(attendance)
        .addLeave(LeaveRecord.builder().worker("EMP-00043").from(LocalDate.of(2026, 1, 5))
            .to(LocalDate.of(2026, 2, 13)).pay(LeavePay.UNPAID).reason(LeaveReason.UNPAID_HOLIDAY).build())
        .addPay(PayRecord.builder().worker("EMP-00043").effectiveFrom(LocalDate.of(2026, 2, 1))
                .annualSalary(Money.ofPounds(38_700)).build(),     // exactly the CoS salary: not a reduction
            PayRecord.builder().worker("EMP-00042").effectiveFrom(LocalDate.of(2026, 2, 1))
                .annualSalary(Money.ofPounds(40_000)).build())     // below the CoS salary: W4
        .build();

    LocalDate today = LocalDate.of(2026, 2, 13);
    DerivedEvents derived = EventDerivation.defaults().events(records, today);
    DutyBatch duties = ReportingDuties.defaults().duties(derived.events(),
        SponsorContext.of(UkNation.ENGLAND_AND_WALES), today, derived.reports());
    for (Duty d : duties) {
      table.append(String.format("%-9s %-3s %-8s %-10s %s%n", d.reference().orElse(""), d.id(), d.status(),
          d.dueDate().map(LocalDate::toString).orElse("-"), d.reasons().get(0).code()));
    }
    // ---- README snippet ends
    assertThat(derived.findings()).isEmpty();
    assertThat(table.toString().lines()).containsExactly(
        "EMP-00042 W2  OVERDUE  2026-01-22 reporting.OVERDUE",
        "EMP-00042 W4  DUE      2026-02-13 reporting.PAY_REDUCTION_NOT_PERMITTED",
        "EMP-00043 W3  DUE      2026-02-16 reporting.UNPAID_LEAVE_NO_EXCEPTION");
    assertThat(duties.overdue()).hasSize(1);
    assertThat(duties.dueWithin(1)).extracting(Duty::id).containsExactly("W4", "W3");
  }

  /** The README's second snippet: Amara's attendance as one row gives the same absence as her records. */
  @Test
  void attendanceAsARow() {
    WorkerRecord amara = WorkerRecord.builder().reference("EMP-00042").cos(CosNumber.of("C2G7H9K3"))
        .nation(UkNation.SCOTLAND).cosAnnualSalary(Money.ofPounds(41_700)).build();
    LocalDate today = LocalDate.of(2026, 2, 13);
    // ---- README snippet starts
    PayrollRecords grid = PayrollRecords.builder().addWorkers(amara)
        .addAttendanceRows(AttendanceRow.of("EMP-00042", LocalDate.of(2025, 12, 22), "A".repeat(21) + "W"))
        .build();
    WorkerUnauthorisedAbsence absence =
        (WorkerUnauthorisedAbsence) EventDerivation.defaults().events(grid, today).events().get(0);
    // ---- README snippet ends
    assertThat(absence.tenthWorkingDayOfAbsence()).contains(LocalDate.of(2026, 1, 8));
    assertThat(absence.consecutiveWorkingDaysAbsent()).isEqualTo(11);
    assertThat(absence.returnedOn()).contains(LocalDate.of(2026, 1, 12));
  }
}
