package io.github.sponsorsdk.sms.rules.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.event.ReportableEvent;
import io.github.sponsorsdk.sms.core.event.SponsorshipEndReason;
import io.github.sponsorsdk.sms.core.event.WorkerBreachOfConditions;
import io.github.sponsorsdk.sms.core.event.WorkerSponsorshipEnded;
import io.github.sponsorsdk.sms.core.place.UkNation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The views a payroll system reads from a batch, at their edges: a duty due today is due within 0 days and not
 * overdue; the day after it is overdue; "within n working days" includes the n-th working day and not the one
 * before it stops; an "as soon as reasonably practicable" duty passes its horizon the day after the horizon (10
 * working days, decision 0460), not on it.
 */
class BatchViewsBoundariesTest {

  static final ReportingDuties ENGINE = ReportingDuties.defaults();
  static final SponsorContext EW = SponsorContext.of(UkNation.ENGLAND_AND_WALES);
  /** Monday 2 February 2026; 10 working days later (day 0 counting, no bank holiday between) is Monday 16 February. */
  static final LocalDate ON = LocalDate.of(2026, 2, 2);
  static final LocalDate TENTH = LocalDate.of(2026, 2, 16);

  static final List<ReportableEvent> ENDED = List.of(WorkerSponsorshipEnded.builder().cos(Ev.COS).occurredOn(ON)
      .reason(SponsorshipEndReason.RESIGNATION).build());

  @Test
  void dueWithinCountsWorkingDaysInclusively() {
    DutyBatch b = ENGINE.duties(ENDED, EW, ON);
    assertThat(b.dueDate(0)).contains(TENTH);
    assertThat(b.status(0)).isEqualTo(DutyStatus.DUE);
    assertThat(b.nation(0)).contains(UkNation.ENGLAND_AND_WALES);
    assertThat(b.dueWithin(9)).isEmpty();
    assertThat(b.dueWithin(10)).hasSize(1);
    assertThat(b.overdue()).isEmpty();
  }

  @Test
  void aDutyDueTodayIsDueWithinZeroDaysAndOverdueTomorrow() {
    DutyBatch today = ENGINE.duties(ENDED, EW, TENTH);
    assertThat(today.status(0)).isEqualTo(DutyStatus.DUE);
    assertThat(today.dueWithin(0)).hasSize(1);
    assertThat(today.overdue()).isEmpty();
    DutyBatch tomorrow = ENGINE.duties(ENDED, EW, TENTH.plusDays(1));
    assertThat(tomorrow.status(0)).isEqualTo(DutyStatus.OVERDUE);
    assertThat(tomorrow.overdue()).hasSize(1);
    assertThat(tomorrow.dueWithin(100)).isEmpty();
  }

  @Test
  void theHorizonPassesTheDayAfterItNotOnIt() {
    List<ReportableEvent> breach = List.of(WorkerBreachOfConditions.builder().cos(Ev.COS).occurredOn(ON).build());
    DutyBatch onTheHorizon = ENGINE.duties(breach, EW, TENTH);
    assertThat(onTheHorizon.horizonDate(0)).contains(TENTH);
    assertThat(onTheHorizon.status(0)).isEqualTo(DutyStatus.DUE);
    assertThat(onTheHorizon.pastHorizon()).isEmpty();
    assertThat(onTheHorizon.dueWithin(0)).hasSize(1);
    DutyBatch after = ENGINE.duties(breach, EW, TENTH.plusDays(1));
    assertThat(after.status(0)).isEqualTo(DutyStatus.DUE);
    assertThat(after.pastHorizon()).hasSize(1);
    assertThat(after.dueWithin(5)).isEmpty();
  }
}
