package io.github.sponsorsdk.sms.rules.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sponsorsdk.sms.core.event.EventKind;
import io.github.sponsorsdk.sms.core.event.OffshoreDirection;
import io.github.sponsorsdk.sms.core.event.OffshoreWorkerMovement;
import io.github.sponsorsdk.sms.core.event.SponsorshipEndReason;
import io.github.sponsorsdk.sms.core.event.WorkerPayChanged;
import io.github.sponsorsdk.sms.core.event.WorkerSponsorshipEnded;
import io.github.sponsorsdk.sms.core.event.WorkerUnauthorisedAbsence;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.place.UkNation;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each catalogue row is the one place its duty's rule lives: change the row and the engine's answers change. */
class CatalogueDrivesTheEngineTest {

  static final SponsorContext EW = SponsorContext.of(UkNation.ENGLAND_AND_WALES);

  static ReportingDuties with(DutyRule row) {
    return ReportingDuties.of(ReportingParameters.builder().from(ReportingParameters.defaults())
        .catalogue(DutyCatalogue.standard().withRow(row)).build());
  }

  static DutyRule row(String id) {
    return DutyCatalogue.standard().row(id);
  }

  @Test
  void aRowsDeadlineMovesTheDueDate() {
    WorkerSponsorshipEnded ended = WorkerSponsorshipEnded.builder().cos(Ev.COS).occurredOn(LocalDate.of(2025, 8, 22))
        .reason(SponsorshipEndReason.RESIGNATION).build();
    LocalDate asOf = LocalDate.of(2025, 8, 22);
    // 10 working days from Friday 22 August 2025 (Monday 25th a bank holiday in England and Wales): 8 September.
    assertThat(ReportingDuties.defaults().duties(ended, EW, asOf).get(0).dueDate()).contains(LocalDate.of(2025, 9, 8));
    ReportingDuties five = with(row("W6").withDeadline(Deadline.workingDays(5)));
    assertThat(five.duties(ended, EW, asOf).get(0).dueDate()).contains(LocalDate.of(2025, 9, 1));
    ReportingDuties calendar = with(row("W6").withDeadline(Deadline.calendarDays(10)));
    assertThat(calendar.duties(ended, EW, asOf).get(0).dueDate()).contains(LocalDate.of(2025, 9, 1));
  }

  @Test
  void aRowsClockStartMovesTheDueDate() {
    WorkerUnauthorisedAbsence absence = WorkerUnauthorisedAbsence.builder().cos(Ev.COS)
        .occurredOn(LocalDate.of(2026, 3, 2)).consecutiveWorkingDaysAbsent(11).build();
    LocalDate asOf = LocalDate.of(2026, 3, 16);
    assertThat(ReportingDuties.defaults().duties(absence, EW, asOf).get(0).dueDate())
        .contains(LocalDate.of(2026, 3, 27)); // tenth day Friday 13 March + 10 working days
    ReportingDuties fromFirstDay = with(row("W2").withClockStart(ClockStart.EVENT_DAY));
    Duty d = fromFirstDay.duties(absence, EW, asOf).get(0);
    assertThat(d.clockStart()).contains(LocalDate.of(2026, 3, 2));
    assertThat(d.dueDate()).contains(LocalDate.of(2026, 3, 16));
  }

  @Test
  void aRowsExclusionsAndRemarksDecideWhatIsReportable() {
    WorkerPayChanged rise = WorkerPayChanged.builder().cos(Ev.COS).occurredOn(LocalDate.of(2026, 4, 1))
        .previousAnnualSalary(Money.ofPounds(41_700)).newAnnualSalary(Money.ofPounds(45_000)).build();
    LocalDate asOf = LocalDate.of(2026, 4, 1);
    assertThat(ReportingDuties.defaults().duties(rise, EW, asOf).get(0).status()).isEqualTo(DutyStatus.NOT_REPORTABLE);
    ReportingDuties everyChange = with(row("W4").withExclusions(List.of())
        .withRemarks(List.of()));
    Duty d = everyChange.duties(rise, EW, asOf).get(0);
    assertThat(d.status()).isEqualTo(DutyStatus.DUE);
    assertThat(d.reasons()).hasSize(1);
  }

  @Test
  void aRowsInForceDateDecidesFromWhenTheDutyExists() {
    OffshoreWorkerMovement march = OffshoreWorkerMovement.builder().cos(Ev.COS).occurredOn(LocalDate.of(2023, 3, 31))
        .direction(OffshoreDirection.ARRIVAL).build();
    assertThat(ReportingDuties.defaults().duties(march, EW, LocalDate.of(2023, 4, 1)).get(0)
        .has(DutyReason.DUTY_NOT_IN_FORCE)).isTrue();
    ReportingDuties earlier = with(row("W9").withInForceFrom(LocalDate.of(2023, 3, 31)));
    assertThat(earlier.duties(march, EW, LocalDate.of(2023, 4, 1)).get(0).status()).isEqualTo(DutyStatus.DUE);
  }

  @Test
  void aRowsConfidenceIsCarriedIntoEveryDuty() {
    for (EventKind kind : EventKind.values()) {
      DutyBatch batch = ReportingDuties.defaults().duties(List.of(Ev.of(kind, LocalDate.of(2026, 2, 2), 30, true)),
          EW, LocalDate.of(2026, 2, 2));
      for (int i = 0; i < batch.size(); i++) {
        assertThat(batch.get(i).confidence()).isEqualTo(batch.rule(i).confidence()).isEqualTo(batch.confidence(i));
      }
    }
    assertThat(row("W7").confidence()).isEqualTo(Confidence.UNCERTAIN);
    assertThat(row("O1").confidence()).isEqualTo(Confidence.PRIMARY);
    ReportingDuties sure = with(row("W7").withConfidence(Confidence.PRIMARY));
    assertThat(sure.duties(Ev.of(EventKind.WORKER_BREACH_OF_CONDITIONS, LocalDate.of(2026, 2, 2), 1, true), EW,
        LocalDate.of(2026, 2, 2)).get(0).confidence()).isEqualTo(Confidence.PRIMARY);
  }

  @Test
  void aRowMustFitItsEventKindAndTheCatalogueMustBeComplete() {
    assertThatThrownBy(() -> DutyRule.builder().from(row("W6")).clockStart(ClockStart.TENTH_WORKING_DAY_OF_ABSENCE)
        .exclusions(List.of(Exclusion.PAY_INCREASE)).remarks(List.of(Remark.HYBRID_WORKING_REPORTABLE))
        .deadlineParameter("reporting.nonsense").build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations()).extracting("path")
            .containsExactlyInAnyOrder("clockStart", "exclusions", "remarks", "deadlineParameter"));
    List<DutyRule> rows = new java.util.ArrayList<>(DutyCatalogue.standard().rows());
    rows.removeIf(r -> r.id().equals("W6"));
    rows.add(row("W2"));
    assertThatThrownBy(() -> DutyCatalogue.of(rows)).isInstanceOfSatisfying(InvalidValueException.class,
        e -> assertThat(e.violations()).hasSize(2));
    assertThatThrownBy(() -> DutyCatalogue.standard().row("W99")).isInstanceOf(IllegalArgumentException.class);
  }
}
