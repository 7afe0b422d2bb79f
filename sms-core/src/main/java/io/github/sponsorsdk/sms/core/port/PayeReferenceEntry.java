package io.github.sponsorsdk.sms.core.port;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import io.github.sponsorsdk.sms.core.job.PayeReference;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A PAYE reference on the licence, with who added it and when ("PAYE References: View existing references, who added
 * them and when; Add a new PAYE Reference; Delete an existing PAYE Reference": Manual 2, as the index of manuals and
 * a secondary source describe it). The reference itself is a {@link PayeReference}
 * (docs/sources.md#hmrc-paye-reference).
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutablePayeReferenceEntry.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutablePayeReferenceEntry.class)
@JsonDeserialize(as = ImmutablePayeReferenceEntry.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutablePayeReferenceEntry.class)
public abstract class PayeReferenceEntry implements WithPayeReferenceEntry {

  /** {@return the employer PAYE reference} */
  public abstract PayeReference reference();

  /** {@return the user who added it} */
  public abstract SmsUserId addedBy();

  /** {@return the day it was added} */
  public abstract LocalDate addedOn();

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code PayeReferenceEntry}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutablePayeReferenceEntry.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ValueValidation.check(this);
  }
}
