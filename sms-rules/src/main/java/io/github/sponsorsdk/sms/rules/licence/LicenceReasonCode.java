package io.github.sponsorsdk.sms.rules.licence;

import static io.github.sponsorsdk.sms.core.citation.Source.GOVUK_PREMIUM_SERVICE;
import static io.github.sponsorsdk.sms.core.citation.Source.PROJECT_DECISION;
import static io.github.sponsorsdk.sms.core.citation.Source.SECONDARY_SOURCE;
import static io.github.sponsorsdk.sms.core.citation.Source.SMS_MANUAL_1;
import static io.github.sponsorsdk.sms.core.citation.Source.SMS_MANUAL_INDEX;
import static io.github.sponsorsdk.sms.rules.licence.LicenceParameters.BASIC_COMPLIANCE_ASSESSMENT_FROM;
import static io.github.sponsorsdk.sms.core.citation.Source.SMS_MESSAGE_2024_01_24;
import static io.github.sponsorsdk.sms.core.citation.Source.SPONSOR_GUIDANCE_2025_11_11;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.decision.ReasonCode;
import io.github.sponsorsdk.sms.core.decision.Severity;
import java.time.LocalDate;

/**
 * The reasons of {@link LicenceRules}: licence renewal and expiry, Premium customer service, Student Sponsor status
 * and the Basic Compliance Assessment.
 */
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
  /** Premium renewals are refused from 11 November 2025 (whether they continue is not stated: UNCERTAIN). */
  PREMIUM_CLOSED_TO_RENEWALS(Severity.REFUSAL,
      "Premium customer service is closed: renewals are not taken",
      Citation.of(SPONSOR_GUIDANCE_2025_11_11, "Premium customer service", LocalDate.of(2025, 11, 11))
          .withNote("'The premium customer service has now been closed'; renewals are not mentioned (UNCERTAIN): "
              + "parameter premium.openToRenewals")),
  /** Only a Premium (or SME+) customer can renew the service. */
  NOT_A_PREMIUM_CUSTOMER(Severity.REFUSAL,
      "Only a Premium customer service customer can renew the service",
      Citation.of(SMS_MANUAL_1, "Troubleshooting (I cannot apply for or renew Premium customer service)")),
  /**
   * What the sponsor applies for on the day: Student Sponsor status or, from 10 July 2024, the Basic Compliance
   * Assessment (an explanation, never a refusal). Parameters: {@code application}, {@code date}.
   */
  STUDENT_STATUS_APPLICATION_KIND(Severity.INFO, "On {date} the Student sponsor applies for {application}",
      Citation.of(SMS_MANUAL_INDEX, "Manual 3: Student Sponsor status; from 10 July 2024 Basic Compliance Assessment")),
  /**
   * From 10 July 2024 the index of manuals names the Basic Compliance Assessment instead of Student Sponsor status:
   * the old application is no longer offered.
   */
  STUDENT_SPONSOR_STATUS_REPLACED(Severity.REFUSAL,
      "Student Sponsor status applications are replaced by the Basic Compliance Assessment",
      Citation.of(SMS_MANUAL_INDEX, "Manual 3: Apply for Premium customer service, Basic Compliance Assessment and "
          + "manage Action plans", BASIC_COMPLIANCE_ASSESSMENT_FROM)
          .withNote("The earliest index read with the new title (GOV.UK, updated 10 July 2024); the true switch date is "
              + "UNCERTAIN")),
  /** Before 10 July 2024 a Student sponsor applies for Student Sponsor status, not a Basic Compliance Assessment. */
  BASIC_COMPLIANCE_ASSESSMENT_NOT_YET(Severity.REFUSAL,
      "The Basic Compliance Assessment application is offered only once it replaces Student Sponsor status "
          + "(10 July 2024)",
      Citation.of(SMS_MANUAL_INDEX, "Manual 3: apply for, renew or decline to renew Student Sponsor status")
          .withNote("Manual 1's index (edition of 19 June 2023) still names Student Sponsor status; parameter "
              + "studentStatus.application")),
  /**
   * The renewal period of a held Student Sponsor status (or BCA period): given when an application is refused for
   * being outside it. Parameters: {@code endDate}, {@code opensOn}.
   */
  STUDENT_STATUS_RENEWAL_DATES(Severity.INFO,
      "The status ends on {endDate}; its renewal can be applied for from {opensOn}",
      Citation.of(PROJECT_DECISION, "0485-sms-functions: Student Sponsor status renewal window")
          .withNote("Manual 1 Troubleshooting: 'check Licence summary for the renewal opening date'; the length of "
              + "the period (parameter studentStatus.renewalWindowMonths) is UNCERTAIN")),
  /**
   * The licence has reached its expiry date with no renewal pending: it has expired and no user can log in.
   * Parameter: {@code expiry}.
   */
  LICENCE_EXPIRED(Severity.INFO,
      "The licence expired on {expiry}: no user can log in to SMS",
      Citation.of(SMS_MANUAL_1, "Access to SMS (If your licence has expired ... you will not be able to log in)")
          .withNote("The last day to apply for renewal is the day before the expiry date, so the licence is treated "
              + "as expired from the expiry date itself (decision 0485)")),
  /**
   * A renewal application awaiting a decision keeps the licence in force past its expiry date. Parameter:
   * {@code expiry}.
   */
  RENEWAL_PENDING_KEEPS_LICENCE(Severity.INFO,
      "The licence passed its expiry date {expiry} but stays in force while its renewal application is decided",
      Citation.of(SECONDARY_SOURCE, "lexology (sponsor licence renewal alerts, 2012-2013)",
          LocalDate.of(2013, 1, 1))
          .withNote("'your sponsor licence continues even after expiry whilst the renewal application is being "
              + "considered' (docs/sources.md#secondary-licence)")),
  /** The licence is in force on the day (an explanation). Parameters: {@code expiry}. */
  LICENCE_IN_FORCE(Severity.INFO, "The licence is in force until it expires on {expiry}",
      Citation.of(SMS_MANUAL_1, "Checking your licence details")),
  /** Student Sponsor status can be applied for only within the renewal period. */
  STUDENT_SPONSOR_STATUS_NOT_IN_RENEWAL_PERIOD(Severity.REFUSAL,
      "A held Student Sponsor status (or Basic Compliance Assessment) can be renewed only within its renewal period "
          + "shown on the Licence summary",
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
