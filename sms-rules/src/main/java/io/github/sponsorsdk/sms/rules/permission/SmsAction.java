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
 *       sponsor notes, withdrawal and transfer stay available: the sponsor's reporting duties continue.
 *   <li>Level 2 users are restricted by ownership on every function that acts on a certificate; creating a new one is
 *       allowed (Manual 1, Guide 3: a Level 2 user can assign and report on CoS/CAS "they have personally created").
 * </ul>
 */
public enum SmsAction {
  // ---- Session (Manual 1) ----
  LOG_IN(SESSION, false, c(SMS_MANUAL_1, "Logging in and out of SMS")),
  REQUEST_PASSWORD_RESET(SESSION, false, c(SMS_MANUAL_1_GUIDE_2, "Steps 1-3")),
  CHANGE_PASSWORD(SESSION, false, c(SMS_MANUAL_1_GUIDE_1, "Step 2; Navigation in SMS (Change password)")),
  VIEW_HOME(SESSION, false, c(SMS_MANUAL_1_GUIDE_1, "Step 3 (SMS home screen)")),
  CONTACT(SESSION, false, c(SMS_MANUAL_1, "Navigation in SMS (Contact)")),
  LOG_OUT(SESSION, false, c(SMS_MANUAL_1, "Logging in and out of SMS (Log out)")),

  // ---- Licence summary, applications and services (Manual 1, Manuals 2 and 3) ----
  VIEW_LICENCE_SUMMARY(LICENCE_SUMMARY, false, c(SMS_MANUAL_1, "Checking your licence details")),
  VIEW_USERS(LICENCE_SUMMARY, false, c(SMS_MANUAL_1, "Guide 3, step 3 (Manage Level 1 and 2 users)"),
      LEVEL_1_USER_MANAGEMENT, NOT_PROVISIONAL),
  REQUEST_LEVEL_1_USER(LICENCE_SUMMARY, false, c(SMS_MANUAL_1, "Guide 3: request a new Level 1 user"),
      LEVEL_1_USER_MANAGEMENT, NOT_PROVISIONAL),
  CREATE_LEVEL_2_USER(LICENCE_SUMMARY, false, c(SMS_MANUAL_1, "Guide 3: create a new Level 2 user"),
      LEVEL_1_USER_MANAGEMENT, NOT_PROVISIONAL),
  AMEND_USER(LICENCE_SUMMARY, false, c(SMS_MANUAL_1, "Guide 4: amend a Level 1 or 2 user"),
      LEVEL_1_USER_MANAGEMENT, NOT_PROVISIONAL),
  DEACTIVATE_USER(LICENCE_SUMMARY, false, c(SMS_MANUAL_1, "Guide 4: deactivate a Level 1 or 2 user"),
      LEVEL_1_USER_MANAGEMENT, NOT_PROVISIONAL),
  REQUEST_LICENCE_CHANGE(LICENCE_SUMMARY, false,
      c(SMS_MANUAL_2, "Change of circumstances, organisation structure, key personnel (Manual 1, Guide 3 step 2)")),
  MANAGE_PAYE_REFERENCES(LICENCE_SUMMARY, false, c(SMS_MANUAL_2, "Manage PAYE references (Manual index)")),
  REQUEST_ALLOCATION_RENEWAL(LICENCE_SUMMARY, false,
      c(SMS_MANUAL_2, "Request renewal of annual CoS/CAS allocation (Manual 1 Access to SMS, Troubleshooting)"),
      NOT_SUSPENDED_OR_DORMANT),
  REQUEST_ALLOCATION_INCREASE(LICENCE_SUMMARY, false,
      c(SMS_MANUAL_2, "Request CoS/CAS allocation increase (Manual 1 Troubleshooting)"), NOT_SUSPENDED_OR_DORMANT),
  APPLY_LICENCE_RENEWAL(LICENCE_SUMMARY, false, c(SMS_MANUAL_3, "Licence renewal (Manual 1 Access to SMS)"),
      NOT_SUSPENDED_OR_DORMANT, RENEWAL_REQUIRED, RENEWAL_WINDOW_OPENED, RENEWAL_WINDOW_NOT_CLOSED),
  DECLINE_LICENCE_RENEWAL(LICENCE_SUMMARY, false, c(SMS_MANUAL_3, "Decline to renew your licence (Manual index)"),
      RENEWAL_REQUIRED, RENEWAL_WINDOW_OPENED, RENEWAL_WINDOW_NOT_CLOSED),
  APPLY_PREMIUM_SERVICE(LICENCE_SUMMARY, false,
      c(SMS_MANUAL_3, "Premium customer service (Manual 1 Access to SMS, Troubleshooting)"),
      NOT_SUSPENDED_OR_DORMANT, PREMIUM_OPEN, PREMIUM_RATING, NOT_ALREADY_PREMIUM),
  VIEW_PREMIUM_CONTACT_DETAILS(LICENCE_SUMMARY, false,
      c(SMS_MANUAL_1, "Guide 3, step 1 (View your Premium customer service contact details)"), PREMIUM_CUSTOMER),
  APPLY_STUDENT_SPONSOR_STATUS(LICENCE_SUMMARY, false,
      c(SMS_MANUAL_3, "Apply for or renew Student Sponsor status (Manual 1 Troubleshooting)"),
      NOT_SUSPENDED_OR_DORMANT, STUDENT_ROUTE, STUDENT_STATUS_RENEWAL_PERIOD, STUDENT_NOT_B_RATED),
  DECLINE_STUDENT_SPONSOR_STATUS_RENEWAL(LICENCE_SUMMARY, false,
      c(SMS_MANUAL_3, "Decline to renew Student Sponsor status (Manual index)"),
      STUDENT_ROUTE, STUDENT_STATUS_RENEWAL_PERIOD),
  VIEW_APPLICATION_STATUS(LICENCE_SUMMARY, false,
      c(SMS_MANUAL_1, "What is SMS? (tracking Premium, HTS and licence renewal applications)")),
  PAY_ACTION_PLAN(LICENCE_SUMMARY, false,
      c(SMS_MANUAL_3, "Manage action plans (Manual 1 What is SMS?: paying for and tracking action plans)")),
  VIEW_MESSAGE_BOARD(LICENCE_SUMMARY, false, c(SMS_MANUAL_1, "Guide 5, steps 1-3 (active messages)"),
      LEVEL_1_MESSAGE_BOARD),
  VIEW_ARCHIVED_MESSAGES(LICENCE_SUMMARY, false, c(SMS_MANUAL_1, "Guide 5, step 4 (archived messages)"),
      LEVEL_1_MESSAGE_BOARD),

