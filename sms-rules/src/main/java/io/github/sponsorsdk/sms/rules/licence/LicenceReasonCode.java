package io.github.sponsorsdk.sms.rules.licence;

import static io.github.sponsorsdk.sms.core.citation.Source.GOVUK_PREMIUM_SERVICE;
import static io.github.sponsorsdk.sms.core.citation.Source.SMS_MANUAL_1;
import static io.github.sponsorsdk.sms.core.citation.Source.SMS_MESSAGE_2024_01_24;
import static io.github.sponsorsdk.sms.core.citation.Source.SPONSOR_GUIDANCE_2025_11_11;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.decision.ReasonCode;
import io.github.sponsorsdk.sms.core.decision.Severity;
import java.time.LocalDate;

/** The reasons of {@link LicenceRules}: licence renewal, Premium customer service and Student Sponsor status. */
public enum LicenceReasonCode implements ReasonCode {

  /** Licences due to expire on or after 6 April 2024 were extended by 10 years and need no renewal. */
  RENEWAL_NOT_REQUIRED(Severity.REFUSAL,
      "The licence needs no renewal: licences due to expire on or after 6 April 2024 were extended by 10 years",
      Citation.of(SMS_MESSAGE_2024_01_24, "Removal of the licence renewal requirement", LocalDate.of(2024, 4, 6))
          .withNote("Announced 24 January 2024; Part 3 change history of 5 March 2024; "
              + "docs/sources.md#sms-message-2024-01-24")),
  /** The Next button of the renewal introduction screen is available only from 90 days before expiry. */
  RENEWAL_WINDOW_NOT_OPEN(Severity.REFUSAL,
      "The licence renewal window is not open yet: it opens 90 days before the licence expires",
      Citation.of(SMS_MANUAL_1, "Navigation in SMS (Licence renewal introduction, Next button)")),
  /** The last day to apply is the day before expiry, not the expiry date. */
  RENEWAL_WINDOW_CLOSED(Severity.REFUSAL,
      "The licence renewal window has closed: the last day to apply is the day before the licence expiry date",
      Citation.of(SMS_MANUAL_1, "Access to SMS (Licence Renewal)")),
  /** The renewal window is open (an explanation, never a refusal). */
  RENEWAL_WINDOW_OPEN(Severity.INFO,
      "The licence renewal window is open (from 90 days before expiry to the day before expiry)",
      Citation.of(SMS_MANUAL_1, "Navigation in SMS; Access to SMS (Licence Renewal)")),
  /**
   * The dates of the licence's renewal window, given with every answer of {@link LicenceRules#decideRenewal} that
   * has a window (an explanation, never a refusal). Parameters: {@code expiry}, {@code opensOn}, {@code lastDay}.
   */
  RENEWAL_WINDOW_DATES(Severity.INFO,
      "For a licence expiring on {expiry} the renewal window runs from {opensOn} to {lastDay}",
      Citation.of(SMS_MANUAL_1, "Navigation in SMS (Licence renewal introduction, Next button); Access to SMS "
          + "(Licence Renewal)")),
  /** Premium customer service needs an appropriate rating. */
  PREMIUM_RATING_NOT_APPROPRIATE(Severity.REFUSAL,
      "Premium customer service needs an appropriate rating: A-rated in every licensed category",
      Citation.of(SMS_MANUAL_1, "Troubleshooting (I cannot apply for or renew Premium customer service)")
          .withNote("'Appropriate' read as A-rated in all categories: " + GOVUK_PREMIUM_SERVICE.title())),
  /** A Premium customer cannot apply again. */
  ALREADY_PREMIUM(Severity.REFUSAL,
      "The sponsor is already a Premium service customer",
      Citation.of(SMS_MANUAL_1, "Troubleshooting (I cannot apply for or renew Premium customer service)")),
  /** Premium customer service was closed to new applications by the guidance of 11 November 2025. */
  PREMIUM_CLOSED_TO_APPLICATIONS(Severity.REFUSAL,
      "Premium customer service is closed to new applications",
      Citation.of(SPONSOR_GUIDANCE_2025_11_11, "Premium customer service", LocalDate.of(2025, 11, 11))
          .withNote("Secondary summaries: osbournepinner, sttglobal, davidsonmorris "
              + "(docs/sources.md#sponsor-guidance-2025-11-11)")),
  /** Student Sponsor status can be applied for only within the renewal period. */
  STUDENT_SPONSOR_STATUS_NOT_IN_RENEWAL_PERIOD(Severity.REFUSAL,
      "Student Sponsor status can be applied for only within the renewal period shown on the Licence summary",
      Citation.of(SMS_MANUAL_1, "Troubleshooting (I cannot apply for Student Sponsor status)")),
  /** B-rated sponsors cannot apply for Student Sponsor status. */
  STUDENT_SPONSOR_STATUS_B_RATED(Severity.REFUSAL,
      "A B-rated sponsor cannot apply for Student Sponsor status",
      Citation.of(SMS_MANUAL_1, "Troubleshooting (I cannot apply for Student Sponsor status)")),
  /** Student Sponsor status is for sponsors licensed in the Student route. */
  STUDENT_SPONSOR_STATUS_NOT_STUDENT_SPONSOR(Severity.REFUSAL,
      "Student Sponsor status is only for sponsors licensed in the Student route",
      Citation.of(SMS_MANUAL_1, "Additional SMS manuals (Manual 3)"));

  private final Severity severity;
  private final String messageTemplate;
  private final Citation citation;

  LicenceReasonCode(Severity severity, String messageTemplate, Citation citation) {
    this.severity = severity;
    this.messageTemplate = messageTemplate;
    this.citation = citation;
  }

  /** {@code licence}. */
  @Override
  public String namespace() {
    return "licence";
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
