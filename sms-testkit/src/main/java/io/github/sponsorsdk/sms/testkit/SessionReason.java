package io.github.sponsorsdk.sms.testkit;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.decision.Reason;
import io.github.sponsorsdk.sms.core.decision.ReasonCode;

/**
 * Reasons of the fake's own plumbing, not of a policy: a call without a live session, a current password that does
 * not match the stored hash, a call made before a required password change. Policy reasons all come from sms-rules.
 */
public enum SessionReason implements ReasonCode {
  /** The token is not a live session: never issued, logged out, timed out, replaced or ended by the Home Office. */
  NO_SESSION(Citation.of(Source.SMS_MANUAL_1, "Logging in and out of SMS"),
      "You are not logged in to SMS, or your session has ended; log in again."),
  /**
   * The certificate searched for does not exist, belongs to another licence, or is one the user may not see (a
   * Level 2 user and another user's certificate): the SMS gives one answer for all (Manual 1, Troubleshooting).
   */
  NOT_FOUND(Citation.of(Source.SMS_MANUAL_1, "Troubleshooting"), "No CAS were found for the search criteria given."),
  /** No user with that ID in the caller's licence. */
  NO_SUCH_USER(Citation.of(Source.SMS_MANUAL_1_GUIDE_4, "Step 3"), "No user with that user ID was found."),
  /** No granted, unused defined CoS application of the licence with that reference. */
  NO_SUCH_DEFINED_COS(Citation.of(Source.SMS_MANUAL_1, "Access to SMS (Defined CoS)"),
      "No granted defined CoS application with that reference was found."),
  /** The BDT file names another licence in its header. */
  BDT_OTHER_LICENCE(Citation.of(Source.BDT_SCHEMA_V2_1, "Header/SponsorLicenceNumber"),
      "The file is for another sponsor licence."),
  /** The BDT file could not be read or holds no record that passed. */
  BDT_FILE_REJECTED(Citation.of(Source.BDT_SCHEMA_V2_1, "BulkFileUploadGeneralRootElement"),
      "The file was rejected: no record could be processed."),
  /** A record that passed validation but that the fake cannot hold (e.g. a partial date of birth). */
  BDT_RECORD_NOT_MODELLED(Citation.of(Source.PROJECT_DECISION, "0610-in-memory-sms"),
      "The in-memory SMS cannot hold this record"),
  /** "Enter your existing password" (Guide 1, step 2) did not match. */
  CURRENT_PASSWORD_MISMATCH(Citation.of(Source.SMS_MANUAL_1_GUIDE_1, "Step 2, Change your existing password"),
      "The existing password entered does not match our records."),
  /** The session was opened with a first or temporary password that has not been changed yet. */
  PASSWORD_CHANGE_REQUIRED(Citation.of(Source.SMS_MANUAL_1_GUIDE_1, "Step 2"),
      "When logging in for the first time, or with a temporary password, you must change your password before "
          + "using SMS.");

  private final Citation citation;
  private final String message;

  SessionReason(Citation citation, String message) {
    this.citation = citation;
    this.message = message;
  }

  public Citation citation() {
    return citation;
  }

  public String message() {
    return message;
  }

  /** The refusal with this code. */
  public Reason refusal() {
    return Reason.refusal(this, message, citation);
  }
}
