package io.github.sponsorsdk.sms.xml.records;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.certificate.PartialDate;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import java.util.Optional;
import io.github.sponsorsdk.sms.xml.schema.BdtField;
import org.immutables.value.Value;

/** {@code ApplicantData}: who the CAS is for. Identifiers come from the sponsor's own system. */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableApplicant.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableApplicant.class)
@JsonDeserialize(as = ImmutableApplicant.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableApplicant.class)
public abstract class Applicant implements WithApplicant {
  /** {@return the sponsor's own applicant reference (up to 50 characters); the key the SMS export echoes back} */
  public abstract String applicantId();

  /** {@return {@code ApplicationID}, when the sponsor gives one} */
  public abstract Optional<String> applicationId();

  /** {@return {@code UCAS_UKPASS_Id}: 10 characters, starting with 1} */
  public abstract Optional<String> ucasPersonalId();

  /** {@return {@code FamilyName}} */
  public abstract String familyName();

  /** {@return absent for mononymous applicants} */
  public abstract Optional<String> givenName();

  /** {@return {@code OtherNames}, when the person has any} */
  public abstract Optional<String> otherNames();

  /** {@return a 3-letter nationality code, or the schema literal {@code "STATELESS"} including the double quotes} */
  public abstract String nationality();

  /** {@return {@code Gender}} */
  public abstract Gender gender();

  /** {@return {@code CountryOfBirth}: a code of the country code list} */
  public abstract String countryOfBirth();

  /** {@return {@code PlaceOfBirth}, when given} */
  public abstract Optional<String> placeOfBirth();

  /** {@return {@code DateOfBirth}: a year, a year and month, or a full date (sms-core's {@link PartialDate})} */
  public abstract PartialDate dateOfBirth();

  /** {@return {@code PassportOrTravelDocumentNumber}} */
  public abstract String passportOrTravelDocumentNumber();

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code Applicant}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableApplicant.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    new Check("Applicant")
        .field("applicantId", BdtField.APPLICANT_ID, applicantId())
        .field("applicationId", BdtField.APPLICATION_ID, applicationId())
        .field("ucasPersonalId", BdtField.UCAS_UKPASS_ID, ucasPersonalId())
        .field("familyName", BdtField.FAMILY_NAME, familyName())
        .field("givenName", BdtField.GIVEN_NAME, givenName())
        .field("otherNames", BdtField.OTHER_NAMES, otherNames())
        .field("nationality", BdtField.NATIONALITY, nationality())
        .field("countryOfBirth", BdtField.COUNTRY_OF_BIRTH, countryOfBirth())
        .field("placeOfBirth", BdtField.PLACE_OF_BIRTH, placeOfBirth())
        .field("passportOrTravelDocumentNumber", BdtField.PASSPORT_OR_TRAVEL_DOCUMENT_NUMBER,
            passportOrTravelDocumentNumber())
        .done();
  }
}
