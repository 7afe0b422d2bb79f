package io.github.sponsorsdk.sms.rules.permission;

import io.github.sponsorsdk.sms.core.decision.ReasonCode;
import io.github.sponsorsdk.sms.rules.licence.LicenceReasonCode;

/**
 * One condition an {@link SmsAction} may require, with the reason given when it fails. An action's requirements are
 * its {@link Menu}'s plus its own; the engine evaluates each failed requirement to exactly one reason, in this
 * declaration order.
 */
public enum Requirement {
  /** The actor's account is Active. */
  ACTIVE_USER(PermissionReasonCode.USER_NOT_ACTIVE),
  /** The licence is neither expired nor revoked (nor surrendered). */
  LICENCE_ALLOWS_LOG_IN(PermissionReasonCode.LICENCE_EXPIRED_OR_REVOKED),
  /** The licence is neither suspended nor dormant. */
  NOT_SUSPENDED_OR_DORMANT(PermissionReasonCode.LICENCE_SUSPENDED_OR_DORMANT),
  /** The licence is not dormant (the Licence summary menu is hidden for dormant licences). */
  LICENCE_MENU_VISIBLE(PermissionReasonCode.LICENCE_MENU_HIDDEN_WHEN_DORMANT),
  /** Level 1 user: Licence summary, applications and services menu. */
  LEVEL_1_LICENCE_MENU(PermissionReasonCode.LEVEL_2_NO_LICENCE_MENU),
  /** Level 1 user: user management. */
  LEVEL_1_USER_MANAGEMENT(PermissionReasonCode.LEVEL_2_NO_USER_MANAGEMENT),
  /** Level 1 user: Defined CoS sub-menu. */
  LEVEL_1_DEFINED_COS(PermissionReasonCode.LEVEL_2_NO_DEFINED_COS),
  /** Level 1 user: message board. */
  LEVEL_1_MESSAGE_BOARD(PermissionReasonCode.LEVEL_2_NO_MESSAGE_BOARD),
  /** A Level 2 actor owns the certificate(s) acted on. */
  OWNS_CERTIFICATE(PermissionReasonCode.LEVEL_2_NOT_CERTIFICATE_OWNER),
  /** A Level 2 actor may withdraw certificates (a parameter). */
  LEVEL_2_MAY_WITHDRAW(PermissionReasonCode.LEVEL_2_NO_WITHDRAWAL),
  /** Licensed in a Worker or Temporary Worker route. */
  WORKER_ROUTE(PermissionReasonCode.NOT_LICENSED_FOR_WORKER_ROUTES),
  /** Licensed in the Student route. */
  STUDENT_ROUTE(PermissionReasonCode.NOT_LICENSED_FOR_STUDENT_ROUTE),
  /** Licensed in Skilled Worker. */
  SKILLED_WORKER_ROUTE(PermissionReasonCode.NOT_LICENSED_FOR_SKILLED_WORKER),
  /** Licensed in Creative Worker. */
  CREATIVE_WORKER_ROUTE(PermissionReasonCode.NOT_LICENSED_FOR_CREATIVE_WORKER),
  /** Not a provisionally rated GBM UK Expansion Worker sponsor. */
  NOT_PROVISIONAL(PermissionReasonCode.PROVISIONAL_NO_USER_MANAGEMENT),
  /** No Worker or Temporary Worker category is B-rated. */
  WORKER_NOT_B_RATED(PermissionReasonCode.B_RATED_NO_DEFINED_COS),
  /** The licence expires on a date that still needs renewal. */
  RENEWAL_REQUIRED(LicenceReasonCode.RENEWAL_NOT_REQUIRED),
  /** The renewal window has opened. */
  RENEWAL_WINDOW_OPENED(LicenceReasonCode.RENEWAL_WINDOW_NOT_OPEN),
  /** The renewal window has not closed. */
  RENEWAL_WINDOW_NOT_CLOSED(LicenceReasonCode.RENEWAL_WINDOW_CLOSED),
  /** Premium customer service takes new applications. */
  PREMIUM_OPEN(LicenceReasonCode.PREMIUM_CLOSED_TO_APPLICATIONS),
  /** The rating is appropriate for Premium customer service. */
  PREMIUM_RATING(LicenceReasonCode.PREMIUM_RATING_NOT_APPROPRIATE),
  /** Not a Premium customer already. */
  NOT_ALREADY_PREMIUM(LicenceReasonCode.ALREADY_PREMIUM),
  /** A Premium customer. */
  PREMIUM_CUSTOMER(PermissionReasonCode.NOT_PREMIUM_CUSTOMER),
  /**
   * No Student Sponsor status (or BCA) is held, it has ended, or its own renewal period has opened (not the licence's
   * renewal window: decision 0485).
   */
  STUDENT_STATUS_RENEWAL_PERIOD(LicenceReasonCode.STUDENT_SPONSOR_STATUS_NOT_IN_RENEWAL_PERIOD),
  /** The Student category is not B-rated. */
  STUDENT_NOT_B_RATED(LicenceReasonCode.STUDENT_SPONSOR_STATUS_B_RATED),
  /** The licence is not suspended (key personnel replacements and new Level 1 users). */
  NOT_SUSPENDED_FOR_KEY_PERSONNEL(PermissionReasonCode.SUSPENDED_NO_KEY_PERSONNEL_CHANGES),
  /** Premium customer service takes renewals. */
  PREMIUM_RENEWALS_OPEN(LicenceReasonCode.PREMIUM_CLOSED_TO_RENEWALS),
  /** Student Sponsor status applications are still offered (before the Basic Compliance Assessment). */
  STUDENT_SPONSOR_STATUS_OFFERED(LicenceReasonCode.STUDENT_SPONSOR_STATUS_REPLACED),
  /** Basic Compliance Assessment applications are offered (from 10 July 2024). */
  BASIC_COMPLIANCE_ASSESSMENT_OFFERED(LicenceReasonCode.BASIC_COMPLIANCE_ASSESSMENT_NOT_YET),
  /** Warning only: a B-rated worker sponsor assigning a CoS. */
  WORKER_A_RATED_FOR_ASSIGNMENT(PermissionReasonCode.B_RATED_ASSIGN_EXISTING_WORKERS_ONLY);

  private final ReasonCode reason;

  Requirement(ReasonCode reason) {
    this.reason = reason;
  }

  /** {@return the reason given when this requirement fails} */
  public ReasonCode reason() {
    return reason;
  }

  /**
   * {@return true for the requirements a Level 2 user fails whatever the certificate: the Level 1 menus (licence
   * summary, user management, defined CoS, message board)}
   */
  public boolean level1Only() {
    return this == LEVEL_1_LICENCE_MENU || this == LEVEL_1_USER_MANAGEMENT || this == LEVEL_1_DEFINED_COS
        || this == LEVEL_1_MESSAGE_BOARD;
  }

  /** The bit of this requirement in the engine's masks. */
  long bit() {
    return 1L << ordinal();
  }
}
