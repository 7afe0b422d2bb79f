package io.github.sponsorsdk.sms.testkit;

import io.github.sponsorsdk.sms.testkit.audit.AuditAction;
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
import io.github.sponsorsdk.sms.rules.user.UserManagementRules;
import io.github.sponsorsdk.sms.rules.user.UserOutcome;
import io.github.sponsorsdk.sms.testkit.event.SmsEventKind;
import io.github.sponsorsdk.sms.testkit.fault.Operation;
import io.github.sponsorsdk.sms.testkit.internal.Store;
import io.github.sponsorsdk.sms.testkit.internal.Tx;
import io.github.sponsorsdk.sms.testkit.outbox.EmailKind;
import io.github.sponsorsdk.sms.testkit.state.UserRecord;
import io.github.sponsorsdk.sms.testkit.clock.SmsTestClock;
import java.time.LocalDate;
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

  UserService(InMemorySms sms) {
    this.sms = sms;
    this.store = sms.store();
  }

  private UserManagementRules rules() {
    return sms.rules().users();
  }

  private static LocalDate today(Tx tx) {
    return LocalDate.ofInstant(tx.now(), SmsTestClock.LONDON);
  }

  private List<SmsUser> usersOf(Tx tx, Accounts.Caller caller) {
    return tx.values(store.users).stream().filter(u -> u.licence().equals(caller.record.licence()))
        .map(UserRecord::user).collect(Collectors.toList());
  }

  @Override
  public SmsResult<List<SmsUser>> users(SessionToken session) {
    return sms.authorised(Operation.LIST_USERS, session, SmsAction.VIEW_USERS,
        (tx, caller) -> SmsResult.allowed(usersOf(tx, caller)));
  }

  @Override
  public SmsResult<SmsUser> requestLevel1User(SessionToken session, UserProfile profile) {
    return sms.authorised(Operation.REQUEST_LEVEL_1_USER, session, SmsAction.VIEW_HOME, (tx, caller) -> {
      Licence licence = caller.licence;
      UserOutcome outcome = rules().requestLevel1(licence, caller.record.user(), profile, sms.automation(), today(tx));
      if (!outcome.isAllowed()) {
        return SmsResult.refused(outcome.decision());
      }
      SmsUser user = SmsUser.builder().userId(tx.ids().userId()).level(UserLevel.LEVEL_1)
          .status(outcome.resultingStatus().orElseThrow()).profile(profile).createdOn(today(tx)).build();
      if (user.status() == UserStatus.ACTIVE) {
        sms.homeOffice().issueNewUser(tx, licence.number(), user);
      } else {
        tx.put(store.users, user.userId(), UserRecord.builder().licence(licence.number()).user(user).build());
        tx.audit(AuditAction.LEVEL_1_USER_REQUESTED, Optional.of(licence.number()), user.userId().value(), null, user);
        openCasework(tx, caller, CaseworkKind.LEVEL_1_USER, "Request a new Level 1 user: " + profile.fullName(),
            Optional.of(user.userId()), Optional.empty());
      }
      return SmsResult.allowed(user, outcome.decision());
    });
  }

  @Override
  public SmsResult<SmsUser> createLevel2User(SessionToken session, UserProfile profile) {
    return sms.authorised(Operation.CREATE_LEVEL_2_USER, session, SmsAction.VIEW_HOME, (tx, caller) -> {
      Licence licence = caller.licence;
      UserOutcome outcome = rules().createLevel2(licence, caller.record.user(), today(tx));
      if (!outcome.isAllowed()) {
        return SmsResult.refused(outcome.decision());
      }
      SmsUser user = SmsUser.builder().userId(tx.ids().userId()).level(UserLevel.LEVEL_2)
          .status(outcome.resultingStatus().orElseThrow()).profile(profile).createdOn(today(tx)).build();
      sms.homeOffice().issueNewUser(tx, licence.number(), user);
      return SmsResult.allowed(user, outcome.decision());
    });
  }

  @Override
  public SmsResult<SmsUser> amendUser(SessionToken session, SmsUserId userId, UserProfile profile) {
    return sms.authorised(Operation.AMEND_USER, session, SmsAction.VIEW_HOME, (tx, caller) -> {
      Optional<UserRecord> target = userOnLicence(tx, caller, userId);
      if (target.isEmpty()) {
        return SmsResult.refused(Decision.of(SessionReason.NO_SUCH_USER.reason()));
      }
      Licence licence = caller.licence;
      UserOutcome outcome = rules().amend(licence, caller.record.user(), target.get().user(), profile, sms.automation(),
          today(tx));
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
      tx.audit(AuditAction.USER_AMENDED, Optional.of(licence.number()), userId.value(), target.get().user(), after);
      return SmsResult.allowed(after, outcome.decision());
    });
  }

  @Override
  public SmsResult<SmsUser> deactivateUser(SessionToken session, SmsUserId userId) {
    return sms.authorised(Operation.DEACTIVATE_USER, session, SmsAction.VIEW_HOME, (tx, caller) -> {
      Optional<UserRecord> target = userOnLicence(tx, caller, userId);
      if (target.isEmpty()) {
        return SmsResult.refused(Decision.of(SessionReason.NO_SUCH_USER.reason()));
      }
      Licence licence = caller.licence;
      UserOutcome outcome = rules().deactivate(licence, caller.record.user(), target.get().user(),
          usersOf(tx, caller), Set.of(), today(tx));
      if (!outcome.isAllowed()) {
        return SmsResult.refused(outcome.decision());
      }
      SmsUser before = target.get().user();
      SmsUser after = before.withStatus(outcome.resultingStatus().orElseThrow())
          .withDeactivatedOn(today(tx)).withDeactivatedBy(caller.userId());
      tx.put(store.users, userId, target.get().withUser(after));
      Accounts.endSessionsOf(tx, store, userId);
      tx.audit(AuditAction.USER_DEACTIVATED, Optional.of(licence.number()), userId.value(), before, after);
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
}
