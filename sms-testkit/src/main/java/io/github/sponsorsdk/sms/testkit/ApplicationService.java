package io.github.sponsorsdk.sms.testkit;

import static io.github.sponsorsdk.sms.testkit.InMemorySms.details;

import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.licence.Licence;
import io.github.sponsorsdk.sms.core.licence.Rating;
import io.github.sponsorsdk.sms.core.port.ActionPlanNotice;
import io.github.sponsorsdk.sms.core.port.ActionPlanState;
import io.github.sponsorsdk.sms.core.port.CaseworkKind;
import io.github.sponsorsdk.sms.core.port.CaseworkRequest;
import io.github.sponsorsdk.sms.core.port.PremiumContact;
import io.github.sponsorsdk.sms.core.port.SessionToken;
import io.github.sponsorsdk.sms.core.port.SmsLicenceApplications;
import io.github.sponsorsdk.sms.core.port.SmsResult;
import io.github.sponsorsdk.sms.core.route.RouteCategory;
import io.github.sponsorsdk.sms.rules.actionplan.ActionPlanEvent;
import io.github.sponsorsdk.sms.rules.actionplan.ActionPlanOutcome;
import io.github.sponsorsdk.sms.rules.actionplan.ActionPlanStatus;
import io.github.sponsorsdk.sms.testkit.clock.SmsTestClock;
import io.github.sponsorsdk.sms.rules.licence.LicenceRules;
import io.github.sponsorsdk.sms.rules.licence.PendingRenewal;
import io.github.sponsorsdk.sms.rules.licence.StudentStatusApplication;
import io.github.sponsorsdk.sms.rules.permission.SmsAction;
import io.github.sponsorsdk.sms.testkit.audit.AuditAction;
import io.github.sponsorsdk.sms.testkit.event.SmsEventKind;
import io.github.sponsorsdk.sms.testkit.fault.Operation;
import io.github.sponsorsdk.sms.testkit.internal.Store;
import io.github.sponsorsdk.sms.testkit.internal.Tx;
import io.github.sponsorsdk.sms.testkit.state.ActionPlanRecord;
import io.github.sponsorsdk.sms.testkit.state.CaseworkRecord;
import io.github.sponsorsdk.sms.testkit.state.OrganisationRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@link SmsLicenceApplications} (Manual 3): the permission engine decides who may apply and when (its rows read
 * {@link LicenceRules}: renewal window and "renewal not required", Premium rating and closure, Student Sponsor
 * status period and B-rating); {@link LicenceRules} adds its explanation; applications go to casework. Action plans
 * move only through the sms-rules {@code ActionPlanRules}: pay, decline, the payment deadline (on clock advance) and
 * the Home Office's outcome, which changes the worker rating or revokes the licence.
 */
final class ApplicationService implements SmsLicenceApplications {
  private final InMemorySms sms;
  private final Store store;

  ApplicationService(InMemorySms sms) {
    this.sms = sms;
    this.store = sms.store();
  }

  private LicenceRules licences() {
    return sms.rules().licences();
  }

  /** The pending application of {@code kind} of the licence, if any (one at a time). */
  private static Optional<CaseworkRecord> pending(Tx tx, Store store, Licence licence, CaseworkKind kind) {
    return tx.values(store.casework).stream().filter(c -> c.licence().equals(licence.number()))
        .filter(c -> c.request().kind() == kind && !c.request().status().isDecided()).findFirst();
  }

  /**
   * Whether a renewal application of {@code licence} awaits a decision: what {@link LicenceRules#assessExpiry} needs
   * ("your sponsor licence continues even after expiry whilst the renewal application is being considered").
   */
  static PendingRenewal pendingRenewal(Tx tx, Store store, Licence licence) {
    return pending(tx, store, licence, CaseworkKind.LICENCE_RENEWAL).isPresent() ? PendingRenewal.AWAITING_DECISION
        : PendingRenewal.NONE;
  }

