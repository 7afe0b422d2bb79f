package io.github.sponsorsdk.sms.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * A value marked {@link Sensitive} is never echoed in a violation, wherever the mark is declared: on the value's own
 * accessor or on an interface the value implements (a mark on a contract binds every implementation). Values not
 * marked are echoed so that whoever fixes the input can see it.
 */
class SensitiveMaskingTest {

  /** A contract that declares its secret. */
  public interface Card {
    /** {@return the card's PIN} */
    @Sensitive
    @Size(max = 4)
    String pin();
  }

  /** An implementation that does not repeat the mark. */
  public static final class PlasticCard implements Card {
    @Override
    public String pin() {
      return "123456";
    }

    /** {@return the text printed on the card, not secret} */
    @Size(max = 4)
    public String label() {
      return "Debit";
    }
  }

  @Test
  void aSecretMarkedOnAnInterfaceIsMaskedAndAPlainValueEchoed() {
    assertThat(ValueValidation.violations(new PlasticCard()))
        .extracting(Violation::path, Violation::rejectedValue)
        .containsExactly(tuple("label", "Debit"), tuple("pin", Sensitive.MASK));
    assertThatThrownBy(() -> ValueValidation.check(new PlasticCard())).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Invalid PlasticCard").message().doesNotContain("123456");
  }

  @Test
  void aValidValueIsReturnedUnchanged() {
    Citation c = Citation.of(Source.SMS_MANUAL_1, "Troubleshooting");
    assertThat(ValueValidation.check(c)).isSameAs(c);
  }
}
