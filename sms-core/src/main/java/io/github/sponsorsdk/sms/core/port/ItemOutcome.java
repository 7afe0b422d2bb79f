package io.github.sponsorsdk.sms.core.port;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.identifier.CertificateNumber;
import jakarta.validation.constraints.Positive;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import org.immutables.value.Value;

/**
 * What became of one certificate of an act on a batch or a group: its item number (counted from 1, in the order the
 * certificates were given or held), the certificate, and the decision on it. Refused items change nothing; the
 * others are done (each on its own, as the single function would do it).
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableItemOutcome.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableItemOutcome.class)
@JsonDeserialize(as = ImmutableItemOutcome.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableItemOutcome.class)
public abstract class ItemOutcome implements WithItemOutcome {

  /** {@return the item's number, counted from 1} */
  @Positive
  public abstract int item();

  /** {@return the certificate} */
  public abstract CertificateNumber certificate();

  /** {@return the decision on this item, with every reason} */
  public abstract Decision decision();

  /** {@return whether this item was done} */
  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean isAllowed() {
    return decision().isAllowed();
  }

  /**
   * {@return an item outcome}
   *
   * @param item the item's number, from 1
   * @param certificate the certificate
   * @param decision the decision on it
   */
  public static ItemOutcome of(int item, CertificateNumber certificate, Decision decision) {
    return builder().item(item).certificate(certificate).decision(decision).build();
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code ItemOutcome}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableItemOutcome.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ValueValidation.check(this);
  }
}
