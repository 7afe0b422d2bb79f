package io.github.sponsorsdk.sms.rules.submission;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.decision.ReasonCode;
import io.github.sponsorsdk.sms.core.decision.Severity;

/**
 * The reasons of {@link SrnValidity}: does an SRN-linked CoS support an application made on a given day (Appendix
 * Skilled Worker SW 1.2(d), docs/sources.md#srn-validity)? The engine cites the parameter version it applied; the
 * readings the Rules leave open (which day starts the count, which review days are disregarded, whether a pending
 * edit blocks use) are their own reasons, marked uncertain.
 */
public enum SrnValidityReasonCode implements ReasonCode {
  /**
   * The application is within the validity. Parameters: {@code issuedOn}, {@code applicationDate},
   * {@code countedDays}, {@code validityDays}, {@code disregardedDays}.
   */
  SRN_VALID_FOR_APPLICATION(Severity.INFO, "An SRN issued on {issuedOn} supports an application on "
      + "{applicationDate}: {countedDays} of {validityDays} days counted ({disregardedDays} days of edit review "
      + "disregarded)", Citation.of(Source.RULES_APPENDIX_SKILLED_WORKER, "SW 1.2(d)")),
  /**
   * The application is after the validity. Parameters: {@code issuedOn}, {@code applicationDate},
   * {@code countedDays}, {@code validityDays}, {@code disregardedDays}.
   */
  SRN_EXPIRED(Severity.REFUSAL, "An SRN issued on {issuedOn} does not support an application on {applicationDate}: "
      + "{countedDays} days counted ({disregardedDays} days of edit review disregarded), more than {validityDays}",
      Citation.of(Source.RULES_APPENDIX_SKILLED_WORKER, "SW 1.2(d)")),
  /** The application date is before the SRN's issue. Parameters: {@code applicationDate}, {@code issuedOn}. */
  SRN_APPLICATION_BEFORE_ISSUE(Severity.REFUSAL, "The application date {applicationDate} is before the SRN was "
      + "issued on {issuedOn}", Citation.of(Source.RULES_APPENDIX_SKILLED_WORKER, "SW 1.2(d)")
      .withNote("A certificate must have been issued before the date of application")),
  /** The submission has not reached the day the validity counts from. Parameters: {@code status}, {@code start}. */
  SRN_NOT_YET_ISSUED(Severity.REFUSAL, "A {status} submission has no SRN-linked CoS to apply with (the validity "
      + "counts from the day of {start})", Citation.of(Source.RULES_INTRODUCTION, "6.2 Certificate of Sponsorship")),
  /**
   * Which day the validity counts from (uncertain reading). Parameters: {@code start}, {@code issuedOn}.
   */
  SRN_VALIDITY_START(Severity.INFO, "The days are counted from the day of {start}, {issuedOn}",
      Citation.of(Source.RULES_INTRODUCTION, "6.2 Certificate of Sponsorship").uncertain()),
  /**
   * How the review days were counted (uncertain reading). Parameters: {@code disregardedDays}, {@code counting},
   * {@code reviews}.
   */
  SRN_REVIEW_DAYS_DISREGARDED(Severity.INFO, "{disregardedDays} days of {reviews} edit reviews disregarded, "
      + "counted {counting}", Citation.of(Source.RULES_APPENDIX_SKILLED_WORKER, "SW 1.2(d)").uncertain()),
  /**
   * An edit is under review on the day of application and the parameters say it blocks use (uncertain).
   * Parameters: {@code requestedOn}, {@code applicationDate}.
   */
  SRN_EDIT_UNDER_REVIEW(Severity.REFUSAL, "An edit requested on {requestedOn} is still under review on "
      + "{applicationDate}: no application may use the SRN meanwhile",
      Citation.of(Source.PROJECT_DECISION, "0470-sponsor-uk", java.time.LocalDate.of(2026, 12, 5)).uncertain());

  private final Severity severity;
  private final String messageTemplate;
  private final Citation citation;

  SrnValidityReasonCode(Severity severity, String messageTemplate, Citation citation) {
    this.severity = severity;
    this.messageTemplate = messageTemplate;
    this.citation = citation;
  }

  /** {@code srn}. */
  @Override
  public String namespace() {
    return "srn";
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
