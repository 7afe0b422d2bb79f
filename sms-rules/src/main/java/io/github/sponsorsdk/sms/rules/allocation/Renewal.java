package io.github.sponsorsdk.sms.rules.allocation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The Home Office's grant of an allocation for the next year: on request in the renewal window, or automatically
 * for sponsors meeting the "automation" criteria (SMS Manual 1, Glossary: "On 6 April 2014 we introduced new
 * functionality in SMS to automatically renew CoS allocations").
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableRenewal.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableRenewal.class)
@JsonDeserialize(as = ImmutableRenewal.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableRenewal.class)
public abstract class Renewal implements WithRenewal {

  /** {@return certificates granted for the next year} */
  @PositiveOrZero
  public abstract int granted();

  /** {@return the day the renewal was granted} */
  public abstract LocalDate grantedOn();

  /** {@return true when the SMS renewed it without a request} */
  public abstract boolean automatic();

  /**
   * {@return a renewal the sponsor requested}
   *
   * @param granted how many certificates
   * @param grantedOn the day of the grant
   */
  public static Renewal requested(int granted, LocalDate grantedOn) {
    return ImmutableRenewal.builder().granted(granted).grantedOn(grantedOn).automatic(false).build();
  }

  /**
   * {@return a renewal the SMS made automatically}
   *
   * @param granted how many certificates
   * @param grantedOn the day of the renewal
   */
  public static Renewal automatic(int granted, LocalDate grantedOn) {
    return ImmutableRenewal.builder().granted(granted).grantedOn(grantedOn).automatic(true).build();
  }

  @Value.Check
  void check() {
    ValueValidation.check(this);
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code Renewal}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableRenewal.Builder {
    Builder() {}
  }
}
