package io.github.sponsorsdk.sms.rules.permission;

import static io.github.sponsorsdk.sms.core.citation.Source.SMS_MANUAL_10;
import static io.github.sponsorsdk.sms.core.citation.Source.SMS_MANUAL_11;
import static io.github.sponsorsdk.sms.core.citation.Source.SMS_MANUAL_12;
import static io.github.sponsorsdk.sms.core.citation.Source.SMS_MANUAL_1;
import static io.github.sponsorsdk.sms.core.citation.Source.SMS_MANUAL_1_GUIDE_1;
import static io.github.sponsorsdk.sms.core.citation.Source.SMS_MANUAL_1_GUIDE_2;
import static io.github.sponsorsdk.sms.core.citation.Source.SMS_MANUAL_2;
import static io.github.sponsorsdk.sms.core.citation.Source.SMS_MANUAL_3;
import static io.github.sponsorsdk.sms.core.citation.Source.SMS_MANUAL_4;
import static io.github.sponsorsdk.sms.core.citation.Source.SMS_MANUAL_5;
import static io.github.sponsorsdk.sms.core.citation.Source.SMS_MANUAL_6;
import static io.github.sponsorsdk.sms.core.citation.Source.SMS_MANUAL_7;
import static io.github.sponsorsdk.sms.core.citation.Source.SMS_MANUAL_8;
import static io.github.sponsorsdk.sms.core.citation.Source.SMS_MANUAL_9;
import static io.github.sponsorsdk.sms.rules.permission.Menu.DEFINED_COS;
import static io.github.sponsorsdk.sms.rules.permission.Menu.LICENCE_SUMMARY;
import static io.github.sponsorsdk.sms.rules.permission.Menu.SESSION;
import static io.github.sponsorsdk.sms.rules.permission.Menu.STUDENTS;
import static io.github.sponsorsdk.sms.rules.permission.Menu.WORKERS;
import static io.github.sponsorsdk.sms.rules.permission.Requirement.CREATIVE_WORKER_ROUTE;
import static io.github.sponsorsdk.sms.rules.permission.Requirement.LEVEL_1_MESSAGE_BOARD;
import static io.github.sponsorsdk.sms.rules.permission.Requirement.LEVEL_1_USER_MANAGEMENT;
import static io.github.sponsorsdk.sms.rules.permission.Requirement.LEVEL_2_MAY_WITHDRAW;
import static io.github.sponsorsdk.sms.rules.permission.Requirement.NOT_ALREADY_PREMIUM;
import static io.github.sponsorsdk.sms.rules.permission.Requirement.BASIC_COMPLIANCE_ASSESSMENT_OFFERED;
import static io.github.sponsorsdk.sms.rules.permission.Requirement.STUDENT_SPONSOR_STATUS_OFFERED;
import static io.github.sponsorsdk.sms.rules.permission.Requirement.PREMIUM_RENEWALS_OPEN;
import static io.github.sponsorsdk.sms.rules.permission.Requirement.NOT_SUSPENDED_FOR_KEY_PERSONNEL;
import static io.github.sponsorsdk.sms.rules.permission.Requirement.NOT_PROVISIONAL;
import static io.github.sponsorsdk.sms.rules.permission.Requirement.NOT_SUSPENDED_OR_DORMANT;
import static io.github.sponsorsdk.sms.rules.permission.Requirement.OWNS_CERTIFICATE;
import static io.github.sponsorsdk.sms.rules.permission.Requirement.PREMIUM_CUSTOMER;
import static io.github.sponsorsdk.sms.rules.permission.Requirement.PREMIUM_OPEN;
import static io.github.sponsorsdk.sms.rules.permission.Requirement.PREMIUM_RATING;
import static io.github.sponsorsdk.sms.rules.permission.Requirement.RENEWAL_REQUIRED;
import static io.github.sponsorsdk.sms.rules.permission.Requirement.RENEWAL_WINDOW_NOT_CLOSED;
import static io.github.sponsorsdk.sms.rules.permission.Requirement.RENEWAL_WINDOW_OPENED;
import static io.github.sponsorsdk.sms.rules.permission.Requirement.STUDENT_NOT_B_RATED;
import static io.github.sponsorsdk.sms.rules.permission.Requirement.STUDENT_ROUTE;
import static io.github.sponsorsdk.sms.rules.permission.Requirement.STUDENT_STATUS_RENEWAL_PERIOD;
import static io.github.sponsorsdk.sms.rules.permission.Requirement.WORKER_A_RATED_FOR_ASSIGNMENT;
import static io.github.sponsorsdk.sms.rules.permission.Requirement.WORKER_NOT_B_RATED;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The catalogue of SMS functions, one row per function of Manual 1 and of the manuals its index lists (Manuals 2 to
 * 12). Each row names its {@link Menu}, whether it acts on a certificate (so a Level 2 user must own it), the
 * requirements it adds to its menu's, and the source that describes it.
 *
 * <p>Readings taken (decision record {@code 0320-rules-coverage-and-readings}):
 * <ul>
 *   <li>Manual 1 lists what a suspended or dormant licence cannot do "such as" ...; the catalogue blocks exactly the
 *       functions listed: allocation requests (annual renewal and increase, both "requesting additional allocations"),
 *       licence renewal, Premium and Student Sponsor status applications, creating, assigning, exporting and viewing
 *       (and so printing) single or batches of CoS/CAS, bulk fee updates and every defined CoS function. Reporting,
 *       sponsor notes, withdrawal and transfer stay available: the sponsor's reporting duties continue, and the
 *       report and manage-live screens have their own search (the list is "such as", so the SDK adds only what a
 *       source names: while <em>suspended</em>, replacing the Authorising Officer or Key Contact and requesting a
 *       Level 1 user, per the secondary sources on suspension; decision record 0485).
 *   <li>Level 2 users are restricted by ownership on every function that acts on a certificate; creating a new one is
 *       allowed (Manual 1, Guide 3: a Level 2 user can assign and report on CoS/CAS "they have personally created").
 * </ul>
 */
