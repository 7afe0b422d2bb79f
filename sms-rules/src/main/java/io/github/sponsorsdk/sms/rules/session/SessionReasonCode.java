package io.github.sponsorsdk.sms.rules.session;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.decision.ReasonCode;
import io.github.sponsorsdk.sms.core.decision.Severity;

/** The reasons of the {@link SessionEngine}, each with its source. */
public enum SessionReasonCode implements ReasonCode {
  /**
   * The session has been inactive for the timeout: the user must log in again (refusal). Parameters:
   * {@code inactivityTimeoutMinutes}, {@code expiredAt} (an instant).
   */
  SESSION_EXPIRED(Severity.REFUSAL,
      "SMS logged you out after {inactivityTimeoutMinutes} minutes of inactivity (at {expiredAt}); log in again.",
      SessionParameters.loggingInAndOut("SMS will log you out of your current session after 20 minutes of inactivity")),
  /** Information: the user's previous live session ended because of this log-in. Cites the rule version applied. */
  SESSION_REPLACED(Severity.INFO,
      "Your other SMS session has been closed: only one instance of SMS may be open at a time.",
      SessionParameters.loggingInAndOut("only one instance (tab or window) of SMS open at any one time")),
  /**
   * Under {@link SecondLogIn#REFUSE_NEW}: the user still has a live session (refusal). Parameter: {@code expiresAt}
   * (an instant). Cites the rule version applied.
   */
  SESSION_ALREADY_OPEN(Severity.REFUSAL, "You already have SMS open; log out there, or wait for that session to "
      + "time out at {expiresAt}.",
      SessionParameters.loggingInAndOut("only one instance (tab or window) of SMS open at any one time"));

  private final Severity severity;
  private final String messageTemplate;
  private final Citation citation;

  SessionReasonCode(Severity severity, String messageTemplate, Citation citation) {
    this.severity = severity;
    this.messageTemplate = messageTemplate;
    this.citation = citation;
  }

  /** {@code session}. */
  @Override
  public String namespace() {
    return "session";
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
