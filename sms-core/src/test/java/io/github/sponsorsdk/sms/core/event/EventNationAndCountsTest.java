package io.github.sponsorsdk.sms.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.place.UkNation;
import io.github.sponsorsdk.sms.core.testing.Json;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import org.junit.jupiter.api.Test;

/** The work site's nation on events, the pattern-based W3 counts and the permitted pay-reduction reason. */
class EventNationAndCountsTest {

  @Test
  void anEventCarriesItsNationThroughJson() throws Exception {
    WorkerSponsorshipEnded e = WorkerSponsorshipEnded.builder().cos(SampleEvents.COS).occurredOn(SampleEvents.D)
        .reason(SponsorshipEndReason.REDUNDANCY).nation(UkNation.NORTHERN_IRELAND).build();
    assertThat(e.nation()).contains(UkNation.NORTHERN_IRELAND);
    assertThat(Json.roundTrip(e, ReportableEvent.class)).isEqualTo(e);
    assertThat(WorkerSponsorshipEnded.builder().from(e).nation(java.util.Optional.empty()).build().nation()).isEmpty();
  }

  @Test
  void unpaidLeaveCountsTheCoveredDays() {
    WorkerUnpaidLeave sick = WorkerUnpaidLeave.builder().cos(SampleEvents.COS).occurredOn(SampleEvents.D)
        .daysWithoutPayInCalendarYear(21).exception(UnpaidLeaveException.SICK_LEAVE).build();
    assertThat(sick.daysCoveredByException()).isEqualTo(21);
    assertThat(sick.workingDaysPerWeek()).isEqualTo(5);
    WorkerUnpaidLeave none = WorkerUnpaidLeave.builder().cos(SampleEvents.COS).occurredOn(SampleEvents.D)
        .daysWithoutPayInCalendarYear(21).build();
    assertThat(none.daysCoveredByException()).isZero();
    assertThatThrownBy(() -> WorkerUnpaidLeave.builder().from(sick).daysCoveredByException(22).workingDaysPerWeek(8)
        .build()).isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
            .extracting("path").containsExactlyInAnyOrder("daysCoveredByException", "workingDaysPerWeek"));
    assertThatThrownBy(() -> WorkerUnpaidLeave.builder().from(none).daysCoveredByException(3).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations()).extracting("path")
            .containsExactly("exception"));
    // from(...) copies a count of 0: adding an exception without its count is refused, not silently uncovered.
    assertThatThrownBy(() -> WorkerUnpaidLeave.builder().from(none).exception(UnpaidLeaveException.MATERNITY).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations()).extracting("path")
            .containsExactly("daysCoveredByException"));
  }

  @Test
  void aReductionReasonIsOnlyForAReduction() throws Exception {
    WorkerPayChanged cut = WorkerPayChanged.builder().cos(SampleEvents.COS).occurredOn(SampleEvents.D)
        .previousAnnualSalary(Money.ofPounds(40_000)).newAnnualSalary(Money.ofPounds(32_000))
        .reductionReason(PayReductionReason.HEALTH_REDUCED_HOURS).build();
    assertThat(Json.roundTrip(cut, ReportableEvent.class)).isEqualTo(cut);
    assertThatThrownBy(() -> WorkerPayChanged.builder().from(cut).newAnnualSalary(Money.ofPounds(41_000)).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations()).extracting("path")
            .containsExactly("reductionReason"));
  }
}
