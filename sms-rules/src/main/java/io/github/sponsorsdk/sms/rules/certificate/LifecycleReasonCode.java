package io.github.sponsorsdk.sms.rules.certificate;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Sources;
import io.github.sponsorsdk.sms.core.decision.ReasonCode;

/** The reasons of {@link CertificateLifecycle}, each with the rule it applies. */
public enum LifecycleReasonCode implements ReasonCode {
  /** The action is allowed; the reason's citation is the action's own. */
  TRANSITION_ALLOWED(Citation.of(Sources.SMS_MANUAL_1, "Troubleshooting")),
  /** The application was rejected as invalid, made void or withdrawn: the certificate may be used again. */
  REUSABLE_AGAIN(Citation.of(Sources.RULES_APPENDIX_SKILLED_WORKER, "SW 5.1(d)").withNote("CAS: ST 7.2")),
  /** WITHDRAWN, CANCELLED, EXPIRED and OBSOLETE are final: nothing leaves them. */
  FINAL_STATUS(Citation.of(Sources.RULES_APPENDIX_SKILLED_WORKER, "SW 5.1(e)")
      .withNote("A withdrawn or cancelled certificate supports no application; EXPIRED and OBSOLETE per BDT "
          + "schema v2.1 CASStatusType")),
  /** The action does not exist in the certificate's status. */
  NOT_ALLOWED_IN_STATUS(Citation.of(Sources.SMS_MANUAL_1, "Troubleshooting")),
  /** Live certificates can be managed only while ASSIGNED. */
  MANAGE_ONLY_WHILE_ASSIGNED(Citation.of(Sources.SMS_MANUAL_1,
      "Troubleshooting: I am unable to manage live CoS/CAS")),
  /** Activity can be reported only once the certificate is USED. */
  REPORT_ONLY_ONCE_USED(Citation.of(Sources.SMS_MANUAL_1,
      "Troubleshooting: I am unable to report activity against a CoS/CAS")),
  /** The certificate was used in an application that was granted or refused: it can never be used again. */
  NOT_REUSABLE(Citation.of(Sources.RULES_APPENDIX_SKILLED_WORKER, "SW 5.1(d)").withNote("CAS: ST 7.2")),
  /** The application already has a decision. */
  ALREADY_DECIDED(Citation.of(Sources.RULES_APPENDIX_SKILLED_WORKER, "SW 5.1(d)")),
  /** No application using the certificate awaits a decision. */
  NO_APPLICATION_PENDING(Citation.of(Sources.RULES_APPENDIX_SKILLED_WORKER, "SW 5.1(d)")),
  /** This actor may not take the action. */
  ACTOR_NOT_PERMITTED(Citation.of(Sources.SMS_MANUAL_1, "Users and key personnel")),
  /** A Level 2 user may act only on certificates they created or had transferred to them. */
  LEVEL_2_NOT_OWNER(Citation.of(Sources.SMS_MANUAL_1, "Troubleshooting")
      .withNote("'You are a Level 2 user and you do not own the CoS/CAS (i.e. you did not create it or have it "
          + "transferred to you)'")),
  /** The action does not exist for this kind of certificate (OBSOLETE is a CAS status). */
  NOT_FOR_CERTIFICATE_KIND(Citation.of(Sources.BDT_SCHEMA_V2_1, "CASStatusType"));

  private final Citation citation;

  LifecycleReasonCode(Citation citation) {
    this.citation = citation;
  }

  public Citation citation() {
    return citation;
  }
}
