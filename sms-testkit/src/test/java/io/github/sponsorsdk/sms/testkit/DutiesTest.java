package io.github.sponsorsdk.sms.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.event.WorkerUnauthorisedAbsence;
import io.github.sponsorsdk.sms.core.identifier.CosNumber;
import io.github.sponsorsdk.sms.core.place.UkNation;
import io.github.sponsorsdk.sms.rules.reporting.Duty;
import io.github.sponsorsdk.sms.rules.reporting.DutyStatus;
import io.github.sponsorsdk.sms.testkit.event.SmsEvent;
import io.github.sponsorsdk.sms.testkit.event.SmsEventKind;
import io.github.sponsorsdk.sms.testkit.internal.PasswordHasher;
import io.github.sponsorsdk.sms.testkit.scenario.Scenarios;
import io.github.sponsorsdk.sms.testkit.scenario.Sponsor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Duties fall due and overdue on the clock, computed by the sms-rules reporting engine. */
class DutiesTest {

  @Test
  void anUnreportedAbsenceBecomesOverdueTheDayAfterItsDueDate() {
    // The reporting engine's own example: absence from 2 March 2026, 11 working days, Scotland: due 27 March 2026.
    InMemorySms sms = InMemorySms.builder().startingOn(LocalDate.of(2026, 3, 20))
        .passwordIterations(PasswordHasher.FAST_TEST_ITERATIONS).build();
    Sponsor s = Scenarios.skilledWorkerSponsor().grant(sms);
    List<SmsEvent> heard = new ArrayList<>();
    sms.addListener(heard::add);
    String id = sms.recordOccurrence(s.licenceNumber(), WorkerUnauthorisedAbsence.builder()
        .cos(CosNumber.of("C2G7H9K3")).reference("EMP-00042").occurredOn(LocalDate.of(2026, 3, 2))
        .consecutiveWorkingDaysAbsent(11).build(), UkNation.SCOTLAND);
    assertThat(heard).extracting(SmsEvent::kind).containsExactly(SmsEventKind.DUTY_DUE);
    assertThat(heard.get(0).subject()).isEqualTo(id);
    Duty duty = sms.duties(s.licenceNumber()).get(0);
    assertThat(duty.status()).isEqualTo(DutyStatus.DUE);
    LocalDate due = duty.dueDate().orElseThrow();
    assertThat(due).isEqualTo(LocalDate.of(2026, 3, 27));
    assertThat(heard.get(0).details()).containsEntry("dueDate", due.toString());

    sms.clock().advanceTo(due);
    assertThat(heard).hasSize(1);
    assertThat(sms.duties(s.licenceNumber()).get(0).status()).isEqualTo(DutyStatus.DUE);
    sms.clock().advanceTo(due.plusDays(1));
    assertThat(heard).extracting(SmsEvent::kind).containsExactly(SmsEventKind.DUTY_DUE, SmsEventKind.DUTY_OVERDUE);
    assertThat(sms.duties(s.licenceNumber()).get(0).status()).isEqualTo(DutyStatus.OVERDUE);
    // A snapshot keeps the occurrence (its event type included) and restores it.
    InMemorySms other = InMemorySms.builder().passwordIterations(PasswordHasher.FAST_TEST_ITERATIONS).build();
    other.restoreJson(sms.snapshotJson());
    assertThat(other.duties(s.licenceNumber())).isEqualTo(sms.duties(s.licenceNumber()));
  }
}