public enum SmsAction {
  // ---- Session (Manual 1) ----
  /** Log in. */
  LOG_IN(SESSION, false, c(SMS_MANUAL_1, "Logging in and out of SMS")),
  /** Request a password reset. */
  REQUEST_PASSWORD_RESET(SESSION, false, c(SMS_MANUAL_1_GUIDE_2, "Steps 1-3")),
  /** Change the password. */
  CHANGE_PASSWORD(SESSION, false, c(SMS_MANUAL_1_GUIDE_1, "Step 2; Navigation in SMS (Change password)")),
  /** View the home screen. */
  VIEW_HOME(SESSION, false, c(SMS_MANUAL_1_GUIDE_1, "Step 3 (SMS home screen)")),
  /** Contact the Home Office. */
  CONTACT(SESSION, false, c(SMS_MANUAL_1, "Navigation in SMS (Contact)")),
  /** Log out. */
  LOG_OUT(SESSION, false, c(SMS_MANUAL_1, "Logging in and out of SMS (Log out)")),

  // ---- Licence summary, applications and services (Manual 1, Manuals 2 and 3) ----
  /** View the licence summary. */
  VIEW_LICENCE_SUMMARY(LICENCE_SUMMARY, false, c(SMS_MANUAL_1, "Checking your licence details")),
  /** View the users of the licence. */
  VIEW_USERS(LICENCE_SUMMARY, false, c(SMS_MANUAL_1, "Guide 3, step 3 (Manage Level 1 and 2 users)"),
      LEVEL_1_USER_MANAGEMENT, NOT_PROVISIONAL),
  /** Request a new Level 1 user. */
  REQUEST_LEVEL_1_USER(LICENCE_SUMMARY, false, c(SMS_MANUAL_1, "Guide 3: request a new Level 1 user"),
      LEVEL_1_USER_MANAGEMENT, NOT_PROVISIONAL, NOT_SUSPENDED_FOR_KEY_PERSONNEL),
  /** Create a Level 2 user. */
  CREATE_LEVEL_2_USER(LICENCE_SUMMARY, false, c(SMS_MANUAL_1, "Guide 3: create a new Level 2 user"),
      LEVEL_1_USER_MANAGEMENT, NOT_PROVISIONAL),
  /** Amend a Level 1 or Level 2 user. */
  AMEND_USER(LICENCE_SUMMARY, false, c(SMS_MANUAL_1, "Guide 4: amend a Level 1 or 2 user"),
      LEVEL_1_USER_MANAGEMENT, NOT_PROVISIONAL),
  /** Deactivate a user. */
  DEACTIVATE_USER(LICENCE_SUMMARY, false, c(SMS_MANUAL_1, "Guide 4: deactivate a Level 1 or 2 user"),
      LEVEL_1_USER_MANAGEMENT, NOT_PROVISIONAL),
  /** Request a change to the licence. */
  REQUEST_LICENCE_CHANGE(LICENCE_SUMMARY, false,
      c(SMS_MANUAL_2, "Change of circumstances, organisation structure, key personnel (Manual 1, Guide 3 step 2)")),
  /** Replace the Authorising Officer (a key-personnel change request). */
  REPLACE_AUTHORISING_OFFICER(LICENCE_SUMMARY, false,
      c(SMS_MANUAL_2, "Replace your Authorising Officer (Manual 1 Guide 3 step 2: Amend key personnel details)"),
      NOT_SUSPENDED_FOR_KEY_PERSONNEL),
  /** Replace the Key Contact (a key-personnel change request). */
  REPLACE_KEY_CONTACT(LICENCE_SUMMARY, false,
      c(SMS_MANUAL_2, "Replace your Key Contact (Manual 1 Guide 3 step 2: Amend key personnel details)"),
      NOT_SUSPENDED_FOR_KEY_PERSONNEL),
  /** View recent and outstanding change requests and their tracking status. */
  VIEW_CHANGE_REQUESTS(LICENCE_SUMMARY, false,
      c(SMS_MANUAL_2, "View recent and outstanding change requests (Manual 1 Guide 3 step 2)")),
  /** Withdraw an outstanding change request. */
  WITHDRAW_CHANGE_REQUEST(LICENCE_SUMMARY, false,
      c(SMS_MANUAL_2, "View and withdraw recent and outstanding requests (Manual 2 landing page)")),
  /** Manage PAYE references. */
  MANAGE_PAYE_REFERENCES(LICENCE_SUMMARY, false, c(SMS_MANUAL_2, "Manage PAYE references (Manual index)")),
  /** Request the renewal of an allocation. */
  REQUEST_ALLOCATION_RENEWAL(LICENCE_SUMMARY, false,
      c(SMS_MANUAL_2, "Request renewal of annual CoS/CAS allocation (Manual 1 Access to SMS, Troubleshooting)"),
      NOT_SUSPENDED_OR_DORMANT),
  /** Request an allocation increase. */
  REQUEST_ALLOCATION_INCREASE(LICENCE_SUMMARY, false,
      c(SMS_MANUAL_2, "Request CoS/CAS allocation increase (Manual 1 Troubleshooting)"), NOT_SUSPENDED_OR_DORMANT),
  /** Apply to renew the licence. */
  APPLY_LICENCE_RENEWAL(LICENCE_SUMMARY, false, c(SMS_MANUAL_3, "Licence renewal (Manual 1 Access to SMS)"),
      NOT_SUSPENDED_OR_DORMANT, RENEWAL_REQUIRED, RENEWAL_WINDOW_OPENED, RENEWAL_WINDOW_NOT_CLOSED),
  /** Decline to renew the licence. */
  DECLINE_LICENCE_RENEWAL(LICENCE_SUMMARY, false, c(SMS_MANUAL_3, "Decline to renew your licence (Manual index)"),
      RENEWAL_REQUIRED, RENEWAL_WINDOW_OPENED, RENEWAL_WINDOW_NOT_CLOSED),
  /** Apply for Premium customer service. */
  APPLY_PREMIUM_SERVICE(LICENCE_SUMMARY, false,
      c(SMS_MANUAL_3, "Premium customer service (Manual 1 Access to SMS, Troubleshooting)"),
      NOT_SUSPENDED_OR_DORMANT, PREMIUM_OPEN, PREMIUM_RATING, NOT_ALREADY_PREMIUM),
  /** Apply to renew the Premium customer service while renewals are open. */
  RENEW_PREMIUM_SERVICE(LICENCE_SUMMARY, false,
      c(SMS_MANUAL_3, "Apply to renew premium customer service (Manual 1 Troubleshooting)"),
      NOT_SUSPENDED_OR_DORMANT, PREMIUM_RENEWALS_OPEN, PREMIUM_RATING, PREMIUM_CUSTOMER),
  /** View the Premium customer service contact details. */
  VIEW_PREMIUM_CONTACT_DETAILS(LICENCE_SUMMARY, false,
      c(SMS_MANUAL_1, "Guide 3, step 1 (View your Premium customer service contact details)"), PREMIUM_CUSTOMER),
  /** Apply for Student Sponsor status. */
  APPLY_STUDENT_SPONSOR_STATUS(LICENCE_SUMMARY, false,
      c(SMS_MANUAL_3, "Apply for or renew Student Sponsor status (Manual 1 Troubleshooting)"),
      NOT_SUSPENDED_OR_DORMANT, STUDENT_ROUTE, STUDENT_SPONSOR_STATUS_OFFERED, STUDENT_STATUS_RENEWAL_PERIOD,
      STUDENT_NOT_B_RATED),
  /** Decline to renew Student Sponsor status. */
  DECLINE_STUDENT_SPONSOR_STATUS_RENEWAL(LICENCE_SUMMARY, false,
      c(SMS_MANUAL_3, "Decline to renew Student Sponsor status (Manual index)"),
      STUDENT_ROUTE, STUDENT_SPONSOR_STATUS_OFFERED, STUDENT_STATUS_RENEWAL_PERIOD),
  /** Apply for the Basic Compliance Assessment, which replaced Student Sponsor status applications on 10 July 2024. */
  APPLY_BASIC_COMPLIANCE_ASSESSMENT(LICENCE_SUMMARY, false,
      c(SMS_MANUAL_3, "Apply for Basic Compliance Assessment (index of manuals from 10 July 2024)"),
      NOT_SUSPENDED_OR_DORMANT, STUDENT_ROUTE, BASIC_COMPLIANCE_ASSESSMENT_OFFERED, STUDENT_STATUS_RENEWAL_PERIOD,
      STUDENT_NOT_B_RATED),
  /** View the status of an application. */
  VIEW_APPLICATION_STATUS(LICENCE_SUMMARY, false,
      c(SMS_MANUAL_1, "What is SMS? (tracking Premium, HTS and licence renewal applications)")),
  /** Pay an action plan. */
  PAY_ACTION_PLAN(LICENCE_SUMMARY, false,
      c(SMS_MANUAL_3, "Manage action plans (Manual 1 What is SMS?: paying for and tracking action plans)")),
  /** Decline to pay for an action plan (the licence is then revoked). */
  DECLINE_ACTION_PLAN(LICENCE_SUMMARY, false,
      c(SMS_MANUAL_3, "Decline to pay for an action plan (Manual 3 of 2015, Guide 5)")),
  /** View the message board. */
  VIEW_MESSAGE_BOARD(LICENCE_SUMMARY, false, c(SMS_MANUAL_1, "Guide 5, steps 1-3 (active messages)"),
      LEVEL_1_MESSAGE_BOARD),
  /** View archived messages. */
  VIEW_ARCHIVED_MESSAGES(LICENCE_SUMMARY, false, c(SMS_MANUAL_1, "Guide 5, step 4 (archived messages)"),
      LEVEL_1_MESSAGE_BOARD),

