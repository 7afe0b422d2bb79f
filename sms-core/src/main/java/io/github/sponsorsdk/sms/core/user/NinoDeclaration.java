package io.github.sponsorsdk.sms.core.user;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * What a person has declared about their National Insurance number: either the number ({@link ProvidedNino}) or a
 * reason for being exempt ({@link NinoExemptionReason}). A profile holds {@code Optional<NinoDeclaration>}, so
 * exactly one of three states is representable: a number, an exemption reason, or neither.
 *
 * <p>"Neither" is legitimate for Level 2 users and for records from before 19 June 2023. From that date the NINO
 * "became mandatory for Level 1 users"; a user without one gives an exemption reason, which sends the amendment to
 * casework (SMS Manual 1, Guide 4). Whether a declaration is required on a given date is a date-effective rule in
 * {@code sms-rules}, not a constraint of the value.
 *
 * <p>JSON: an object with {@code "kind": "NINO"} or {@code "kind": "EXEMPT"}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ImmutableProvidedNino.class, name = "NINO"),
    @JsonSubTypes.Type(value = ImmutableNinoExemptionReason.class, name = "EXEMPT")})
public sealed interface NinoDeclaration permits ProvidedNino, NinoExemptionReason {

  /**
   * {@return a declaration of the number {@code nino}}
   *
   * @param nino the number
   */
  static NinoDeclaration of(io.github.sponsorsdk.sms.core.identifier.NationalInsuranceNumber nino) {
    return ProvidedNino.of(nino);
  }

  /**
   * {@return a declaration of exemption, with the reason as the person gave it}
   *
   * @param reason why the person has no number
   */
  static NinoDeclaration exempt(String reason) {
    return NinoExemptionReason.of(reason);
  }
}
