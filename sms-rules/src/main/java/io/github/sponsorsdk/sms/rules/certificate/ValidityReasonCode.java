package io.github.sponsorsdk.sms.rules.certificate;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.decision.ReasonCode;
import io.github.sponsorsdk.sms.core.decision.Severity;

/**
 * The reasons of {@link CertificateValidity}, each with the rule it applies. Every reason carries {@code from} (the
 * day the period starts: assignment, grant or latest permitted start) and {@code lastDay}; the engine cites the
 * version of the period's parameter it applied.
 */
public enum ValidityReasonCode implements ReasonCode {
  /**
   * The application is made within the certificate's validity (CoS 3 months, CAS 6 months from assignment); an
   * explanation. Parameters: {@code kind}, {@code from}, {@code lastDay}.
   */
  VALID_FOR_APPLICATION(Severity.INFO, "A {kind} assigned on {from} supports applications made up to {lastDay}",
      Citation.of(Source.RULES_APPENDIX_SKILLED_WORKER, "SW 1.2(d)")),
  /**
   * The application is made after the last day the certificate supports; the SMS shows it EXPIRED. Parameters:
   * {@code kind}, {@code from}, {@code lastDay}, {@code months}, {@code expiredOn}.
   */
  CERTIFICATE_EXPIRED(Severity.REFUSAL, "A {kind} assigned on {from} supports applications made up to {lastDay} "
      + "({months} months); it expired on {expiredOn}",
      Citation.of(Source.RULES_APPENDIX_SKILLED_WORKER, "SW 1.2(d)")
      .withNote("CAS: Appendix Student ST 1.2(d), 6 months; BDT schema v2.1 CASStatusType EXPIRED")),
  /**
   * The application date is before the certificate was assigned. Parameters: {@code applicationDate}, {@code kind},
   * {@code from}, {@code lastDay}.
   */
  APPLICATION_BEFORE_ASSIGNMENT(Severity.REFUSAL, "The application date {applicationDate} is before the {kind} was "
      + "assigned on {from} (it supports applications up to {lastDay})",
      Citation.of(Source.RULES_APPENDIX_SKILLED_WORKER, "SW 1.2(d)")
      .withNote("A certificate must have been issued before the date of application.")),
  /** A granted defined CoS is assigned within its 3 months (information). Parameters: {@code from}, {@code lastDay}. */
  DEFINED_COS_ASSIGNABLE(Severity.INFO, "A defined CoS granted on {from} may be assigned up to {lastDay}",
      CertificateValidity.DEFINED_COS_CITATION),
  /**
   * A granted defined CoS is assigned after its 3 months: it has expired. Parameters: {@code from},
   * {@code lastDay}.
   */
  DEFINED_COS_EXPIRED(Severity.REFUSAL, "A defined CoS granted on {from} could be assigned up to {lastDay}; it has "
      + "expired", CertificateValidity.DEFINED_COS_CITATION),
  /**
   * The worker or student starts no more than 28 days after the latest permitted start date (information).
   * Parameters: {@code startedOn}, {@code from}, {@code lastDay}.
   */
  STARTED_WITHIN_28_DAYS(Severity.INFO, "Start on {startedOn} is within the days allowed after {from} (last day "
      + "{lastDay})", CertificateValidity.START_CITATION),
  /**
   * Start delayed more than 28 days: report it (or stop sponsoring); a cancellation ground, so a warning.
   * Parameters: {@code startedOn}, {@code days}, {@code from}, {@code lastDay}.
   */
  START_DELAYED_OVER_28_DAYS(Severity.WARNING, "Start on {startedOn} is more than {days} days after {from} (last "
      + "day {lastDay}): report it or stop sponsoring", CertificateValidity.START_CITATION);

  private final Severity severity;
  private final String messageTemplate;
  private final Citation citation;

  ValidityReasonCode(Severity severity, String messageTemplate, Citation citation) {
    this.severity = severity;
    this.messageTemplate = messageTemplate;
    this.citation = citation;
  }

  /** {@code validity}. */
  @Override
  public String namespace() {
    return "validity";
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
