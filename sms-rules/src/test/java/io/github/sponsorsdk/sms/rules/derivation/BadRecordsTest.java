package io.github.sponsorsdk.sms.rules.derivation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.decision.Severity;
import io.github.sponsorsdk.sms.core.event.WorkerEvent;
import io.github.sponsorsdk.sms.core.event.WorkerPayChanged;
import io.github.sponsorsdk.sms.core.event.WorkerUnauthorisedAbsence;
import io.github.sponsorsdk.sms.core.event.WorkerUnpaidLeave;
import io.github.sponsorsdk.sms.core.identifier.CosNumber;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.place.UkNation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad input: one finding per bad record, with its list and position; the rest of the batch is still derived. */
class BadRecordsTest {

  static final CosNumber COS = CosNumber.of("C2G7H9K3");

  static WorkerRecord worker(String ref) {
    return WorkerRecord.builder().reference(ref).cos(COS).nation(UkNation.ENGLAND_AND_WALES)
        .cosAnnualSalary(Money.ofPounds(40_000)).build();
  }

  /** Eleven working days absent from Monday 2 March 2026, one record a day (weekends included). */
  static List<AttendanceRecord> elevenDays(String ref) {
    return EventDerivationTest.absent(ref, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 16));
  }

  @Test
  void everyBadRecordHasAFindingAndTheRestIsDerived() {
    List<AttendanceRecord> att = new ArrayList<>();
    att.addAll(elevenDays("GOOD"));                                                      // 0..14
    att.add(AttendanceRecord.of("NOBODY", LocalDate.of(2026, 3, 2), AttendanceStatus.WORKED));        // 15
    att.add(AttendanceRecord.of("GOOD", LocalDate.of(2061, 1, 3), AttendanceStatus.WORKED));         // 16
    att.addAll(elevenDays("TWICE"));                                                     // 17..31
    att.add(AttendanceRecord.of("TWICE", LocalDate.of(2026, 3, 16), AttendanceStatus.WORKED));        // 32
    List<AttendanceRecord> shuffled = new ArrayList<>(elevenDays("SHUFFLED"));
    Collections.swap(shuffled, 3, 9);
    att.addAll(shuffled);                                                                // 33..47
    PayrollRecords records = PayrollRecords.builder()
        .addWorkers(worker("GOOD"), worker("TWICE"), worker("SHUFFLED"), worker("GOOD"),
            WorkerRecord.builder().reference("NOSALARY").cos(COS).nation(UkNation.SCOTLAND).build())
        .addAllAttendance(att)
        .addLeave(
            leave("GOOD", "2026-05-04", "2026-06-05"),      // 25 days: an event
            leave("GOOD", "2026-06-01", "2026-06-03"),      // overlaps
            leave("NOBODY", "2026-05-04", "2026-05-05"))
        .addPay(
            pay("GOOD", "2026-04-01", 39_000), pay("GOOD", "2026-04-01", 38_000),
            pay("NOSALARY", "2026-04-01", 30_000))
        .build();
    DerivedEvents d = EventDerivation.defaults().events(records, LocalDate.of(2026, 6, 30));
    assertThat(d.findings()).extracting(f -> f.kind() + "[" + f.index() + "] " + f.reason().code() + " "
        + f.reason().severity()).containsExactlyInAnyOrder(
            "WORKER[3] derivation.DUPLICATE_WORKER REFUSAL",
            "ATTENDANCE[15] derivation.UNKNOWN_WORKER REFUSAL",
            "ATTENDANCE[16] derivation.DATE_OUTSIDE_CALENDAR REFUSAL",
            "ATTENDANCE[32] derivation.OVERLAPPING_RECORD REFUSAL",
            // days 0, 1, 2, 9, 4, 5, 6, 7, 8, 3, ...: each record after day 9 and before it in time is out of order
            "ATTENDANCE[37] derivation.OUT_OF_ORDER WARNING", "ATTENDANCE[38] derivation.OUT_OF_ORDER WARNING",
            "ATTENDANCE[39] derivation.OUT_OF_ORDER WARNING", "ATTENDANCE[40] derivation.OUT_OF_ORDER WARNING",
            "ATTENDANCE[41] derivation.OUT_OF_ORDER WARNING", "ATTENDANCE[42] derivation.OUT_OF_ORDER WARNING",
            "LEAVE[1] derivation.OVERLAPPING_LEAVE REFUSAL",
            "LEAVE[2] derivation.UNKNOWN_WORKER REFUSAL",
            "PAY[1] derivation.DUPLICATE_PAY_DATE REFUSAL",
            "PAY[2] derivation.NO_COS_SALARY REFUSAL");
    assertThat(d.findings()).allSatisfy(f -> {
      assertThat(f.worker()).isPresent();
      assertThat(f.reason().message()).isNotBlank();
    });
    assertThat(d.isComplete()).isFalse();
    // GOOD: its absence, leave and pay; SHUFFLED: its absence, from the sorted records; TWICE: none (ambiguous).
    assertThat(d.events()).extracting(e -> e.reference().orElseThrow() + " " + e.getClass().getSimpleName()
        .replace("Immutable", "")).containsExactly(
            "GOOD WorkerUnauthorisedAbsence", "GOOD WorkerUnpaidLeave", "GOOD WorkerPayChanged",
            "SHUFFLED WorkerUnauthorisedAbsence");
    WorkerUnauthorisedAbsence sorted = (WorkerUnauthorisedAbsence) d.events().get(3);
    assertThat(sorted.consecutiveWorkingDaysAbsent()).isEqualTo(11);
    assertThat(((WorkerPayChanged) d.events().get(2)).newAnnualSalary()).isEqualTo(Money.ofPounds(39_000));
    assertThat(((WorkerUnpaidLeave) d.events().get(1)).daysWithoutPayInCalendarYear()).isEqualTo(21);
  }

  @Test
  void cleanInputIsComplete() {
    DerivedEvents d = EventDerivation.defaults().events(PayrollRecords.builder().addWorkers(worker("GOOD"))
        .addAllAttendance(elevenDays("GOOD")).build(), LocalDate.of(2026, 3, 16));
    assertThat(d.isComplete()).isTrue();
    assertThat(d.findings()).isEmpty();
    List<WorkerEvent> events = d.events();
    assertThat(events).hasSize(1);
  }

  static LeaveRecord leave(String ref, String from, String to) {
    return LeaveRecord.builder().worker(ref).from(LocalDate.parse(from)).to(LocalDate.parse(to))
        .pay(LeavePay.UNPAID).reason(LeaveReason.UNPAID_HOLIDAY).build();
  }

  static PayRecord pay(String ref, String from, int pounds) {
    return PayRecord.builder().worker(ref).effectiveFrom(LocalDate.parse(from)).annualSalary(Money.ofPounds(pounds))
        .build();
  }
}
