package io.github.sponsorsdk.sms.core.port;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.identifier.CertificateNumber;
import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.route.CertificateKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import org.immutables.value.Value;

/**
 * A batch: a named set of CoS or of CAS that the SMS keeps for the sponsor ("Create and assign batches of CoS/CAS",
 * Manuals 8 and 4; "Managing batches", Manuals 10 and 6). Certificates join it while saved and unassigned, and the
 * batch is then assigned as one act, each certificate on its own (one unit of allocation each). The user who
 * created it owns it; a Level 2 user sees only their own batches (decision record 0660).
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableCertificateBatch.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableCertificateBatch.class)
@JsonDeserialize(as = ImmutableCertificateBatch.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableCertificateBatch.class)
public abstract class CertificateBatch implements WithCertificateBatch {

  /** {@return the SMS's reference of the batch (the fake's: {@code B} and a number)} */
  @NotBlank
  public abstract String reference();

  /** {@return the name the sponsor gave it, unique on the licence among its batches (1 to 100 characters)} */
  @NotBlank
  @Size(max = 100)
  public abstract String name();

  /** {@return what it holds: CoS or CAS} */
  public abstract CertificateKind kind();

  /** {@return the user who created it} */
  public abstract SmsUserId owner();

  /** {@return the day it was created} */
  public abstract LocalDate createdOn();

  /** {@return its certificates, in the order they joined} */
  public abstract List<CertificateNumber> certificates();

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code CertificateBatch}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableCertificateBatch.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ValueValidation.check(this);
  }
}
