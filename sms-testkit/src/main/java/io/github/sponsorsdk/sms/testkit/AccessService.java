package io.github.sponsorsdk.sms.testkit;

import static io.github.sponsorsdk.sms.testkit.InMemorySms.details;

import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.licence.Licence;
import io.github.sponsorsdk.sms.core.port.LogIn;
import io.github.sponsorsdk.sms.core.port.SessionToken;
import io.github.sponsorsdk.sms.core.port.SmsAccess;
import io.github.sponsorsdk.sms.core.port.SmsResult;
import io.github.sponsorsdk.sms.rules.login.CredentialCheck;
import io.github.sponsorsdk.sms.rules.login.LoginAttempt;
import io.github.sponsorsdk.sms.rules.login.LoginEligibility;
import io.github.sponsorsdk.sms.rules.login.LoginEngine;
import io.github.sponsorsdk.sms.rules.login.LoginOutcomeKind;
import io.github.sponsorsdk.sms.rules.login.LoginReasonCode;
import io.github.sponsorsdk.sms.rules.login.LoginOutcome;
import io.github.sponsorsdk.sms.rules.password.AccountHolder;
import io.github.sponsorsdk.sms.rules.password.PasswordCheck;
import io.github.sponsorsdk.sms.rules.password.Secret;
import io.github.sponsorsdk.sms.rules.session.SessionEngine;
import io.github.sponsorsdk.sms.rules.session.SessionOutcome;
import io.github.sponsorsdk.sms.testkit.event.SmsEventKind;
import io.github.sponsorsdk.sms.testkit.fault.Operation;
import io.github.sponsorsdk.sms.testkit.internal.PasswordHasher;
import io.github.sponsorsdk.sms.testkit.internal.Store;
import io.github.sponsorsdk.sms.testkit.internal.Tx;
import io.github.sponsorsdk.sms.testkit.outbox.EmailKind;
import io.github.sponsorsdk.sms.testkit.state.UserRecord;
import io.github.sponsorsdk.sms.testkit.state.SessionRecord;
import io.github.sponsorsdk.sms.testkit.state.StoredPassword;
import io.github.sponsorsdk.sms.core.message.BoardMessage;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@link SmsAccess} on the store: the fake compares password hashes and keeps sessions; the sms-rules engines
 * decide everything else (lockout, standing, licence status, password policy, session time-out and second log-in).
 */
final class AccessService implements SmsAccess {
  private final InMemorySms sms;
  private final Store store;
  private final LoginEngine login;
  private final SessionEngine sessions;
  private final PasswordCheck passwords;

  AccessService(InMemorySms sms, LoginEngine login, SessionEngine sessions, PasswordCheck passwords) {
    this.sms = sms;
    this.store = sms.store();
    this.login = login;
    this.sessions = sessions;
    this.passwords = passwords;
  }

  SessionEngine sessions() {
    return sessions;
  }

  @Override
  public SmsResult<LogIn> logIn(SmsUserId userId, char[] password) {
    Secret entered = Secret.of(password);
    return sms.call(Operation.LOG_IN, Optional.of(userId), tx -> {
      Optional<UserRecord> found = tx.get(store.users, userId);
      if (found.isEmpty()) {
        return SmsResult.refused(login.decideUnknownUserId());
      }
      UserRecord record = found.get();
      Licence licence = tx.get(store.licences, record.licence()).orElseThrow();
      LoginOutcome result = login.attempt(record.login(),
          LoginAttempt.of(compare(entered, record.password()), record.user().status(), licence.status()), tx.now());
      UserRecord next = record.withLogin(result.state());
      if (!next.equals(record)) {
        tx.put(store.users, userId, next);
        tx.keepWhenRefused();
      }
      if (!result.kind().isLoggedIn()) {
        if (result.decision().has(LoginReasonCode.LOCKED_AFTER_FAILED_ATTEMPTS)) {
          tx.audit("ACCOUNT_LOCKED", Optional.of(record.licence()), userId.value(), record.login(), result.state());
          tx.event(SmsEventKind.ACCOUNT_LOCKED, Optional.of(record.licence()), userId.value(),
              details("lockedUntil", result.state().lockedUntil().map(Object::toString).orElse("")));
        } else if (!next.equals(record)) {
          tx.audit("LOG_IN_FAILED", Optional.of(record.licence()), userId.value(), record.login(), result.state());
        }
        return SmsResult.refused(result.decision());
      }
      SessionOutcome started = sessions.start(tx.get(store.sessions, userId).map(SessionRecord::session),
          userId.value(), tx.now());
      if (started.decision().isRefused() || started.session().isEmpty()) {
        return SmsResult.refused(result.decision().and(started.decision()));
      }
      Accounts.endSessionsOf(tx, store, userId);
      SessionToken token = SessionToken.of(sms.ids().sessionToken());
      boolean mustChange = result.kind() == LoginOutcomeKind.MUST_CHANGE_PASSWORD;
      List<BoardMessage> messages = sms.messageRules().active(record.user().level(), licence.routes(),
          tx.values(store.messages), sms.today());
      tx.put(store.sessions, userId, SessionRecord.builder().token(token).userId(userId).licence(record.licence())
          .session(started.session().get()).mustChangePassword(mustChange)
          .messagesShown(messages.stream().map(BoardMessage::id).collect(Collectors.toList())).build());
      tx.put(store.tokens, token.value(), userId);
      tx.audit("LOG_IN", Optional.of(record.licence()), userId.value(), record.login(), result.state());
      return SmsResult.allowed(LogIn.builder().session(token).userId(userId).level(record.user().level())
          .mustChangePassword(mustChange).messages(messages).build(), result.decision().and(started.decision()));
    });
  }

