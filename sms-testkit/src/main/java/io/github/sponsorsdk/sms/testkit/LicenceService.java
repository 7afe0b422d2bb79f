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
  private final AllocationRules allocations;
  private final CertificateService certificates;

  LicenceService(InMemorySms sms, AllocationRules allocations, CertificateService certificates) {
    this.sms = sms;
    this.store = sms.store();
    this.allocations = allocations;
    this.certificates = certificates;
  }

  private <T> SmsResult<T> as(Operation op, SessionToken session, SmsAction action,
      BiFunction<Tx, Accounts.Caller, SmsResult<T>> work) {
    return sms.call(op, Optional.empty(), tx -> {
      Accounts.Result auth = Accounts.authorise(tx, sms, session, action, Optional.empty());
      if (auth.caller.isEmpty()) {
        return SmsResult.refused(auth.decision);
      }
      return work.apply(tx, auth.caller.get());
    });
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
      Decision window = allocations.checkRenewalRequest(current, sms.today(), false);
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
    return as(Operation.APPLY_FOR_DEFINED_COS, session, SmsAction.APPLY_DEFINED_COS,
        (tx, caller) -> SmsResult.allowed(Casework.open(tx, sms, caller, CaseworkKind.DEFINED_COS,
            "Defined CoS: " + application.jobTitle() + " (SOC " + application.occupationCode() + ")",
            b -> b.definedCos(application))));
  }

  @Override
  public SmsResult<CaseworkRequest> requestChangeOfCircumstances(SessionToken session, CircumstanceChange change) {
    return as(Operation.REQUEST_CHANGE_OF_CIRCUMSTANCES, session, SmsAction.REQUEST_LICENCE_CHANGE,
        (tx, caller) -> SmsResult.allowed(Casework.open(tx, sms, caller, CaseworkKind.CHANGE_OF_CIRCUMSTANCES,
            change.kind() + " from " + change.changedOn(), b -> b.change(change))));
  }
}
