package io.github.sponsorsdk.sms.core.port;

/** What a request sent to the Home Office for assessment is about. */
public enum CaseworkKind {
  /** "Request a new Level 1 user" (Manual 1, Guide 3). */
  LEVEL_1_USER,
  /** A Level 1 user's own amendment sent for assessment (Guide 4). */
  USER_AMENDMENT,
  /** "Request renewal of annual CoS/CAS allocation". */
  ALLOCATION_RENEWAL,
  /** "Request CoS/CAS allocation increase" (Manual 1, Troubleshooting). */
  ALLOCATION_INCREASE,
  /** An application for a defined CoS (Skilled Worker). */
  DEFINED_COS,
  /** A change of circumstances (licence details, key personnel, addresses). */
  CHANGE_OF_CIRCUMSTANCES,
  /** "Apply to renew licence" (Manual 3), for licences that still need renewal. */
  LICENCE_RENEWAL,
  /** "Apply for ... Premium customer service" (Manual 3). */
  PREMIUM_SERVICE,
  /** "Apply to renew premium customer service" (Manual 3). */
  PREMIUM_RENEWAL,
  /** "Apply for or renew Student Sponsor status" (Manual 3); the Basic Compliance Assessment from 10 July 2024. */
  STUDENT_SPONSOR_STATUS,
  /** A typed key-personnel request sent to casework: replace the AO or KC, add a Level 1 user (Manual 2). */
  KEY_PERSONNEL,
  /** "Change your details": the organisation details (Manual 2). */
  ORGANISATION_DETAILS
}