  private SmsResult<CaseworkRequest> apply(Tx tx, Accounts.Caller caller, CaseworkKind kind, Decision rule,
      String summary) {
    if (rule.isRefused()) {
      return SmsResult.refused(rule);
    }
    Optional<CaseworkRecord> waiting = pending(tx, store, caller.licence, kind);
    if (waiting.isPresent()) {
      return SmsResult.refused(Decision.of(SessionReason.APPLICATION_PENDING.reason(Map.of("reference",
          waiting.get().request().reference()))));
    }
    return SmsResult.allowed(Casework.open(tx, sms, caller, kind, summary, b -> { }), rule);
  }

  @Override
  public SmsResult<CaseworkRequest> applyForLicenceRenewal(SessionToken session) {
    return sms.authorised(Operation.APPLY_FOR_LICENCE_RENEWAL, session, SmsAction.APPLY_LICENCE_RENEWAL,
        (tx, caller) -> apply(tx, caller, CaseworkKind.LICENCE_RENEWAL,
            licences().decideRenewal(caller.licence.expiryDate(), sms.today()),
            "Renew the licence expiring on " + caller.licence.expiryDate()));
  }

  @Override
  public SmsResult<CaseworkRequest> applyForPremiumService(SessionToken session) {
    return sms.authorised(Operation.APPLY_FOR_PREMIUM_SERVICE, session, SmsAction.APPLY_PREMIUM_SERVICE,
        (tx, caller) -> apply(tx, caller, CaseworkKind.PREMIUM_SERVICE,
            licences().decidePremiumService(caller.licence, sms.today()), "Premium customer service"));
  }

  @Override
  public SmsResult<CaseworkRequest> renewPremiumService(SessionToken session) {
    return sms.authorised(Operation.RENEW_PREMIUM_SERVICE, session, SmsAction.RENEW_PREMIUM_SERVICE,
        (tx, caller) -> apply(tx, caller, CaseworkKind.PREMIUM_RENEWAL,
            licences().decidePremiumRenewal(caller.licence, sms.today()), "Renew Premium customer service"));
  }

  @Override
  public SmsResult<List<PremiumContact>> premiumContacts(SessionToken session) {
    return sms.authorised(Operation.VIEW_PREMIUM_CONTACTS, session, SmsAction.VIEW_PREMIUM_CONTACT_DETAILS,
        (tx, caller) -> SmsResult.allowed(tx.get(store.organisations, caller.record.licence())
            .map(OrganisationRecord::premiumContacts).orElse(List.of())));
  }

  @Override
  public SmsResult<CaseworkRequest> applyForStudentSponsorStatus(SessionToken session) {
    StudentStatusApplication what = licences().studentStatusApplication(sms.today());
    SmsAction action = what == StudentStatusApplication.BASIC_COMPLIANCE_ASSESSMENT
        ? SmsAction.APPLY_BASIC_COMPLIANCE_ASSESSMENT : SmsAction.APPLY_STUDENT_SPONSOR_STATUS;
    return sms.authorised(Operation.APPLY_FOR_STUDENT_SPONSOR_STATUS, session, action,
        (tx, caller) -> apply(tx, caller, CaseworkKind.STUDENT_SPONSOR_STATUS,
            licences().decideStudentSponsorStatus(caller.licence, sms.today()),
            what == StudentStatusApplication.BASIC_COMPLIANCE_ASSESSMENT ? "Basic Compliance Assessment"
                : "Student Sponsor status"));
  }

  // ---------------------------------------------------------------- action plans

  static ActionPlanNotice notice(ActionPlanRecord r) {
    return ActionPlanNotice.builder().reference(r.reference()).issuedOn(r.plan().issuedOn()).fee(r.plan().fee())
        .payBy(r.plan().payBy()).state(ActionPlanState.valueOf(r.plan().status().name())).build();
  }

  @Override
  public SmsResult<List<ActionPlanNotice>> actionPlans(SessionToken session) {
    return sms.authorised(Operation.LIST_ACTION_PLANS, session, SmsAction.PAY_ACTION_PLAN,
        (tx, caller) -> SmsResult.allowed(tx.values(store.actionPlans).stream()
            .filter(p -> p.licence().equals(caller.record.licence())).map(ApplicationService::notice)
            .collect(Collectors.toList())));
  }

