package io.github.sponsorsdk.sms.rules.session;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.decision.ReasonCode;

/** The reasons of the {@link SessionEngine}, each with its source. */
public enum SessionReasonCode implements ReasonCode {
  /** The session has been inactive for the timeout: the user must log in again (refusal). */
  SESSION_EXPIRED(SessionParameters.loggingInAndOut(
      "SMS will log you out of your current session after 20 minutes of inactivity")),
  /** Information: the user's previous live session ended because of this log-in. */
  SESSION_REPLACED(SessionParameters.loggingInAndOut("only one instance (tab or window) of SMS open at any one time")),
  /** Under {@link SecondLogIn#REFUSE_NEW}: the user still has a live session (refusal). */
  SESSION_ALREADY_OPEN(SessionParameters.loggingInAndOut("only one instance (tab or window) of SMS open at any one time"));

  private final Citation citation;

  SessionReasonCode(Citation citation) {
    this.citation = citation;
  }

  public Citation citation() {
    return citation;
  }
}
