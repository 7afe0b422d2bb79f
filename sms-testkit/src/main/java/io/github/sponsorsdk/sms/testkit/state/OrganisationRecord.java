package io.github.sponsorsdk.sms.testkit.state;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.identifier.SponsorLicenceNumber;
import io.github.sponsorsdk.sms.core.port.OrganisationDetails;
import io.github.sponsorsdk.sms.core.port.PayeReferenceEntry;
import io.github.sponsorsdk.sms.core.port.PremiumContact;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the fake holds about a licence's organisation beyond the {@code Licence} value: its details (addresses), PAYE
 * references and, for a Premium customer, the Home Office contacts.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableOrganisationRecord.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableOrganisationRecord.class)
@JsonDeserialize(as = ImmutableOrganisationRecord.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableOrganisationRecord.class)
public abstract class OrganisationRecord implements WithOrganisationRecord {

  /** {@return the licence} */
  public abstract SponsorLicenceNumber licence();

  /** {@return the organisation details; empty until recorded} */
  public abstract Optional<OrganisationDetails> details();

  /** {@return the PAYE references, oldest first} */
  public abstract List<PayeReferenceEntry> payeReferences();

  /** {@return the Premium customer service contacts the Home Office assigned} */
  public abstract List<PremiumContact> premiumContacts();

  /**
   * {@return an empty record of {@code licence}}
   *
   * @param licence the licence
   */
  public static OrganisationRecord empty(SponsorLicenceNumber licence) {
    return builder().licence(licence).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code OrganisationRecord}: one setter per attribute. */
  public static final class Builder extends ImmutableOrganisationRecord.Builder {
    Builder() {}
  }
}
