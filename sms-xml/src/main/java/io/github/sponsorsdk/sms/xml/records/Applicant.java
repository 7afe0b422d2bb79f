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
  /** The sponsor's own applicant reference (up to 50 characters); the key the SMS export echoes back. */
  public abstract String applicantId();

  public abstract Optional<String> applicationId();

  /** {@code UCAS_UKPASS_Id}: 10 characters, starting with 1. */
  public abstract Optional<String> ucasPersonalId();

  public abstract String familyName();

  /** Absent for mononymous applicants. */
  public abstract Optional<String> givenName();

  public abstract Optional<String> otherNames();

  /** A 3-letter nationality code, or the schema literal {@code "STATELESS"} including the double quotes. */
  public abstract String nationality();

  public abstract Gender gender();

  public abstract String countryOfBirth();

  public abstract Optional<String> placeOfBirth();

  /** {@code DateOfBirth}: a year, a year and month, or a full date (sms-core's {@link PartialDate}). */
  public abstract PartialDate dateOfBirth();

  public abstract String passportOrTravelDocumentNumber();

  /** A new builder; {@code build()} checks every rule above and lists all violations at once. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code Applicant}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableApplicant.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
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
