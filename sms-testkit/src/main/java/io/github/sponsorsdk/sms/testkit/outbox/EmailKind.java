package io.github.sponsorsdk.sms.testkit.outbox;

/** The emails (and letters) the SMS sends, as Manual 1 describes them. */
public enum EmailKind {
  /** The first user ID, sent by post to the Authorising Officer when a licence is granted (Guide 2 introduction). */
  USER_ID_LETTER,
  /** A new user's password, emailed to the user (Manual 1, "User ID and password"; Guide 3). */
  NEW_USER_PASSWORD,
  /** A temporary password after a reset (Guide 2, step 3). */
  TEMPORARY_PASSWORD,
  /** A request was approved by the Home Office. */
  REQUEST_APPROVED,
  /** A request was refused by the Home Office. */
  REQUEST_REFUSED,
  /**
   * A letter to the Authorising Officer saying why a request for a Level 1 user was refused (Guide 3, step 6 note:
   * "If the status is Refused, we will write to the AO to advise them why the request has refused").
   */
  LEVEL_1_REFUSAL_LETTER,
  /** An allocation is about to expire or has expired. */
  ALLOCATION_EXPIRY,
  /** The licence is about to expire. */
  LICENCE_EXPIRY,
  /** The licence status or rating changed. */
  LICENCE_STATUS,
  /** Sponsor UK: the Home Office decided a submission (approved, refused) or asked for evidence. */
  SUBMISSION_DECISION,
  /** Sponsor UK: the payment link of an approved submission. */
  PAYMENT_LINK,
  /** Sponsor UK: the Sponsorship Reference Number, once paid. */
  SRN_ISSUED,
  /** An action plan issued: its fee and last day to pay, to the licence's active Level 1 users. */
  ACTION_PLAN
}