  // ---- Workers (Manuals 8 to 11) ----
  CREATE_COS(WORKERS, false, c(SMS_MANUAL_8, "Create a CoS (Manual 1 Access to SMS)"), NOT_SUSPENDED_OR_DORMANT),
  ASSIGN_COS(WORKERS, true, c(SMS_MANUAL_8, "Assign a CoS (Manual 1 Access to SMS)"),
      NOT_SUSPENDED_OR_DORMANT, WORKER_A_RATED_FOR_ASSIGNMENT),
  CREATE_COS_BATCH(WORKERS, false, c(SMS_MANUAL_8, "Create a batch of CoS"), NOT_SUSPENDED_OR_DORMANT),
  ASSIGN_COS_BATCH(WORKERS, true, c(SMS_MANUAL_8, "Assign a batch of CoS"),
      NOT_SUSPENDED_OR_DORMANT, WORKER_A_RATED_FOR_ASSIGNMENT),
  VIEW_COS(WORKERS, true, c(SMS_MANUAL_1, "Access to SMS; Navigation in SMS (search by passport or CoS number)"),
      NOT_SUSPENDED_OR_DORMANT),
  VIEW_COS_BATCH(WORKERS, true, c(SMS_MANUAL_10, "Managing batches of CoS (Manual 1 Access to SMS)"),
      NOT_SUSPENDED_OR_DORMANT),
  EXPORT_COS(WORKERS, true, c(SMS_MANUAL_1, "Access to SMS (exporting single or batches of CoS)"),
      NOT_SUSPENDED_OR_DORMANT),
  PRINT_COS(WORKERS, true, c(SMS_MANUAL_10, "Printing CoS"), NOT_SUSPENDED_OR_DORMANT),
  MANAGE_LIVE_COS(WORKERS, true, c(SMS_MANUAL_1, "Troubleshooting (manage live CoS/CAS at status ASSIGNED)")),
  WITHDRAW_COS(WORKERS, true, c(SMS_MANUAL_9, "Withdraw sponsorship (Manual 1 Guide 5 message of 06/04/2014)"),
      LEVEL_2_MAY_WITHDRAW),
  TRANSFER_COS_OWNERSHIP(WORKERS, true, c(SMS_MANUAL_10, "Transferring ownership of CoS")),
  REPORT_WORKER_ACTIVITY(WORKERS, true, c(SMS_MANUAL_9, "Reporting worker activity (Manual 1 Troubleshooting)")),
  ADD_COS_SPONSOR_NOTE(WORKERS, true, c(SMS_MANUAL_9, "Adding sponsor notes to assigned CoS")),
  MANAGE_COS_BATCHES(WORKERS, true, c(SMS_MANUAL_10, "Managing batches of CoS")),
  MANAGE_COS_ADDRESSES(WORKERS, false, c(SMS_MANUAL_10, "Managing pre-stored addresses")),
  MANAGE_CREATIVE_WORKER_GROUPS(WORKERS, true, c(SMS_MANUAL_11, "Groups of CoS"), CREATIVE_WORKER_ROUTE),

