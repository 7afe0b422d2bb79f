package io.github.sponsorsdk.sms.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.instancio.Select.field;

import io.github.sponsorsdk.sms.core.testing.Json;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.instancio.Instancio;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Generated events (Instancio, fixed seeds) round-trip through JSON and keep their derived facts. */
class GeneratedEventsTest {

  record Input(LocalDate date, int days, int count, boolean flag, String reference) {}

  static List<Input> inputs(long seed) {
    return Instancio.ofList(Input.class).size(500).withSeed(seed)
        .generate(field(Input.class, "date"), gen -> gen.temporal().localDate()
            .range(LocalDate.of(2000, 1, 1), LocalDate.of(2060, 12, 31)))
        .generate(field(Input.class, "days"), gen -> gen.ints().range(-60, 120))
        .generate(field(Input.class, "count"), gen -> gen.ints().range(1, 366))
        .generate(field(Input.class, "reference"), gen -> gen.string().alphaNumeric().minLength(1).maxLength(64))
        .create();
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1L, 20261125L})
  void generatedEventsRoundTrip(long seed) throws Exception {
    for (Input in : inputs(seed)) {
      WorkerStartDelayed start = WorkerStartDelayed.builder().cos(SampleEvents.COS).cosStartDate(in.date())
          .grantNotifiedOn(in.flag() ? Optional.of(in.date().plusDays(in.days())) : Optional.empty())
          .newStartDate(in.date().plusDays(in.count())).reference(in.reference()).build();
      assertThat(start.windowStart()).isEqualTo(in.flag() && in.days() > 0 ? in.date().plusDays(in.days()) : in.date());
      assertThat(start.delayDays()).contains((long) in.count() - (in.flag() && in.days() > 0 ? in.days() : 0));
      WorkerUnauthorisedAbsence absence = WorkerUnauthorisedAbsence.builder().cos(SampleEvents.COS)
          .occurredOn(in.date()).consecutiveWorkingDaysAbsent(in.count()).reference(in.reference()).build();
      WorkerUnpaidLeave unpaid = WorkerUnpaidLeave.builder().cos(SampleEvents.COS).occurredOn(in.date())
          .daysWithoutPayInCalendarYear(in.count())
          .exception(in.flag() ? Optional.of(UnpaidLeaveException.values()[in.count() % 11]) : Optional.empty())
          .build();
      StudentCompletedEarly completed = StudentCompletedEarly.builder().cas(SampleEvents.CAS).occurredOn(in.date())
          .casEndDate(in.date().plusDays(in.days())).build();
      assertThat(completed.isEarly()).isEqualTo(in.days() > 0);
      for (ReportableEvent e : List.of(start, absence, unpaid, completed)) {
        assertThat(Json.MAPPER.readValue(Json.MAPPER.writeValueAsString(e), ReportableEvent.class)).isEqualTo(e);
      }
    }
  }
}
