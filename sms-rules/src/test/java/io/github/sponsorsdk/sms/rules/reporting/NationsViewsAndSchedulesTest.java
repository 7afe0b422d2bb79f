package io.github.sponsorsdk.sms.rules.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sponsorsdk.sms.core.event.ReportableEvent;
import io.github.sponsorsdk.sms.core.event.SponsorStoppedTrading;
import io.github.sponsorsdk.sms.core.event.SponsorshipEndReason;
import io.github.sponsorsdk.sms.core.event.TradingChangeKind;
import io.github.sponsorsdk.sms.core.event.WorkerBreachOfConditions;
import io.github.sponsorsdk.sms.core.event.WorkerSponsorshipEnded;
import io.github.sponsorsdk.sms.core.place.UkNation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One call for a workforce across nations; the views and schedules a payroll system or host reads. */
class NationsViewsAndSchedulesTest {

  static final ReportingDuties ENGINE = ReportingDuties.defaults();

  static WorkerSponsorshipEnded ended(LocalDate on, UkNation nation) {
    return WorkerSponsorshipEnded.builder().cos(Ev.COS).occurredOn(on).reason(SponsorshipEndReason.RESIGNATION)
        .nation(nation).build();
  }

  /**
   * Christmas Eve 2025 in each nation (GOV.UK: Scotland also has 2 January 2026): the worker's work site decides;
   * a sponsor event and an event without a nation count the sponsor's.
   */
  @Test
  void eachEventCountsItsOwnNationsWorkingDays() {
    LocalDate eve = LocalDate.of(2025, 12, 24);
    List<ReportableEvent> events = List.of(ended(eve, UkNation.ENGLAND_AND_WALES), ended(eve, UkNation.SCOTLAND),
        ended(eve, UkNation.NORTHERN_IRELAND),
        WorkerSponsorshipEnded.builder().cos(Ev.COS).occurredOn(eve).reason(SponsorshipEndReason.DISMISSAL).build(),
        SponsorStoppedTrading.builder().occurredOn(eve).change(TradingChangeKind.INSOLVENT).build());
    DutyBatch b = ENGINE.duties(events, SponsorContext.of(UkNation.SCOTLAND), eve);
    assertThat(b.dueDate(0)).contains(LocalDate.of(2026, 1, 12));
    assertThat(b.dueDate(1)).contains(LocalDate.of(2026, 1, 13));
    assertThat(b.dueDate(2)).contains(LocalDate.of(2026, 1, 12));
    assertThat(b.nation(3)).contains(UkNation.SCOTLAND);
    assertThat(b.dueDate(3)).contains(LocalDate.of(2026, 1, 13));
    assertThat(b.dueDate(4)).contains(LocalDate.of(2026, 1, 27)); // 20 working days, Scotland
    assertThat(b.get(0).nation()).contains(UkNation.ENGLAND_AND_WALES);
    assertThat(b.nation(1)).contains(UkNation.SCOTLAND);
    assertThat(b.nation(2)).contains(UkNation.NORTHERN_IRELAND);

    // The sponsor's address governs everything when the caller says so.
    DutyBatch sponsor = ENGINE.duties(events, SponsorContext.builder().nation(UkNation.SCOTLAND)
        .governingNation(GoverningNation.SPONSOR_ADDRESS).build(), eve);
    assertThat(sponsor.dueDate(0)).contains(LocalDate.of(2026, 1, 13));
    assertThat(sponsor.nation(0)).contains(UkNation.SCOTLAND);
    assertThat(sponsor.nation(4)).contains(UkNation.SCOTLAND);
    assertThat(sponsor.get(2).nation()).contains(UkNation.SCOTLAND);

    // No nation anywhere: undetermined, never a silent default.
    DutyBatch none = ENGINE.duties(events, SponsorContext.unspecified(), eve);
    assertThat(none.status(0)).isEqualTo(DutyStatus.DUE);
    assertThat(none.status(3)).isEqualTo(DutyStatus.UNDETERMINED);
    assertThat(none.has(3, DutyReason.NATION_NOT_STATED)).isTrue();
    assertThat(none.nation(3)).isEmpty();
    assertThat(none.get(3).nation()).isEmpty();
  }

