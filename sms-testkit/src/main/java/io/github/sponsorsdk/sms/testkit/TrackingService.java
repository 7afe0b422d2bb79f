package io.github.sponsorsdk.sms.testkit;

import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.port.CaseworkKind;
import io.github.sponsorsdk.sms.core.port.CaseworkRequest;
import io.github.sponsorsdk.sms.core.port.SessionToken;
import io.github.sponsorsdk.sms.core.port.SmsRequestTracking;
import io.github.sponsorsdk.sms.core.port.SmsResult;
import io.github.sponsorsdk.sms.rules.certificate.Actor;
import io.github.sponsorsdk.sms.rules.certificate.DefinedCosEvent;
import io.github.sponsorsdk.sms.rules.certificate.DefinedCosOutcome;
import io.github.sponsorsdk.sms.rules.permission.SmsAction;
import io.github.sponsorsdk.sms.rules.tracking.RequestEvent;
import io.github.sponsorsdk.sms.rules.tracking.TrackingOutcome;
import io.github.sponsorsdk.sms.testkit.audit.AuditAction;
import io.github.sponsorsdk.sms.testkit.event.SmsEventKind;
import io.github.sponsorsdk.sms.testkit.fault.Operation;
import io.github.sponsorsdk.sms.testkit.internal.Store;
import io.github.sponsorsdk.sms.testkit.internal.Tx;
import io.github.sponsorsdk.sms.testkit.state.CaseworkRecord;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * {@link SmsRequestTracking}: the permission engine decides who may view and withdraw (Level 1 users; the defined CoS
 * sub-menu for Skilled Worker sponsors); the sms-rules {@code RequestTracking} engine decides whether a request can
 * still be withdrawn and how each outcome is notified; a defined CoS application is also moved by the
 * {@code DefinedCosRules} (WITHDRAW).
 */
final class TrackingService implements SmsRequestTracking {
  private final InMemorySms sms;
  private final Store store;

  TrackingService(InMemorySms sms) {
    this.sms = sms;
    this.store = sms.store();
  }

  private SmsResult<List<CaseworkRequest>> list(Operation op, SessionToken session, SmsAction action,
      Predicate<CaseworkRecord> which) {
    return sms.authorised(op, session, action, (tx, caller) -> SmsResult.allowed(tx.values(store.casework).stream()
        .filter(c -> c.licence().equals(caller.record.licence())).filter(which)
        .map(CaseworkRecord::request)
        .sorted(NEWEST_FIRST)
        .collect(Collectors.toList())));
  }

  /**
   * Newest first: by day of submission, then, within a day, by the reference's number, which the fake draws from one
   * rising counter ({@code CW-<n>}); the store's table has no order of its own.
   */
  private static final Comparator<CaseworkRequest> NEWEST_FIRST = Comparator
      .comparing(CaseworkRequest::submittedOn)
      .thenComparingLong(r -> Long.parseLong(r.reference().substring(r.reference().lastIndexOf('-') + 1)))
      .reversed();

  @Override
  public SmsResult<List<CaseworkRequest>> requests(SessionToken session) {
    return list(Operation.LIST_REQUESTS, session, SmsAction.VIEW_CHANGE_REQUESTS,
        c -> c.request().kind() != CaseworkKind.DEFINED_COS);
  }

  @Override
  public SmsResult<List<CaseworkRequest>> definedCosApplications(SessionToken session) {
    return list(Operation.LIST_DEFINED_COS_APPLICATIONS, session, SmsAction.VIEW_DEFINED_COS_APPLICATIONS,
        c -> c.request().kind() == CaseworkKind.DEFINED_COS);
  }

  @Override
  public SmsResult<CaseworkRequest> withdrawRequest(SessionToken session, String reference) {
    return sms.call(Operation.WITHDRAW_REQUEST, Optional.empty(), tx -> {
      Optional<CaseworkRecord> found = tx.get(store.casework, reference);
      SmsAction action = found.filter(c -> c.request().kind() == CaseworkKind.DEFINED_COS).isPresent()
          ? SmsAction.WITHDRAW_DEFINED_COS_APPLICATION : SmsAction.WITHDRAW_CHANGE_REQUEST;
      return Accounts.as(tx, sms, session, action, Optional.empty(), (t, caller) -> {
        Optional<CaseworkRecord> mine = found.filter(c -> c.licence().equals(caller.record.licence()));
        if (mine.isEmpty()) {
          return SmsResult.refused(Decision.of(SessionReason.NO_SUCH_REQUEST.reason()));
        }
        return withdraw(t, mine.get());
      });
    });
  }

  private SmsResult<CaseworkRequest> withdraw(Tx tx, CaseworkRecord record) {
    TrackingOutcome outcome = Tracking.apply(sms, record, RequestEvent.WITHDRAW);
    if (!outcome.isAllowed()) {
      return SmsResult.refused(outcome.decision());
    }
    CaseworkRecord after = record;
    Decision decision = outcome.decision();
    if (record.definedCosState().isPresent()) {
      DefinedCosOutcome cos = sms.rules().definedCos().apply(record.definedCosState().get(), DefinedCosEvent.WITHDRAW,
          Actor.LEVEL_1_USER, sms.today());
      if (cos.decision().isRefused()) {
        return SmsResult.refused(cos.decision());
      }
      after = after.withDefinedCosState(cos.application());
      decision = decision.and(cos.decision());
    }
    CaseworkRequest withdrawn = Tracking.moved(record.request(), outcome, sms.today());
    tx.put(store.casework, record.request().reference(), after.withRequest(withdrawn));
    // a requested Level 1 user whose request is withdrawn is never created: the record stays Requested, unusable
    tx.audit(AuditAction.CASEWORK_WITHDRAWN, Optional.of(record.licence()), record.request().reference(),
        record.request(), withdrawn);
    tx.event(SmsEventKind.CASEWORK_DECIDED, Optional.of(record.licence()), record.request().reference(),
        InMemorySms.details("kind", withdrawn.kind().name(), "status", withdrawn.status().name()));
    return SmsResult.allowed(withdrawn, decision);
  }
}
