package io.github.sponsorsdk.sms.testkit;

import static io.github.sponsorsdk.sms.testkit.InMemorySms.details;

import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.port.SessionToken;
import io.github.sponsorsdk.sms.rules.login.AccountState;
import io.github.sponsorsdk.sms.rules.session.SessionEngine;
import io.github.sponsorsdk.sms.rules.session.SessionOutcome;
import io.github.sponsorsdk.sms.testkit.event.SmsEventKind;
import io.github.sponsorsdk.sms.testkit.internal.Store;
import io.github.sponsorsdk.sms.testkit.internal.Tx;
import io.github.sponsorsdk.sms.testkit.state.SessionRecord;
import io.github.sponsorsdk.sms.testkit.state.UserRecord;
import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.licence.Licence;
import io.github.sponsorsdk.sms.core.message.BoardMessage;
import io.github.sponsorsdk.sms.rules.message.BoardChoice;
import io.github.sponsorsdk.sms.rules.permission.PermissionRequest;
import io.github.sponsorsdk.sms.rules.permission.SmsAction;
import io.github.sponsorsdk.sms.core.port.SmsResult;
import io.github.sponsorsdk.sms.testkit.audit.AuditAction;
import io.github.sponsorsdk.sms.testkit.clock.SmsTestClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.BiFunction;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Optional;

/** Log-in state and sessions: the glue between the store and the sms-rules log-in and session engines. */
final class Accounts {
  private Accounts() {}

  /** A new account: the emailed password must be changed at the first log-in. */
  static UserRecord withNewAccount(UserRecord record) {
    return record.withLogin(AccountState.newAccount());
  }

  /** Ends the live session of {@code userId}, if any. */
  static void endSessionsOf(Tx tx, Store store, SmsUserId userId) {
    tx.get(store.sessions, userId).ifPresent(r -> {
      tx.delete(store.sessions, userId);
      tx.delete(store.tokens, r.token().value());
    });
  }

  /**
   * What a permission check depends on in a licence: everything but its allocations. Reading a licence through this
   * view lets a call run beside concurrent assignments (which change only the allocations) without conflicting.
   */
  static List<Object> terms(Licence l) {
    return java.util.Arrays.asList(l.organisationName(), l.town(), l.county(), l.status(), l.ratings(), l.routes(),
        l.startDate(), l.expiryDate());
  }

  /**
   * The caller of a port operation: the user record, the session it acts through, and its licence as read through
   * {@link #terms} (its allocations may be stale: read the licence again where they matter).
   */
  static final class Caller {
    final UserRecord record;
    final SessionRecord session;
    final Licence licence;

    Caller(UserRecord record, SessionRecord session, Licence licence) {
      this.record = record;
      this.session = session;
      this.licence = licence;
    }

    SmsUserId userId() {
      return record.user().userId();
    }
  }

  /**
   * Resolves {@code token} to a live session at {@code tx.now()} and records the activity (the session engine
   * decides whether it has timed out). Refused when there is no such session, when it has timed out, and, unless
   * {@code passwordChangeAllowed}, while a first or temporary password has not been changed.
   */
  static Result authenticate(Tx tx, Store store, SessionEngine sessions, SessionToken token,
      boolean passwordChangeAllowed) {
    Optional<SmsUserId> userId = tx.get(store.tokens, token.value());
    Optional<SessionRecord> session = userId.flatMap(u -> tx.get(store.sessions, u))
        .filter(s -> s.token().equals(token));
    Optional<UserRecord> record = userId.flatMap(u -> tx.get(store.users, u));
    if (session.isEmpty() || record.isEmpty()) {
      return Result.refused(Decision.of(SessionReason.NO_SESSION.reason()));
    }
    SessionOutcome activity = sessions.activity(session.get().session(), tx.now());
    if (activity.decision().isRefused() || activity.session().isEmpty()) {
      return Result.refused(activity.decision());
    }
    if (session.get().mustChangePassword() && !passwordChangeAllowed) {
      return Result.refused(Decision.of(SessionReason.PASSWORD_CHANGE_REQUIRED.reason()));
    }
    tx.actAs(userId.get());
    SessionRecord touched = session.get();
    if (!activity.session().get().equals(touched.session())) {
      // Only a change of the last activity is written: calls at one instant do not conflict over the session.
      touched = touched.withSession(activity.session().get());
      tx.put(store.sessions, userId.get(), touched);
    }
    Licence licence = tx.read(store.licences, record.get().licence(), Accounts::terms).orElseThrow();
    return new Result(Optional.of(new Caller(record.get(), touched, licence)), Decision.allowed());
  }

