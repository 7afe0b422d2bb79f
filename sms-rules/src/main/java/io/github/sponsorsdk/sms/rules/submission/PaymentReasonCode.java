package io.github.sponsorsdk.sms.rules.submission;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.decision.ReasonCode;
import io.github.sponsorsdk.sms.core.decision.Severity;

/**
 * The reasons of {@link PaymentLinkDeadline}: the Home Office's service level for issuing the payment link after a
 * submission is approved, "within 5 working days of a decision" (docs/sources.md#sponsor-uk-submissions). One
 * secondary source says so, so every reason is uncertain; a late link is a warning, not a refusal (it is the Home
 * Office's lateness, not the sponsor's). Every reason carries {@code decidedOn}, {@code dueBy} and
 * {@code workingDays}.
 */
public enum PaymentReasonCode implements ReasonCode {
  /** When the link is due (information). Parameters: {@code decidedOn}, {@code dueBy}, {@code workingDays}, {@code nation}. */
  PAYMENT_LINK_DUE(Severity.INFO, "The payment link for a submission approved on {decidedOn} is due by {dueBy} "
      + "({workingDays} working days, {nation} bank holidays)", Citation.of(Source.SPONSOR_UK_AYJ,
          "Sponsorship requests").uncertain()),
  /** The link came in time. Parameters: {@code issuedOn}, {@code decidedOn}, {@code dueBy}, {@code workingDays}. */
  PAYMENT_LINK_IN_TIME(Severity.INFO, "The payment link issued on {issuedOn} came within {workingDays} working days "
      + "of the approval on {decidedOn} (due by {dueBy})", Citation.of(Source.SPONSOR_UK_AYJ, "Sponsorship requests")
      .uncertain()),
  /** The link came late. Parameters: {@code issuedOn}, {@code decidedOn}, {@code dueBy}, {@code workingDays}. */
  PAYMENT_LINK_LATE(Severity.WARNING, "The payment link issued on {issuedOn} came after {dueBy}, {workingDays} "
      + "working days from the approval on {decidedOn}", Citation.of(Source.SPONSOR_UK_AYJ, "Sponsorship requests")
      .uncertain()),
  /** No link yet and the service level has passed. Parameters: {@code asOf}, {@code decidedOn}, {@code dueBy}, {@code workingDays}. */
  PAYMENT_LINK_OVERDUE(Severity.WARNING, "No payment link by {asOf}: it was due by {dueBy}, {workingDays} working "
      + "days from the approval on {decidedOn}", Citation.of(Source.SPONSOR_UK_AYJ, "Sponsorship requests")
      .uncertain());

  private final Severity severity;
  private final String messageTemplate;
  private final Citation citation;

  PaymentReasonCode(Severity severity, String messageTemplate, Citation citation) {
    this.severity = severity;
    this.messageTemplate = messageTemplate;
    this.citation = citation;
  }

  /** {@code payment}. */
  @Override
  public String namespace() {
    return "payment";
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
