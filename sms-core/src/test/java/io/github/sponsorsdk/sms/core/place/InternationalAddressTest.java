package io.github.sponsorsdk.sms.core.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.Violation;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * BDT schema v2.1 {@code InternationalAddressStructure}: one to three address lines of 1 to 35 characters of
 * {@code AddressLineType}, on both sides of each edge.
 */
class InternationalAddressTest {

  static InternationalAddress.Builder inParis() {
    return InternationalAddress.builder().townOrCity("Paris").country("FRA");
  }

  @Test
  void oneToThreeLinesAreAcceptedAndNoneOrFourRefused() {
    assertThat(inParis().addLine("1 Rue de Rivoli").build().lines()).hasSize(1);
    assertThat(inParis().addAllLines(List.of("Batiment B", "1 Rue de Rivoli", "Cedex 01")).build().lines())
        .hasSize(3);
    for (List<String> lines : List.of(List.<String>of(), List.of("a", "b", "c", "d"))) {
      assertThatThrownBy(() -> inParis().addAllLines(lines).build()).as("%d lines", lines.size())
          .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
              .extracting(Violation::path, Violation::rejectedValue)
              .containsExactly(org.assertj.core.groups.Tuple.tuple("lines", Integer.toString(lines.size()))));
    }
  }

  @Test
  void aLineOf35CharactersIsAcceptedAnd36Refused() {
    String longest = String.join("", Collections.nCopies(35, "a"));
    assertThat(inParis().addLine(longest).build().lines()).containsExactly(longest);
    assertThatThrownBy(() -> inParis().addAllLines(List.of("1 Rue de Rivoli", longest + "a")).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
            .extracting(Violation::path, Violation::rule)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("lines[1]", "AddressLine")));
  }

  @Test
  void aBlankLineOrOneOutsideTheSchemasCharactersIsRefused() {
    for (String bad : new String[] {" ", "", "Rue #1", "Straße 1"}) {
      assertThatThrownBy(() -> inParis().addLine(bad).build()).as("'%s'", bad)
          .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
              .extracting(Violation::path).containsExactly("lines[0]"));
    }
  }
}
