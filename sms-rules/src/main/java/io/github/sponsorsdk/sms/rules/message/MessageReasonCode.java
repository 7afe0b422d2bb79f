package io.github.sponsorsdk.sms.rules.message;

import static io.github.sponsorsdk.sms.core.citation.Source.SMS_MANUAL_1;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.decision.ReasonCode;
import io.github.sponsorsdk.sms.core.decision.Severity;

/** The reasons of {@link MessageBoardRules}. */
public enum MessageReasonCode implements ReasonCode {
  /**
   * A Level 1 user must read the messages shown at log-in before using SMS. Parameter: {@code messages} (how many
   * were shown).
   */
  MUST_READ_MESSAGES_FIRST(Severity.REFUSAL,
      "Read the {messages} SMS message board message(s) and choose OK before using SMS (Cancel logs out)",
      Citation.of(SMS_MANUAL_1, "Logging in and out of SMS; Guide 5 (must read these messages before using SMS)")),
  /** Cancel on the message board logs the user out. */
  CANCEL_LOGS_OUT(Severity.INFO, "Choosing Cancel on the message board logs the user out of SMS",
      Citation.of(SMS_MANUAL_1, "Guide 5, step 3 note")),
  /** Level 2 users are not shown the message board at log-in. */
  LEVEL_2_NOT_SHOWN_MESSAGES(Severity.INFO, "Level 2 users are not shown the message screen at log-in",
      Citation.of(SMS_MANUAL_1, "Access to SMS (user levels)"));

  private final Severity severity;
  private final String messageTemplate;
  private final Citation citation;

  MessageReasonCode(Severity severity, String messageTemplate, Citation citation) {
    this.severity = severity;
    this.messageTemplate = messageTemplate;
    this.citation = citation;
  }

  /** {@code message}. */
  @Override
  public String namespace() {
    return "message";
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
