package io.github.sponsorsdk.sms.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.instancio.Instancio;
import org.instancio.Select;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Money} at zero, at equality and at a penny either side; the SMS input format (SMS Manual 1, Troubleshooting:
 * "gross salary ... 1234 or 1234.99", no symbols).
 */
class MoneyTest {

  @Test
  void zeroIsNeitherNegativeNorLessThanItself() {
    assertThat(Money.ZERO.isNegative()).isFalse();
    assertThat(Money.ofPence(0).isNegative()).isFalse();
    assertThat(Money.of(new BigDecimal("-0.00")).isNegative()).isFalse();
    assertThat(Money.ofPence(-1).isNegative()).isTrue();
    assertThat(Money.ofPence(1).isNegative()).isFalse();
    assertThat(Money.ZERO.isLessThan(Money.ZERO)).isFalse();
    assertThat(Money.ofPence(-1).isLessThan(Money.ZERO)).isTrue();
    assertThat(Money.ZERO.isLessThan(Money.ofPence(1))).isTrue();
    assertThat(Money.ofPounds(5).minus(Money.ofPounds(5))).isEqualTo(Money.ZERO);
  }

  /** Equal amounts at any scale are one value: £41,700 equals 41700.00 and 41700.0; a penny less is less. */
  @Test
  void equalAmountsAreEqualAndNotLessThanEachOther() {
    Money a = Money.ofPounds(41_700);
    Money b = Money.of(new BigDecimal("41700.0"));
    Money c = Money.parseSmsAmount("41700.00");
    assertThat(a).isEqualTo(b).isEqualTo(c).hasSameHashCodeAs(c);
    assertThat(a.compareTo(c)).isZero();
    assertThat(a.isLessThan(c)).isFalse();
    assertThat(c.isLessThan(a)).isFalse();
    Money pennyLess = Money.parseSmsAmount("41699.99");
    assertThat(pennyLess.isLessThan(a)).isTrue();
    assertThat(a.isLessThan(pennyLess)).isFalse();
    assertThat(pennyLess.compareTo(a)).isNegative();
    assertThat(a.compareTo(pennyLess)).isPositive();
    assertThat(a.toPlainString()).isEqualTo("41700.00");
    assertThat(a).hasToString("GBP 41700.00");
  }

  @Test
  void pencePrecisionIsKeptAndMoreIsRefusedNotRounded() {
    assertThat(Money.of(new BigDecimal("1.000")).toPlainString()).isEqualTo("1.00");
    assertThatThrownBy(() -> Money.of(new BigDecimal("1.001"))).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Scale");
    assertThat(Money.of(new BigDecimal("1.005"), RoundingMode.HALF_UP)).isEqualTo(Money.ofPence(101));
    assertThat(Money.of(new BigDecimal("1.005"), RoundingMode.DOWN)).isEqualTo(Money.ofPence(100));
    assertThat(Money.ofPounds(3).multipliedBy(new BigDecimal("0.333"), RoundingMode.HALF_EVEN))
        .isEqualTo(Money.ofPence(100));
    assertThat(Money.ofPence(250).plus(Money.ofPence(-300))).isEqualTo(Money.ofPence(-50));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "1234", "1234.99", "0.00", "00012"})
  void smsAmountFormatAccepted(String text) {
    assertThat(Money.isSmsAmount(text)).isTrue();
    assertThat(Money.parseSmsAmount(text)).isEqualTo(Money.of(new BigDecimal(text)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1234.9", "1234.999", "£1234", "1,234", "-1", "+1", " 1234", "1234 ", ".99", "1234."})
  void smsAmountFormatRefused(String text) {
    assertThat(Money.isSmsAmount(text)).isFalse();
    assertThatThrownBy(() -> Money.parseSmsAmount(text)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("SmsAmountFormat");
  }

  @Test
  void nullIsRefusedNamingTheRule() {
    assertThat(Money.isSmsAmount(null)).isFalse();
    assertThatThrownBy(() -> Money.parseSmsAmount(null)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Money.of(null)).isInstanceOf(InvalidValueException.class).hasMessageContaining("NotNull");
  }

  /** Generated pence (seeded): order, sign and arithmetic agree with the same sums in whole pence. */
  @Test
  void orderSignAndArithmeticAgreeWithPence() {
    List<Long> pence = Instancio.ofList(Long.class).size(400)
        .generate(Select.allLongs(), g -> g.longs().range(-2_000_000L, 2_000_000L)).withSeed(20261206L).create();
    for (int i = 0; i + 1 < pence.size(); i++) {
      long x = pence.get(i);
      long y = i % 7 == 0 ? x : pence.get(i + 1); // equal pairs too
      Money a = Money.ofPence(x);
      Money b = Money.ofPence(y);
      assertThat(a.isNegative()).as("%d", x).isEqualTo(x < 0);
      assertThat(a.isLessThan(b)).as("%d < %d", x, y).isEqualTo(x < y);
      assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Long.signum(x - y));
      assertThat(a.plus(b)).isEqualTo(Money.ofPence(x + y));
      assertThat(a.minus(b)).isEqualTo(Money.ofPence(x - y));
      assertThat(a.equals(b)).isEqualTo(x == y);
    }
  }
}
