package io.github.sponsorsdk.sms.testkit;

import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.licence.Allocation;
import io.github.sponsorsdk.sms.core.licence.Licence;
import io.github.sponsorsdk.sms.core.port.AllocationRequest;
import io.github.sponsorsdk.sms.core.port.CaseworkKind;
import io.github.sponsorsdk.sms.core.port.CaseworkRequest;
import io.github.sponsorsdk.sms.core.port.CircumstanceChange;
import io.github.sponsorsdk.sms.core.port.DefinedCosApplication;
import io.github.sponsorsdk.sms.core.port.SessionToken;
import io.github.sponsorsdk.sms.core.port.SmsLicenceServices;
import io.github.sponsorsdk.sms.core.port.SmsResult;
import io.github.sponsorsdk.sms.rules.allocation.AllocationRules;
import io.github.sponsorsdk.sms.rules.allocation.AutomaticRenewal;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.rules.certificate.DefinedCosOutcome;
import io.github.sponsorsdk.sms.rules.certificate.DefinedCosRequest;
import io.github.sponsorsdk.sms.rules.licence.ExpiryOutcome;
import io.github.sponsorsdk.sms.rules.licence.LicenceRules;
import io.github.sponsorsdk.sms.rules.allocation.AllocationOutcome;
import io.github.sponsorsdk.sms.rules.allocation.AllocationYearBasis;
import io.github.sponsorsdk.sms.testkit.audit.AuditAction;
import io.github.sponsorsdk.sms.testkit.event.SmsEventKind;
import java.util.ArrayList;
import java.util.List;
import io.github.sponsorsdk.sms.rules.licence.RenewalState;
import io.github.sponsorsdk.sms.testkit.clock.SmsTestClock;
import io.github.sponsorsdk.sms.testkit.outbox.EmailKind;
import io.github.sponsorsdk.sms.rules.permission.SmsAction;
import io.github.sponsorsdk.sms.testkit.fault.Operation;
import io.github.sponsorsdk.sms.testkit.internal.Store;
import io.github.sponsorsdk.sms.testkit.internal.Tx;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * {@link SmsLicenceServices}: the permission engine decides who may use the "Licence summary, applications and
 * services" functions; {@link AllocationRules} decides whether a renewal request can be made now. Requests go to
 * Home Office casework ({@link HomeOffice#approve}, {@link HomeOffice#refuse}).
 */
final class LicenceService implements SmsLicenceServices {
  private final InMemorySms sms;
  private final Store store;
  private final CertificateService certificates;

  LicenceService(InMemorySms sms, CertificateService certificates) {
    this.sms = sms;
    this.store = sms.store();
    this.certificates = certificates;
  }

  private AllocationRules allocations() {
    return sms.rules().allocations();
  }

  private <T> SmsResult<T> as(Operation op, SessionToken session, SmsAction action,
      BiFunction<Tx, Accounts.Caller, SmsResult<T>> work) {
    return sms.authorised(op, session, action, work);
  }

  @Override
  public SmsResult<Licence> licenceSummary(SessionToken session) {
    return as(Operation.LICENCE_SUMMARY, session, SmsAction.VIEW_LICENCE_SUMMARY,
        (tx, caller) -> SmsResult.allowed(tx.get(store.licences, caller.record.licence()).orElseThrow()));
  }

  @Override
  public SmsResult<CaseworkRequest> requestAllocationRenewal(SessionToken session, AllocationRequest request) {
    return as(Operation.REQUEST_ALLOCATION_RENEWAL, session, SmsAction.REQUEST_ALLOCATION_RENEWAL, (tx, caller) -> {
      Licence licence = tx.get(store.licences, caller.record.licence()).orElseThrow();
      Allocation current = certificates.allocationFor(licence, request.route(), sms.today());
      Decision window = allocations().decideRenewalRequest(current, sms.today(),
          renewedAutomatically(tx, licence, current) ? AutomaticRenewal.ALREADY_RENEWED
              : AutomaticRenewal.NOT_RENEWED);
      if (window.isRefused()) {
        return SmsResult.refused(window);
      }
      return SmsResult.allowed(Casework.open(tx, sms, caller, CaseworkKind.ALLOCATION_RENEWAL,
          "Renew the " + request.route().displayName() + " allocation: " + request.number(),
          b -> b.allocation(request)), window);
    });
  }

  @Override
  public SmsResult<CaseworkRequest> requestAllocationIncrease(SessionToken session, AllocationRequest request) {
    return as(Operation.REQUEST_ALLOCATION_INCREASE, session, SmsAction.REQUEST_ALLOCATION_INCREASE,
        (tx, caller) -> SmsResult.allowed(Casework.open(tx, sms, caller, CaseworkKind.ALLOCATION_INCREASE,
            request.number() + " more for " + request.route().displayName(), b -> b.allocation(request))));
  }

  @Override
  public SmsResult<CaseworkRequest> applyForDefinedCos(SessionToken session, DefinedCosApplication application) {
    return as(Operation.APPLY_FOR_DEFINED_COS, session, SmsAction.APPLY_DEFINED_COS, (tx, caller) -> {
      Licence licence = caller.licence;
      DefinedCosOutcome outcome = sms.rules().definedCos().apply(DefinedCosRequest.builder().route(Route.SKILLED_WORKER)
          .entryClearance(true).rating(licence.ratingFor(Route.SKILLED_WORKER).orElseThrow())
          .licenceStatus(licence.status()).userLevel(caller.record.user().level()).date(sms.today()).build());
      if (outcome.decision().isRefused()) {
        return SmsResult.refused(outcome.decision());
      }
      return SmsResult.allowed(Casework.open(tx, sms, caller, CaseworkKind.DEFINED_COS,
          "Defined CoS: " + application.jobTitle() + " (SOC " + application.occupationCode() + ")",
          b -> b.definedCos(application).definedCosState(outcome.application())), outcome.decision());
    });
  }

  @Override
  public SmsResult<CaseworkRequest> requestChangeOfCircumstances(SessionToken session, CircumstanceChange change) {
    return as(Operation.REQUEST_CHANGE_OF_CIRCUMSTANCES, session, SmsAction.REQUEST_LICENCE_CHANGE,
        (tx, caller) -> SmsResult.allowed(Casework.open(tx, sms, caller, CaseworkKind.CHANGE_OF_CIRCUMSTANCES,
            change.kind() + " from " + change.changedOn(), b -> b.change(change))));
  }

  /**
   * Clock sweep, on every day boundary crossed: the licence expiry notices, then expiry itself (status EXPIRED, or
   * the 10-year extension of a licence that needs no renewal), then the automatic renewal of annual allocations.
   */
  void sweep(Tx tx, java.time.Instant from, java.time.Instant to) {
    java.time.LocalDate fromDay = java.time.LocalDate.ofInstant(from, SmsTestClock.LONDON);
    java.time.LocalDate toDay = java.time.LocalDate.ofInstant(to, SmsTestClock.LONDON);
    if (!toDay.isAfter(fromDay)) {
      return;
    }
    notices(tx, fromDay, toDay);
    for (Licence l : tx.values(store.licences)) {
      expire(tx, l, toDay);
    }
    for (Licence l : tx.values(store.licences)) {
      renewAllocations(tx, l, fromDay, toDay);
    }
  }

  /**
   * Expiry on {@code day} ({@link LicenceRules#assessExpiry}): a licence that must be renewed and reaches its expiry
   * date becomes EXPIRED, its sessions end and log-in is refused from then on ("If your licence has expired ... you
   * will not be able to log in to SMS", Manual 1). A licence that needs no renewal (expiring on or after
   * 6 April 2024) never expires here: at its recorded expiry date the extended date the engine gives is recorded
   * (decision record 0487). A licence renewal application awaiting a decision
   * ({@link ApplicationService#pendingRenewal}) keeps the licence in force past its expiry date.
   */
  private void expire(Tx tx, Licence licence, java.time.LocalDate day) {
    ExpiryOutcome out = sms.rules().licences().assessExpiry(licence,
        ApplicationService.pendingRenewal(tx, store, licence), day);
    if (out.changed(licence.status())) {
      Licence after = licence.withStatus(out.status());
      tx.put(store.licences, licence.number(), after);
      if (!io.github.sponsorsdk.sms.rules.login.LoginEligibility.permits(after.status())) {
        sms.endSessionsOfLicence(tx, licence.number());
      }
      tx.audit(AuditAction.LICENCE_STATUS_CHANGED, Optional.of(licence.number()), licence.number().value(), licence,
          after);
      tx.event(SmsEventKind.LICENCE_STATUS_CHANGED, Optional.of(licence.number()), licence.number().value(),
          InMemorySms.details("from", licence.status().name(), "to", after.status().name(), "reason",
              String.join(",", out.decision().codes())));
    } else if (!licence.status().isEnded() && !day.isBefore(licence.expiryDate())
        && out.expiryDate().isAfter(licence.expiryDate())) {
      Licence after = licence.withExpiryDate(out.expiryDate());
      tx.put(store.licences, licence.number(), after);
      tx.audit(AuditAction.LICENCE_EXPIRY_EXTENDED, Optional.of(licence.number()), licence.number().value(), licence,
          after);
      tx.event(SmsEventKind.LICENCE_EXPIRY_EXTENDED, Optional.of(licence.number()), licence.number().value(),
          InMemorySms.details("from", licence.expiryDate().toString(), "to", after.expiryDate().toString()));
    }
  }

  /**
   * Automatic renewal ({@link AllocationRules#renewAutomatically}): every allocation whose renewal window overlaps
   * the days the clock moved over, not yet renewed and with no renewal request outstanding, is checked on the last
   * of those days that it still covers; when the engine allows, the next year's allocation is added (Manual 1,
   * Troubleshooting: "the allocation has been automatically renewed").
   */
  private void renewAllocations(Tx tx, Licence stored, java.time.LocalDate fromDay, java.time.LocalDate toDay) {
    Licence licence = tx.get(store.licences, stored.number()).orElseThrow();
    List<Allocation> list = new ArrayList<>(licence.allocations());
    List<Allocation> renewed = new ArrayList<>();
    for (Allocation a : licence.allocations()) {
      java.time.LocalDate expires = allocations().expiresOn(a);
      if (toDay.isBefore(allocations().renewalWindowOpens(a)) || !expires.isAfter(fromDay)
          || successor(licence, a).isPresent() || renewalRequested(tx, licence, a)) {
        continue;
      }
      java.time.LocalDate on = toDay.isAfter(expires) ? expires : toDay;
      AllocationOutcome out = allocations().renewAutomatically(a, licence, on, AllocationYearBasis.FROM_GRANT);
      if (out.isAllowed()) {
        list.add(out.allocation());
        renewed.add(out.allocation());
      }
    }
    if (renewed.isEmpty()) {
      return;
    }
    Licence after = licence.withAllocations(list);
    tx.put(store.licences, licence.number(), after);
    tx.audit(AuditAction.ALLOCATION_RENEWED_AUTOMATICALLY, Optional.of(licence.number()), licence.number().value(),
        licence, after);
    for (Allocation next : renewed) {
      tx.event(SmsEventKind.ALLOCATION_RENEWED, Optional.of(licence.number()), licence.number().value(),
          InMemorySms.details("route", next.route().name(), "granted", Integer.toString(next.granted()),
              "yearStart", next.yearStart().toString(), "expiresOn", allocations().expiresOn(next).toString()));
    }
  }

  /** The allocation of the year after {@code a}, if one has been granted (on request or automatically). */
  private static Optional<Allocation> successor(Licence licence, Allocation a) {
    return licence.allocations().stream().filter(b -> b.route() == a.route())
        .filter(b -> !b.yearStart().isBefore(a.yearEndExclusive())).findFirst();
  }

  /** True when a renewal of {@code a}'s route awaits a decision. */
  private boolean renewalRequested(Tx tx, Licence licence, Allocation a) {
    return tx.values(store.casework).stream().filter(c -> c.licence().equals(licence.number()))
        .filter(c -> c.request().kind() == CaseworkKind.ALLOCATION_RENEWAL && !c.request().status().isDecided())
        .anyMatch(c -> c.allocation().filter(r -> r.route() == a.route()).isPresent());
  }

  /**
   * True when the year after {@code current} exists and no renewal request of its route was approved during
   * {@code current}'s year: the SMS renewed it automatically.
   */
  private boolean renewedAutomatically(Tx tx, Licence licence, Allocation current) {
    return successor(licence, current).isPresent() && tx.values(store.casework).stream()
        .filter(c -> c.licence().equals(licence.number()))
        .filter(c -> c.request().kind() == CaseworkKind.ALLOCATION_RENEWAL
            && c.request().status() == io.github.sponsorsdk.sms.core.port.CaseworkStatus.APPROVED)
        .filter(c -> c.allocation().filter(r -> r.route() == current.route()).isPresent())
        .noneMatch(c -> c.request().decidedOn().filter(d -> !d.isBefore(current.yearStart())).isPresent());
  }

  /**
   * The licence expiry notices. When {@link LicenceRules#renewalState} moves to {@code OPEN} (90 days before
   * expiry) or {@code CLOSED} (expiry reached) between the two days, every active Level 1 user of the licence is
   * emailed. Licences that need no renewal (expiring on or after the 2024 cut-off) get none.
   */
  private void notices(Tx tx, java.time.LocalDate fromDay, java.time.LocalDate toDay) {
    for (Licence l : tx.values(store.licences)) {
      RenewalState before = sms.rules().licences().renewalState(l.expiryDate(), fromDay);
      RenewalState after = sms.rules().licences().renewalState(l.expiryDate(), toDay);
      if (before == after || (after != RenewalState.OPEN && after != RenewalState.CLOSED)) {
        continue;
      }
      String subject = after == RenewalState.OPEN ? "Your sponsor licence expires on " + l.expiryDate()
          : "Your sponsor licence expired on " + l.expiryDate();
      String body = after == RenewalState.OPEN
          ? "You can apply to renew your licence until " + sms.rules().licences().renewalWindow(l.expiryDate(), toDay).lastDay()
          : "The last day to apply to renew was the day before the expiry date.";
      tx.values(store.users).stream().filter(u -> u.licence().equals(l.number()))
          .filter(u -> u.user().level() == io.github.sponsorsdk.sms.core.user.UserLevel.LEVEL_1)
          .filter(u -> io.github.sponsorsdk.sms.rules.login.LoginEligibility.permits(u.user().status()))
          .forEach(u -> tx.email(EmailKind.LICENCE_EXPIRY, u.user().profile().email(),
              Optional.of(u.user().userId()), subject, body, Optional.empty()));
    }
  }
}
