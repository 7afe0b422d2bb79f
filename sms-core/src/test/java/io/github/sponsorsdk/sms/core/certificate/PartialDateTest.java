package io.github.sponsorsdk.sms.core.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sponsorsdk.sms.core.testing.Json;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import org.instancio.Instancio;
import org.instancio.Random;
import org.instancio.Select;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** BDT schema v2.1 {@code PotentiallyPartialDateStructure}: a year, a year and month, or a full date of birth. */
class PartialDateTest {

  @Test
  void theThreeFormsOfTheSchema() {
    PartialDate year = PartialDate.parse("1980");
    assertThat(year).isEqualTo(PartialDate.of(Year.of(1980)));
    assertThat(year.precision()).isEqualTo(PartialDate.Precision.YEAR);
    assertThat(year.earliest()).isEqualTo(LocalDate.of(1980, 1, 1));
    assertThat(year.latest()).isEqualTo(LocalDate.of(1980, 12, 31));
    assertThat(year.toLocalDate()).isEmpty();
    PartialDate month = PartialDate.parse("2008-02");
    assertThat(month).isEqualTo(PartialDate.of(YearMonth.of(2008, 2)));
    assertThat(month.precision()).isEqualTo(PartialDate.Precision.YEAR_MONTH);
    assertThat(month.latest()).isEqualTo(LocalDate.of(2008, 2, 29));
    PartialDate full = PartialDate.parse("1980-07-14");
    assertThat(full).isEqualTo(PartialDate.of(LocalDate.of(1980, 7, 14)));
    assertThat(full.isFull()).isTrue();
    assertThat(full.toLocalDate()).contains(LocalDate.of(1980, 7, 14));
    assertThat(full.earliest()).isEqualTo(full.latest());
    assertThat(PartialDate.of(Year.of(980)).toString()).isEqualTo("0980");
    assertThat(year.allows(LocalDate.of(1980, 6, 1))).isTrue();
    assertThat(year.allows(LocalDate.of(1981, 1, 1))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"80", "1980-7", "1980-07-1", "1980-13", "1980-02-30", "2023-02-29", "0000",
      "1980-07-14T00:00", "1980-07-14Z", "+1980", " 1980", "1980/07", ""})
  void anythingElseIsRefusedNamingTheForms(String text) {
    assertThatThrownBy(() -> PartialDate.parse(text)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void aDayNeedsAMonthAndAllViolationsAreListed() {
    assertThatThrownBy(() -> ImmutablePartialDate.of(0, java.util.Optional.empty(), java.util.Optional.of(3)))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
            .extracting(v -> v.path()).containsExactly("year", "day"));
  }

  /** JSON is the schema's lexical form, so a full date reads and writes as a {@code LocalDate} would. */
  @Test
  void jsonIsThePlainLexicalForm() throws Exception {
    for (String text : new String[] {"1980", "1980-07", "1980-07-14"}) {
      PartialDate d = PartialDate.parse(text);
      assertThat(Json.MAPPER.writeValueAsString(d)).isEqualTo("\"" + text + "\"");
      assertThat(Json.roundTrip(d, PartialDate.class)).isEqualTo(d);
    }
    assertThat(Json.MAPPER.readValue("\"1994-02-17\"", PartialDate.class))
        .isEqualTo(PartialDate.of(LocalDate.of(1994, 2, 17)));
  }

  /** Yes, no or cannot tell, on the day the answer changes and the days either side. */
  @ParameterizedTest
  @CsvSource({"2008, 18, 2025-12-31, NO", "2008, 18, 2026-01-01, CANNOT_TELL", "2008, 18, 2026-12-30, CANNOT_TELL",
      "2008, 18, 2026-12-31, YES", "2008-06, 18, 2026-05-31, NO", "2008-06, 18, 2026-06-01, CANNOT_TELL",
      "2008-06, 18, 2026-06-30, YES", "2008-06-15, 18, 2026-06-14, NO", "2008-06-15, 18, 2026-06-15, YES",
      "2008-02-29, 18, 2026-02-28, NO", "2008-02-29, 18, 2026-03-01, YES", "2008-02, 18, 2026-02-28, CANNOT_TELL",
      "2008-02, 18, 2026-03-01, YES", "1980, 16, 2026-01-05, YES", "2030, 0, 2026-01-01, NO"})
  void isAtLeast(String dob, int years, LocalDate on, AgeAnswer expected) {
    PartialDate d = PartialDate.parse(dob);
    assertThat(d.isAtLeast(years, on)).isEqualTo(expected);
    AgeAnswer converse = expected == AgeAnswer.CANNOT_TELL ? expected
        : expected == AgeAnswer.YES ? AgeAnswer.NO : AgeAnswer.YES;
    assertThat(d.isUnder(years, on)).isEqualTo(converse);
    assertThat(expected.isKnown()).isEqualTo(expected != AgeAnswer.CANNOT_TELL);
  }

  /**
   * Invariant (seeded): the answer for a partial date is YES (NO) exactly when every full date it allows answers YES
   * (NO) by {@link Period#between}, and CANNOT_TELL when they differ.
   */
  @Test
  void theAnswerAgreesWithEveryFullDateItAllows() {
    long seed = 20261205L;
    Random r = Instancio.of(Random.class).withSeed(seed).supply(Select.root(), random -> random).create();
    for (int i = 0; i < 300; i++) {
      LocalDate birth = LocalDate.ofEpochDay(r.intRange(-20_000, 20_000));
      PartialDate d = r.intRange(0, 2) == 0 ? PartialDate.of(Year.from(birth))
          : r.trueOrFalse() ? PartialDate.of(YearMonth.from(birth)) : PartialDate.of(birth);
      int years = r.intRange(0, 30);
      LocalDate on = d.earliest().plusYears(years).plusDays(r.intRange(-400, 400));
      boolean anyYes = false;
      boolean anyNo = false;
      for (LocalDate b = d.earliest(); !b.isAfter(d.latest()); b = b.plusDays(1)) {
        boolean old = Period.between(b, on).getYears() >= years;
        anyYes |= old;
        anyNo |= !old;
      }
      AgeAnswer expected = anyYes && anyNo ? AgeAnswer.CANNOT_TELL : anyYes ? AgeAnswer.YES : AgeAnswer.NO;
      assertThat(d.isAtLeast(years, on)).as("seed %s: %s at least %s on %s", seed, d, years, on).isEqualTo(expected);
    }
  }
}
