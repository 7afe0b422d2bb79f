package io.github.sponsorsdk.sms.testkit;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.decision.ReasonCode;
import io.github.sponsorsdk.sms.core.decision.Severity;

/**
 * Reasons of the fake's own plumbing, not of a policy: a call without a live session, a current password that does
 * not match the stored hash, a call made before a required password change (namespace {@code testkit}). Policy
 * reasons all come from sms-rules.
 */
public enum SessionReason implements ReasonCode {
  /**
   * The token is not a session: never issued, logged out, replaced or ended by the Home Office (a session that timed
   * out is answered with the session engine's {@code session.SESSION_EXPIRED}).
   */
  NO_SESSION(Severity.REFUSAL, "You are not logged in to SMS, or your session has ended; log in again.",
      Citation.of(Source.SMS_MANUAL_1, "Logging in and out of SMS")),
  /**
   * The certificate searched for does not exist, belongs to another licence, or is one the user may not see (a
   * Level 2 user and another user's certificate): the SMS gives one answer for all (Manual 1, Troubleshooting).
   */
  NOT_FOUND(Severity.REFUSAL, "No CAS were found for the search criteria given.",
      Citation.of(Source.SMS_MANUAL_1, "Troubleshooting")),
  /** No user with that ID in the caller's licence. */
  NO_SUCH_USER(Severity.REFUSAL, "No user with that user ID was found.",
      Citation.of(Source.SMS_MANUAL_1_GUIDE_4, "Step 3")),
  /** No Sponsor UK submission of the caller's licence with that reference. */
  NO_SUCH_SUBMISSION(Severity.REFUSAL, "No sponsorship submission with that reference was found.",
      Citation.of(Source.SPONSOR_UK_AYJ, "Account users will be able to")),
  /** No granted, unused defined CoS application of the licence with that reference. */
  NO_SUCH_DEFINED_COS(Severity.REFUSAL, "No granted defined CoS application with that reference was found.",
      Citation.of(Source.SMS_MANUAL_1, "Access to SMS (Defined CoS)")),
  /** No request of the caller's licence with that reference (Manual 2, "view and withdraw ... requests"). */
  NO_SUCH_REQUEST(Severity.REFUSAL, "No request with that reference was found.",
      Citation.of(Source.SMS_MANUAL_2, "View and withdraw recent and outstanding requests")),
  /** An application of this kind already awaits a decision. Parameter: {@code reference}. */
  APPLICATION_PENDING(Severity.REFUSAL, "An application of this kind ({reference}) is already awaiting a decision.",
      Citation.of(Source.SMS_MANUAL_3, "Applications and renewals tracking")),
  /** No batch of the caller's licence with that reference that the caller may see. */
  NO_SUCH_BATCH(Severity.REFUSAL, "No batch with that reference was found.",
      Citation.of(Source.SMS_MANUAL_10, "Managing batches of CoS").withNote("CAS: Manual 6, Managing batches of CAS")),
  /** No Creative Worker group of the caller's licence with that reference that the caller may see. */
  NO_SUCH_GROUP(Severity.REFUSAL, "No group of CoS with that reference was found.",
      Citation.of(Source.SMS_MANUAL_11, "Groups of CoS")),
  /** An export names no certificate. */
  NOTHING_TO_EXPORT(Severity.REFUSAL, "Select at least one certificate to export.",
      Citation.of(Source.SMS_MANUAL_6, "Exporting CAS")),
  /** No action plan of the caller's licence with that reference (Manual 3, "Manage action plans"). */
  NO_SUCH_ACTION_PLAN(Severity.REFUSAL, "No action plan with that reference was found.",
      Citation.of(Source.SMS_MANUAL_3, "Manage action plans")),
  /** The PAYE reference is on the licence already. Parameter: {@code reference}. */
  PAYE_REFERENCE_HELD(Severity.REFUSAL, "The PAYE reference {reference} is already held for this licence.",
      Citation.of(Source.SMS_MANUAL_2, "Manage PAYE references")),
  /** The PAYE reference is not on the licence. Parameter: {@code reference}. */
  PAYE_REFERENCE_NOT_HELD(Severity.REFUSAL, "The PAYE reference {reference} is not held for this licence.",
      Citation.of(Source.SMS_MANUAL_2, "Manage PAYE references")),
  /**
   * The fake holds no organisation address for the licence, so the immediate-fulfilment rule cannot compare
   * postcodes: the key-personnel request goes to casework (record one with
   * {@code HomeOffice.recordOrganisationDetails}).
   */
  NO_ORGANISATION_DETAILS(Severity.INFO, "No organisation address is recorded for this licence: the request goes "
      + "to a caseworker.", Citation.of(Source.PROJECT_DECISION, "0485-sms-functions")),
  /** The BDT file names another licence in its header. */
  BDT_OTHER_LICENCE(Severity.REFUSAL, "The file is for another sponsor licence.",
      Citation.of(Source.BDT_SCHEMA_V2_1, "Header/SponsorLicenceNumber")),
  /** The BDT file could not be read or holds no record that passed. */
  BDT_FILE_REJECTED(Severity.REFUSAL, "The file was rejected: no record could be processed.",
      Citation.of(Source.BDT_SCHEMA_V2_1, "BulkFileUploadGeneralRootElement")),
  /**
   * A record that passed validation but that sms-core's values cannot hold (text of spaces only, a main site that is
   * not a UK postcode shape), or a kind of record the fake does not take: a warning on that record, which is rejected.
   * Parameter: {@code detail}.
   */
  BDT_RECORD_NOT_MODELLED(Severity.WARNING, "The in-memory SMS cannot hold this record: {detail}",
      Citation.of(Source.PROJECT_DECISION, "0610-in-memory-sms")),
  /**
   * A graduate notification or fee update names a CAS this licence does not hold (a refusal for a fee update, a
   * warning on a graduate notification, which is recorded as sent). Parameter: {@code cas}.
   */
  BDT_CAS_NOT_HELD(Severity.REFUSAL, "No CAS {cas} is held for this licence.",
      Citation.of(Source.PROJECT_DECISION, "0610-in-memory-sms")),
  /** "Enter your existing password" (Guide 1, step 2) did not match. */
  CURRENT_PASSWORD_MISMATCH(Severity.REFUSAL, "The existing password entered does not match our records.",
      Citation.of(Source.SMS_MANUAL_1_GUIDE_1, "Step 2, Change your existing password")),
  /** The session was opened with a first or temporary password that has not been changed yet. */
  PASSWORD_CHANGE_REQUIRED(Severity.REFUSAL, "When logging in for the first time, or with a temporary password, "
      + "you must change your password before using SMS.", Citation.of(Source.SMS_MANUAL_1_GUIDE_1, "Step 2"));

  private final Severity severity;
  private final String messageTemplate;
  private final Citation citation;

  SessionReason(Severity severity, String messageTemplate, Citation citation) {
    this.severity = severity;
    this.messageTemplate = messageTemplate;
    this.citation = citation;
  }

  /** {@code testkit}. */
  @Override
  public String namespace() {
    return "testkit";
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
