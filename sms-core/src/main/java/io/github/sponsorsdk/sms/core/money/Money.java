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

  /** Zero pounds. */
  public static final Money ZERO = ofPence(0);

  /** {@return the amount in pounds, always at scale 2} */
  @Value.Parameter
  public abstract BigDecimal amount();

  /**
   * {@code amount} must have at most two decimal places; it is stored at scale 2.
   *
   * @return {@code amount} as money
   * @param amount an amount in pounds with at most two decimal places
   * @throws InvalidValueException when it has more decimal places
   */
  public static Money of(BigDecimal amount) {
    if (amount == null) {
      throw invalid("null", "NotNull", "must not be null");
    }
    if (amount.stripTrailingZeros().scale() > 2) {
      throw invalid(amount.toPlainString(), "Scale", "must have at most 2 decimal places (pence)");
    }
    return ImmutableMoney.of(amount.setScale(2, RoundingMode.UNNECESSARY));
  }

  /**
   * Rounds {@code amount} to pence with {@code rounding}.
   *
   * @return {@code amount} rounded to pence
   * @param amount an amount in pounds
   * @param rounding how to round to pence
   */
  public static Money of(BigDecimal amount, RoundingMode rounding) {
    return of(amount.setScale(2, rounding));
  }

  /**
   * {@return {@code pounds} whole pounds as money}
   *
   * @param pounds an amount in whole pounds
   */
  public static Money ofPounds(long pounds) {
    return of(BigDecimal.valueOf(pounds));
  }

  /**
   * {@return {@code pence} as money}
   *
   * @param pence an amount in pence
   */
  public static Money ofPence(long pence) {
    return ImmutableMoney.of(BigDecimal.valueOf(pence, 2));
  }

  /**
   * Parses the SMS input format for amounts: digits, optionally a point and exactly two digits, nothing else:
   * {@code 1234} or {@code 1234.99}; no currency symbol, no thousands separator, no sign (SMS Manual 1,
   * Troubleshooting: "gross salary ... 1234 or 1234.99").
   *
   * @param text the amount as typed
   * @return the amount
   * @throws InvalidValueException when {@code text} is not in the SMS format
   */
  public static Money parseSmsAmount(String text) {
    if (text == null || !text.matches(SMS_AMOUNT)) {
      throw invalid(String.valueOf(text), "SmsAmountFormat",
          "must be written as 1234 or 1234.99: digits, optionally a point and two digits, no symbols or commas");
    }
    return of(new BigDecimal(text));
  }

  /**
   * {@return true when {@code text} is in the SMS amount input format}
   *
   * @param text the text to test; {@code null} gives false
   */
  public static boolean isSmsAmount(String text) {
    return text != null && text.matches(SMS_AMOUNT);
  }

  /** {@return {@code "1234.99"}} */
  @JsonValue
  public String toPlainString() {
    return amount().toPlainString();
  }

  @JsonCreator
  static Money fromJson(String text) {
    return of(new BigDecimal(text));
  }

  /**
   * {@return this amount plus {@code other}}
   *
   * @param other the amount to add
   */
  public Money plus(Money other) {
    return ImmutableMoney.of(amount().add(other.amount()));
  }

  /**
   * {@return this amount minus {@code other}; may be negative}
   *
   * @param other the amount to subtract
   */
  public Money minus(Money other) {
    return ImmutableMoney.of(amount().subtract(other.amount()));
  }

  /**
   * Multiplies and rounds to pence with {@code rounding}.
   *
   * @param factor the factor
   * @param rounding how to round to pence
   * @return this amount times {@code factor}, in pence
   */
  public Money multipliedBy(BigDecimal factor, RoundingMode rounding) {
    return ImmutableMoney.of(amount().multiply(factor).setScale(2, rounding));
  }

  /** {@return true when this amount is below zero, e.g. a salary short of a threshold} */
  public boolean isNegative() {
    return amount().signum() < 0;
  }

  /**
   * {@return true when this amount is less than {@code other}}
   *
   * @param other the amount to compare with
   */
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
