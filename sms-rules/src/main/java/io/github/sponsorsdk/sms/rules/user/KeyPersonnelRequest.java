package io.github.sponsorsdk.sms.rules.user;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.place.UkPostcode;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A request to replace the Authorising Officer or Key Contact or to add a Level 1 user, with the postcodes the
 * immediate-fulfilment rule compares: the new person's, the main organisation address's, the head office's and those
 * of legal representatives the sponsor has told the Home Office act for it.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableKeyPersonnelRequest.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableKeyPersonnelRequest.class)
@JsonDeserialize(as = ImmutableKeyPersonnelRequest.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableKeyPersonnelRequest.class)
public abstract class KeyPersonnelRequest implements WithKeyPersonnelRequest {

  /** {@return what is requested} */
  public abstract KeyPersonnelRequestKind kind();

  /** {@return the postcode of the address stated for the new AO, KC or Level 1 user} */
  public abstract UkPostcode newPersonPostcode();

  /** {@return the postcode of the main organisation address} */
  public abstract UkPostcode mainAddressPostcode();

  /** {@return the postcode of the head office address, where it differs from the main address} */
  public abstract Optional<UkPostcode> headOfficePostcode();

  /**
   * {@return the postcodes of legal representative organisations notified to the Home Office as acting for the sponsor}
   */
  public abstract Set<UkPostcode> legalRepresentativePostcodes();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code KeyPersonnelRequest}. */
  public static final class Builder extends ImmutableKeyPersonnelRequest.Builder {
    Builder() {}
  }
}
