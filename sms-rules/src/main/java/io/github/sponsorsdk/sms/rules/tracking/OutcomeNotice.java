package io.github.sponsorsdk.sms.rules.tracking;

/** How the sponsor learns of a request's outcome. */
public enum OutcomeNotice {
  /** No notification: the sponsor checks "View recent and outstanding requests" (since 30 July 2012). */
  NONE_VIEW_ONLINE,
  /** A letter on approval (the three cases of the 2012 notice). */
  LETTER,
  /** The reasons for a refusal or rejection, in a letter e-mailed to the Authorising Officer. */
  LETTER_EMAILED_TO_AUTHORISING_OFFICER
}
