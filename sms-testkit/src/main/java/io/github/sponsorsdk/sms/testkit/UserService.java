package io.github.sponsorsdk.sms.testkit;

import static io.github.sponsorsdk.sms.testkit.InMemorySms.details;

import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.licence.Licence;
import io.github.sponsorsdk.sms.core.port.CaseworkKind;
import io.github.sponsorsdk.sms.core.port.SessionToken;
import io.github.sponsorsdk.sms.core.port.SmsResult;
import io.github.sponsorsdk.sms.core.port.SmsUserManagement;
import io.github.sponsorsdk.sms.core.user.SmsUser;
import io.github.sponsorsdk.sms.core.user.UserLevel;
import io.github.sponsorsdk.sms.core.user.UserProfile;
import io.github.sponsorsdk.sms.core.user.UserStatus;
import io.github.sponsorsdk.sms.rules.permission.SmsAction;
import io.github.sponsorsdk.sms.rules.user.Processing;
import io.github.sponsorsdk.sms.rules.user.Automation;
import io.github.sponsorsdk.sms.rules.user.UserManagementRules;
import io.github.sponsorsdk.sms.rules.user.UserOutcome;
import io.github.sponsorsdk.sms.testkit.event.SmsEventKind;
import io.github.sponsorsdk.sms.testkit.fault.Operation;
import io.github.sponsorsdk.sms.testkit.internal.Store;
import io.github.sponsorsdk.sms.testkit.internal.Tx;
import io.github.sponsorsdk.sms.testkit.outbox.EmailKind;
import io.github.sponsorsdk.sms.testkit.state.UserRecord;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@link SmsUserManagement} on the store (Manual 1, Guides 3 and 4). {@link UserManagementRules} decides each
 * request, its resulting status and whether it applies at once or goes to Home Office casework.
 */
final class UserService implements SmsUserManagement {
  private final InMemorySms sms;
  private final Store store;
  private final UserManagementRules rules;
  private final Automation automation;

  UserService(InMemorySms sms, UserManagementRules rules, Automation automation) {
    this.sms = sms;
    this.store = sms.store();
    this.rules = rules;
    this.automation = automation;
  }

  private List<SmsUser> usersOf(Tx tx, Accounts.Caller caller) {
    return tx.values(store.users).stream().filter(u -> u.licence().equals(caller.record.licence()))
        .map(UserRecord::user).collect(Collectors.toList());
  }

  private Licence licence(Tx tx, Accounts.Caller caller) {
    return tx.get(store.licences, caller.record.licence()).orElseThrow();
  }

  @Override
  public SmsResult<List<SmsUser>> users(SessionToken session) {
    return sms.call(Operation.LIST_USERS, Optional.empty(), tx -> {
      Accounts.Result auth = Accounts.authorise(tx, sms, session, SmsAction.VIEW_USERS, Optional.empty());
      if (auth.caller.isEmpty()) {
        return SmsResult.refused(auth.decision);
      }
      return SmsResult.allowed(usersOf(tx, auth.caller.get()), auth.decision);
    });
  }

  @Override
  public SmsResult<SmsUser> requestLevel1User(SessionToken session, UserProfile profile) {
    return sms.call(Operation.REQUEST_LEVEL_1_USER, Optional.empty(), tx -> {
      Accounts.Result auth = Accounts.authorise(tx, sms, session, SmsAction.VIEW_HOME, Optional.empty());
      if (auth.caller.isEmpty()) {
        return SmsResult.refused(auth.decision);
      }
      Accounts.Caller caller = auth.caller.get();
      Licence licence = licence(tx, caller);
      UserOutcome outcome = rules.requestLevel1(licence, caller.record.user(), profile, automation, sms.today());
      if (!outcome.isAllowed()) {
        return SmsResult.refused(outcome.decision());
      }
      SmsUser user = SmsUser.builder().userId(sms.ids().userId()).level(UserLevel.LEVEL_1)
          .status(outcome.resultingStatus().orElseThrow()).profile(profile).createdOn(sms.today()).build();
      if (user.status() == UserStatus.ACTIVE) {
        sms.homeOffice().issueNewUser(tx, licence.number(), user);
      } else {
        tx.put(store.users, user.userId(), UserRecord.builder().licence(licence.number()).user(user).build());
        tx.audit("LEVEL_1_USER_REQUESTED", Optional.of(licence.number()), user.userId().value(), null, user);
        openCasework(tx, caller, CaseworkKind.LEVEL_1_USER, "Request a new Level 1 user: " + profile.fullName(),
            Optional.of(user.userId()), Optional.empty());
      }
      emailNewUserId(tx, caller, profile, user);
      return SmsResult.allowed(user, outcome.decision());
    });
  }

