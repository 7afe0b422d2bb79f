package io.github.sponsorsdk.sms.core.money;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.Violation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.immutables.value.Value;

/**
 * An amount of pounds sterling with pence (scale 2), in the manner of Joda-Money: a lossy operation takes an explicit
 * {@link RoundingMode}, and an amount with more than two decimal places is refused rather than rounded.
 *
 * <p>Every amount the SMS handles is in GBP (fees, salaries, course fees), so the currency is implied. A dedicated
 * money library would bring multi-currency machinery the SMS never needs. JSON is a plain decimal string
 * ({@code "1234.99"}) so no precision is lost through floating point.
 */
@Value.Immutable(builder = false)
@SmsStyle
public abstract class Money implements Comparable<Money>, WithMoney {

  public static final Money ZERO = ofPence(0);

  /** The amount in pounds, always at scale 2. */
  @Value.Parameter
  public abstract BigDecimal amount();

  /** {@code amount} must have at most two decimal places; it is stored at scale 2. */
  public static Money of(BigDecimal amount) {
    if (amount == null) {
      throw invalid("null", "NotNull", "must not be null");
    }
    if (amount.stripTrailingZeros().scale() > 2) {
      throw invalid(amount.toPlainString(), "Scale", "must have at most 2 decimal places (pence)");
    }
    return ImmutableMoney.of(amount.setScale(2, RoundingMode.UNNECESSARY));
  }

  /** Rounds {@code amount} to pence with {@code rounding}. */
  public static Money of(BigDecimal amount, RoundingMode rounding) {
    return of(amount.setScale(2, rounding));
  }

  public static Money ofPounds(long pounds) {
    return of(BigDecimal.valueOf(pounds));
  }

  public static Money ofPence(long pence) {
    return ImmutableMoney.of(BigDecimal.valueOf(pence, 2));
  }

  /**
   * Parses the SMS input format for amounts: digits, optionally a point and exactly two digits, nothing else:
   * {@code 1234} or {@code 1234.99}; no currency symbol, no thousands separator, no sign (SMS Manual 1,
   * Troubleshooting: "gross salary ... 1234 or 1234.99").
   */
  public static Money parseSmsAmount(String text) {
    if (text == null || !text.matches(SMS_AMOUNT)) {
      throw invalid(String.valueOf(text), "SmsAmountFormat",
          "must be written as 1234 or 1234.99: digits, optionally a point and two digits, no symbols or commas");
    }
    return of(new BigDecimal(text));
  }

  /** True when {@code text} is in the SMS amount input format. */
  public static boolean isSmsAmount(String text) {
    return text != null && text.matches(SMS_AMOUNT);
  }

  /** {@code "1234.99"}. */
  @JsonValue
  public String toPlainString() {
    return amount().toPlainString();
  }

  @JsonCreator
  static Money fromJson(String text) {
    return of(new BigDecimal(text));
  }

  public Money plus(Money other) {
    return ImmutableMoney.of(amount().add(other.amount()));
  }

  public Money minus(Money other) {
    return ImmutableMoney.of(amount().subtract(other.amount()));
  }

  /** Multiplies and rounds to pence with {@code rounding}. */
  public Money multipliedBy(BigDecimal factor, RoundingMode rounding) {
    return ImmutableMoney.of(amount().multiply(factor).setScale(2, rounding));
  }

  public boolean isNegative() {
    return amount().signum() < 0;
  }

  public boolean isLessThan(Money other) {
    return compareTo(other) < 0;
  }

  @Override
  public int compareTo(Money other) {
    return amount().compareTo(other.amount());
  }

  /** {@code "GBP 1234.99"}. */
  @Override
  public String toString() {
    return "GBP " + toPlainString();
  }

  private static final String SMS_AMOUNT = "[0-9]+(\\.[0-9]{2})?";

  private static InvalidValueException invalid(String rejected, String rule, String message) {
    return new InvalidValueException("Money", List.of(Violation.of("amount", rejected, rule, message)));
  }
}
