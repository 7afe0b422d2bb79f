package io.github.sponsorsdk.sms.rules.submission;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.decision.ReasonCode;
import io.github.sponsorsdk.sms.core.decision.Severity;
import java.time.LocalDate;

/**
 * The reasons of {@link SubmissionLifecycle}. The lifecycle reasons carry {@code action}, {@code actor} and
 * {@code status} (the submission's status before the action); the engine cites the action's row (or the parameter
 * applied), so a reason on an action the sources only imply is marked uncertain.
 */
public enum SubmissionReasonCode implements ReasonCode {
  /**
   * The action is allowed (information). Parameters: {@code actor}, {@code action}, {@code status}, {@code next}
   * (the status after).
   */
  SUBMISSION_TRANSITION_ALLOWED(Severity.INFO, "{actor} may {action} a {status} submission; it becomes {next}",
      Citation.of(Source.SPONSOR_UK_AYJ, "Account users will be able to")),
  /** Withdrawn, refused, decided, expired and cancelled submissions are final: nothing leaves them. */
  SUBMISSION_FINAL(Severity.REFUSAL, "{action} by {actor} is not possible: a {status} submission is final",
      Citation.of(Source.RULES_APPENDIX_SKILLED_WORKER, "SW 5.1(d), (e)")
      .withNote("A CoS used in a decided application, withdrawn or cancelled supports no application")),
  /** The action does not exist in the submission's status. */
  SUBMISSION_NOT_IN_STATUS(Severity.REFUSAL, "{action} by {actor} is not possible on a {status} submission",
      Citation.of(Source.SPONSOR_UK_COMMENTARY, "Sable International; DavidsonMorris")),
  /**
   * This party may not take the action. Parameters: {@code actor}, {@code action}, {@code allowedActors},
   * {@code status}.
   */
  SUBMISSION_ACTOR_NOT_PERMITTED(Severity.REFUSAL, "{actor} may not take the action {action} (only "
      + "{allowedActors}); submission status {status}", Citation.of(Source.SPONSOR_UK_AYJ, "Account users will be able to")),
  /** The SRN is issued only once the submission has been paid for. */
  SRN_ONLY_AFTER_PAYMENT(Severity.REFUSAL, "{action} by {actor} is not possible on a {status} submission: an SRN "
      + "is issued only once the submission has been paid for",
      Citation.of(Source.SPONSOR_UK_COMMENTARY, "Sable International")
      .withNote("'Once approved, they will pay the sponsorship fee and receive a sponsorship reference number'")),
  /**
   * Withdrawal is closed in this status by the withdrawal parameter (uncertain). Parameters: {@code action},
   * {@code actor}, {@code status}, {@code window} (the {@link WithdrawalWindow} applied).
   */
  WITHDRAWAL_CLOSED(Severity.REFUSAL, "{action} by {actor} is not possible on a {status} submission: withdrawal "
      + "is open {window}", Citation.of(Source.PROJECT_DECISION, "0470-sponsor-uk", LocalDate.of(2026, 12, 5))
      .uncertain()),
  /** An edit under review blocks use of the SRN, by the edit-review parameter (uncertain). */
  USE_BLOCKED_BY_EDIT_REVIEW(Severity.REFUSAL, "{action} by {actor} is not possible on a {status} submission: no "
      + "application may use the SRN while an edit is under review",
      Citation.of(Source.PROJECT_DECISION, "0470-sponsor-uk", LocalDate.of(2026, 12, 5)).uncertain()),
  /** The application was returned (invalid, void, withdrawn): the SRN may be used again. */
  SRN_REUSABLE_AGAIN(Severity.INFO, "{action} by {actor}: the {status} submission's SRN may be used in a new "
      + "application", Citation.of(Source.RULES_APPENDIX_SKILLED_WORKER, "SW 5.1(d)")),
  /**
   * An evidence document may be uploaded. Parameters: {@code fileName}, {@code mediaType}, {@code sizeBytes}.
   */
  EVIDENCE_ACCEPTABLE(Severity.INFO, "{fileName} ({mediaType}, {sizeBytes} bytes) may be uploaded as evidence",
      Citation.of(Source.SPONSOR_UK_AYJ, "Account users will be able to")),
  /**
   * The document's type is not among those accepted (a parameter, uncertain). Parameters: {@code fileName},
   * {@code mediaType}, {@code accepted}.
   */
  EVIDENCE_TYPE_NOT_ACCEPTED(Severity.REFUSAL, "{fileName}: {mediaType} is not an accepted evidence type "
      + "({accepted})", Citation.of(Source.GOVUK_APPLY_FOR_LICENCE, "How to send the documents").uncertain()),
  /**
   * The document is larger than accepted (a parameter, uncertain). Parameters: {@code fileName},
   * {@code sizeBytes}, {@code maxBytes}.
   */
  EVIDENCE_TOO_LARGE(Severity.REFUSAL, "{fileName}: {sizeBytes} bytes is more than the {maxBytes} accepted",
      Citation.of(Source.PROJECT_DECISION, "0470-sponsor-uk", LocalDate.of(2026, 12, 5)).uncertain());

  private final Severity severity;
  private final String messageTemplate;
  private final Citation citation;

  SubmissionReasonCode(Severity severity, String messageTemplate, Citation citation) {
    this.severity = severity;
    this.messageTemplate = messageTemplate;
    this.citation = citation;
  }

  /** {@code submission}. */
  @Override
  public String namespace() {
    return "submission";
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
