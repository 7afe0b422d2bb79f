package io.github.sponsorsdk.sms.rules.user;

import static io.github.sponsorsdk.sms.core.citation.Source.SMS_MANUAL_1;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.decision.ReasonCode;
import io.github.sponsorsdk.sms.core.decision.Severity;
import java.time.LocalDate;

/** The reasons of {@link UserManagementRules}, {@link UserStatusTransitions} and {@link KeyPersonnelRules}. */
public enum UserReasonCode implements ReasonCode {

  /** A Level 1 user may amend only their own details or a Level 2 user's. */
  AMEND_ONLY_SELF_OR_LEVEL_2(Severity.REFUSAL,
      "A Level 1 user can only amend their own details or those of a Level 2 user",
      Citation.of(SMS_MANUAL_1, "Guide 4 (introduction; step 4 note)")),
  /** No user may deactivate themselves. */
  NO_SELF_DEACTIVATION(Severity.REFUSAL, "Level 1 users can deactivate all other users but not themselves",
      Citation.of(SMS_MANUAL_1, "Guide 4 (introduction; step 4 note)")),
  /** Only an Active user can be amended or deactivated. Parameter: {@code status} (the target's). */
  TARGET_NOT_ACTIVE(Severity.REFUSAL,
      "Only a user whose status is Active can be amended or deactivated; this user's status is {status}",
      Citation.of(SMS_MANUAL_1, "Guide 4, step 4 (If the status of the user is 'Active', you can choose ...)")),
  /** Deactivation is final. */
  DEACTIVATION_FINAL(Severity.REFUSAL,
      "A deactivated account cannot be reactivated; a new user must be requested or created",
      Citation.of(SMS_MANUAL_1, "Guide 4, steps 4 and 9")),
  /** A refused request is final. */
  REFUSAL_FINAL(Severity.REFUSAL, "A refused Level 1 request is final; a new request is needed",
      Citation.of(SMS_MANUAL_1, "Guide 3, step 6 (Refused: we will write to the AO)")),
  /** The status change is not one SMS makes. Parameters: {@code from}, {@code to}, {@code by} (who changes it). */
  TRANSITION_NOT_ALLOWED(Severity.REFUSAL, "SMS does not change a user's status from {from} to {to} by the {by}",
      Citation.of(SMS_MANUAL_1, "Guide 3, step 3 note (Requested, Active, Refused, Deactivated by sponsor, "
          + "Deactivated by UK V&I)")),
  /** From 19 June 2023 a Level 1 user must give a NINO or an exemption reason. */
  NINO_REQUIRED(Severity.REFUSAL,
      "A Level 1 user must provide a National Insurance number or a reason for being exempt",
      Citation.of(SMS_MANUAL_1, "Guide 4 (National Insurance number)", LocalDate.of(2023, 6, 19))),
  /** A NINO exemption sends the change to casework. */
  NINO_EXEMPTION_CASEWORK(Severity.INFO,
      "A NINO exemption generates a request for casework consideration before it is applied; evidence may be asked for",
      Citation.of(SMS_MANUAL_1, "Guide 4 (National Insurance number)", LocalDate.of(2023, 6, 19))),
  /** A Level 1 user's own amendment is assessed by the Home Office; the user stays active. */
  LEVEL_1_AMENDMENT_CASEWORK(Severity.INFO,
      "The amendment is sent to the Home Office for assessment; the Level 1 user remains active meanwhile",
      Citation.of(SMS_MANUAL_1, "Guide 4, steps 5 and 6 (notes)")),
  /** Automation applies a Level 1 address (or NINO) change at once. */
  LEVEL_1_AMENDMENT_AUTOMATIC(Severity.INFO,
      "The request or amendment is applied at once (automation, or a NINO entered with no other change needing "
          + "casework)",
      Citation.of(SMS_MANUAL_1, "Guide 4 (automation of 6 April 2014; NINO of 19 June 2023); Glossary (Automation)",
          LocalDate.of(2014, 4, 6))),
  /** A Level 2 user's amendment is applied at once. */
  LEVEL_2_AMENDMENT_APPLIED(Severity.INFO, "Changes to a Level 2 user are applied automatically",
      Citation.of(SMS_MANUAL_1, "Guide 4, step 5 note 1")),
  /** A Level 1 request goes to the Home Office. */
  LEVEL_1_REQUEST_ASSESSED(Severity.INFO,
      "The request is sent to the Home Office; the new user's status is Requested until approved or refused",
      Citation.of(SMS_MANUAL_1, "Guide 3, steps 5 and 6")),
  /** A new Level 2 user is active at once. */
  LEVEL_2_CREATED_ACTIVE(Severity.INFO, "The Level 2 user account is created automatically and is Active",
      Citation.of(SMS_MANUAL_1, "Guide 3, step 5")),
  /** No active Level 1 user: only the change of circumstances form remains. */
  NO_ACTIVE_LEVEL_1(Severity.REFUSAL,
      "The licence has no active Level 1 user: complete a Sponsor change of circumstances form (outside SMS)",
      Citation.of(SMS_MANUAL_1, "Guide 3 and Guide 4 (no active Level 1 users)")),
  /**
   * At least one Level 1 user must be a settled worker unless an exception applies. Parameters: {@code date} (the
   * day judged), {@code declared} (the exceptions the sponsor declared, or {@code none}).
   */
  NO_SETTLED_LEVEL_1(Severity.REFUSAL,
      "At least one active Level 1 user must be a settled worker, and no exception recognised on {date} applies to "
          + "the licence (declared: {declared})",
      Citation.of(SMS_MANUAL_1, "Guide 3 (settled worker requirement)")),
  /** A settled-worker exception applies. Parameter: {@code exceptions} (those that apply). */
  SETTLED_WORKER_EXCEPTION_APPLIES(Severity.INFO,
      "No active Level 1 user is a settled worker, but an exception to the requirement applies: {exceptions}",
      Citation.of(SMS_MANUAL_1, "Guide 3 (settled worker requirement, exceptions a and b)")),
  /** Deactivating the user would leave no settled active Level 1 user. */
  DEACTIVATION_LEAVES_NO_SETTLED_LEVEL_1(Severity.WARNING,
      "After this deactivation no active Level 1 user is a settled worker and no exception applies",
      Citation.of(SMS_MANUAL_1, "Guide 3 (settled worker requirement)"));

  private final Severity severity;
  private final String messageTemplate;
  private final Citation citation;

  UserReasonCode(Severity severity, String messageTemplate, Citation citation) {
    this.severity = severity;
    this.messageTemplate = messageTemplate;
    this.citation = citation;
  }

  /** {@code user}. */
  @Override
  public String namespace() {
    return "user";
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
