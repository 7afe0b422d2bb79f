package io.github.sponsorsdk.sms.core.port;

/**
 * How a sponsor learns a request's outcome (the UKBA notice of 26 July 2012, docs/sources.md#secondary-functions).
 */
public enum CaseworkNotice {
  /** No notification: the sponsor checks "View recent and outstanding requests" (since 30 July 2012). */
  NONE_VIEW_ONLINE,
  /** A letter on approval (a new Level 1 user where none is left, a merger or takeover, any other change). */
  LETTER,
  /** The reasons for a refusal or rejection, in a letter e-mailed to the Authorising Officer. */
  LETTER_EMAILED_TO_AUTHORISING_OFFICER
}
