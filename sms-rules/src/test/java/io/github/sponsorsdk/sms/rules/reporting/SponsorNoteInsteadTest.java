package io.github.sponsorsdk.sms.rules.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.event.WorkerDatesChangedBeforeApplication;
import io.github.sponsorsdk.sms.core.place.UkNation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Row W10 of the duties catalogue (docs/duties-catalogue.md): a change of dates before the worker applies is
 * recorded as a sponsor note on the CoS, not reported, so it never has a due date.
 */
class SponsorNoteInsteadTest {

  @Test
  void datesChangedBeforeTheApplicationAreANoteNotAReport() {
    LocalDate on = LocalDate.of(2026, 2, 2);
    WorkerDatesChangedBeforeApplication change = WorkerDatesChangedBeforeApplication.builder().cos(Ev.COS)
        .occurredOn(on).newStartDate(on.plusDays(30)).build();
    Duty d = ReportingDuties.defaults().duties(change, SponsorContext.of(UkNation.ENGLAND_AND_WALES), on).get(0);
    assertThat(d.status()).isEqualTo(DutyStatus.NOT_REPORTABLE);
    assertThat(d.has(DutyReason.SPONSOR_NOTE_INSTEAD)).isTrue();
    assertThat(d.dueDate()).isEmpty();
  }
}
