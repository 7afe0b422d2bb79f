package io.github.sponsorsdk.sms.rules.effective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateEffectiveTest {

  static final Citation C = Citation.of(Source.CALLER_DOCUMENT, "s", LocalDate.of(2020, 1, 1));
  static final LocalDate D1 = LocalDate.of(2024, 4, 4);
  static final LocalDate D2 = LocalDate.of(2025, 7, 22);

  final DateEffective<Integer> threshold = DateEffective.of("salary.general", LocalDate.of(2020, 12, 1), 25_600, C)
      .then(D1, 38_700, C).then(D2, 41_700, C);

  @Test
  void eachVersionHoldsFromItsDateInclusiveToTheNextExclusive() {
    assertThat(threshold.on(D1.minusDays(1))).isEqualTo(25_600);
    assertThat(threshold.on(D1)).isEqualTo(38_700);
    assertThat(threshold.on(D2.minusDays(1))).isEqualTo(38_700);
    assertThat(threshold.on(D2)).isEqualTo(41_700);
    assertThat(threshold.on(LocalDate.of(2099, 1, 1))).isEqualTo(41_700);
  }

  @Test
  void beforeTheFirstVersionOrFromTheEndThereIsNoValue() {
    assertThatThrownBy(() -> threshold.on(LocalDate.of(2020, 11, 30)))
        .isInstanceOf(NotInEffectException.class)
        .hasMessageContaining("salary.general").hasMessageContaining("2020-11-30");
    DateEffective<Integer> ended = threshold.until(LocalDate.of(2030, 1, 1));
    assertThat(ended.on(LocalDate.of(2029, 12, 31))).isEqualTo(41_700);
    assertThat(ended.find(LocalDate.of(2030, 1, 1))).isEmpty();
  }

  @Test
  void exactlyOneVersionAppliesOnEveryDay() {
    for (LocalDate d = threshold.effectiveFrom(); d.isBefore(LocalDate.of(2027, 1, 1)); d = d.plusDays(1)) {
      LocalDate day = d;
      long applicable = threshold.versions().stream().filter(v -> !v.effectiveFrom().isAfter(day)
          && threshold.versions().stream().noneMatch(w -> w.effectiveFrom().isAfter(v.effectiveFrom())
              && !w.effectiveFrom().isAfter(day))).count();
      assertThat(applicable).as("versions applicable on %s", day).isEqualTo(1);
      assertThat(threshold.versionOn(day).effectiveFrom()).isBeforeOrEqualTo(day);
    }
  }

  @Test
  void versionsMustStrictlyIncreaseAndTheEndFollowThem() {
    assertThatThrownBy(() -> threshold.then(D1, 1, C))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("versions[3].effectiveFrom");
    assertThatThrownBy(() -> threshold.until(D2))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("endExclusive");
  }

  @Test
  void roundTripsThroughJson() throws Exception {
    ObjectMapper m = new ObjectMapper().registerModule(new Jdk8Module()).registerModule(new JavaTimeModule());
    DateEffective<Integer> back = m.readValue(m.writeValueAsString(threshold),
        new TypeReference<DateEffective<Integer>>() {});
    assertThat(back).isEqualTo(threshold);
  }
}