  // ---- Workers (Manuals 8 to 11) ----
  /** Create a CoS. */
  CREATE_COS(WORKERS, false, c(SMS_MANUAL_8, "Create a CoS (Manual 1 Access to SMS)"), NOT_SUSPENDED_OR_DORMANT),
  /** Assign a CoS. */
  ASSIGN_COS(WORKERS, true, c(SMS_MANUAL_8, "Assign a CoS (Manual 1 Access to SMS)"),
      NOT_SUSPENDED_OR_DORMANT, WORKER_A_RATED_FOR_ASSIGNMENT),
  /** Amend a CoS before it is assigned (the {@code EDIT_SAVED} lifecycle action). */
  AMEND_COS_DRAFT(WORKERS, true, c(SMS_MANUAL_8, "Amend information on a CoS before it is assigned"),
      NOT_SUSPENDED_OR_DORMANT),
  /** Delete an unassigned CoS. */
  DELETE_COS_DRAFT(WORKERS, true, c(SMS_MANUAL_8, "Delete an unassigned CoS"), NOT_SUSPENDED_OR_DORMANT),
  /** Create a batch of CoS. */
  CREATE_COS_BATCH(WORKERS, false, c(SMS_MANUAL_8, "Create a batch of CoS"), NOT_SUSPENDED_OR_DORMANT),
  /** Assign a batch of CoS. */
  ASSIGN_COS_BATCH(WORKERS, true, c(SMS_MANUAL_8, "Assign a batch of CoS"),
      NOT_SUSPENDED_OR_DORMANT, WORKER_A_RATED_FOR_ASSIGNMENT),
  /** View a CoS. */
  VIEW_COS(WORKERS, true, c(SMS_MANUAL_1, "Access to SMS; Navigation in SMS (search by passport or CoS number)"),
      NOT_SUSPENDED_OR_DORMANT),
  /** View a batch of CoS. */
  VIEW_COS_BATCH(WORKERS, true, c(SMS_MANUAL_10, "Managing batches of CoS (Manual 1 Access to SMS)"),
      NOT_SUSPENDED_OR_DORMANT),
  /** Export CoS. */
  EXPORT_COS(WORKERS, true, c(SMS_MANUAL_1, "Access to SMS (exporting single or batches of CoS)"),
      NOT_SUSPENDED_OR_DORMANT),
  /** Print a CoS. */
  PRINT_COS(WORKERS, true, c(SMS_MANUAL_10, "Printing CoS"), NOT_SUSPENDED_OR_DORMANT),
  /** Manage a live CoS (status ASSIGNED). */
  MANAGE_LIVE_COS(WORKERS, true, c(SMS_MANUAL_1, "Troubleshooting (manage live CoS/CAS at status ASSIGNED)")),
  /** Withdraw a CoS. */
  WITHDRAW_COS(WORKERS, true, c(SMS_MANUAL_9, "Withdraw sponsorship (Manual 1 Guide 5 message of 06/04/2014)"),
      LEVEL_2_MAY_WITHDRAW),
  /** Transfer the ownership of a CoS. */
  TRANSFER_COS_OWNERSHIP(WORKERS, true, c(SMS_MANUAL_10, "Transferring ownership of CoS")),
  /** Report worker activity. */
  REPORT_WORKER_ACTIVITY(WORKERS, true, c(SMS_MANUAL_9, "Reporting worker activity (Manual 1 Troubleshooting)")),
  /** Add a sponsor note to an assigned CoS. */
  ADD_COS_SPONSOR_NOTE(WORKERS, true, c(SMS_MANUAL_9, "Adding sponsor notes to assigned CoS")),
  /** Manage batches of CoS. */
  MANAGE_COS_BATCHES(WORKERS, true, c(SMS_MANUAL_10, "Managing batches of CoS")),
  /** Manage pre-stored CoS addresses. */
  MANAGE_COS_ADDRESSES(WORKERS, false, c(SMS_MANUAL_10, "Managing pre-stored addresses")),
  /** Manage groups of Creative Worker CoS. */
  MANAGE_CREATIVE_WORKER_GROUPS(WORKERS, true, c(SMS_MANUAL_11, "Groups of CoS"), CREATIVE_WORKER_ROUTE),

