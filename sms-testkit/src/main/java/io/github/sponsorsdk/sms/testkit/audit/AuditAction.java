package io.github.sponsorsdk.sms.testkit.audit;

import io.github.sponsorsdk.sms.rules.certificate.CertificateAction;

/**
 * What an audit entry records. The names are part of the JSON of the audit trail and of snapshots.
 */
public enum AuditAction {
  /** A licence was granted (Home Office). */
  LICENCE_GRANTED,
  /** The licence status changed (Home Office). */
  LICENCE_STATUS_CHANGED,
  /** A category's rating changed (Home Office). */
  LICENCE_RATING_CHANGED,
  /**
   * A licence that needs no renewal reached its recorded expiry date and the SMS recorded the 10-year extension
   * (clock; SMS message of 24 January 2024).
   */
  LICENCE_EXPIRY_EXTENDED,
  /** A user account was created with a generated password. */
  USER_CREATED,
  /** A Level 1 user was requested and awaits the Home Office. */
  LEVEL_1_USER_REQUESTED,
  /** The Home Office approved a requested Level 1 user. */
  LEVEL_1_USER_APPROVED,
  /** The Home Office refused a requested Level 1 user. */
  LEVEL_1_USER_REFUSED,
  /** A user's details were amended. */
  USER_AMENDED,
  /** A Level 1 user deactivated a user. */
  USER_DEACTIVATED,
  /** The Home Office deactivated a user ("Deactivated by UK V&amp;I"). */
  USER_DEACTIVATED_BY_UK_VI,
  /** A user logged in. */
  LOG_IN,
  /** A log-in failed and counted towards the lockout. */
  LOG_IN_FAILED,
  /** A failed log-in locked the account. */
  ACCOUNT_LOCKED,
  /** A user logged out. */
  LOG_OUT,
  /** A session ended after inactivity (clock). */
  SESSION_TIMED_OUT,
  /** A user changed their password. */
  PASSWORD_CHANGED,
  /** A temporary password was issued. */
  PASSWORD_RESET,
  /** A user confirmed the board messages shown at log-in. */
  MESSAGES_READ,
  /** The Home Office posted a board message. */
  MESSAGE_POSTED,
  /** A request went to Home Office casework. */
  CASEWORK_SUBMITTED,
  /** The Home Office approved a request. */
  CASEWORK_APPROVED,
  /** The Home Office refused a request. */
  CASEWORK_REFUSED,
  /** The Home Office granted allocation (increase or renewal). */
  ALLOCATION_GRANTED,
  /** An assignment drew one certificate from an allocation. */
  ALLOCATION_USED,
  /** An allocation year ended (clock). */
  ALLOCATION_YEAR_ENDED,
  /** The SMS renewed an annual allocation automatically, in its renewal window (clock). */
  ALLOCATION_RENEWED_AUTOMATICALLY,
  /** A certificate was created. */
  CERTIFICATE_CREATED,
  /** A certificate was assigned. */
  CERTIFICATE_ASSIGNED,
  /** A certificate was withdrawn. */
  CERTIFICATE_WITHDRAWN,
  /** A certificate's ownership moved to another user. */
  CERTIFICATE_TRANSFERRED,
  /** A sponsor note was added to a certificate. */
  SPONSOR_NOTE_ADDED,
  /** A saved certificate's content was edited before assignment ({@code SmsCertificates.update}). */
  CERTIFICATE_UPDATED,
  /** An assigned certificate expired unused (clock). */
  CERTIFICATE_EXPIRED,
  /** The Home Office recorded the certificate's use in an application. */
  CERTIFICATE_RECORD_USE,
  /** The application the certificate was used in was granted. */
  CERTIFICATE_APPLICATION_GRANTED,
  /** The application the certificate was used in was refused. */
  CERTIFICATE_APPLICATION_REFUSED,
  /** The application was rejected as invalid. */
  CERTIFICATE_APPLICATION_REJECTED_INVALID,
  /** The application was void. */
  CERTIFICATE_APPLICATION_VOID,
  /** The application was withdrawn. */
  CERTIFICATE_APPLICATION_WITHDRAWN,
  /** The Home Office cancelled the certificate. */
  CERTIFICATE_CANCEL,
  /** The Home Office made the certificate obsolete. */
  CERTIFICATE_MAKE_OBSOLETE,
  /** Worker, student or sponsor activity was reported. */
  ACTIVITY_REPORTED,
  /** The host declared an occurrence whose reporting duty the fake tracks. */
  OCCURRENCE_RECORDED,
  /** A BDT file was uploaded. */
  BDT_UPLOADED,
  /** A graduate notification of a BDT file was recorded against its CAS number. */
  GRADUATE_NOTIFIED,
  /** A fee update of a BDT file changed a CAS's fees and payments. */
  FEES_UPDATED,
  /** Sponsor UK: a submission was made (status DRAFT). */
  SUBMISSION_CREATED,
  /** Sponsor UK: a submission's details changed (an edit of a draft, or an approved edit after the SRN). */
  SUBMISSION_EDITED,
  /** Sponsor UK: a submission changed status; the subject is its reference. */
  SUBMISSION_STATUS_CHANGED,
  /** Sponsor UK: evidence was uploaded to a submission. */
  EVIDENCE_UPLOADED,
  /** Sponsor UK: a licence route was marked migrated. */
  ROUTE_MIGRATED,
  /** A casework request was withdrawn by the sponsor. */
  CASEWORK_WITHDRAWN,
  /** The Home Office rejected a casework request (not considered). */
  CASEWORK_REJECTED,
  /** The Home Office issued an action plan. */
  ACTION_PLAN_ISSUED,
  /** An action plan moved (paid, declined, deadline missed, completed, revoked). */
  ACTION_PLAN_CHANGED,
  /** A key-personnel change was applied (at once or on approval). */
  KEY_PERSONNEL_CHANGED,
  /** The organisation details were recorded or changed. */
  ORGANISATION_DETAILS_CHANGED,
  /** A PAYE reference was added. */
  PAYE_REFERENCE_ADDED,
  /** A PAYE reference was deleted. */
  PAYE_REFERENCE_DELETED,
  /** The Home Office assigned Premium customer service contacts. */
  PREMIUM_CONTACTS_ASSIGNED,
  /** The licence's dates changed (renewal granted, Student Sponsor status granted). */
  LICENCE_DATES_CHANGED,
  /** An unassigned certificate was deleted. */
  CERTIFICATE_DELETED,
  /** A batch of CoS or CAS was created. */
  BATCH_CREATED,
  /** Certificates joined or left a batch. */
  BATCH_CHANGED,
  /** A Creative Worker group of CoS was created. */
  GROUP_CREATED,
  /** CoS joined or left a Creative Worker group. */
  GROUP_CHANGED;

  /**
   * The entry for a Home Office act of the certificate lifecycle.
   *
   * @param action one of the lifecycle's Home Office actions
   * @return the matching action
   * @throws IllegalArgumentException when {@code action} is not a Home Office act
   */
  public static AuditAction ofHomeOffice(CertificateAction action) {
    switch (action) {
      case RECORD_USE:
        return CERTIFICATE_RECORD_USE;
      case APPLICATION_GRANTED:
        return CERTIFICATE_APPLICATION_GRANTED;
      case APPLICATION_REFUSED:
        return CERTIFICATE_APPLICATION_REFUSED;
      case APPLICATION_REJECTED_INVALID:
        return CERTIFICATE_APPLICATION_REJECTED_INVALID;
      case APPLICATION_VOID:
        return CERTIFICATE_APPLICATION_VOID;
      case APPLICATION_WITHDRAWN:
        return CERTIFICATE_APPLICATION_WITHDRAWN;
      case CANCEL:
        return CERTIFICATE_CANCEL;
      case MAKE_OBSOLETE:
        return CERTIFICATE_MAKE_OBSOLETE;
      default:
        throw new IllegalArgumentException(action + " is not a Home Office act");
    }
  }
}