  // ---- Defined CoS (Manual 12) ----
  APPLY_DEFINED_COS(DEFINED_COS, false, c(SMS_MANUAL_12, "Apply for defined CoS (Manual 1 Access to SMS, B-Rated)"),
      WORKER_NOT_B_RATED),
  VIEW_DEFINED_COS_APPLICATIONS(DEFINED_COS, false, c(SMS_MANUAL_12, "Track applications for defined CoS")),
  WITHDRAW_DEFINED_COS_APPLICATION(DEFINED_COS, false, c(SMS_MANUAL_12, "Withdraw an application awaiting a decision")),
  CREATE_DEFINED_COS(DEFINED_COS, false, c(SMS_MANUAL_12, "Create a granted defined CoS")),
  ASSIGN_DEFINED_COS(DEFINED_COS, true, c(SMS_MANUAL_12, "Assign a defined CoS (Manual 1 Access to SMS, B-Rated)"),
      WORKER_NOT_B_RATED),

  // ---- Students (Manuals 4 to 7) ----
  CREATE_CAS(STUDENTS, false, c(SMS_MANUAL_4, "Create a CAS (Manual 1 Access to SMS)"), NOT_SUSPENDED_OR_DORMANT),
  ASSIGN_CAS(STUDENTS, true, c(SMS_MANUAL_4, "Assign a CAS (Manual 1 Access to SMS)"), NOT_SUSPENDED_OR_DORMANT),
  CREATE_CAS_BATCH(STUDENTS, false, c(SMS_MANUAL_4, "Create a batch of CAS"), NOT_SUSPENDED_OR_DORMANT),
  ASSIGN_CAS_BATCH(STUDENTS, true, c(SMS_MANUAL_4, "Assign a batch of CAS"), NOT_SUSPENDED_OR_DORMANT),
  VIEW_CAS(STUDENTS, true, c(SMS_MANUAL_1, "Access to SMS; Navigation in SMS (search by passport or CAS number)"),
      NOT_SUSPENDED_OR_DORMANT),
  VIEW_CAS_BATCH(STUDENTS, true, c(SMS_MANUAL_6, "Managing batches of CAS (Manual 1 Access to SMS)"),
      NOT_SUSPENDED_OR_DORMANT),
  EXPORT_CAS(STUDENTS, true, c(SMS_MANUAL_6, "Exporting CAS (Manual 1 Access to SMS)"), NOT_SUSPENDED_OR_DORMANT),
  PRINT_CAS(STUDENTS, true, c(SMS_MANUAL_6, "Printing CAS"), NOT_SUSPENDED_OR_DORMANT),
  MANAGE_LIVE_CAS(STUDENTS, true, c(SMS_MANUAL_1, "Troubleshooting (manage live CoS/CAS at status ASSIGNED)")),
  WITHDRAW_CAS(STUDENTS, true, c(SMS_MANUAL_5, "Withdraw sponsorship (report student activity)"),
      LEVEL_2_MAY_WITHDRAW),
  TRANSFER_CAS_OWNERSHIP(STUDENTS, true, c(SMS_MANUAL_6, "Transferring ownership of CAS")),
  REPORT_STUDENT_ACTIVITY(STUDENTS, true, c(SMS_MANUAL_5, "Reporting student activity (Manual 1 Troubleshooting)")),
  ADD_CAS_SPONSOR_NOTE(STUDENTS, true, c(SMS_MANUAL_5, "Adding sponsor notes to assigned CAS")),
  SUBMIT_GRADUATE_NOTIFICATION(STUDENTS, true, c(SMS_MANUAL_5, "Graduate notification (also by BDT, Manual 7)")),
  BULK_FEE_UPDATE(STUDENTS, true, c(SMS_MANUAL_5, "Fee updates (Manual 1 Access to SMS: bulk fee updates)"),
      NOT_SUSPENDED_OR_DORMANT),
  MANAGE_CAS_BATCHES(STUDENTS, true, c(SMS_MANUAL_6, "Managing batches of CAS")),
  MANAGE_CAS_ADDRESSES(STUDENTS, false, c(SMS_MANUAL_6, "Managing pre-stored addresses")),
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