  // ---- Defined CoS (Manual 12) ----
  /** Apply for a defined CoS. */
  APPLY_DEFINED_COS(DEFINED_COS, false, c(SMS_MANUAL_12, "Apply for defined CoS (Manual 1 Access to SMS, B-Rated)"),
      WORKER_NOT_B_RATED),
  /** View applications for defined CoS. */
  VIEW_DEFINED_COS_APPLICATIONS(DEFINED_COS, false, c(SMS_MANUAL_12, "Track applications for defined CoS")),
  /** Withdraw an application for a defined CoS. */
  WITHDRAW_DEFINED_COS_APPLICATION(DEFINED_COS, false, c(SMS_MANUAL_12, "Withdraw an application awaiting a decision")),
  /** Create a granted defined CoS. */
  CREATE_DEFINED_COS(DEFINED_COS, false, c(SMS_MANUAL_12, "Create a granted defined CoS")),
  /** Assign a granted defined CoS. */
  ASSIGN_DEFINED_COS(DEFINED_COS, true, c(SMS_MANUAL_12, "Assign a defined CoS (Manual 1 Access to SMS, B-Rated)"),
      WORKER_NOT_B_RATED),

  // ---- Students (Manuals 4 to 7) ----
  /** Create a CAS. */
  CREATE_CAS(STUDENTS, false, c(SMS_MANUAL_4, "Create a CAS (Manual 1 Access to SMS)"), NOT_SUSPENDED_OR_DORMANT),
  /** Assign a CAS. */
  ASSIGN_CAS(STUDENTS, true, c(SMS_MANUAL_4, "Assign a CAS (Manual 1 Access to SMS)"), NOT_SUSPENDED_OR_DORMANT),
  /** Amend a CAS before it is assigned (the {@code EDIT_SAVED} lifecycle action). */
  AMEND_CAS_DRAFT(STUDENTS, true, c(SMS_MANUAL_4, "Amend information on a CAS before it is assigned"),
      NOT_SUSPENDED_OR_DORMANT),
  /** Delete an unassigned CAS. */
  DELETE_CAS_DRAFT(STUDENTS, true, c(SMS_MANUAL_4, "Delete an unassigned CAS"), NOT_SUSPENDED_OR_DORMANT),
  /** Create a batch of CAS. */
  CREATE_CAS_BATCH(STUDENTS, false, c(SMS_MANUAL_4, "Create a batch of CAS"), NOT_SUSPENDED_OR_DORMANT),
  /** Assign a batch of CAS. */
  ASSIGN_CAS_BATCH(STUDENTS, true, c(SMS_MANUAL_4, "Assign a batch of CAS"), NOT_SUSPENDED_OR_DORMANT),
  /** View a CAS. */
  VIEW_CAS(STUDENTS, true, c(SMS_MANUAL_1, "Access to SMS; Navigation in SMS (search by passport or CAS number)"),
      NOT_SUSPENDED_OR_DORMANT),
  /** View a batch of CAS. */
  VIEW_CAS_BATCH(STUDENTS, true, c(SMS_MANUAL_6, "Managing batches of CAS (Manual 1 Access to SMS)"),
      NOT_SUSPENDED_OR_DORMANT),
  /** Export CAS. */
  EXPORT_CAS(STUDENTS, true, c(SMS_MANUAL_6, "Exporting CAS (Manual 1 Access to SMS)"), NOT_SUSPENDED_OR_DORMANT),
  /** Print a CAS. */
  PRINT_CAS(STUDENTS, true, c(SMS_MANUAL_6, "Printing CAS"), NOT_SUSPENDED_OR_DORMANT),
  /** Manage a live CAS (status ASSIGNED). */
  MANAGE_LIVE_CAS(STUDENTS, true, c(SMS_MANUAL_1, "Troubleshooting (manage live CoS/CAS at status ASSIGNED)")),
  /** Withdraw a CAS. */
  WITHDRAW_CAS(STUDENTS, true, c(SMS_MANUAL_5, "Withdraw sponsorship (report student activity)"),
      LEVEL_2_MAY_WITHDRAW),
  /** Transfer the ownership of a CAS. */
  TRANSFER_CAS_OWNERSHIP(STUDENTS, true, c(SMS_MANUAL_6, "Transferring ownership of CAS")),
  /** Report student activity. */
  REPORT_STUDENT_ACTIVITY(STUDENTS, true, c(SMS_MANUAL_5, "Reporting student activity (Manual 1 Troubleshooting)")),
  /** Add a sponsor note to an assigned CAS. */
  ADD_CAS_SPONSOR_NOTE(STUDENTS, true, c(SMS_MANUAL_5, "Adding sponsor notes to assigned CAS")),
  /** Submit a graduate notification. */
  SUBMIT_GRADUATE_NOTIFICATION(STUDENTS, true, c(SMS_MANUAL_5, "Graduate notification (also by BDT, Manual 7)")),
  /** Update fees in bulk. */
  BULK_FEE_UPDATE(STUDENTS, true, c(SMS_MANUAL_5, "Fee updates (Manual 1 Access to SMS: bulk fee updates)"),
      NOT_SUSPENDED_OR_DORMANT),
  /** Manage batches of CAS. */
  MANAGE_CAS_BATCHES(STUDENTS, true, c(SMS_MANUAL_6, "Managing batches of CAS")),
  /** Manage pre-stored CAS addresses. */
  MANAGE_CAS_ADDRESSES(STUDENTS, false, c(SMS_MANUAL_6, "Managing pre-stored addresses")),
  /** Upload CAS by Bulk Data Transfer. */
  UPLOAD_CAS_BDT(STUDENTS, false, c(SMS_MANUAL_7, "Bulk Data Transfer of CAS (creates batches of CAS)"),
      NOT_SUSPENDED_OR_DORMANT);

