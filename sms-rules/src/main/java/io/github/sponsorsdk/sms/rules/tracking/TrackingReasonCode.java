package io.github.sponsorsdk.sms.rules.tracking;

import static io.github.sponsorsdk.sms.core.citation.Source.SECONDARY_SOURCE;
import static io.github.sponsorsdk.sms.core.citation.Source.SMS_MANUAL_2;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.decision.ReasonCode;
import io.github.sponsorsdk.sms.core.decision.Severity;
import java.time.LocalDate;

/** The reasons of {@link RequestTracking}. */
public enum TrackingReasonCode implements ReasonCode {
  /** Accepted with no notification: the sponsor checks the screen. Parameter: {@code kind}. */
  ACCEPTED_VIEW_ONLINE(Severity.INFO,
      "The {kind} request was accepted; the sponsor is not notified and checks View recent and outstanding requests",
      Citation.of(SECONDARY_SOURCE, "newlandchase; abilblog, quoting the UKBA notice of 26 July 2012",
          LocalDate.of(2012, 7, 30))
          .withNote("'from 30 July 2012, Sponsors will no longer be notified when certain requests to change Sponsor "
              + "details have been granted. Instead, Sponsors can now use the view recent and outstanding requests "
              + "... function' (docs/sources.md#secondary-people)")),
  /** Accepted, and a letter is still sent (the three cases). Parameter: {@code kind}. */
  ACCEPTED_LETTER(Severity.INFO, "The {kind} request was accepted; the Home Office writes to the sponsor",
      ACCEPTED_VIEW_ONLINE.citation.withNote("Still notified by letter on approval: a new Level 1 user where the only "
          + "other has been deactivated or left; a merger or takeover; any other change such as a branch or a "
          + "representative")),
  /** Refused or rejected: the reasons go to the AO. Parameters: {@code kind}, {@code status}. */
  DECIDED_AGAINST(Severity.INFO,
      "The {kind} request was {status}; the reasons are e-mailed in a letter to the Authorising Officer",
      ACCEPTED_VIEW_ONLINE.citation.withNote("'If the UKBA refuses or rejects a request it will continue to provide "
          + "the reasons for the refusal or rejection by sending an email to the authorising officer'")),
  /** Withdrawn by the sponsor. Parameter: {@code kind}. */
  WITHDRAWN(Severity.INFO, "The {kind} request was withdrawn",
      Citation.of(SMS_MANUAL_2, "View and withdraw recent and outstanding requests")),
  /** Only an outstanding request changes. Parameters: {@code event}, {@code status}. */
  NOT_OUTSTANDING(Severity.REFUSAL, "{event} is not possible: the request is {status}, not outstanding",
      Citation.of(SMS_MANUAL_2, "View and withdraw recent and outstanding requests"));

  private final Severity severity;
  private final String messageTemplate;
  private final Citation citation;

  TrackingReasonCode(Severity severity, String messageTemplate, Citation citation) {
    this.severity = severity;
    this.messageTemplate = messageTemplate;
    this.citation = citation;
  }

  /** {@code tracking}. */
  @Override
  public String namespace() {
    return "tracking";
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
