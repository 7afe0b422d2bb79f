package io.github.sponsorsdk.sms.rules.effective;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One version of a {@link DateEffective} parameter: the value that holds from {@link #effectiveFrom()} (inclusive)
 * until the next version's date (exclusive), and the citation of the source that set it.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableDatedValue.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableDatedValue.class)
@JsonDeserialize(as = ImmutableDatedValue.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableDatedValue.class)
public abstract class DatedValue<T> implements WithDatedValue<T> {

  /** {@return the first day the value holds} */
  public abstract LocalDate effectiveFrom();

  /** {@return the value} */
  public abstract T value();

  /** {@return the source of the value} */
  public abstract Citation citation();

  /**
   * {@return a version}
   *
   * @param <T> the type of the value
   * @param effectiveFrom the first day it holds
   * @param value the value
   * @param citation its source
   */
  public static <T> DatedValue<T> of(LocalDate effectiveFrom, T value, Citation citation) {
    return ImmutableDatedValue.<T>builder().effectiveFrom(effectiveFrom).value(value).citation(citation).build();
  }

  @Override
  public String toString() {
    return value() + " from " + effectiveFrom() + " [" + citation() + "]";
  }

  /**
   * {@return a new builder; {@code build()} checks every rule above and lists all violations at once}
   *
   * @param <T> the type of the value
   */
  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /** Builds a {@code DatedValue}: one setter per attribute, {@code build()} validates. */
  public static final class Builder<T> extends ImmutableDatedValue.Builder<T> {
    Builder() {}
  }
}
