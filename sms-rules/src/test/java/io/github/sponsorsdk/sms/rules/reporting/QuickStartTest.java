package io.github.sponsorsdk.sms.rules.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.event.ReportableEvent;
import io.github.sponsorsdk.sms.core.event.WorkerPayChanged;
import io.github.sponsorsdk.sms.core.event.WorkerUnauthorisedAbsence;
import io.github.sponsorsdk.sms.core.identifier.CosNumber;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.place.UkNation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The package-info / README quick-start, kept compiling and true. */
class QuickStartTest {

  @Test
  void quickStart() {
    List<ReportableEvent> events = List.of(
        WorkerUnauthorisedAbsence.builder().cos(CosNumber.of("C2G7H9K3")).reference("EMP-00042")
            .occurredOn(LocalDate.of(2026, 3, 2)).consecutiveWorkingDaysAbsent(11).build(),
        WorkerPayChanged.builder().cos(CosNumber.of("C4X9R27316K")).occurredOn(LocalDate.of(2026, 4, 1))
            .previousAnnualSalary(Money.ofPounds(41_700)).newAnnualSalary(Money.ofPounds(45_000)).build());

    DutyBatch duties = ReportingDuties.defaults()
        .duties(events, SponsorContext.of(UkNation.SCOTLAND), LocalDate.of(2026, 3, 20));

    assertThat(duties.get(0).id()).isEqualTo("W2");
    assertThat(duties.get(0).status()).isEqualTo(DutyStatus.DUE);
    assertThat(duties.get(0).clockStart()).contains(LocalDate.of(2026, 3, 13));
    assertThat(duties.get(0).dueDate()).contains(LocalDate.of(2026, 3, 27));
    assertThat(duties.get(0).reference()).contains("EMP-00042");
    assertThat(duties.get(1).status()).isEqualTo(DutyStatus.NOT_REPORTABLE);
    assertThat(duties.get(1).has(DutyReason.PAY_INCREASE)).isTrue();
    assertThat(duties.status(1)).isEqualTo(DutyStatus.NOT_REPORTABLE); // the same, read from the columns
  }
}
