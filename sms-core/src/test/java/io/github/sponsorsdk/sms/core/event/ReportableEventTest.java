package io.github.sponsorsdk.sms.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.sponsorsdk.sms.core.identifier.CasNumber;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.testing.Json;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReportableEventTest {

  static List<Class<?>> concreteTypes() {
    List<Class<?>> out = new ArrayList<>();
    for (Class<?> family : ReportableEvent.class.getPermittedSubclasses()) {
      out.addAll(Arrays.asList(family.getPermittedSubclasses()));
    }
    return out;
  }

  @Test
  void oneConcreteTypePerKindAndOneSampleOfEach() {
    List<ReportableEvent> samples = SampleEvents.all();
    assertThat(concreteTypes()).hasSize(EventKind.values().length);
    assertThat(samples.stream().map(ReportableEvent::kind).collect(Collectors.toSet()))
        .isEqualTo(EnumSet.allOf(EventKind.class));
    Set<Class<?>> sampled = new HashSet<>();
    for (ReportableEvent e : samples) {
      sampled.add(e.getClass().getSuperclass());
    }
    assertThat(sampled).containsExactlyInAnyOrderElementsOf(concreteTypes());
  }

  @Test
  void kindsMatchTheirFamily() {
    for (ReportableEvent e : SampleEvents.all()) {
      EventParty expected = e instanceof WorkerEvent ? EventParty.WORKER
          : e instanceof StudentEvent ? EventParty.STUDENT : EventParty.SPONSOR;
      assertThat(e.kind().party()).as(e.kind().name()).isEqualTo(expected);
    }
  }

  @Test
  void everyConcreteTypeIsRegisteredForJsonUnderItsStableName() throws Exception {
    JsonSubTypes subTypes = ReportableEvent.class.getAnnotation(JsonSubTypes.class);
    Set<String> names = new HashSet<>();
    for (JsonSubTypes.Type t : subTypes.value()) {
      assertThat(t.name()).isEqualTo(t.value().getField("TYPE").get(null));
      names.add(t.name());
    }
    assertThat(names).hasSize(concreteTypes().size());
    assertThat(Arrays.stream(subTypes.value()).map(JsonSubTypes.Type::value).collect(Collectors.toList()))
        .containsExactlyInAnyOrderElementsOf(concreteTypes());
  }

  @Test
  void everyEventRoundTripsThroughJsonAsItsSealedSupertype() throws Exception {
    for (ReportableEvent e : SampleEvents.all()) {
      String json = Json.MAPPER.writeValueAsString(e);
      JsonNode tree = Json.MAPPER.readTree(json);
      assertThat(tree.get("type").asText()).as(json).isEqualTo(e.getClass().getSuperclass().getField("TYPE").get(null));
      assertThat(tree.has("kind")).isFalse();
      ReportableEvent back = Json.MAPPER.readValue(json, ReportableEvent.class);
      assertThat(back).as(json).isEqualTo(e);
    }
  }

  @Test
  void aMixedListRoundTrips() throws Exception {
    List<ReportableEvent> all = SampleEvents.all();
    String json = Json.MAPPER.writerFor(new TypeReference<List<ReportableEvent>>() {}).writeValueAsString(all);
    List<ReportableEvent> back = Json.MAPPER.readValue(json, new TypeReference<List<ReportableEvent>>() {});
    assertThat(back).isEqualTo(all);
  }

  @Test
  void absenceWireFormatIsStable() throws Exception {
    String json = "{\"type\":\"worker.unauthorised-absence\",\"cos\":\"C2G7H9K3\",\"occurredOn\":\"2026-03-02\","
        + "\"consecutiveWorkingDaysAbsent\":11}";
    WorkerUnauthorisedAbsence a = (WorkerUnauthorisedAbsence) Json.MAPPER.readValue(json, ReportableEvent.class);
    assertThat(a.consecutiveWorkingDaysAbsent()).isEqualTo(11);
    assertThat(a.reference()).isEmpty();
    assertThat(a.certificate()).isEqualTo(SampleEvents.COS);
  }

  @Test
  void startWindowIsTheLatestOfTheFourDates() {
    // docs/sources.md#reporting-duties, row W1: the 28-day window runs from the latest of (a)-(d).
    WorkerStartDelayed w = WorkerStartDelayed.builder().cos(SampleEvents.COS).cosStartDate(LocalDate.of(2026, 1, 5))
        .entryClearanceValidFrom(LocalDate.of(2026, 1, 12)).grantNotifiedOn(LocalDate.of(2026, 1, 9))
        .newStartDate(LocalDate.of(2026, 2, 9)).build();
    assertThat(w.windowStart()).isEqualTo(LocalDate.of(2026, 1, 12));
    assertThat(w.occurredOn()).isEqualTo(w.windowStart());
    assertThat(w.delayDays()).contains(28L);
    WorkerStartDelayed noDate = WorkerStartDelayed.builder().cos(SampleEvents.COS)
        .cosStartDate(LocalDate.of(2026, 1, 5)).build();
    assertThat(noDate.windowStart()).isEqualTo(LocalDate.of(2026, 1, 5));
    assertThat(noDate.delayDays()).isEmpty();
  }

  @Test
  void payChangeKnowsAReduction() {
    WorkerPayChanged cut = WorkerPayChanged.builder().cos(SampleEvents.COS).occurredOn(SampleEvents.D)
        .previousAnnualSalary(Money.ofPounds(41_700)).newAnnualSalary(Money.ofPounds(41_699)).build();
    assertThat(cut.isReduction()).isTrue();
    assertThat(cut.nurseOrMidwifeRegistrationCompleted()).isFalse();
  }

  @Test
  void invalidEventsListEveryViolation() {
    assertThatThrownBy(() -> WorkerUnauthorisedAbsence.builder().cos(SampleEvents.COS).occurredOn(SampleEvents.D)
        .consecutiveWorkingDaysAbsent(0).returnedOn(SampleEvents.D).reference("").build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.valueType()).isEqualTo("WorkerUnauthorisedAbsence");
          assertThat(e.violations()).extracting(Violation::path)
              .containsExactlyInAnyOrder("consecutiveWorkingDaysAbsent", "reference", "returnedOn");
        });
    assertThatThrownBy(() -> WorkerUnpaidLeave.builder().cos(SampleEvents.COS).occurredOn(SampleEvents.D)
        .daysWithoutPayInCalendarYear(-1).build()).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("daysWithoutPayInCalendarYear");
    assertThatThrownBy(() -> WorkerPayChanged.builder().cos(SampleEvents.COS).occurredOn(SampleEvents.D)
        .previousAnnualSalary(Money.ofPounds(1)).newAnnualSalary(Money.ofPounds(1)).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("newAnnualSalary");
    assertThatThrownBy(() -> WorkerDatesChangedBeforeApplication.builder().cos(SampleEvents.COS)
        .occurredOn(SampleEvents.D).build()).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("AtLeastOne");
    assertThatThrownBy(() -> WorkerUnauthorisedAbsence.builder().cos(SampleEvents.COS).occurredOn(SampleEvents.D)
        .consecutiveWorkingDaysAbsent(11).tenthWorkingDayOfAbsence(SampleEvents.D.plusDays(8)).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("tenthWorkingDayOfAbsence");
  }

  @Test
  void childLivingArrangementNeedsAChildStudentCas() {
    assertThatThrownBy(() -> ChildStudentLivingArrangement.builder().cas(CasNumber.of("E4G0AA0A00A0A1"))
        .occurredOn(SampleEvents.D).build()).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("ChildStudent");
  }

  @Test
  void missingRequiredAttributesAreNamed() {
    assertThatThrownBy(() -> WorkerSponsorshipEnded.builder().cos(SampleEvents.COS).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("occurredOn").hasMessageContaining("reason");
  }

  @Test
  void jsonRejectsAnUnknownTypeName() {
    assertThatThrownBy(() -> Json.MAPPER.readValue("{\"type\":\"worker.holiday\",\"occurredOn\":\"2026-03-02\"}",
        ReportableEvent.class)).hasMessageContaining("worker.holiday");
  }
}
