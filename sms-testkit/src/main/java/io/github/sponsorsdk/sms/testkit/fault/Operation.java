package io.github.sponsorsdk.sms.testkit.fault;

/** The port operations, for fault injection and the call log. */
public enum Operation {
  /** {@code logIn}. */
  LOG_IN,
  /** {@code logOut}. */
  LOG_OUT,
  /** {@code changePassword}. */
  CHANGE_PASSWORD,
  /** {@code requestPasswordReset}. */
  REQUEST_PASSWORD_RESET,
  /** {@code users}. */
  LIST_USERS,
  /** {@code requestLevel1User}. */
  REQUEST_LEVEL_1_USER,
  /** {@code createLevel2User}. */
  CREATE_LEVEL_2_USER,
  /** {@code amendUser}. */
  AMEND_USER,
  /** {@code deactivateUser}. */
  DEACTIVATE_USER,
  /** {@code activeMessages}. */
  ACTIVE_MESSAGES,
  /** {@code archivedMessages}. */
  ARCHIVED_MESSAGES,
  /** {@code confirmMessagesRead}. */
  MARK_MESSAGE_READ,
  /** {@code licenceSummary}. */
  LICENCE_SUMMARY,
  /** {@code requestAllocationRenewal}. */
  REQUEST_ALLOCATION_RENEWAL,
  /** {@code requestAllocationIncrease}. */
  REQUEST_ALLOCATION_INCREASE,
  /** {@code applyForDefinedCos}. */
  APPLY_FOR_DEFINED_COS,
  /** {@code requestChangeOfCircumstances}. */
  REQUEST_CHANGE_OF_CIRCUMSTANCES,
  /** {@code create} and {@code createAll}. */
  CREATE_CERTIFICATE,
  /** {@code update}: the edit of a saved certificate. */
  UPDATE_CERTIFICATE,
  /** {@code assign} and {@code assignAll}. */
  ASSIGN_CERTIFICATE,
  /** {@code view} and {@code viewAll}. */
  VIEW_CERTIFICATE,
  /** {@code search}. */
  SEARCH_CERTIFICATES,
  /** {@code withdraw} and {@code withdrawAll}. */
  WITHDRAW_CERTIFICATE,
  /** {@code transferOwnership} and its batch form. */
  TRANSFER_CERTIFICATE,
  /** {@code addSponsorNote}. */
  ADD_SPONSOR_NOTE,
  /** {@code reportActivity}. */
  REPORT_ACTIVITY,
  /** {@code uploadBdt}. */
  UPLOAD_BDT,
  /** Sponsor UK: make a submission. */
  CREATE_SUBMISSION,
  /** Sponsor UK: edit a draft or a submission whose evidence was requested. */
  EDIT_SUBMISSION,
  /** Sponsor UK: send a draft to the Home Office. */
  SUBMIT_SUBMISSION,
  /** Sponsor UK: upload evidence. */
  UPLOAD_EVIDENCE,
  /** Sponsor UK: answer a request for evidence. */
  RESPOND_TO_EVIDENCE_REQUEST,
  /** Sponsor UK: withdraw a submission. */
  WITHDRAW_SUBMISSION,
  /** Sponsor UK: pay for a submission. */
  PAY_SUBMISSION,
  /** Sponsor UK: request an edit after the SRN was issued. */
  REQUEST_SUBMISSION_EDIT,
  /** Sponsor UK: view a submission. */
  VIEW_SUBMISSION,
  /** Sponsor UK: list the licence's submissions. */
  LIST_SUBMISSIONS,
  /** Sponsor UK: view the organisation and licence. */
  VIEW_ORGANISATION,
  /** {@code bulkUploadResults}. */
  DOWNLOAD_BDT_RESULTS,
  /** Apply to renew the licence. */
  APPLY_FOR_LICENCE_RENEWAL,
  /** Apply for Premium customer service. */
  APPLY_FOR_PREMIUM_SERVICE,
  /** Renew Premium customer service. */
  RENEW_PREMIUM_SERVICE,
  /** View the Premium customer service contacts. */
  VIEW_PREMIUM_CONTACTS,
  /** Apply for or renew Student Sponsor status (the Basic Compliance Assessment). */
  APPLY_FOR_STUDENT_SPONSOR_STATUS,
  /** List the licence's action plans. */
  LIST_ACTION_PLANS,
  /** Pay for an action plan. */
  PAY_ACTION_PLAN,
  /** Decline to pay for an action plan. */
  DECLINE_ACTION_PLAN,
  /** View recent and outstanding requests. */
  LIST_REQUESTS,
  /** View the defined CoS applications. */
  LIST_DEFINED_COS_APPLICATIONS,
  /** Withdraw an outstanding request. */
  WITHDRAW_REQUEST,
  /** Replace the AO or KC, or add a Level 1 user. */
  REQUEST_KEY_PERSONNEL_CHANGE,
  /** View the organisation details. */
  VIEW_ORGANISATION_DETAILS,
  /** Request a change of organisation details. */
  REQUEST_ORGANISATION_CHANGE,
  /** List the PAYE references. */
  LIST_PAYE_REFERENCES,
  /** Add a PAYE reference. */
  ADD_PAYE_REFERENCE,
  /** Delete a PAYE reference. */
  DELETE_PAYE_REFERENCE,
  /** Delete an unassigned certificate. */
  DELETE_CERTIFICATE,
  /** Print a certificate. */
  PRINT_CERTIFICATE,
  /** One line of a bulk fee update of CAS. */
  UPDATE_FEES,
  /** Create a batch of CoS or CAS. */
  CREATE_BATCH,
  /** List or view batches. */
  VIEW_BATCHES,
  /** Add certificates to a batch. */
  ADD_TO_BATCH,
  /** Remove certificates from a batch. */
  REMOVE_FROM_BATCH,
  /** Assign a batch. */
  ASSIGN_BATCH,
  /** Export certificates or a batch. */
  EXPORT_CERTIFICATES,
  /** Create a Creative Worker group of CoS. */
  CREATE_GROUP,
  /** List groups. */
  VIEW_GROUPS,
  /** Add CoS to a group. */
  ADD_TO_GROUP,
  /** Remove CoS from a group. */
  REMOVE_FROM_GROUP
}
