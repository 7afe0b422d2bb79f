package io.github.sponsorsdk.sms.rules.user;

import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.decision.Reason;
import io.github.sponsorsdk.sms.core.licence.Licence;
import io.github.sponsorsdk.sms.core.licence.LicenceStatus;
import io.github.sponsorsdk.sms.core.place.UkPostcode;
import io.github.sponsorsdk.sms.rules.licence.LicenceRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Key-personnel requests: replacing the Authorising Officer or Key Contact and adding a Level 1 user. From 23 March
 * 2023 the SMS fulfils them immediately when (the Home Office e-mail of that day, quoted by secondary sources):
 * <ol>
 *   <li>the licence is fully active;
 *   <li>the sponsor is A-rated (read as {@link LicenceRules#premiumRatingAppropriate}: A in every worker category,
 *       a full Student sponsor in the Student category);
 *   <li>the postcode of the new person's address matches the main organisation address or the head office address,
 *       or, for a Key Contact or a Level 1 user, a notified legal representative organisation's.
 * </ol>
 * Otherwise the request goes to casework. A suspended licence is not fully active, so it loses immediate fulfilment
 * ("The ability to replace your Authorising Officer or Key Contact and add new Level 1 Users will also be
 * suspended"); whether the function may be used at all is {@code PermissionEngine}'s question.
 *
 * <pre>{@code
 * FulfilmentOutcome o = KeyPersonnelRequestRules.defaults().assess(licence, KeyPersonnelRequest.builder()
 *     .kind(KeyPersonnelRequestKind.REPLACE_KEY_CONTACT).newPersonPostcode(UkPostcode.of("SW1A 2AA"))
 *     .mainAddressPostcode(UkPostcode.of("M1 1AE")).addLegalRepresentativePostcodes(UkPostcode.of("sw1a2aa"))
 *     .build(), LocalDate.of(2025, 6, 2));
 * o.processing();   // APPLIED_AT_ONCE
 * }</pre>
 *
 * <p><b>Shape and parameters</b> (docs/decisions/0005-api-charter.md): {@link #defaults()} reads
 * {@link KeyPersonnelRequestParameters#defaults()}; {@code of(KeyPersonnelRequestParameters)} takes others;
 * {@code parameters()} returns them. Immutable and thread-safe. <b>Verbs:</b> {@code assess(licence, request, on)}
 * (a {@code FulfilmentOutcome}).
 */
public final class KeyPersonnelRequestRules {

  private final KeyPersonnelRequestParameters parameters;

  private KeyPersonnelRequestRules(KeyPersonnelRequestParameters parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
  }

  /** {@return the rules with {@link KeyPersonnelRequestParameters#defaults()}} */
  public static KeyPersonnelRequestRules defaults() {
    return new KeyPersonnelRequestRules(KeyPersonnelRequestParameters.defaults());
  }

  /**
   * The rules with {@code parameters}.
   *
   * @param parameters the parameters to use instead of {@code defaults()}: each date-effective and cited
   * @return the rules
   */
  public static KeyPersonnelRequestRules of(KeyPersonnelRequestParameters parameters) {
    return new KeyPersonnelRequestRules(parameters);
  }

  /** {@return the parameters this engine reads} */
  public KeyPersonnelRequestParameters parameters() {
    return parameters;
  }

  /**
   * {@return how the SMS handles {@code request} for {@code licence} on {@code on}, with every unmet criterion}
   *
   * @param licence the licence
   * @param request the change asked for: who, which role, their postcode
   * @param on the day of the question: the rules in force that day apply
   */
  public FulfilmentOutcome assess(Licence licence, KeyPersonnelRequest request, LocalDate on) {
    List<Reason> reasons = new ArrayList<>();
    if (parameters.immediateFulfilment().on(on) == ImmediateFulfilment.NOT_OFFERED) {
      reasons.add(KeyPersonnelReasonCode.IMMEDIATE_FULFILMENT_NOT_IN_FORCE.reason());
      return outcome(reasons, Processing.CASEWORK, request);
    }
    if (licence.status() != LicenceStatus.LICENSED_AND_FULLY_ACTIVE) {
      reasons.add(KeyPersonnelReasonCode.LICENCE_NOT_FULLY_ACTIVE.reason(Map.of("status",
          licence.status().displayName())));
    }
    if (!LicenceRules.premiumRatingAppropriate(licence.ratings().values())) {
      reasons.add(KeyPersonnelReasonCode.NOT_A_RATED.reason());
    }
    Set<String> compared = new LinkedHashSet<>();
    compared.add(normalised(request.mainAddressPostcode()));
    request.headOfficePostcode().ifPresent(p -> compared.add(normalised(p)));
    if (request.kind().legalRepresentativePostcodeQualifies()) {
      request.legalRepresentativePostcodes().forEach(p -> compared.add(normalised(p)));
    }
    if (!compared.contains(normalised(request.newPersonPostcode()))) {
      reasons.add(KeyPersonnelReasonCode.POSTCODE_DOES_NOT_MATCH.reason(Map.of("postcode",
          request.newPersonPostcode().value(), "compared", String.join(", ", compared))));
    }
    if (!reasons.isEmpty()) {
      return outcome(reasons, Processing.CASEWORK, request);
    }
    reasons.add(KeyPersonnelReasonCode.FULFILLED_IMMEDIATELY.reason(Map.of("kind", request.kind())));
    if (request.kind() == KeyPersonnelRequestKind.ADD_LEVEL_1_USER) {
      reasons.add(KeyPersonnelReasonCode.RETROSPECTIVE_CHECKS.reason());
    }
    return outcome(reasons, Processing.APPLIED_AT_ONCE, request);
  }

  private static FulfilmentOutcome outcome(List<Reason> reasons, Processing processing, KeyPersonnelRequest request) {
    if (request.kind() == KeyPersonnelRequestKind.REPLACE_AUTHORISING_OFFICER) {
      reasons.add(KeyPersonnelReasonCode.SUBMISSION_SHEET_STILL_NEEDED.reason());
    }
    return FulfilmentOutcome.builder().decision(Decision.of(reasons)).processing(processing).build();
  }

  /** {@link UkPostcode} holds the canonical form (upper case, one space), so "sw1a2aa" matches "SW1A 2AA". */
  private static String normalised(UkPostcode postcode) {
    return postcode.value();
  }
}