  private final Menu menu;
  private final boolean onCertificate;
  private final Citation citation;
  private final Set<Requirement> requirements;
  private final long mask;

  SmsAction(Menu menu, boolean onCertificate, Citation citation, Requirement... own) {
    this.menu = menu;
    this.onCertificate = onCertificate;
    this.citation = citation;
    EnumSet<Requirement> all = EnumSet.noneOf(Requirement.class);
    all.addAll(menu.requirements());
    Collections.addAll(all, own);
    if (onCertificate) {
      all.add(OWNS_CERTIFICATE);
    }
    this.requirements = Collections.unmodifiableSet(all);
    long m = 0;
    for (Requirement r : all) {
      m |= r.bit();
    }
    this.mask = m;
  }

  private static Citation c(Source source, String section) {
    return Citation.of(source, section);
  }

  /** {@return the menu the function is reached from} */
  public Menu menu() {
    return menu;
  }

  /** {@return true when the function acts on a certificate (or a batch of them), so a Level 2 user must own it} */
  public boolean onCertificate() {
    return onCertificate;
  }

  /** {@return the manual and section describing the function} */
  public Citation citation() {
    return citation;
  }

  /** {@return everything the function requires: its menu's requirements and its own} */
  public Set<Requirement> requirements() {
    return requirements;
  }

  long mask() {
    return mask;
  }
}