  @Override
  public SmsResult<SmsUser> createLevel2User(SessionToken session, UserProfile profile) {
    return sms.call(Operation.CREATE_LEVEL_2_USER, Optional.empty(), tx -> {
      Accounts.Result auth = Accounts.authorise(tx, sms, session, SmsAction.VIEW_HOME, Optional.empty());
      if (auth.caller.isEmpty()) {
        return SmsResult.refused(auth.decision);
      }
      Accounts.Caller caller = auth.caller.get();
      Licence licence = licence(tx, caller);
      UserOutcome outcome = rules.createLevel2(licence, caller.record.user(), sms.today());
      if (!outcome.isAllowed()) {
        return SmsResult.refused(outcome.decision());
      }
      SmsUser user = SmsUser.builder().userId(sms.ids().userId()).level(UserLevel.LEVEL_2)
          .status(outcome.resultingStatus().orElseThrow()).profile(profile).createdOn(sms.today()).build();
      sms.homeOffice().issueNewUser(tx, licence.number(), user);
      emailNewUserId(tx, caller, profile, user);
      return SmsResult.allowed(user, outcome.decision());
    });
  }

  @Override
  public SmsResult<SmsUser> amendUser(SessionToken session, SmsUserId userId, UserProfile profile) {
    return sms.call(Operation.AMEND_USER, Optional.empty(), tx -> {
      Accounts.Result auth = Accounts.authorise(tx, sms, session, SmsAction.VIEW_HOME, Optional.empty());
      if (auth.caller.isEmpty()) {
        return SmsResult.refused(auth.decision);
      }
      Accounts.Caller caller = auth.caller.get();
      Optional<UserRecord> target = userOnLicence(tx, caller, userId);
      if (target.isEmpty()) {
        return SmsResult.refused(Decision.of(SessionReason.NO_SUCH_USER.reason()));
      }
      Licence licence = licence(tx, caller);
      UserOutcome outcome = rules.amend(licence, caller.record.user(), target.get().user(), profile, automation,
          sms.today());
      if (!outcome.isAllowed()) {
        return SmsResult.refused(outcome.decision());
      }
      if (outcome.processing().orElseThrow() == Processing.CASEWORK) {
        openCasework(tx, caller, CaseworkKind.USER_AMENDMENT, "Amend the details of " + userId.value(),
            Optional.of(userId), Optional.of(profile));
        return SmsResult.allowed(target.get().user(), outcome.decision());
      }
      SmsUser after = target.get().user().withProfile(profile);
      tx.put(store.users, userId, target.get().withUser(after));
      tx.audit("USER_AMENDED", Optional.of(licence.number()), userId.value(), target.get().user(), after);
      return SmsResult.allowed(after, outcome.decision());
    });
  }

  @Override
  public SmsResult<SmsUser> deactivateUser(SessionToken session, SmsUserId userId) {
    return sms.call(Operation.DEACTIVATE_USER, Optional.empty(), tx -> {
      Accounts.Result auth = Accounts.authorise(tx, sms, session, SmsAction.VIEW_HOME, Optional.empty());
      if (auth.caller.isEmpty()) {
        return SmsResult.refused(auth.decision);
      }
      Accounts.Caller caller = auth.caller.get();
      Optional<UserRecord> target = userOnLicence(tx, caller, userId);
      if (target.isEmpty()) {
        return SmsResult.refused(Decision.of(SessionReason.NO_SUCH_USER.reason()));
      }
      Licence licence = licence(tx, caller);
      UserOutcome outcome = rules.deactivate(licence, caller.record.user(), target.get().user(),
          usersOf(tx, caller), Set.of(), sms.today());
      if (!outcome.isAllowed()) {
        return SmsResult.refused(outcome.decision());
      }
      SmsUser before = target.get().user();
      SmsUser after = before.withStatus(outcome.resultingStatus().orElseThrow())
          .withDeactivatedOn(sms.today()).withDeactivatedBy(caller.userId());
      tx.put(store.users, userId, target.get().withUser(after));
      Accounts.endSessionsOf(tx, store, userId);
      tx.audit("USER_DEACTIVATED", Optional.of(licence.number()), userId.value(), before, after);
      tx.event(SmsEventKind.USER_STATUS_CHANGED, Optional.of(licence.number()), userId.value(),
          details("from", before.status().name(), "to", after.status().name()));
      return SmsResult.allowed(after, outcome.decision());
    });
  }

  private void openCasework(Tx tx, Accounts.Caller caller, CaseworkKind kind, String summary,
      Optional<SmsUserId> user, Optional<UserProfile> profile) {
    Casework.open(tx, sms, caller, kind, summary, b -> b.user(user).profile(profile));
  }

  /** The user {@code userId} if it belongs to the caller's licence. */
  private Optional<UserRecord> userOnLicence(Tx tx, Accounts.Caller caller, SmsUserId userId) {
    return tx.get(store.users, userId).filter(u -> u.licence().equals(caller.record.licence()));
  }

  /** Guide 3: the requesting Level 1 user can see (and is told) the new user's ID at once. */
  private static void emailNewUserId(Tx tx, Accounts.Caller caller, UserProfile profile, SmsUser user) {
    tx.email(EmailKind.NEW_USER_ID, caller.record.user().profile().email(), Optional.of(user.userId()),
        "New SMS user", "The user ID of " + profile.fullName() + " is " + user.userId().value() + ".",
        Optional.empty());
  }
}
