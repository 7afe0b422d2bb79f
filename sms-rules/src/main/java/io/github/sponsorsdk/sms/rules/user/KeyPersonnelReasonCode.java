package io.github.sponsorsdk.sms.rules.user;

import static io.github.sponsorsdk.sms.core.citation.Source.SECONDARY_SOURCE;
import static io.github.sponsorsdk.sms.core.citation.Source.SMS_MANUAL_1;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.decision.ReasonCode;
import io.github.sponsorsdk.sms.core.decision.Severity;
import java.time.LocalDate;

/** The reasons of {@link KeyPersonnelRequestRules}: immediate fulfilment or casework. */
public enum KeyPersonnelReasonCode implements ReasonCode {
  /** Every criterion is met: the request is fulfilled immediately. Parameter: {@code kind}. */
  FULFILLED_IMMEDIATELY(Severity.INFO,
      "{kind} is fulfilled immediately: the request shows as Accepted",
      Citation.of(SECONDARY_SOURCE, "smithstonewalters; stevens-bolton; woodcocklaw (27 March 2023); manislaw; "
          + "Morgan Lewis (14 April 2023), quoting the Home Office e-mail of 23 March 2023", LocalDate.of(2023, 3, 23))
          .withNote("'requests ... to replace your AO, replace your KC and add new Level 1 Users will be fulfilled "
              + "immediately, subject to certain criteria being met'; boyesturner says 24 March 2023 "
              + "(docs/sources.md#secondary-people); Manual 1 Guide 3 mentions the automatic update")),
  /** Before 23 March 2023 key-personnel requests went to casework. */
  IMMEDIATE_FULFILMENT_NOT_IN_FORCE(Severity.INFO,
      "Immediate fulfilment of key-personnel requests starts on 23 March 2023: the request goes to casework",
      Citation.of(SMS_MANUAL_1, "Guide 3 (Requested until the Home Office decides)")
          .withNote("Manual 1 Guide 3: 'If you meet the conditions, the following details will automatically be "
              + "updated on your licence: replace your Authorising Officer or Key Contact; add new Level 1 Users'")),
  /** Criterion: the licence is fully active. Parameter: {@code status}. */
  LICENCE_NOT_FULLY_ACTIVE(Severity.INFO,
      "The licence is {status}, not fully active: the request goes to casework",
      FULFILLED_IMMEDIATELY.citation.withSection("Home Office e-mail of 23 March 2023: 'Your sponsor licence is fully "
          + "active'")),
  /** Criterion: the sponsor is A-rated. */
  NOT_A_RATED(Severity.INFO, "The sponsor is not A-rated in every category: the request goes to casework",
      FULFILLED_IMMEDIATELY.citation.withSection("Home Office e-mail of 23 March 2023: 'You are an A-rated "
          + "sponsor'")),
  /** Criterion: the postcode matches. Parameters: {@code postcode}, {@code compared}. */
  POSTCODE_DOES_NOT_MATCH(Severity.INFO,
      "The new person's postcode {postcode} matches none of {compared}: the request goes to casework",
      FULFILLED_IMMEDIATELY.citation.withSection("Home Office e-mail of 23 March 2023: the postcode of the new AO, "
          + "KC or Level 1 User matches the main organisation or head office address or, for KCs and Level 1 Users, "
          + "a legal representative organisation")
          .withNote("Postcodes are compared in UkPostcode's canonical form (upper case, one space): a project reading "
              + "(decision 0485)")),
  /** A replaced AO still needs the submission sheet and evidence. */
  SUBMISSION_SHEET_STILL_NEEDED(Severity.INFO,
      "The submission sheet and any required supporting evidence must still be sent to the Home Office",
      Citation.of(SECONDARY_SOURCE, "stevens-bolton (2023)", LocalDate.of(2023, 3, 23))),
  /** Retrospective checks may deactivate a new Level 1 user. */
  RETROSPECTIVE_CHECKS(Severity.INFO,
      "The Home Office checks immediately fulfilled requests afterwards; where there are concerns the new Level 1 "
          + "user is deactivated while another is nominated",
      Citation.of(SECONDARY_SOURCE, "boyesturner (2023)", LocalDate.of(2023, 3, 24)));

  private final Severity severity;
  private final String messageTemplate;
  private final Citation citation;

  KeyPersonnelReasonCode(Severity severity, String messageTemplate, Citation citation) {
    this.severity = severity;
    this.messageTemplate = messageTemplate;
    this.citation = citation;
  }

  /** {@code personnel}. */
  @Override
  public String namespace() {
    return "personnel";
  }

  @Override
  public Severity severity() {
    return severity;
  }

  @Override
  public String messageTemplate() {
    return messageTemplate;
  }

  @Override
  public Citation citation() {
    return citation;
  }
}