  /**
   * Resolves the session as {@link #authenticate}, then asks the sms-rules engines whether the caller may take
   * {@code action} now: the message-board gate (messages shown at log-in must be read first) and the permission
   * engine (level, licence status and rating, routes, ownership of {@code certificate}).
   */
  static Result authorise(Tx tx, InMemorySms sms, SessionToken token, SmsAction action,
      Optional<Certificate> certificate) {
    Store store = sms.store();
    boolean passwordChange = action == SmsAction.CHANGE_PASSWORD || action == SmsAction.LOG_OUT;
    Result auth = authenticate(tx, store, sms.rules().sessions(), token, passwordChange);
    if (auth.caller.isEmpty()) {
      return auth;
    }
    Caller caller = auth.caller.get();
    List<BoardMessage> shown = caller.session.messagesShown().stream()
        .map(id -> tx.get(store.messages, id)).flatMap(Optional::stream).collect(Collectors.toList());
    Decision gate = sms.rules().messages().decide(caller.record.user().level(), shown,
        caller.session.messagesConfirmed() ? Optional.of(BoardChoice.OK) : Optional.empty(), action);
    if (gate.isRefused()) {
      return Result.refused(gate);
    }
    Licence licence = caller.licence;
    LocalDate today = LocalDate.ofInstant(tx.now(), SmsTestClock.LONDON);
    PermissionRequest request = certificate.isPresent()
        ? PermissionRequest.of(caller.record.user(), licence, certificate.get(), today)
        : PermissionRequest.of(caller.record.user(), licence, today);
    Decision permitted = sms.rules().permissions().decide(request, action);
    if (permitted.isRefused()) {
      return Result.refused(permitted);
    }
    return new Result(auth.caller, permitted);
  }

  /**
   * The one authorisation path: {@link #authorise}, then {@code work} as the caller, its answer prefixed with the
   * permission engine's own reasons (warnings, information).
   */
  static <T> SmsResult<T> as(Tx tx, InMemorySms sms, SessionToken token, SmsAction action,
      Optional<Certificate> certificate, BiFunction<Tx, Caller, SmsResult<T>> work) {
    Result auth = authorise(tx, sms, token, action, certificate);
    if (auth.caller.isEmpty()) {
      return SmsResult.refused(auth.decision);
    }
    return prefixed(auth.decision, work.apply(tx, auth.caller.get()));
  }

  /** {@code result} with the permission engine's own reasons (warnings, information) first. */
  static <T> SmsResult<T> prefixed(Decision permission, SmsResult<T> result) {
    if (permission.reasons().isEmpty()) {
      return result;
    }
    Decision all = permission.and(result.decision());
    return result.value().map(v -> SmsResult.allowed(v, all)).orElseGet(() -> SmsResult.refused(all));
  }

  /** A caller, or the refusal. */
  static final class Result {
    final Optional<Caller> caller;
    final Decision decision;

    Result(Optional<Caller> caller, Decision decision) {
      this.caller = caller;
      this.decision = decision;
    }

    static Result refused(Decision decision) {
      return new Result(Optional.empty(), decision);
    }
  }

  /**
   * Clock sweep: sessions that time out between {@code from} and {@code to} are announced and audited (the session
   * stays, timed out, so that a later call with its token is answered with the session engine's
   * {@code session.SESSION_EXPIRED}; the next log-in replaces it); locks that ran out are announced.
   */
  static void sweep(Tx tx, Store store, Instant from, Instant to) {
    for (SessionRecord r : tx.values(store.sessions)) {
      if (!r.session().isExpired(from) && r.session().isExpired(to)) {
        tx.audit(AuditAction.SESSION_TIMED_OUT, Optional.of(r.licence()), r.userId().value(), null, null);
        tx.event(SmsEventKind.SESSION_TIMED_OUT, Optional.of(r.licence()), r.userId().value(),
            details("expiredAt", r.session().expiresAt().toString()));
      }
    }
    for (UserRecord u : tx.values(store.users)) {
      Optional<Instant> until = u.login().lockedUntil();
      if (until.isPresent() && until.get().isAfter(from) && !until.get().isAfter(to)) {
        tx.event(SmsEventKind.ACCOUNT_UNLOCKED, Optional.of(u.licence()), u.user().userId().value(),
            details("lockedUntil", until.get().toString()));
      }
    }
  }
}
