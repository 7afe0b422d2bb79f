package io.github.sponsorsdk.sms.rules.actionplan;

import static io.github.sponsorsdk.sms.core.citation.Source.SECONDARY_SOURCE;
import static io.github.sponsorsdk.sms.core.citation.Source.SMS_MANUAL_3;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.decision.ReasonCode;
import io.github.sponsorsdk.sms.core.decision.Severity;
import java.time.LocalDate;

/** The reasons of {@link ActionPlanRules}. */
public enum ActionPlanReasonCode implements ReasonCode {
  /** An action plan was issued. Parameters: {@code fee}, {@code payBy}. */
  ISSUED(Severity.INFO, "An action plan was issued: pay {fee} by {payBy} or the licence will be revoked",
      Citation.of(SECONDARY_SOURCE, "sponsorlicence.com (old GOV.UK text, 2019); davidsonmorris (2025)",
          LocalDate.of(2019, 1, 1))
          .withNote("A B-rated sponsor must pay for a time-limited action plan (docs/sources.md#secondary-licence)")),
  /** The sponsor paid. Parameters: {@code fee}. */
  PAID(Severity.INFO, "The action plan fee of {fee} was paid: the plan runs (about 3 months)",
      Citation.of(SMS_MANUAL_3, "Action plan details: Make a payment for an action plan")),
  /** The sponsor declined to pay: the licence is revoked. */
  DECLINED(Severity.INFO, "The sponsor declined to pay for the action plan: the licence will be revoked",
      Citation.of(SMS_MANUAL_3, "Action plan details: decline to make a payment for an action plan")
          .withNote("Revocation when not paid: docs/sources.md#secondary-licence")),
  /** The deadline passed unpaid, or a payment came too late. Parameters: {@code payBy}. */
  PAYMENT_DEADLINE_PASSED(Severity.REFUSAL,
      "The action plan had to be paid by {payBy} (10 working days after issue): the licence will be revoked",
      Citation.of(SECONDARY_SOURCE, "davidsonmorris, UKVI Action Plan: 2025 Sponsor Guide; sponsorlicence.com (2019)",
          LocalDate.of(2019, 1, 1))
          .withNote("Pay within 10 working days or the licence is revoked (docs/sources.md#secondary-licence)")),
  /** The plan ended with an upgrade to A. */
  UPGRADED(Severity.INFO, "The action plan was completed: the sponsor is upgraded to an A-rating",
      Citation.of(SECONDARY_SOURCE, "sponsorlicence.com (old GOV.UK text, 2019)", LocalDate.of(2019, 1, 1))
          .withNote("An action plan ends in an A-rating, a second B-rating or revocation")),
  /** The plan ended with a second B-rating and a further plan. */
  FURTHER_PLAN(Severity.INFO, "The action plan ended with a second B-rating: a further paid action plan follows",
      Citation.of(SECONDARY_SOURCE, "sponsorlicence.com (old GOV.UK text, 2019); latitudelaw",
          LocalDate.of(2019, 1, 1))
          .withNote("'You can only have 2 B-ratings in the 4 years that your license is valid'")),
  /** The plan ended in revocation. */
  REVOKED(Severity.INFO, "The action plan ended in the revocation of the licence",
      Citation.of(SECONDARY_SOURCE, "sponsorlicence.com (old GOV.UK text, 2019)", LocalDate.of(2019, 1, 1))),
  /** The event is not possible in the plan's status. Parameters: {@code event}, {@code status}. */
  NOT_IN_STATUS(Severity.REFUSAL, "{event} is not possible on an action plan that is {status}",
      Citation.of(SMS_MANUAL_3, "Action plan details (Manual 3 of 2015, Guide 5: pay for or decline to pay for an "
          + "action plan)"));

  private final Severity severity;
  private final String messageTemplate;
  private final Citation citation;

  ActionPlanReasonCode(Severity severity, String messageTemplate, Citation citation) {
    this.severity = severity;
    this.messageTemplate = messageTemplate;
    this.citation = citation;
  }

  /** {@code actionplan}. */
  @Override
  public String namespace() {
    return "actionplan";
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
