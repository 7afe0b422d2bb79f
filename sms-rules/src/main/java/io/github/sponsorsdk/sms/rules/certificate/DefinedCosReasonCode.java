package io.github.sponsorsdk.sms.rules.certificate;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.decision.ReasonCode;
import io.github.sponsorsdk.sms.core.decision.Severity;

/**
 * The reasons of {@link DefinedCosRules}, each with the rule it applies. A decision or withdrawal by the wrong party
 * is {@link LifecycleReasonCode#ACTOR_NOT_PERMITTED}, citing Manual 12.
 */
public enum DefinedCosReasonCode implements ReasonCode {
  /** The application may be made; it awaits a decision (information). Parameter: {@code date}. */
  APPLICATION_MADE(Severity.INFO, "Defined CoS application made on {date}; it awaits a decision",
      Citation.of(Source.SMS_MANUAL_12, "Apply for defined CoS")),
  /**
   * Defined CoS exist only for Skilled Worker (Manual 1: the Defined CoS sub-menu only for Skilled Worker sponsors).
   * Parameter: {@code route}.
   */
  NOT_SKILLED_WORKER(Severity.REFUSAL, "Defined CoS are for Skilled Worker only, not {route}",
      Citation.of(Source.SMS_MANUAL_1, "Access to SMS: Workers menu, Defined CoS sub-menu")
      .withNote("Appendix Skilled Worker SW 5.1(b)")),
  /** Only an entry clearance application needs a defined CoS; in-country applications use undefined CoS. */
  NOT_ENTRY_CLEARANCE(Severity.REFUSAL, "A defined CoS is for an entry clearance application; an application from "
      + "inside the UK uses an undefined CoS",
      Citation.of(Source.RULES_APPENDIX_SKILLED_WORKER, "SW 5.1(b)")
      .withNote("'if the application is for entry clearance, have been allocated by the Home Office to that sponsor "
          + "for the specific job and salary details shown'")),
  /**
   * "If you are ... currently B-rated you cannot apply for or assign Defined CoS" (Manual 1). Parameter:
   * {@code function} ({@code apply for} or {@code assign}).
   */
  B_RATED(Severity.REFUSAL, "A B-rated sponsor cannot {function} defined CoS",
      Citation.of(Source.SMS_MANUAL_1, "Access to SMS: B-Rated")),
  /** Level 2 users cannot see the Defined CoS sub-menu (Manual 1). */
  LEVEL_1_ONLY(Severity.REFUSAL, "Only Level 1 users can apply for defined CoS",
      Citation.of(Source.SMS_MANUAL_1, "Access to SMS: Level 2 users")),
  /**
   * A suspended or dormant licence cannot use "any defined CoS functions"; an ended one cannot log in. Parameter:
   * {@code licenceStatus}.
   */
  LICENCE_STATUS_BLOCKS(Severity.REFUSAL, "A {licenceStatus} licence cannot use defined CoS functions",
      Citation.of(Source.SMS_MANUAL_1, "Access to SMS: Suspended or Dormant; Expired or Revoked")),
  /** The decision or withdrawal is recorded (information). Parameters: {@code outcome}, {@code date}. */
  DECISION_RECORDED(Severity.INFO, "Defined CoS application {outcome} on {date}",
      Citation.of(Source.SMS_MANUAL_12, "Track applications for defined CoS")),
  /**
   * Only an application awaiting a decision can be decided or withdrawn, and not before it was made. Parameters:
   * {@code appliedOn}, {@code status}, {@code date}, {@code outcome}.
   */
  NOT_AWAITING_DECISION(Severity.REFUSAL, "The application (made on {appliedOn}, status {status}) is not awaiting a "
      + "decision on {date}; it cannot be {outcome}",
      Citation.of(Source.SMS_MANUAL_12, "View and withdraw an application awaiting a decision")),
  /** Only a granted defined CoS can be created and assigned. Parameter: {@code status}. */
  NOT_GRANTED(Severity.REFUSAL, "Only a granted defined CoS can be assigned; this application is {status}",
      Citation.of(Source.SMS_MANUAL_12, "Once granted, create defined CoS")),
  /** A granted defined CoS may be created and assigned (information). */
  ASSIGNABLE(Severity.INFO, "The defined CoS may be created and assigned",
      Citation.of(Source.SMS_MANUAL_12, "Once granted, create defined CoS"));

  /** Manual 12's rule on who decides and who withdraws, cited on {@link LifecycleReasonCode#ACTOR_NOT_PERMITTED}. */
  static final Citation WHO_DECIDES = Citation.of(Source.SMS_MANUAL_12,
      "View and withdraw an application awaiting a decision");

  private final Severity severity;
  private final String messageTemplate;
  private final Citation citation;

  DefinedCosReasonCode(Severity severity, String messageTemplate, Citation citation) {
    this.severity = severity;
    this.messageTemplate = messageTemplate;
    this.citation = citation;
  }

  /** {@code definedCos}. */
  @Override
  public String namespace() {
    return "definedCos";
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
