package io.github.sponsorsdk.sms.rules.effective;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A rule parameter whose value changes over time: "what was the rule on date D?".
 *
 * <p>Versions are half-open ranges: each {@link DatedValue} holds from its own date (inclusive) until the next
 * version's date (exclusive); the last holds until {@link #endExclusive()}, or for ever when there is none. So there
 * can be no gap and no overlap inside the range. Dates must be strictly increasing; a date before the first version,
 * or on or after the end, fails with {@link NotInEffectException} (strict, never extrapolated).
 *
 * <pre>{@code
 * DateEffective<Duration> lockout = DateEffective.of("login.lockoutDuration",
 *     LocalDate.of(2014, 4, 6), Duration.ofMinutes(30), citation);
 * Duration d = lockout.on(LocalDate.of(2026, 11, 25));
 * }</pre>
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableDateEffective.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableDateEffective.class)
@JsonDeserialize(as = ImmutableDateEffective.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableDateEffective.class)
public abstract class DateEffective<T> implements WithDateEffective<T> {

  /** {@return a stable, dotted name such as {@code password.minLength}} */
  public abstract String name();

  /** {@return the versions, in strictly increasing date order; at least one} */
  public abstract List<DatedValue<T>> versions();

  /** {@return the first day no version applies any more; empty when the last version holds indefinitely} */
  public abstract Optional<LocalDate> endExclusive();

  /** {@return the first day covered} */
  @JsonIgnore
  public LocalDate effectiveFrom() {
    return versions().get(0).effectiveFrom();
  }

  /**
   * {@return the value in force on {@code date}}
   *
   * @param date the day
   * @throws NotInEffectException outside the covered range
   */
  public T on(LocalDate date) {
    return versionOn(date).value();
  }

  /**
   * {@return the version (value and citation) in force on {@code date}}
   *
   * @param date the day
   * @throws NotInEffectException outside the covered range
   */
  public DatedValue<T> versionOn(LocalDate date) {
    return find(date).orElseThrow(() -> new NotInEffectException(name(), date, describeRange()));
  }

  /**
   * {@return the version in force on {@code date}, or empty outside the covered range}
   *
   * @param date the day
   */
  public Optional<DatedValue<T>> find(LocalDate date) {
    if (date.isBefore(effectiveFrom()) || endExclusive().map(e -> !date.isBefore(e)).orElse(false)) {
      return Optional.empty();
    }
    List<DatedValue<T>> v = versions();
    int lo = 0;
    int hi = v.size() - 1;
    while (lo < hi) { // last version whose date is on or before `date`
      int mid = (lo + hi + 1) >>> 1;
      if (v.get(mid).effectiveFrom().isAfter(date)) {
        hi = mid - 1;
      } else {
        lo = mid;
      }
    }
    return Optional.of(v.get(lo));
  }

  /**
   * {@return true when {@code date} is covered}
   *
   * @param date the day
   */
  public boolean covers(LocalDate date) {
    return find(date).isPresent();
  }

  /**
   * {@return a copy with one more version from {@code from}, which must be after every existing version}
   *
   * @param from the first day of the new version
   * @param value its value
   * @param citation its source
   */
  public DateEffective<T> then(LocalDate from, T value, Citation citation) {
    return ImmutableDateEffective.<T>builder().from(this).addVersions(DatedValue.of(from, value, citation)).build();
  }

  /**
   * {@return a copy that ends on {@code endExclusive}}
   *
   * @param endExclusive the first day not covered
   */
  public DateEffective<T> until(LocalDate endExclusive) {
    return ImmutableDateEffective.<T>builder().from(this).endExclusive(endExclusive).build();
  }

  /**
   * {@return a parameter with one version that holds from {@code from} indefinitely}
   *
   * @param <T> the type of the value
   * @param name the parameter's name, for messages
   * @param from the first day
   * @param value the value
   * @param citation its source
   */
  public static <T> DateEffective<T> of(String name, LocalDate from, T value, Citation citation) {
    return ImmutableDateEffective.<T>builder().name(name).addVersions(DatedValue.of(from, value, citation)).build();
  }

  /**
   * {@return a new builder; {@code build()} checks every rule above and lists all violations at once}
   *
   * @param <T> the type of the value
   */
  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /** Builds a {@code DateEffective}: one setter per attribute, {@code build()} validates. */
  public static final class Builder<T> extends ImmutableDateEffective.Builder<T> {
    Builder() {}
  }

  private String describeRange() {
    return "[" + effectiveFrom() + ", " + endExclusive().map(LocalDate::toString).orElse("open") + ")";
  }

  @Value.Check
  void check() {
    List<Violation> violations = new ArrayList<>();
    if (name().isBlank()) {
      violations.add(Violation.of("name", name(), "NotBlank", "must not be blank"));
    }
    if (versions().isEmpty()) {
      violations.add(Violation.of("versions", "[]", "NotEmpty", "needs at least one version"));
    }
    for (int i = 1; i < versions().size(); i++) {
      LocalDate prev = versions().get(i - 1).effectiveFrom();
      LocalDate cur = versions().get(i).effectiveFrom();
      if (!cur.isAfter(prev)) {
        violations.add(Violation.of("versions[" + i + "].effectiveFrom", cur.toString(), "StrictlyIncreasing",
            "must be after the previous version's date " + prev));
      }
    }
    if (!versions().isEmpty() && endExclusive().isPresent()) {
      LocalDate last = versions().get(versions().size() - 1).effectiveFrom();
      if (!endExclusive().get().isAfter(last)) {
        violations.add(Violation.of("endExclusive", endExclusive().get().toString(), "AfterLastVersion",
            "must be after the last version's date " + last));
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidValueException("DateEffective", violations);
    }
  }

  @Override
  public String toString() {
    return name() + versions();
  }
}
