package io.github.sponsorsdk.sms.testkit.state;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.identifier.SponsorLicenceNumber;
import io.github.sponsorsdk.sms.core.port.AllocationRequest;
import io.github.sponsorsdk.sms.core.port.CaseworkRequest;
import io.github.sponsorsdk.sms.core.port.CircumstanceChange;
import io.github.sponsorsdk.sms.core.port.DefinedCosApplication;
import io.github.sponsorsdk.sms.core.user.UserProfile;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** A request waiting for (or decided by) the Home Office, with what was asked. */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableCaseworkRecord.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableCaseworkRecord.class)
@JsonDeserialize(as = ImmutableCaseworkRecord.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableCaseworkRecord.class)
public abstract class CaseworkRecord implements WithCaseworkRecord {

  /** {@return the licence the request belongs to} */
  public abstract SponsorLicenceNumber licence();

  /** {@return the request as the sponsor sees it} */
  public abstract CaseworkRequest request();

  /** {@return the user the request is about (Level 1 request, own amendment)} */
  public abstract Optional<SmsUserId> user();

  /** {@return the amended profile, for a Level 1 user's own amendment sent for assessment} */
  public abstract Optional<UserProfile> profile();

  /** {@return the allocation request, for an allocation renewal or increase} */
  public abstract Optional<AllocationRequest> allocation();

  /** {@return the application, for a defined CoS} */
  public abstract Optional<DefinedCosApplication> definedCos();

  /** {@return the change, for a change of circumstances} */
  public abstract Optional<CircumstanceChange> change();

  /** {@return for a defined CoS application: where it stands, as the sms-rules defined CoS rules keep it} */
  public abstract Optional<io.github.sponsorsdk.sms.rules.certificate.DefinedCosApplication> definedCosState();

  /** {@return for a granted defined CoS: the CoS created from it, once created (one CoS per grant)} */
  public abstract Optional<String> definedCosCertificate();

  /** {@return for a key-personnel request: what was asked} */
  public abstract Optional<io.github.sponsorsdk.sms.core.port.KeyPersonnelChange> keyPersonnel();

  /** {@return for an organisation details change: the details asked for} */
  public abstract Optional<io.github.sponsorsdk.sms.core.port.OrganisationDetails> organisation();

  /** {@return a new builder (no Bean Validation of its own: see the note below)} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code CaseworkRecord}: one setter per attribute. */
  public static final class Builder extends ImmutableCaseworkRecord.Builder {
    Builder() {}
  }

  // No Bean Validation of its own: the record declares no constraint, and the values it holds were validated when
  // they were built (the fake rebuilds records on every change, so a no-op validation would cost on every call).
}