  /** Exact, case-sensitive comparison of hashes; a pasted trailing space is reported as such (Guide 1, step 1). */
  private CredentialCheck compare(Secret entered, Optional<StoredPassword> stored) {
    if (stored.isEmpty()) {
      return CredentialCheck.MISMATCHED;
    }
    char[] chars = entered.toCharArray();
    try {
      if (sms.hasher().matches(chars, stored.get())) {
        return CredentialCheck.MATCHED;
      }
    } finally {
      PasswordHasher.wipe(chars);
    }
    if (entered.hasTrailingWhitespace()) {
      char[] stripped = entered.stripTrailingWhitespace().toCharArray();
      try {
        if (sms.hasher().matches(stripped, stored.get())) {
          return CredentialCheck.MISMATCHED_TRAILING_WHITESPACE;
        }
      } finally {
        PasswordHasher.wipe(stripped);
      }
    }
    return CredentialCheck.MISMATCHED;
  }

  @Override
  public Decision logOut(SessionToken session) {
    return sms.call(Operation.LOG_OUT, Optional.empty(), tx -> {
      Accounts.Result auth = Accounts.authenticate(tx, store, sessions, session, true);
      if (auth.caller.isEmpty()) {
        return auth.decision;
      }
      Accounts.Caller caller = auth.caller.get();
      Accounts.endSessionsOf(tx, store, caller.userId());
      tx.audit("LOG_OUT", Optional.of(caller.record.licence()), caller.userId().value(), null, null);
      return Decision.allowed();
    });
  }

  @Override
  public Decision changePassword(SessionToken session, char[] currentPassword, char[] newPassword,
      char[] confirmation) {
    Secret current = Secret.of(currentPassword);
    Secret fresh = Secret.of(newPassword);
    Secret confirm = Secret.of(confirmation);
    return sms.call(Operation.CHANGE_PASSWORD, Optional.empty(), tx -> {
      Accounts.Result auth = Accounts.authenticate(tx, store, sessions, session, true);
      if (auth.caller.isEmpty()) {
        return auth.decision;
      }
      Accounts.Caller caller = auth.caller.get();
      UserRecord record = caller.record;
      Decision decision = Decision.allowed();
      if (compare(current, record.password()) != CredentialCheck.MATCHED) {
        decision = Decision.of(SessionReason.CURRENT_PASSWORD_MISMATCH.reason());
      }
      AccountHolder holder = AccountHolder.of(caller.userId().value(), record.user().profile().forenames(),
          record.user().profile().surname());
      decision = decision.and(passwords.decideChange(fresh, confirm, holder, sms.today()));
      if (decision.isRefused()) {
        return decision;
      }
      char[] chars = fresh.toCharArray();
      UserRecord next;
      try {
        next = record.withPassword(sms.hasher().hash(chars))
            .withLogin(login.passwordChanged(record.login()));
      } finally {
        PasswordHasher.wipe(chars);
      }
      tx.put(store.users, caller.userId(), next);
      tx.put(store.sessions, caller.userId(),
          caller.session.withMustChangePassword(false));
      tx.audit("PASSWORD_CHANGED", Optional.of(record.licence()), caller.userId().value(), record.login(),
          next.login());
      return decision;
    });
  }

  @Override
  public Decision requestPasswordReset(SmsUserId userId, String email) {
    return sms.call(Operation.REQUEST_PASSWORD_RESET, Optional.of(userId), tx -> {
      Optional<UserRecord> found = tx.get(store.users, userId)
          .filter(r -> r.user().profile().email().equals(email))
          .filter(r -> LoginEligibility.permits(r.user().status()));
      found.ifPresent(record -> reset(tx, record));
      // Guide 2, step 3: the same confirmation whether or not the details matched.
      return Decision.allowed();
    });
  }

  private void reset(Tx tx, UserRecord record) {
    char[] temporary = sms.ids().password();
    try {
      UserRecord next = record.withPassword(sms.hasher().hash(temporary))
          .withLogin(login.passwordReset(record.login()));
      tx.put(store.users, record.user().userId(), next);
      tx.audit("PASSWORD_RESET", Optional.of(record.licence()), record.user().userId().value(), record.login(),
          next.login());
      tx.email(EmailKind.TEMPORARY_PASSWORD, record.user().profile().email(), Optional.of(record.user().userId()),
          "SMS password reset", "Your temporary SMS password is [password]. You will have to change it when you "
              + "log in.", Optional.of(new String(temporary)));
    } finally {
      PasswordHasher.wipe(temporary);
    }
  }
}
