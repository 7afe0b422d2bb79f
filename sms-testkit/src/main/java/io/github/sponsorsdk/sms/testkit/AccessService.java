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
import io.github.sponsorsdk.sms.rules.password.Secret;
import io.github.sponsorsdk.sms.rules.session.SessionOutcome;
import io.github.sponsorsdk.sms.testkit.event.SmsEventKind;
import io.github.sponsorsdk.sms.testkit.fault.Operation;
import io.github.sponsorsdk.sms.testkit.internal.PasswordHasher;
import io.github.sponsorsdk.sms.testkit.internal.Store;
import io.github.sponsorsdk.sms.testkit.internal.Tx;
import io.github.sponsorsdk.sms.testkit.outbox.EmailKind;
import io.github.sponsorsdk.sms.testkit.state.SessionRecord;
import io.github.sponsorsdk.sms.testkit.state.UserRecord;
import io.github.sponsorsdk.sms.testkit.state.StoredPassword;
import io.github.sponsorsdk.sms.core.message.BoardMessage;
import io.github.sponsorsdk.sms.testkit.audit.AuditAction;
import io.github.sponsorsdk.sms.testkit.clock.SmsTestClock;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@link SmsAccess} on the store: the fake compares password hashes and keeps sessions; the sms-rules engines
 * decide everything else (lockout, standing, licence status, password policy, session time-out and second log-in).
 *
 * <p><b>The same work whatever the input.</b> A log-in derives one key (two with a trailing space) whether or not
 * the user ID exists and whether or not the user has a password yet; a password reset derives one key whether or
 * not the user ID and email match. Unknown IDs are compared against a decoy ({@link PasswordHasher#decoy}: the
 * fake's own iteration count, a random salt and key, made without hashing at start), so timing does not reveal which
 * user IDs exist (OWASP Authentication Cheat Sheet, "Authentication and error messages"). Hashing runs outside the fake's lock, once per call (a transaction that runs again reuses
 * its comparison).
 */
final class AccessService implements SmsAccess {
  private final InMemorySms sms;
  private final Store store;
  private final StoredPassword decoy;

  AccessService(InMemorySms sms) {
    this.sms = sms;
    this.store = sms.store();
    this.decoy = sms.hasher().decoy();
  }

  private LoginEngine login() {
    return sms.rules().login();
  }

  @Override
  public SmsResult<LogIn> logIn(SmsUserId userId, char[] password) {
    Secret entered = Secret.of(password);
    Comparisons memo = new Comparisons();
    return sms.call(Operation.LOG_IN, Optional.of(userId), tx -> {
      Optional<UserRecord> found = tx.get(store.users, userId);
      if (found.isEmpty()) {
        memo.compare(entered, decoy);
        return SmsResult.refused(login().decideUnknownUserId());
      }
      UserRecord record = found.get();
      Licence licence = tx.read(store.licences, record.licence(), Accounts::terms).orElseThrow();
      CredentialCheck credentials = memo.compare(entered, record.password().orElse(null));
      LoginOutcome result = login().attempt(record.login(),
          LoginAttempt.of(credentials, record.user().status(), licence.status()), tx.now());
      UserRecord next = record.withLogin(result.state());
      if (!next.equals(record)) {
        tx.put(store.users, userId, next);
        tx.keepWhenRefused();
      }
      if (!result.kind().isLoggedIn()) {
        if (result.decision().has(LoginReasonCode.LOCKED_AFTER_FAILED_ATTEMPTS)) {
          tx.audit(AuditAction.ACCOUNT_LOCKED, Optional.of(record.licence()), userId.value(), record.login(),
              result.state());
          tx.event(SmsEventKind.ACCOUNT_LOCKED, Optional.of(record.licence()), userId.value(),
              details("lockedUntil", result.state().lockedUntil().map(Object::toString).orElse("")));
        } else if (!next.equals(record)) {
          tx.audit(AuditAction.LOG_IN_FAILED, Optional.of(record.licence()), userId.value(), record.login(),
              result.state());
        }
        return SmsResult.refused(result.decision());
      }
      SessionOutcome started = sms.rules().sessions().start(
          tx.get(store.sessions, userId).map(SessionRecord::session), userId.value(), tx.now());
      if (started.decision().isRefused() || started.session().isEmpty()) {
        return SmsResult.refused(result.decision().and(started.decision()));
      }
      Accounts.endSessionsOf(tx, store, userId);
      SessionToken token = SessionToken.of(tx.ids().sessionToken());
      boolean mustChange = result.kind() == LoginOutcomeKind.MUST_CHANGE_PASSWORD;
      List<BoardMessage> messages = sms.rules().messages().active(record.user().level(), licence.routes(),
          tx.values(store.messages), LocalDate.ofInstant(tx.now(), SmsTestClock.LONDON));
      tx.put(store.sessions, userId, SessionRecord.builder().token(token).userId(userId).licence(record.licence())
          .session(started.session().get()).mustChangePassword(mustChange)
          .messagesShown(messages.stream().map(BoardMessage::id).collect(Collectors.toList())).build());
      tx.put(store.tokens, token.value(), userId);
      tx.audit(AuditAction.LOG_IN, Optional.of(record.licence()), userId.value(), record.login(), result.state());
      MonthlyAccess.loggedIn(tx, store, record.licence(), LocalDate.ofInstant(tx.now(), SmsTestClock.LONDON));
      return SmsResult.allowed(LogIn.builder().session(token).userId(userId).level(record.user().level())
          .mustChangePassword(mustChange).messages(messages).build(), result.decision().and(started.decision()));
    });
  }

  /**
   * The comparisons of one call, kept across the runs of its transaction: a transaction that runs again (its reads
   * went stale) does not hash again unless the stored hash changed.
   */
  private final class Comparisons {
    private final Map<StoredPassword, CredentialCheck> done = new IdentityHashMap<>();

    /**
     * Exact, case-sensitive comparison of hashes; a pasted trailing space is reported as such (Guide 1, step 1).
     * {@code stored} null (no password yet) is compared against the decoy: the same work, never a match.
     */
    CredentialCheck compare(Secret entered, StoredPassword stored) {
      StoredPassword against = stored == null ? decoy : stored;
      CredentialCheck result = done.get(against);
      if (result == null) {
        result = hashCompare(entered, against);
        done.put(against, result);
      }
      return stored == null ? CredentialCheck.MISMATCHED : result;
    }
  }

  private CredentialCheck hashCompare(Secret entered, StoredPassword stored) {
    char[] chars = entered.toCharArray();
    boolean matched;
    try {
      matched = sms.hasher().matches(chars, stored);
    } finally {
      PasswordHasher.wipe(chars);
    }
    if (!entered.hasTrailingWhitespace()) {
      return matched ? CredentialCheck.MATCHED : CredentialCheck.MISMATCHED;
    }
    char[] stripped = entered.stripTrailingWhitespace().toCharArray();
    boolean strippedMatches;
    try {
      strippedMatches = sms.hasher().matches(stripped, stored);
    } finally {
      PasswordHasher.wipe(stripped);
    }
    if (matched) {
      return CredentialCheck.MATCHED;
    }
    return strippedMatches ? CredentialCheck.MISMATCHED_TRAILING_WHITESPACE : CredentialCheck.MISMATCHED;
  }

  @Override
  public Decision logOut(SessionToken session) {
    return sms.call(Operation.LOG_OUT, Optional.empty(), tx -> {
      Accounts.Result auth = Accounts.authenticate(tx, store, sms.rules().sessions(), session, true);
      if (auth.caller.isEmpty()) {
        return auth.decision;
      }
      Accounts.Caller caller = auth.caller.get();
      Accounts.endSessionsOf(tx, store, caller.userId());
      tx.audit(AuditAction.LOG_OUT, Optional.of(caller.record.licence()), caller.userId().value(), null, null);
      return Decision.allowed();
    });
  }

  @Override
  public Decision changePassword(SessionToken session, char[] currentPassword, char[] newPassword,
      char[] confirmation) {
    Secret current = Secret.of(currentPassword);
    Secret fresh = Secret.of(newPassword);
    Secret confirm = Secret.of(confirmation);
    Comparisons memo = new Comparisons();
    Map<Secret, StoredPassword> hashed = new IdentityHashMap<>();
    return sms.call(Operation.CHANGE_PASSWORD, Optional.empty(), tx -> {
      Accounts.Result auth = Accounts.authenticate(tx, store, sms.rules().sessions(), session, true);
      if (auth.caller.isEmpty()) {
        return auth.decision;
      }
      Accounts.Caller caller = auth.caller.get();
      UserRecord record = caller.record;
      Decision decision = Decision.allowed();
      if (memo.compare(current, record.password().orElse(null)) != CredentialCheck.MATCHED) {
        decision = Decision.of(SessionReason.CURRENT_PASSWORD_MISMATCH.reason());
      }
      AccountHolder holder = AccountHolder.of(caller.userId().value(), record.user().profile().forenames(),
          record.user().profile().surname());
      decision = decision.and(sms.rules().passwords().decideChange(fresh, confirm, holder,
          LocalDate.ofInstant(tx.now(), SmsTestClock.LONDON)));
      if (decision.isRefused()) {
        return decision;
      }
      StoredPassword stored = hashed.computeIfAbsent(fresh, f -> {
        char[] chars = f.toCharArray();
        try {
          return sms.hasher().hash(chars);
        } finally {
          PasswordHasher.wipe(chars);
        }
      });
      UserRecord next = record.withPassword(stored)
          .withLogin(login().passwordChanged(record.login()));
      tx.put(store.users, caller.userId(), next);
      tx.put(store.sessions, caller.userId(), caller.session
          .withMustChangePassword(false));
      tx.audit(AuditAction.PASSWORD_CHANGED, Optional.of(record.licence()), caller.userId().value(), record.login(),
          next.login());
      return decision;
    });
  }

  @Override
  public Decision requestPasswordReset(SmsUserId userId, String email) {
    Map<String, Temporary> issued = new java.util.HashMap<>();
    return sms.call(Operation.REQUEST_PASSWORD_RESET, Optional.of(userId), tx -> {
      Optional<UserRecord> found = tx.get(store.users, userId)
          .filter(r -> r.user().profile().email().equals(email))
          .filter(r -> LoginEligibility.permits(r.user().status()));
      // One temporary password per call, generated and hashed whether or not the details matched: equal work.
      Temporary temporary = issued.computeIfAbsent("", k -> new Temporary());
      found.ifPresent(record -> reset(tx, record, temporary));
      // Guide 2, step 3: the same confirmation whether or not the details matched.
      return Decision.allowed();
    });
  }

  /** A generated temporary password and its hash. */
  private final class Temporary {
    final String password;
    final StoredPassword stored;

    Temporary() {
      char[] chars = sms.generatedPassword();
      try {
        this.password = new String(chars);
        this.stored = sms.hasher().hash(chars);
      } finally {
        PasswordHasher.wipe(chars);
      }
    }
  }

  private void reset(Tx tx, UserRecord record, Temporary temporary) {
    UserRecord next = record.withPassword(temporary.stored)
        .withLogin(login().passwordReset(record.login()));
    tx.put(store.users, record.user().userId(), next);
    tx.audit(AuditAction.PASSWORD_RESET, Optional.of(record.licence()), record.user().userId().value(),
        record.login(), next.login());
    tx.email(EmailKind.TEMPORARY_PASSWORD, record.user().profile().email(), Optional.of(record.user().userId()),
        "SMS password reset", "Your temporary SMS password is [password]. You will have to change it when you "
            + "log in.", Optional.of(temporary.password));
  }
}