  @Test
  void viewsDueWithinOverdueAndPastTheHorizon() {
    LocalDate asOf = LocalDate.of(2026, 3, 16); // Monday
    List<ReportableEvent> events = List.of(
        ended(LocalDate.of(2026, 3, 2), UkNation.ENGLAND_AND_WALES),   // due Mon 16 March: today
        ended(LocalDate.of(2026, 3, 6), UkNation.ENGLAND_AND_WALES),   // due Fri 20 March: 4 working days
        ended(LocalDate.of(2026, 3, 9), UkNation.NORTHERN_IRELAND),    // due Tue 24 March (St Patrick's Day)
        ended(LocalDate.of(2026, 2, 2), UkNation.ENGLAND_AND_WALES),   // due 16 February: overdue
        WorkerBreachOfConditions.builder().cos(Ev.COS).occurredOn(LocalDate.of(2026, 2, 2)).build(),   // past horizon
        WorkerBreachOfConditions.builder().cos(Ev.COS).occurredOn(LocalDate.of(2026, 3, 12)).build()); // horizon 26th
    DutyBatch b = ENGINE.duties(events, SponsorContext.of(UkNation.ENGLAND_AND_WALES), asOf);
    assertThat(b.dueDate(2)).contains(LocalDate.of(2026, 3, 24));
    assertThat(b.dueWithin(0)).extracting(Duty::event).containsExactly(events.get(0));
    assertThat(b.dueWithin(4)).extracting(Duty::event).containsExactly(events.get(0), events.get(1));
    // Five working days in Northern Ireland end on Tuesday 24 March (St Patrick's Day, 17 March, is a holiday).
    assertThat(b.dueWithin(5)).extracting(Duty::event).containsExactly(events.get(0), events.get(1), events.get(2));
    assertThat(b.dueWithin(8)).extracting(Duty::event).containsExactly(events.get(0), events.get(1), events.get(2),
        events.get(5));
    assertThat(b.overdue()).extracting(Duty::event).containsExactly(events.get(3));
    assertThat(b.pastHorizon()).extracting(Duty::event).containsExactly(events.get(4));
    assertThat(b.horizonDate(5)).contains(LocalDate.of(2026, 3, 26));
    assertThat(b.asOf()).isEqualTo(asOf);
    assertThatThrownBy(() -> b.dueWithin(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aScheduleTellsAHostWhenToRemindWarnAndFlag() {
    LocalDate asOf = LocalDate.of(2026, 3, 2);
    List<ReportableEvent> events = List.of(ended(LocalDate.of(2026, 3, 2), UkNation.ENGLAND_AND_WALES),
        WorkerBreachOfConditions.builder().cos(Ev.COS).occurredOn(LocalDate.of(2026, 3, 2)).build());
    DutySchedule s = ENGINE.duties(events, SponsorContext.of(UkNation.ENGLAND_AND_WALES), asOf)
        .schedule(ReminderPlan.standard());
    // W6 due Monday 16 March: reminders 5 working days before (Monday 9th) and 1 before (Friday 13th), the due day,
    // overdue from Tuesday 17th; W7's horizon is the same day, flagged from the 17th.
    assertThat(s.notices()).extracting(n -> n.on() + " " + n.kind() + " " + n.duty().id()).containsExactly(
        "2026-03-09 REMINDER W6", "2026-03-09 REMINDER W7", "2026-03-13 REMINDER W6", "2026-03-13 REMINDER W7",
        "2026-03-16 DUE_DAY W6", "2026-03-16 HORIZON_DAY W7", "2026-03-17 OVERDUE W6", "2026-03-17 HORIZON_PASSED W7");
    assertThat(s.on(LocalDate.of(2026, 3, 13))).hasSize(2);
    assertThat(s.between(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 16))).hasSize(2);
    assertThat(s.next(LocalDate.of(2026, 3, 10))).contains(LocalDate.of(2026, 3, 13));
    assertThat(s.next(LocalDate.of(2026, 3, 18))).isEmpty();
    // Reported duties need no attention.
    DutySchedule reported = ENGINE.duties(events, SponsorContext.of(UkNation.ENGLAND_AND_WALES), asOf,
        List.of(Report.of(events.get(0), asOf))).schedule(ReminderPlan.of());
    assertThat(reported.notices()).extracting(Notice::kind).containsExactly(NoticeKind.HORIZON_DAY,
        NoticeKind.HORIZON_PASSED);
    assertThatThrownBy(() -> ReminderPlan.of(0, 3, 3)).isInstanceOfSatisfying(
        io.github.sponsorsdk.sms.core.value.InvalidValueException.class, e -> assertThat(e.violations()).hasSize(2));
  }

  @Test
  void theSingleEventConvenienceEqualsABatchOfOne() {
    ReportableEvent e = ended(LocalDate.of(2026, 3, 2), UkNation.SCOTLAND);
    SponsorContext ctx = SponsorContext.of(UkNation.ENGLAND_AND_WALES);
    assertThat(ENGINE.duties(e, ctx, LocalDate.of(2026, 3, 2)))
        .isEqualTo(List.copyOf(ENGINE.duties(List.of(e), ctx, LocalDate.of(2026, 3, 2))));
  }
}