  @Override
  public SmsResult<ActionPlanNotice> payActionPlan(SessionToken session, String reference) {
    return sponsorAct(Operation.PAY_ACTION_PLAN, session, SmsAction.PAY_ACTION_PLAN, reference, ActionPlanEvent.PAY);
  }

  @Override
  public SmsResult<ActionPlanNotice> declineActionPlan(SessionToken session, String reference) {
    return sponsorAct(Operation.DECLINE_ACTION_PLAN, session, SmsAction.DECLINE_ACTION_PLAN, reference,
        ActionPlanEvent.DECLINE);
  }

  private SmsResult<ActionPlanNotice> sponsorAct(Operation op, SessionToken session, SmsAction action,
      String reference, ActionPlanEvent event) {
    return sms.authorised(op, session, action, (tx, caller) -> {
      Optional<ActionPlanRecord> plan = tx.get(store.actionPlans, reference)
          .filter(p -> p.licence().equals(caller.record.licence()));
      if (plan.isEmpty()) {
        return SmsResult.refused(Decision.of(SessionReason.NO_SUCH_ACTION_PLAN.reason()));
      }
      ActionPlanOutcome outcome = move(tx, plan.get(), event, sms.today());
      if (!outcome.isAllowed()) {
        return SmsResult.refused(outcome.decision());
      }
      return SmsResult.allowed(notice(plan.get().withPlan(outcome.plan().orElseThrow())), outcome.decision());
    });
  }

  /**
   * Applies {@code event} to {@code record} through the rules and, when allowed, stores the plan and its effect on
   * the licence (the worker rating after an outcome; revocation after a decline, a missed deadline or a revocation).
   */
  ActionPlanOutcome move(Tx tx, ActionPlanRecord record, ActionPlanEvent event, LocalDate on) {
    ActionPlanOutcome outcome = sms.rules().actionPlans().apply(record.plan(), event, on);
    if (!outcome.isAllowed()) {
      return outcome;
    }
    ActionPlanRecord after = record.withPlan(outcome.plan().orElseThrow());
    tx.put(store.actionPlans, record.reference(), after);
    tx.audit(AuditAction.ACTION_PLAN_CHANGED, Optional.of(record.licence()), record.reference(), record.plan(),
        after.plan());
    tx.event(SmsEventKind.ACTION_PLAN_CHANGED, Optional.of(record.licence()), record.reference(),
        details("event", event.name(), "from", record.plan().status().name(), "to", after.plan().status().name()));
    outcome.ratingAfter().ifPresent(rating -> rateWorkerCategories(tx, record, rating));
    outcome.licenceStatusAfter().ifPresent(status -> sms.homeOffice().changeStatus(tx, record.licence(), status));
    return outcome;
  }

  /** The Worker and Temporary Worker ratings the licence holds become {@code rating}. */
  private void rateWorkerCategories(Tx tx, ActionPlanRecord record, Rating rating) {
    Licence before = tx.get(store.licences, record.licence()).orElseThrow();
    Map<RouteCategory, Rating> ratings = new EnumMap<>(RouteCategory.class);
    ratings.putAll(before.ratings());
    for (RouteCategory c : List.of(RouteCategory.WORKER, RouteCategory.TEMPORARY_WORKER)) {
      if (ratings.containsKey(c)) {
        ratings.put(c, rating);
      }
    }
    sms.homeOffice().changeRatings(tx, before, ratings);
  }

  /** Clock sweep: plans still awaiting payment after their last day to pay are missed, and the licence revoked. */
  void sweep(Tx tx, Instant from, Instant to) {
    LocalDate today = LocalDate.ofInstant(to, SmsTestClock.LONDON);
    for (ActionPlanRecord r : tx.values(store.actionPlans)) {
      if (r.plan().status() == ActionPlanStatus.AWAITING_PAYMENT && today.isAfter(r.plan().payBy())) {
        move(tx, r, ActionPlanEvent.DEADLINE_PASSED, today);
      }
    }
  }
}
