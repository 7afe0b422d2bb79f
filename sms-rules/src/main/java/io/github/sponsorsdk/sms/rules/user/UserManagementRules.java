package io.github.sponsorsdk.sms.rules.user;

import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.decision.Reason;
import io.github.sponsorsdk.sms.core.licence.Licence;
import io.github.sponsorsdk.sms.core.user.UserProfile;
import io.github.sponsorsdk.sms.core.user.NinoDeclaration;
import io.github.sponsorsdk.sms.core.user.NinoExemptionReason;
import io.github.sponsorsdk.sms.core.user.SmsUser;
import io.github.sponsorsdk.sms.core.user.UserLevel;
import io.github.sponsorsdk.sms.core.user.UserStatus;
import io.github.sponsorsdk.sms.rules.permission.PermissionEngine;
import io.github.sponsorsdk.sms.rules.permission.PermissionRequest;
import io.github.sponsorsdk.sms.rules.permission.SmsAction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who may request, create, amend and deactivate whom, and what happens (Manual 1, Guides 3 and 4).
 *
 * <p>Each answer is the {@link PermissionEngine}'s decision on the function (active Level 1 user, licence that can
 * log in and is not dormant, not a provisional UK Expansion Worker sponsor) followed by the rules about the user
 * acted on:
 * <ul>
 *   <li><b>Request Level 1</b>: status Requested, assessed by the Home Office; with automation granted (from
 *       6 April 2014, "add new Level 1 Users") Active at once. From 19 June 2023 the new user needs a NINO or an
 *       exemption reason (the engine applies Guide 4's NINO rule to requests as well as amendments).
 *   <li><b>Create Level 2</b>: Active at once.
 *   <li><b>Amend</b>: only oneself or a Level 2 user, only while Active. Level 2 changes apply at once. A Level 1
 *       user's own changes go to casework unless every change can be automated: an address change with automation
 *       granted (from 6 April 2014), a NINO entered (from 19 June 2023). From 19 June 2023 a Level 1 profile without
 *       a NINO or exemption is refused; an exemption goes to casework.
 *   <li><b>Deactivate</b>: any other Active user, never oneself; final. A warning if no settled Level 1 user would
 *       remain.
 * </ul>
 *
 * <p><b>Shape and parameters</b> (docs/decisions/0005-api-charter.md): {@link #defaults()} reads
 * {@link UserParameters#defaults()}, today's guidance, each value with its citation and effective date there;
 * {@code of(UserParameters)} takes other parameters, {@code parameters()} returns them. Immutable and thread-safe.
 * <b>Verbs:</b> the SMS functions {@code requestLevel1}, {@code createLevel2}, {@code amend} and {@code deactivate},
 * each a {@code UserOutcome}. {@code of(parameters, permissions)} also sets the permission engine it asks.
 */
public final class UserManagementRules {

  private final PermissionEngine permissions;
  private final UserParameters parameters;
  private final KeyPersonnelRules keyPersonnel;

  private UserManagementRules(PermissionEngine permissions, UserParameters parameters) {
    this.permissions = java.util.Objects.requireNonNull(permissions, "permissions");
    this.parameters = java.util.Objects.requireNonNull(parameters, "parameters");
    this.keyPersonnel = KeyPersonnelRules.of(parameters);
  }

  /** {@return the rules with {@link UserParameters#defaults()} and {@link PermissionEngine#defaults()}} */
  public static UserManagementRules defaults() {
    return new UserManagementRules(PermissionEngine.defaults(), UserParameters.defaults());
  }

  /**
   * {@return the rules with {@code parameters}, asking {@link PermissionEngine#defaults()} about each function}
   *
   * @param parameters the parameters to use instead of {@code defaults()}: each date-effective and cited
   */
  public static UserManagementRules of(UserParameters parameters) {
    return new UserManagementRules(PermissionEngine.defaults(), parameters);
  }

  /**
   * {@return the rules with {@code parameters}, asking {@code permissions} whether the actor may use each function}
   *
   * @param parameters the parameters to use instead of {@code defaults()}: each date-effective and cited
   * @param permissions the permission engine
   */
  public static UserManagementRules of(UserParameters parameters, PermissionEngine permissions) {
    return new UserManagementRules(permissions, parameters);
  }

  /** {@return the parameters this engine reads} */
  public UserParameters parameters() {
    return parameters;
  }

  /**
   * {@return the outcome of {@code actor}'s request for a new Level 1 user with {@code proposed} details}
   *
   * @param licence the licence
   * @param actor the Level 1 user asking
   * @param proposed the new user's details
   * @param automation whether the sponsor has automation
   * @param on the day of the question: the rules in force that day apply
   */
  public UserOutcome requestLevel1(Licence licence, SmsUser actor, UserProfile proposed, Automation automation,
      LocalDate on) {
    List<Reason> reasons = new ArrayList<>(function(licence, actor, SmsAction.REQUEST_LEVEL_1_USER, on));
    if (parameters.level1NinoMandatory().on(on) && proposed.ninoDeclaration().isEmpty()) {
      reasons.add(UserReasonCode.NINO_REQUIRED.reason());
    }
    boolean automatic = automation == Automation.GRANTED && parameters.level1AddressAutomation().on(on);
    boolean exempt = proposed.ninoDeclaration().filter(NinoExemptionReason.class::isInstance).isPresent();
    if (automatic && !exempt) {
      reasons.add(UserReasonCode.LEVEL_1_AMENDMENT_AUTOMATIC.reason());
      return UserOutcome.of(Decision.of(reasons), UserStatus.ACTIVE, Processing.APPLIED_AT_ONCE);
    }
    if (exempt) {
      reasons.add(UserReasonCode.NINO_EXEMPTION_CASEWORK.reason());
    }
    reasons.add(UserReasonCode.LEVEL_1_REQUEST_ASSESSED.reason());
    return UserOutcome.of(Decision.of(reasons), UserStatus.REQUESTED, Processing.CASEWORK);
  }

  /**
   * {@return the outcome of {@code actor} creating a new Level 2 user}
   *
   * @param licence the licence
   * @param actor the Level 1 user creating
   * @param on the day of the question: the rules in force that day apply
   */
  public UserOutcome createLevel2(Licence licence, SmsUser actor, LocalDate on) {
    List<Reason> reasons = new ArrayList<>(function(licence, actor, SmsAction.CREATE_LEVEL_2_USER, on));
    reasons.add(UserReasonCode.LEVEL_2_CREATED_ACTIVE.reason());
    return UserOutcome.of(Decision.of(reasons), UserStatus.ACTIVE, Processing.APPLIED_AT_ONCE);
  }

  /**
   * {@return the outcome of {@code actor} amending {@code target}'s profile to {@code amended}}
   *
   * @param licence the licence
   * @param actor the user amending
   * @param target the user amended
   * @param amended the amended details
   * @param automation whether the sponsor has automation
   * @param on the day of the question: the rules in force that day apply
   */
  public UserOutcome amend(Licence licence, SmsUser actor, SmsUser target, UserProfile amended,
      Automation automation, LocalDate on) {
    List<Reason> reasons = new ArrayList<>(function(licence, actor, SmsAction.AMEND_USER, on));
    boolean self = actor.userId().equals(target.userId());
    if (!self && target.level() != UserLevel.LEVEL_2) {
      reasons.add(UserReasonCode.AMEND_ONLY_SELF_OR_LEVEL_2.reason());
    }
    if (target.status() != UserStatus.ACTIVE) {
      reasons.add(UserReasonCode.TARGET_NOT_ACTIVE.reason(Map.of("status", target.status())));
    }
    if (target.level() == UserLevel.LEVEL_2) {
      reasons.add(UserReasonCode.LEVEL_2_AMENDMENT_APPLIED.reason());
      return UserOutcome.of(Decision.of(reasons), UserStatus.ACTIVE, Processing.APPLIED_AT_ONCE);
    }
    return level1Amendment(reasons, target.profile(), amended, automation, on);
  }

  private UserOutcome level1Amendment(List<Reason> reasons, UserProfile before, UserProfile after,
      Automation automation, LocalDate on) {
    boolean ninoMandatory = parameters.level1NinoMandatory().on(on);
    boolean casework = false;
    Optional<NinoDeclaration> nino = after.ninoDeclaration();
    if (ninoMandatory) {
      if (nino.isEmpty()) {
        reasons.add(UserReasonCode.NINO_REQUIRED.reason());
      } else if (nino.get() instanceof NinoExemptionReason) {
        casework = true;
        reasons.add(UserReasonCode.NINO_EXEMPTION_CASEWORK.reason());
      }
    } else if (!nino.equals(before.ninoDeclaration())) {
      casework = true; // before 19 June 2023 a NINO change is an ordinary change of details
    }
    if (!after.workAddress().equals(before.workAddress())
        && !(automation == Automation.GRANTED && parameters.level1AddressAutomation().on(on))) {
      casework = true;
    }
    UserProfile otherFieldsOnly = after.withWorkAddress(before.workAddress())
        .withNinoDeclaration(before.ninoDeclaration());
    if (!otherFieldsOnly.equals(before)) {
      casework = true;
    }
    reasons.add(casework ? UserReasonCode.LEVEL_1_AMENDMENT_CASEWORK.reason()
        : UserReasonCode.LEVEL_1_AMENDMENT_AUTOMATIC.reason());
    return UserOutcome.of(Decision.of(reasons), UserStatus.ACTIVE,
        casework ? Processing.CASEWORK : Processing.APPLIED_AT_ONCE);
  }

  /**
   * {@return the outcome of {@code actor} deactivating {@code target}}
   *
   * @param licence the licence
   * @param actor the Level 1 user deactivating
   * @param target the user deactivated
   * @param on the day of the question: the rules in force that day apply
   */
  public UserOutcome deactivate(Licence licence, SmsUser actor, SmsUser target, LocalDate on) {
    List<Reason> reasons = new ArrayList<>(function(licence, actor, SmsAction.DEACTIVATE_USER, on));
    if (actor.userId().equals(target.userId())) {
      reasons.add(UserReasonCode.NO_SELF_DEACTIVATION.reason());
    }
    reasons.addAll(UserStatusTransitions.defaults().decide(target.status(), UserStatus.DEACTIVATED_BY_SPONSOR,
        StatusChanger.SPONSOR).reasons());
    return UserOutcome.of(Decision.of(reasons), UserStatus.DEACTIVATED_BY_SPONSOR, Processing.APPLIED_AT_ONCE);
  }

  /**
   * {@return as {@link #deactivate(Licence, SmsUser, SmsUser, LocalDate)}, warning when the licence's other {@code
   * users} would leave no settled active Level 1 user and none of the {@code declared} exceptions applies}
   *
   * @param licence the licence
   * @param actor the Level 1 user deactivating
   * @param target the user deactivated
   * @param users every user of the licence
   * @param declared the settled-worker exceptions the sponsor declared
   * @param on the day of the question: the rules in force that day apply
   */
  public UserOutcome deactivate(Licence licence, SmsUser actor, SmsUser target, Collection<SmsUser> users,
      Set<SettledWorkerException> declared, LocalDate on) {
    UserOutcome outcome = deactivate(licence, actor, target, on);
    if (outcome.isAllowed() && target.level() == UserLevel.LEVEL_1) {
      List<SmsUser> remaining = new ArrayList<>();
      users.stream().filter(u -> !u.userId().equals(target.userId())).forEach(remaining::add);
      if (keyPersonnel.decide(licence, remaining, declared, on).isRefused()) {
        List<Reason> reasons = new ArrayList<>(outcome.decision().reasons());
        reasons.add(UserReasonCode.DEACTIVATION_LEAVES_NO_SETTLED_LEVEL_1.reason());
        return UserOutcome.of(Decision.of(reasons), UserStatus.DEACTIVATED_BY_SPONSOR, Processing.APPLIED_AT_ONCE);
      }
    }
    return outcome;
  }

  private List<Reason> function(Licence licence, SmsUser actor, SmsAction action, LocalDate on) {
    return permissions.decide(PermissionRequest.of(actor, licence, on), action).reasons();
  }
}
