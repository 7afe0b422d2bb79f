package io.github.sponsorsdk.sms.rules.certificate;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Sources;
import io.github.sponsorsdk.sms.core.decision.ReasonCode;

/** The reasons of {@link CertificateValidity}, each with the rule it applies. */
public enum ValidityReasonCode implements ReasonCode {
  /** The application is made within the certificate's validity (CoS 3 months, CAS 6 months from assignment). */
  VALID_FOR_APPLICATION(Citation.of(Sources.RULES_APPENDIX_SKILLED_WORKER, "SW 1.2(d)")),
  /** The application is made after the last day the certificate supports; the SMS shows it EXPIRED. */
  CERTIFICATE_EXPIRED(Citation.of(Sources.RULES_APPENDIX_SKILLED_WORKER, "SW 1.2(d)")
      .withNote("CAS: Appendix Student ST 1.2(d), 6 months; BDT schema v2.1 CASStatusType EXPIRED")),
  /** The application date is before the certificate was assigned. */
  APPLICATION_BEFORE_ASSIGNMENT(Citation.of(Sources.RULES_APPENDIX_SKILLED_WORKER, "SW 1.2(d)")
      .withNote("A certificate must have been issued before the date of application.")),
  /** A granted defined CoS is assigned within its 3 months. */
  DEFINED_COS_ASSIGNABLE(CertificateValidity.DEFINED_COS_CITATION),
  /** A granted defined CoS is assigned after its 3 months: it has expired. */
  DEFINED_COS_EXPIRED(CertificateValidity.DEFINED_COS_CITATION),
  /** The worker or student starts no more than 28 days after the latest permitted start date. */
  STARTED_WITHIN_28_DAYS(CertificateValidity.START_CITATION),
  /** Start delayed more than 28 days: report it (or stop sponsoring); a cancellation ground. */
  START_DELAYED_OVER_28_DAYS(CertificateValidity.START_CITATION);

  private final Citation citation;

  ValidityReasonCode(Citation citation) {
    this.citation = citation;
  }

  public Citation citation() {
    return citation;
  }
}
