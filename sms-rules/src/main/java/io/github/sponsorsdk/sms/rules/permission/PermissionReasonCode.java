package io.github.sponsorsdk.sms.rules.permission;

import static io.github.sponsorsdk.sms.core.citation.Source.RULES_APPENDIX_SKILLED_WORKER;
import static io.github.sponsorsdk.sms.core.citation.Source.SECONDARY_SOURCE;
import static io.github.sponsorsdk.sms.core.citation.Source.SMS_MANUAL_1;
import static io.github.sponsorsdk.sms.core.citation.Source.SMS_MANUAL_1_GUIDE_1;
import static io.github.sponsorsdk.sms.core.citation.Source.SMS_MANUAL_INDEX;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.decision.ReasonCode;
import io.github.sponsorsdk.sms.core.decision.Severity;

/**
 * The reasons of {@link PermissionEngine}. Reasons about licence renewal, Premium customer service and Student
 * Sponsor status are {@link io.github.sponsorsdk.sms.rules.licence.LicenceReasonCode}s, shared with
 * {@link io.github.sponsorsdk.sms.rules.licence.LicenceRules}.
 */
public enum PermissionReasonCode implements ReasonCode {

  /** Only an active user can use SMS: a requested, refused or deactivated account has no access. */
  USER_NOT_ACTIVE("The user account is not active (requested, refused or deactivated accounts cannot use SMS)",
      Citation.of(SMS_MANUAL_1, "Guide 3, step 3 (user statuses); Logging in and out of SMS")),
  /** An expired or revoked licence cannot log in at all. */
  LICENCE_EXPIRED_OR_REVOKED("The licence has expired or been revoked: nobody can log in to SMS",
      Citation.of(SMS_MANUAL_1, "Access to SMS")),
  /** Suspended or dormant licences lose the functions Manual 1 lists. */
  LICENCE_SUSPENDED_OR_DORMANT("The licence is suspended or dormant: this function is not available",
      Citation.of(SMS_MANUAL_1, "Access to SMS (Suspended or Dormant)")),
  /** The Licence summary menu is hidden for dormant licences. */
  LICENCE_MENU_HIDDEN_WHEN_DORMANT(
      "The Licence summary, applications and services menu is not visible for a dormant licence",
      Citation.of(SMS_MANUAL_1_GUIDE_1, "Step 3, note (menus visible by licence)")),
  /** Level 2 users cannot see the Licence summary, applications and services menu. */
  LEVEL_2_NO_LICENCE_MENU("Level 2 users cannot view or use the Licence summary, applications and services menu",
      Citation.of(SMS_MANUAL_1, "Access to SMS (user levels)")),
  /** Level 2 users cannot manage users. */
  LEVEL_2_NO_USER_MANAGEMENT("Level 2 users cannot request, create, amend or deactivate users",
      Citation.of(SMS_MANUAL_1, "Guide 4: How to amend or deactivate a Level 1 or 2 user")),
  /** Level 2 users cannot see the Defined CoS sub-menu. */
  LEVEL_2_NO_DEFINED_COS("Level 2 users cannot view or use the Defined CoS sub-menu",
      Citation.of(SMS_MANUAL_1, "Access to SMS (user levels)")),
  /** Level 2 users do not see the message board. */
  LEVEL_2_NO_MESSAGE_BOARD("Level 2 users cannot view the SMS message board",
      Citation.of(SMS_MANUAL_1, "Access to SMS (user levels); Guide 5 (Level 1 users only)")),
  /** Level 2 users act only on certificates they created or had transferred to them. */
  LEVEL_2_NOT_CERTIFICATE_OWNER(
      "Level 2 users can only view or act on CoS/CAS they own (created or transferred to them)",
      Citation.of(SMS_MANUAL_1, "Access to SMS (user levels); Troubleshooting (level restrictions)")),
  /** Level 2 users may not withdraw certificates under the configured reading. */
  LEVEL_2_NO_WITHDRAWAL("Level 2 users cannot withdraw CoS/CAS under the configured reading of the guidance",
      Citation.of(SMS_MANUAL_1, "Troubleshooting: I am unable to manage live CoS/CAS")
          .withNote("Manual 1 implies a Level 2 owner may manage live certificates; a secondary source "
              + "(rocketlawyer) says Level 2 users cannot withdraw: parameter permission.level2Withdrawal "
              + "(LEVEL_1_ONLY refuses)")),
  /** The Workers menu is only for Worker and Temporary Worker sponsors. */
  NOT_LICENSED_FOR_WORKER_ROUTES("The Workers menu is only visible to sponsors licensed in a Worker or Temporary "
      + "Worker route", Citation.of(SMS_MANUAL_1_GUIDE_1, "Step 3, note (Workers menu)")),
  /** The Students menu is only for Student route sponsors. */
  NOT_LICENSED_FOR_STUDENT_ROUTE("The Students menu is only visible to sponsors licensed in the Student route",
      Citation.of(SMS_MANUAL_1_GUIDE_1, "Step 3, note (Students menu)")),
  /** Defined CoS are only for Skilled Worker sponsors. */
  NOT_LICENSED_FOR_SKILLED_WORKER("The Defined CoS sub-menu is only visible to sponsors licensed in Skilled Worker",
      Citation.of(SMS_MANUAL_1_GUIDE_1, "Step 3, note (Defined CoS sub-menu)")),
  /** Groups of CoS are only for Creative Worker sponsors. */
  NOT_LICENSED_FOR_CREATIVE_WORKER("Groups of CoS are only available to sponsors licensed in Creative Worker",
      Citation.of(SMS_MANUAL_INDEX, "Manual 11: Temporary Work - Creative Worker groups of CoS")),
  /** Provisionally rated GBM UK Expansion Worker sponsors have no user-management functions. */
  PROVISIONAL_NO_USER_MANAGEMENT("A provisionally rated UK Expansion Worker sponsor cannot use the user-management "
      + "functions; notify changes to SMS users through Manual 2, Guide 4",
      Citation.of(SMS_MANUAL_1, "Guide 3 and Guide 4 (GBM UK Expansion Worker, provisional rating)")),
  /** B-rated Worker and Temporary Worker sponsors cannot apply for or assign defined CoS. */
  B_RATED_NO_DEFINED_COS("A B-rated worker sponsor cannot apply for or assign defined CoS",
      Citation.of(SMS_MANUAL_1, "Access to SMS (B-Rated)")),
  /** Premium contact details exist only for Premium customers. */
  NOT_PREMIUM_CUSTOMER("Premium customer service contact details are shown only to Premium customers",
      Citation.of(SMS_MANUAL_1, "Guide 3, step 1 (View your Premium customer service contact details, if applicable)")),
  /**
   * While a licence is suspended the sponsor cannot replace its Authorising Officer or Key Contact or add Level 1
   * users (secondary sources; Manual 1's list is "such as", not exhaustive).
   */
  SUSPENDED_NO_KEY_PERSONNEL_CHANGES("The licence is suspended: the Authorising Officer and Key Contact cannot be "
      + "replaced and no Level 1 user can be added",
      Citation.of(SECONDARY_SOURCE, "sesca.org.uk; qc-immigration.com (suspension of a sponsor licence)")
          .withNote("'You cannot make any changes to your nominated Authorising Officer or Key Contact or add new Level "
              + "1 Users' (docs/sources.md#secondary-licence)")),
  /** B-rated sponsors may assign CoS only to workers continuing with them (a warning: the engine cannot tell). */
  B_RATED_ASSIGN_EXISTING_WORKERS_ONLY(Severity.WARNING,
      "A B-rated sponsor may assign a CoS only to a worker already sponsored and continuing to work for it",
      Citation.of(RULES_APPENDIX_SKILLED_WORKER, "SW 5.3")
          .withNote("B-rating stops CoS for new workers (docs/sources.md#secondary-licence); SW 5.3 states it for Skilled Worker"));

  private final Severity severity;
  private final String messageTemplate;
  private final Citation citation;

  PermissionReasonCode(String messageTemplate, Citation citation) {
    this(Severity.REFUSAL, messageTemplate, citation);
  }

  PermissionReasonCode(Severity severity, String messageTemplate, Citation citation) {
    this.severity = severity;
    this.messageTemplate = messageTemplate;
    this.citation = citation;
  }

  /** {@code permission}. */
  @Override
  public String namespace() {
    return "permission";
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
