package io.github.sponsorsdk.sms.core.testing;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.decision.ReasonCode;
import io.github.sponsorsdk.sms.core.decision.Severity;

/** Reason codes for sms-core's own tests (namespace {@code test}). */
public enum TestReasonCode implements ReasonCode {
  /** A refusal quoting Manual 1's Troubleshooting answer. */
  NOT_FOUND(Severity.REFUSAL, "No CAS were found for the search criteria given.",
      Citation.of(Source.SMS_MANUAL_1, "Troubleshooting")),
  /** A refusal with two parameters. */
  TOO_SHORT(Severity.REFUSAL, "The password must be at least {minLength} characters long (at most {maxLength})",
      Citation.of(Source.SMS_MANUAL_1_GUIDE_1, "Step 2")),
  /** A warning. */
  WATCH_OUT(Severity.WARNING, "Watch out", Citation.of(Source.SMS_MANUAL_1, "Access to SMS")),
  /** Information. */
  FYI(Severity.INFO, "For your information", Citation.of(Source.SMS_MANUAL_1, "Access to SMS"));

  private final Severity severity;
  private final String messageTemplate;
  private final Citation citation;

  TestReasonCode(Severity severity, String messageTemplate, Citation citation) {
    this.severity = severity;
    this.messageTemplate = messageTemplate;
    this.citation = citation;
  }

  @Override
  public String namespace() {
    return "test";
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
