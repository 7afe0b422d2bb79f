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
import io.github.sponsorsdk.sms.rules.licence.LicenceRules;
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
          AutomaticRenewal.NOT_RENEWED);
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
   * Clock sweep: the licence expiry notices. When {@link LicenceRules#renewalState} moves to {@code OPEN} (90 days
   * before expiry) or {@code CLOSED} (expiry reached) between the two days, every active Level 1 user of the licence
   * is emailed. Licences that need no renewal (expiring on or after the 2024 cut-off) get none.
   */
  void sweep(Tx tx, java.time.Instant from, java.time.Instant to) {
    java.time.LocalDate fromDay = java.time.LocalDate.ofInstant(from, SmsTestClock.LONDON);
    java.time.LocalDate toDay = java.time.LocalDate.ofInstant(to, SmsTestClock.LONDON);
    if (!toDay.isAfter(fromDay)) {
      return;
    }
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
