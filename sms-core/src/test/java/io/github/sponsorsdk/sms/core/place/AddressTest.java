package io.github.sponsorsdk.sms.core.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sponsorsdk.sms.core.testing.Json;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.Violation;
import org.instancio.junit.InstancioExtension;
import org.instancio.junit.InstancioSource;
import org.instancio.junit.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;

@ExtendWith(InstancioExtension.class)
class AddressTest {

  @Test
  void aFullAddressRoundTripsAndPrintsInOrder() {
    Address a = Address.builder().line1("Lunar House").line2("40 Wellesley Road").townOrCity("Croydon")
        .county("Surrey").postcode(UkPostcode.of("cr9 2by")).build();
    assertThat(a.lines()).containsExactly("Lunar House", "40 Wellesley Road");
    assertThat(a).hasToString("Lunar House, 40 Wellesley Road, Croydon, Surrey, CR9 2BY");
    assertThat(Json.roundTrip(a, Address.class)).isEqualTo(a);
  }

  @Test
  void bdtAddressLineRulesAreEnforcedTogether() {
    // BDT schema v2.1 AddressLineType: <= 35 characters, no '#', no accented letters; 35 is allowed.
    Address ok = Address.builder().line1("x".repeat(35)).townOrCity("Leeds").postcode(UkPostcode.of("LS1 4AP"))
        .build();
    assertThat(ok.line1()).hasSize(35);
    assertThatThrownBy(() -> Address.builder().line1("x".repeat(36)).line2("Flat #3").line3("")
        .townOrCity("Zürich").county(" ").postcode(UkPostcode.of("LS1 4AP")).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
            .extracting(Violation::path).containsOnly("line1", "line2", "line3", "townOrCity", "county"))
        .hasMessageContaining("BDT schema v2.1 AddressLineType");
  }

  /** Whatever the text, building either succeeds with the text kept as given, or fails with every violation. */
  @ParameterizedTest
  @InstancioSource
  @Seed(20261125)
  void arbitraryLinesEitherBuildOrFailCleanly(String line) {
    try {
      Address a = Address.builder().line1(line).townOrCity("Leeds").postcode(UkPostcode.of("LS1 4AP")).build();
      assertThat(a.line1()).isEqualTo(line).matches(Address.LINE_PATTERN).hasSizeLessThanOrEqualTo(35);
    } catch (InvalidValueException e) {
      assertThat(e.violations()).isNotEmpty().extracting(Violation::path).containsOnly("line1");
    }
  }
}
