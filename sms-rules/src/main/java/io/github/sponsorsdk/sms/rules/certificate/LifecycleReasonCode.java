package io.github.sponsorsdk.sms.rules.certificate;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.decision.ReasonCode;
import io.github.sponsorsdk.sms.core.decision.Severity;

/**
 * The reasons of {@link CertificateLifecycle}, each with the rule it applies. Every lifecycle reason carries the
 * parameters {@code action}, {@code actor} and {@code status} (the certificate's status before the action), and
 * {@code kind} (CoS or CAS) where the message speaks of it. {@link #ACTOR_NOT_PERMITTED} is also the answer of
 * {@link DefinedCosRules#apply} when the wrong party decides or withdraws a defined CoS application.
 */
public enum LifecycleReasonCode implements ReasonCode {
  /**
   * The action is allowed (information); the reason cites the action's own row. Parameters: {@code actor},
   * {@code action}, {@code status}, {@code kind}, {@code next} (the state after).
   */
  TRANSITION_ALLOWED(Severity.INFO, "{actor} may {action} a {status} {kind}; it becomes {next}",
      Citation.of(Source.SMS_MANUAL_1, "Troubleshooting")),
  /** The application was rejected as invalid, made void or withdrawn: the certificate may be used again. */
  REUSABLE_AGAIN(Severity.INFO,
      "{action} by {actor}: the {status} {kind} returns to ASSIGNED and may be used in a new application",
      Citation.of(Source.RULES_APPENDIX_SKILLED_WORKER, "SW 5.1(d)").withNote("CAS: ST 7.2")),
  /** WITHDRAWN, CANCELLED, EXPIRED and OBSOLETE are final: nothing leaves them. */
  FINAL_STATUS(Severity.REFUSAL, "{action} by {actor} is not possible: a {status} {kind} is final",
      Citation.of(Source.RULES_APPENDIX_SKILLED_WORKER, "SW 5.1(e)")
      .withNote("A withdrawn or cancelled certificate supports no application; EXPIRED and OBSOLETE per BDT "
          + "schema v2.1 CASStatusType")),
  /** The action does not exist in the certificate's status. */
  NOT_ALLOWED_IN_STATUS(Severity.REFUSAL, "{action} by {actor} is not possible on a {status} {kind}",
      Citation.of(Source.SMS_MANUAL_1, "Troubleshooting")),
  /** Live certificates can be managed only while ASSIGNED. */
  MANAGE_ONLY_WHILE_ASSIGNED(Severity.REFUSAL, "{action} by {actor} is not possible on a {status} {kind}: live "
      + "certificates can be managed only while ASSIGNED",
      Citation.of(Source.SMS_MANUAL_1, "Troubleshooting: I am unable to manage live CoS/CAS")),
  /** Activity can be reported only once the certificate is USED. */
  REPORT_ONLY_ONCE_USED(Severity.REFUSAL, "{action} by {actor} is not possible on a {status} {kind}: activity can "
      + "be reported only once the certificate is USED",
      Citation.of(Source.SMS_MANUAL_1, "Troubleshooting: I am unable to report activity against a CoS/CAS")),
  /** The certificate was used in an application that was granted or refused: it can never be used again. */
  NOT_REUSABLE(Severity.REFUSAL, "{action} by {actor} is not possible on a {status} {kind}: it was used in an "
      + "application that was granted or refused and cannot be used again",
      Citation.of(Source.RULES_APPENDIX_SKILLED_WORKER, "SW 5.1(d)").withNote("CAS: ST 7.2")),
  /** The application already has a decision. */
  ALREADY_DECIDED(Severity.REFUSAL, "{action} by {actor} is not possible on a {status} {kind}: the application it "
      + "supports has already been decided",
      Citation.of(Source.RULES_APPENDIX_SKILLED_WORKER, "SW 5.1(d)")),
  /** No application using the certificate awaits a decision. */
  NO_APPLICATION_PENDING(Severity.REFUSAL, "{action} by {actor} is not possible on a {status} {kind}: no "
      + "application using it awaits a decision",
      Citation.of(Source.RULES_APPENDIX_SKILLED_WORKER, "SW 5.1(d)")),
  /**
   * This actor may not take the action: a certificate action (the reason cites the action's row) or a decision or
   * withdrawal of a defined CoS application (Manual 12). Parameters: {@code actor}, {@code action},
   * {@code allowedActors}, {@code status} (of the certificate or application).
   */
  ACTOR_NOT_PERMITTED(Severity.REFUSAL, "{actor} may not {action} (only {allowedActors}); status {status}",
      Citation.of(Source.SMS_MANUAL_1, "Users and key personnel")),
  /** A Level 2 user may act only on certificates they created or had transferred to them. */
  LEVEL_2_NOT_OWNER(Severity.REFUSAL, "{action} by {actor} is not possible on a {status} {kind}: a Level 2 user "
      + "may act only on a certificate they created or had transferred to them",
      Citation.of(Source.SMS_MANUAL_1, "Troubleshooting")
      .withNote("'You are a Level 2 user and you do not own the CoS/CAS (i.e. you did not create it or have it "
          + "transferred to you)'")),
  /** The action does not exist for this kind of certificate (OBSOLETE is a CAS status); cites the action's row. */
  NOT_FOR_CERTIFICATE_KIND(Severity.REFUSAL, "{action} by {actor} does not exist for a {kind} (status {status})",
      Citation.of(Source.BDT_SCHEMA_V2_1, "CASStatusType"));

  private final Severity severity;
  private final String messageTemplate;
  private final Citation citation;

  LifecycleReasonCode(Severity severity, String messageTemplate, Citation citation) {
    this.severity = severity;
    this.messageTemplate = messageTemplate;
    this.citation = citation;
  }

  /** {@code lifecycle}. */
  @Override
  public String namespace() {
    return "lifecycle";
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
