package io.github.sponsorsdk.sms.core.port;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.identifier.CertificateNumber;
import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import org.immutables.value.Value;

/**
 * A group of Creative Worker CoS ("Temporary Work - Creative Worker groups of CoS", Manual 11: "To help sponsors
 * create and manage groups of CoS. Groups of CoS are only available to sponsors licensed in Temporary Work - Creative
 * Worker"). The manual's steps were not read: the SDK models a group as a named set of the licence's Creative
 * Worker CoS, each in at most one group, managed by Level 1 users and by Level 2 users for the CoS they own
 * (decision record 0660).
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableCreativeWorkerGroup.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableCreativeWorkerGroup.class)
@JsonDeserialize(as = ImmutableCreativeWorkerGroup.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableCreativeWorkerGroup.class)
public abstract class CreativeWorkerGroup implements WithCreativeWorkerGroup {

  /** {@return the SMS's reference of the group (the fake's: {@code G} and a number)} */
  @NotBlank
  public abstract String reference();

  /** {@return the name the sponsor gave it, unique on the licence among its groups (1 to 100 characters)} */
  @NotBlank
  @Size(max = 100)
  public abstract String name();

  /** {@return the user who created it} */
  public abstract SmsUserId owner();

  /** {@return the day it was created} */
  public abstract LocalDate createdOn();

  /** {@return its CoS, in the order they joined} */
  public abstract List<CertificateNumber> certificates();

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code CreativeWorkerGroup}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableCreativeWorkerGroup.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ValueValidation.check(this);
  }
}
