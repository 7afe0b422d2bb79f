package io.github.sponsorsdk.sms.rules.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.event.EventKind;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.rules.effective.DateEffective;
import io.github.sponsorsdk.sms.rules.effective.DatedValue;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Meta-tests: the catalogue and the parameters are complete, cited and unambiguous on every day. */
class ReportingCatalogueTest {

  static void assertCited(Citation c, String what) {
    assertThat(c.source()).as(what).isNotNull();
    assertThat(c.section()).as(what).isNotBlank();
    assertThat(c.note()).as(what + " says how the source was read").isPresent();
  }

  @Test
  void everyRowIsCitedAndEveryEventKindHasARow() {
    Set<String> ids = new HashSet<>();
    for (DutyRule row : DutyCatalogue.standard().rows()) {
      assertCited(row.citation(), row.id());
      assertThat(ids.add(row.id())).as("unique id " + row.id()).isTrue();
      assertThat(row.id()).as("id starts with the event kind's row").startsWith(row.eventKind().code());
      assertThat(Json.roundTrip(row, DutyRule.class)).isEqualTo(row);
    }
    for (EventKind kind : EventKind.values()) {
      assertThat(DutyCatalogue.standard().rowsFor(kind)).as(kind.name()).isNotEmpty();
      assertThat(DutyCatalogue.standard().rowsFor(kind).get(0).id()).isEqualTo(kind.code());
    }
    assertThat(DutyCatalogue.standard().rows()).hasSize(EventKind.values().length + 1);
    assertThat(Json.roundTrip(DutyCatalogue.standard(), DutyCatalogue.class)).isEqualTo(DutyCatalogue.standard());
  }

  @Test
  void theTableSaysWhatIsNotReportable() {
    // The brief's exclusions must be visible in the catalogue itself, not only in the engine.
    String all = DutyCatalogue.standard().rows().stream().flatMap(r -> r.notReportable().stream())
        .collect(Collectors.joining("\n"));
    assertThat(all).contains("pay increase", "hybrid working pattern since 5 March 2024", "up to 28 days",
        "Occasional work");
    assertThat(DutyCatalogue.standard().row("W8").channel()).isEqualTo(ReportingChannel.POLICE);
    assertThat(DutyCatalogue.standard().row("W9").channel()).isEqualTo(ReportingChannel.EMAIL);
    assertThat(DutyCatalogue.standard().row("O1").deadline()).isEqualTo(Deadline.workingDays(20));
    assertThat(DutyCatalogue.standard().row("W2").clockStart()).isEqualTo(ClockStart.TENTH_WORKING_DAY_OF_ABSENCE);
  }

  @Test
  void parameterisedDeadlinesNameARealParameterWhoseDefaultIsTheRowsDeadline() {
    ReportingParameters p = ReportingParameters.defaults();
    Set<String> names = p.parameters().stream().map(DateEffective::name).collect(Collectors.toSet());
    for (DutyRule row : DutyCatalogue.standard().rows()) {
      row.deadlineParameter().ifPresent(name -> {
        assertThat(names).contains(name);
        DateEffective<?> param = p.parameters().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
        assertThat(param.on(LocalDate.of(2026, 1, 1))).as(row.id()).isEqualTo(row.deadline());
      });
    }
  }

  @Test
  void everyParameterVersionIsCitedAndExactlyOneAppliesOnEveryDay() {
    for (DateEffective<?> p : ReportingParameters.defaults().parameters()) {
      assertThat(p.effectiveFrom()).as(p.name()).isEqualTo(ReportingParameters.COVERAGE_FROM);
      for (DatedValue<?> v : p.versions()) {
        assertCited(v.citation(), p.name() + " from " + v.effectiveFrom());
      }
      List<? extends DatedValue<?>> versions = p.versions();
      LocalDate end = p.endExclusive().orElse(LocalDate.of(2061, 1, 1));
      for (LocalDate d = p.effectiveFrom(); d.isBefore(end); d = d.plusDays(1)) {
        int applying = 0;
        for (int i = 0; i < versions.size(); i++) {
          LocalDate from = versions.get(i).effectiveFrom();
          LocalDate to = i + 1 < versions.size() ? versions.get(i + 1).effectiveFrom() : end;
          if (!d.isBefore(from) && d.isBefore(to)) {
            applying++;
          }
        }
        assertThat(applying).as(p.name() + " on " + d).isEqualTo(1);
        assertThat(p.covers(d)).isTrue();
      }
      assertThat(p.covers(p.effectiveFrom().minusDays(1))).as(p.name()).isFalse();
    }
  }

  @Test
  void defaultsAreTheDocumentedOnes() {
    ReportingParameters p = ReportingParameters.defaults();
    assertThat(p.dayCounting().on(LocalDate.of(2026, 1, 1))).isEqualTo(DayCounting.EVENT_DAY_IS_DAY_ZERO);
    assertThat(p.breachOfConditionsDeadline().on(LocalDate.of(2026, 1, 1)))
        .isEqualTo(Deadline.asSoonAsReasonablyPracticable());
    assertThat(p.newOwnerApplicationDeadline().on(LocalDate.of(2026, 1, 1))).isEqualTo(Deadline.calendarDays(28));
    assertThat(p.hybridWorkingReportable().versions()).extracting(DatedValue::effectiveFrom).containsExactly(
        LocalDate.of(2020, 12, 1), LocalDate.of(2023, 3, 31), LocalDate.of(2024, 3, 5));
  }

  @Test
  void invalidParametersAndDeadlinesAreRefused() {
    assertThatThrownBy(() -> Deadline.workingDays(0)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Deadline.builder().kind(DeadlineKind.UNSPECIFIED).days(3).build())
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> ReportingParameters.builder().from(ReportingParameters.defaults())
        .startWindowDays(DateEffective.of("wrong.name", ReportingParameters.COVERAGE_FROM, -1,
            Citation.of(Source.CALLER_DOCUMENT, "test: " + "x", LocalDate.of(2020, 1, 1))))
        .build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations()).hasSize(2));
  }
}
