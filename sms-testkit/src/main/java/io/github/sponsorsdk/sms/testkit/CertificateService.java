package io.github.sponsorsdk.sms.testkit;

import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.testkit.audit.AuditAction;
import static io.github.sponsorsdk.sms.testkit.InMemorySms.details;

import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.certificate.CertificateStatus;
import io.github.sponsorsdk.sms.core.certificate.CosType;
import io.github.sponsorsdk.sms.core.certificate.SponsorNote;
import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.identifier.CertificateNumber;
import io.github.sponsorsdk.sms.core.licence.Allocation;
import io.github.sponsorsdk.sms.core.licence.Licence;
import io.github.sponsorsdk.sms.core.port.CertificateDraft;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import io.github.sponsorsdk.sms.core.value.Violation;
import io.github.sponsorsdk.sms.core.port.SmsResult;
import io.github.sponsorsdk.sms.core.route.CertificateKind;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.rules.allocation.AllocationOutcome;
import io.github.sponsorsdk.sms.rules.allocation.AllocationRules;
import io.github.sponsorsdk.sms.rules.licence.ProvisionalRatingRules;
import io.github.sponsorsdk.sms.rules.certificate.Actor;
import io.github.sponsorsdk.sms.rules.certificate.AssignmentReadiness;
import io.github.sponsorsdk.sms.rules.certificate.CertificateAction;
import io.github.sponsorsdk.sms.rules.certificate.CertificateLifecycle;
import io.github.sponsorsdk.sms.rules.certificate.CertificateState;
import io.github.sponsorsdk.sms.rules.certificate.CertificateValidity;
import io.github.sponsorsdk.sms.rules.certificate.LifecycleOutcome;
import io.github.sponsorsdk.sms.testkit.clock.SmsTestClock;
import io.github.sponsorsdk.sms.testkit.event.SmsEventKind;
import io.github.sponsorsdk.sms.testkit.internal.Store;
import io.github.sponsorsdk.sms.testkit.internal.Tx;
import io.github.sponsorsdk.sms.testkit.outbox.EmailKind;
import io.github.sponsorsdk.sms.core.port.CaseworkKind;
import io.github.sponsorsdk.sms.testkit.state.CaseworkRecord;
import io.github.sponsorsdk.sms.testkit.state.CertificateRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import io.github.sponsorsdk.sms.testkit.internal.Ids;

/**
 * CoS and CAS on the store. The sms-rules engines decide: {@link CertificateLifecycle} (which action in which
 * status, by whom), {@link AssignmentReadiness} (fields needed to assign), {@link AllocationRules} (allocation
 * accounting and its SMS wording), {@link CertificateValidity} (expiry on the clock).
 */
final class CertificateService {
  /** Manual 1, Troubleshooting: the SMS's answer when a search finds nothing the user may see. */
  static final String NOT_FOUND_MESSAGE = "No CAS were found for the search criteria given.";

  private final InMemorySms sms;
  private final Store store;

  CertificateService(InMemorySms sms) {
    this.sms = sms;
    this.store = sms.store();
  }

  private CertificateLifecycle lifecycle() {
    return sms.rules().lifecycle();
  }

  private AllocationRules allocations() {
    return sms.rules().allocations();
  }

  private CertificateValidity validity() {
    return sms.rules().validity();
  }

  static Decision notFound() {
    return Decision.of(SessionReason.NOT_FOUND.reason());
  }

  static String key(CertificateNumber number) {
    return number.value();
  }

  /**
   * Whether the SMS still serves {@code route} of {@code licence} today: a route moved to Sponsor UK refuses the
   * SMS's certificate functions ({@code migration.ROUTE_MIGRATED_TO_SPONSOR_UK}); only the refusal is returned.
   */
  private Decision onSms(Licence licence, Route route) {
    Decision d = sms.rules().migrations().decide(licence, route,
        io.github.sponsorsdk.sms.core.licence.SponsorshipSystem.SMS, sms.today());
    return d.isRefused() ? d : Decision.allowed();
  }

  /** A certificate of {@code caller}'s licence, or empty (other licences' certificates do not exist for them). */
  Optional<CertificateRecord> find(Tx tx, Accounts.Caller caller, CertificateNumber number) {
    return tx.get(store.certificates, key(number)).filter(r -> r.licence().equals(caller.record.licence()));
  }

  /** Saves a new certificate; the fake gives it a number at once (when the SMS does is UNCERTAIN). */
  SmsResult<Certificate> create(Tx tx, Accounts.Caller caller, Licence licence, CertificateDraft draft) {
    Decision routed = onSms(licence, draft.route());
    if (routed.isRefused()) {
      return SmsResult.refused(routed);
    }
    boolean defined = draft.cosType().filter(t -> t == CosType.DEFINED).isPresent();
    Optional<CaseworkRecord> grant = Optional.empty();
    Decision decision = Decision.allowed();
    if (defined) {
      grant = draft.definedCosReference().flatMap(ref -> tx.get(store.casework, ref))
          .filter(c -> c.licence().equals(licence.number()) && c.request().kind() == CaseworkKind.DEFINED_COS
              && c.definedCosCertificate().isEmpty());
      if (grant.isEmpty()) {
        return SmsResult.refused(Decision.of(SessionReason.NO_SUCH_DEFINED_COS.reason()));
      }
      decision = definedCosCheck(licence, grant.get());
      if (decision.isRefused()) {
        return SmsResult.refused(decision);
      }
    }
    Route route = draft.route();
    boolean cos = route.certificateKind() == CertificateKind.COS;
    Certificate.Builder b = Certificate.builder().kind(route.certificateKind())
        .status(CertificateStatus.CREATED)
        .route(route).owner(caller.userId()).migrant(draft.migrant()).mainAddress(draft.mainAddress())
        .grossSalary(draft.grossSalary()).salaryPeriod(draft.salaryPeriod()).cosType(draft.cosType())
        .maintenanceCertified(draft.maintenanceCertified()).createdOn(sms.today()).startDate(draft.startDate())
        .endDate(draft.endDate()).job(draft.job()).cas(draft.cas());
    if (cos) {
      b.cosNumber(tx.ids().cosNumber());
    } else {
      b.casNumber(tx.ids().casNumber(route == Route.CHILD_STUDENT ? Ids.CasKind.CHILD_STUDENT
          : Ids.CasKind.STUDENT));
    }
    Certificate c = b.build();
    tx.put(store.certificates, InMemorySms.key(c), CertificateRecord.of(licence.number(), c));
    tx.audit(AuditAction.CERTIFICATE_CREATED, Optional.of(licence.number()), InMemorySms.key(c), null, c);
    grant.ifPresent(g -> tx.put(store.casework, g.request().reference(),
        g.withDefinedCosCertificate(InMemorySms.key(c))));
    return SmsResult.allowed(c, decision);
  }

  /**
   * Prepares an assignment outside the lock (lifecycle, readiness, the defined CoS grant, the assigned certificate
   * built and validated) and returns the step that finishes it under the lock: the allocation is drawn from the
   * licence as committed at that moment, so concurrent assignments never overspend it and each answer states the
   * allocation it left. Every reason of every engine is returned together.
   */
  Function<Tx, SmsResult<Certificate>> assign(Tx tx, Accounts.Caller caller, CertificateRecord record) {
    Certificate c = record.certificate();
    Decision routed = onSms(caller.licence, c.route());
    if (routed.isRefused()) {
      return t -> SmsResult.refused(routed);
    }
    LifecycleOutcome step = lifecycle().apply(state(record), CertificateAction.ASSIGN,
        Actor.of(caller.record.user(), c));
    Decision checked = step.decision().and(AssignmentReadiness.defaults().decide(c));
    LocalDate today = sms.today();
    if (c.cosType().filter(t -> t == CosType.DEFINED).isPresent()) {
      // A defined CoS is granted per vacancy, not drawn from the allocation (docs/fidelity.md, "Defined CoS").
      Optional<CaseworkRecord> grant = tx.values(store.casework).stream()
          .filter(g -> g.definedCosCertificate().filter(InMemorySms.key(c)::equals).isPresent()).findFirst();
      Decision decision = checked.and(grant.map(g -> definedCosCheck(caller.licence, g))
          .orElse(Decision.of(SessionReason.NO_SUCH_DEFINED_COS.reason())));
      if (decision.isRefused()) {
        return t -> SmsResult.refused(decision);
      }
      Certificate assigned = Certificate.builder().from(c).status(CertificateStatus.ASSIGNED).assignedOn(today)
          .build();
      CertificateRecord stored = record.withCertificate(assigned);
      return t -> {
        put(t, record, stored, AuditAction.CERTIFICATE_ASSIGNED);
        return SmsResult.allowed(assigned, decision);
      };
    }
    Optional<Certificate> assigned = checked.isRefused() ? Optional.empty()
        : Optional.of(Certificate.builder().from(c).status(CertificateStatus.ASSIGNED).assignedOn(today).build());
    Optional<CertificateRecord> stored = assigned.map(a -> record
        .withCertificate(a));
    return t -> {
      Licence licence = t.get(store.licences, record.licence()).orElseThrow();
      Allocation allocation = allocationFor(licence, c.route(), today);
      AllocationOutcome drawn = allocations().assign(allocation, today);
      Decision decision = checked.and(provisionalCheck(t, licence, c)).and(drawn.decision());
      if (decision.isRefused()) {
        return SmsResult.refused(decision);
      }
      List<Allocation> list = new ArrayList<>(licence.allocations());
      int i = list.indexOf(allocation);
      if (i >= 0) {
        list.set(i, drawn.allocation());
      } else {
        list.add(drawn.allocation());
      }
      Licence after = licence.withAllocations(list);
      t.put(store.licences, licence.number(), after);
      put(t, record, stored.orElseThrow(), AuditAction.CERTIFICATE_ASSIGNED);
      t.audit(AuditAction.ALLOCATION_USED, Optional.of(licence.number()), licence.number().value(), allocation,
          drawn.allocation());
      return SmsResult.allowed(assigned.orElseThrow(), decision);
    };
  }

  /**
   * A provisionally rated sponsor's one CoS, for its Authorising Officer ({@link ProvisionalRatingRules}): read
   * under the lock, so two concurrent assignments cannot both be the first.
   */
  private Decision provisionalCheck(Tx t, Licence licence, Certificate c) {
    int assignedSoFar = (int) t.values(store.certificates).stream()
        .filter(r -> r.licence().equals(licence.number()) && r.certificate().assignedOn().isPresent()).count();
    Optional<io.github.sponsorsdk.sms.core.user.UserProfile> officer = t.values(store.users).stream()
        .filter(u -> u.licence().equals(licence.number()))
        .filter(u -> u.user().keyPersonnelRoles().contains(
            io.github.sponsorsdk.sms.core.user.KeyPersonnelRole.AUTHORISING_OFFICER))
        .map(u -> u.user().profile()).findFirst();
    return ProvisionalRatingRules.defaults().decideAssignment(licence, c.route(), assignedSoFar, c.migrant(),
        officer);
  }

  private Decision definedCosCheck(Licence licence, CaseworkRecord grant) {
    return sms.rules().definedCos().decideAssignment(grant.definedCosState().orElseThrow(),
        licence.ratingFor(Route.SKILLED_WORKER).orElseThrow(), licence.status(), sms.today());
  }

  /** Withdraws an assigned certificate (Level 1 only, by the lifecycle table); its allocation is not returned. */
  SmsResult<Certificate> withdraw(Tx tx, Accounts.Caller caller, CertificateRecord record) {
    LifecycleOutcome step = lifecycle().apply(state(record), CertificateAction.WITHDRAW,
        Actor.of(caller.record.user(), record.certificate()));
    if (!step.isAllowed()) {
      return SmsResult.refused(step.decision());
    }
    Certificate after = withStatus(record.certificate(), step.newState().orElseThrow());
    put(tx, record, record.withCertificate(after),
        AuditAction.CERTIFICATE_WITHDRAWN);
    return SmsResult.allowed(after, step.decision());
  }

  /** Adds a sponsor note to a live (assigned) certificate. */
  /**
   * Replaces a saved certificate's content with the draft's (lifecycle {@code EDIT_SAVED}: only while CREATED, by a
   * Level 1 user or the owner). The route and CoS type must stay; the number, owner and dates of the record stay.
   */
  SmsResult<Certificate> update(Tx tx, Accounts.Caller caller, CertificateRecord record, CertificateDraft draft) {
    Certificate before = record.certificate();
    LifecycleOutcome step = lifecycle().apply(state(record), CertificateAction.EDIT_SAVED,
        Actor.of(caller.record.user(), before));
    if (!step.isAllowed()) {
      return SmsResult.refused(step.decision());
    }
    List<Violation> v = new ArrayList<>();
    if (draft.route() != before.route()) {
      v.add(Violation.of("route", draft.route().name(), "Unchanged", "must stay " + before.route().name()));
    }
    if (draft.cosType().isPresent() && !draft.cosType().equals(before.cosType())) {
      v.add(Violation.of("cosType", draft.cosType().get().name(), "Unchanged", "must stay "
          + before.cosType().map(Enum::name).orElse("empty")));
    }
    ValueValidation.requireNone("CertificateDraft (update)", v);
    Certificate after = Certificate.builder().from(before).migrant(draft.migrant()).mainAddress(draft.mainAddress())
        .grossSalary(draft.grossSalary()).salaryPeriod(draft.salaryPeriod())
        .maintenanceCertified(draft.maintenanceCertified()).startDate(draft.startDate()).endDate(draft.endDate())
        .job(draft.job()).cas(draft.cas()).build();
    put(tx, record, record.withCertificate(after), AuditAction.CERTIFICATE_UPDATED);
    return SmsResult.allowed(after, step.decision());
  }

  /**
   * Deletes a saved, unassigned certificate: allowed exactly where the lifecycle allows editing it before assignment
   * ({@code EDIT_SAVED}: "Amend information on a CoS before it is assigned" and "Delete an unassigned CoS" are both
   * functions of a saved certificate, Manual 8). A deleted defined CoS frees its grant to be created again.
   */
  SmsResult<Certificate> delete(Tx tx, Accounts.Caller caller, CertificateRecord record) {
    Certificate before = record.certificate();
    LifecycleOutcome step = lifecycle().apply(state(record), CertificateAction.EDIT_SAVED,
        Actor.of(caller.record.user(), before));
    if (!step.isAllowed()) {
      return SmsResult.refused(step.decision());
    }
    String key = InMemorySms.key(before);
    tx.delete(store.certificates, key);
    for (io.github.sponsorsdk.sms.testkit.state.CaseworkRecord c : tx.values(store.casework)) {
      if (c.definedCosCertificate().filter(key::equals).isPresent()) {
        tx.put(store.casework, c.request().reference(), c.withDefinedCosCertificate(Optional.empty()));
      }
    }
    tx.audit(AuditAction.CERTIFICATE_DELETED, Optional.of(record.licence()), key, before, null);
    return SmsResult.allowed(before, step.decision());
  }

  /**
   * A fee update of a CAS, as a BDT fee update record does it (Manual 5, "Fee updates"): the first-year course fees
   * and the amounts paid to date given replace the CAS's; a CAS without CAS details is not found.
   */
  SmsResult<Certificate> updateFees(Tx tx, CertificateRecord record,
      io.github.sponsorsdk.sms.core.port.CasFeeUpdate update) {
    Certificate before = record.certificate();
    if (before.cas().isEmpty()) {
      return SmsResult.refused(notFound());
    }
    io.github.sponsorsdk.sms.core.study.CasDetails details = before.cas().get();
    io.github.sponsorsdk.sms.core.study.CasFinances f = details.finances();
    io.github.sponsorsdk.sms.core.study.CasFinances updated = f
        .withCourseFeesForFirstYearOnly(update.courseFeesForFirstYearOnly().amount())
        .withCourseFeesPaidToDate(update.courseFeesPaidToDate().map(Money::amount).or(f::courseFeesPaidToDate))
        .withAccommodationFeesPaidToDate(update.accommodationFeesPaidToDate().map(Money::amount)
            .or(f::accommodationFeesPaidToDate))
        .withBoardingFeesPaidToDate(update.boardingFeesPaidToDate().map(Money::amount).or(f::boardingFeesPaidToDate));
    Certificate after = before.withCas(details.withFinances(updated));
    tx.put(store.certificates, InMemorySms.key(after), record.withCertificate(after));
    tx.audit(AuditAction.FEES_UPDATED, Optional.of(record.licence()), InMemorySms.key(after), before, after);
    return SmsResult.allowed(after);
  }

  /** The printable lines of a certificate, in the order of the "View CoS/CAS" screen's headings (the SDK's). */
  static io.github.sponsorsdk.sms.core.port.CertificatePrint print(Certificate c) {
    List<String> lines = new ArrayList<>();
    lines.add((c.kind() == CertificateKind.COS ? "CoS" : "CAS")
        + " number: " + InMemorySms.key(c));
    lines.add("Status: " + c.status().name());
    lines.add("Route: " + c.route().displayName());
    lines.add("Family name: " + c.migrant().familyName());
    c.migrant().givenNames().ifPresent(g -> lines.add("Given names: " + g));
    lines.add("Passport number: " + c.migrant().passportNumber());
    lines.add("Created: " + c.createdOn());
    c.assignedOn().ifPresent(d -> lines.add("Assigned: " + d));
    c.startDate().ifPresent(d -> lines.add("Start date: " + d));
    c.endDate().ifPresent(d -> lines.add("End date: " + d));
    c.grossSalary().ifPresent(m -> lines.add("Gross salary: " + m.toPlainString()
        + c.salaryPeriod().map(p -> " " + p.name()).orElse("")));
    c.sponsorNotes().forEach(n -> lines.add("Sponsor note (" + n.date() + "): " + n.text()));
    return io.github.sponsorsdk.sms.core.port.CertificatePrint.builder().number(c.number().orElseThrow())
        .lines(lines).build();
  }

  SmsResult<Certificate> addNote(Tx tx, Accounts.Caller caller, CertificateRecord record, String text) {
    LifecycleOutcome step = lifecycle().apply(state(record), CertificateAction.MANAGE_LIVE,
        Actor.of(caller.record.user(), record.certificate()));
    if (!step.isAllowed()) {
      return SmsResult.refused(step.decision());
    }
    Certificate after = record.certificate().withSponsorNotes(
        append(record.certificate().sponsorNotes(), SponsorNote.builder().date(sms.today()).text(text)
            .author(caller.userId()).build()));
    put(tx, record, record.withCertificate(after),
        AuditAction.SPONSOR_NOTE_ADDED);
    return SmsResult.allowed(after, step.decision());
  }

  /** A Home Office act on a certificate (record use, decide the application, cancel, make obsolete). */
  Certificate homeOffice(Tx tx, CertificateRecord record, CertificateAction action) {
    LifecycleOutcome step = lifecycle().apply(state(record), action, Actor.HOME_OFFICE);
    if (!step.isAllowed()) {
      throw new IllegalStateException("the Home Office cannot " + action + " now: " + step.decision());
    }
    CertificateState next = step.newState().orElseThrow();
    Certificate after = withStatus(record.certificate(), next);
    if (action == CertificateAction.RECORD_USE) {
      after = after.withUsedOn(sms.today());
    }
    CertificateRecord stored = record.withCertificate(after)
        .withApplicationDecision(next.applicationDecision());
    tx.put(store.certificates, InMemorySms.key(after), stored);
    tx.audit(AuditAction.ofHomeOffice(action), Optional.of(record.licence()), InMemorySms.key(after),
        record.certificate(), after);
    statusEvent(tx, record, after);
    return after;
  }

  /** Clock sweep: assigned certificates past their validity expire; allocation years that ended are closed. */
  void sweep(Tx tx, Instant from, Instant to) {
    LocalDate fromDay = LocalDate.ofInstant(from, SmsTestClock.LONDON);
    LocalDate toDay = LocalDate.ofInstant(to, SmsTestClock.LONDON);
    if (!toDay.isAfter(fromDay)) {
      return;
    }
    for (CertificateRecord r : tx.values(store.certificates)) {
      Certificate c = r.certificate();
      if (c.status() == CertificateStatus.ASSIGNED && c.assignedOn().isPresent()
          && validity().isExpired(c.kind(), c.assignedOn().get(), toDay)) {
        LifecycleOutcome step = lifecycle().apply(state(r), CertificateAction.EXPIRE, Actor.TIME);
        if (step.isAllowed()) {
          Certificate after = withStatus(c, step.newState().get());
          tx.put(store.certificates, InMemorySms.key(after), r
              .withCertificate(after));
          tx.audit(AuditAction.CERTIFICATE_EXPIRED, Optional.of(r.licence()), InMemorySms.key(after), c, after);
          tx.event(SmsEventKind.CERTIFICATE_EXPIRED, Optional.of(r.licence()), InMemorySms.key(after),
              details("assignedOn", c.assignedOn().get().toString(),
                  "expiresOn", validity().expiresOn(c.kind(), c.assignedOn().get()).toString()));
        }
      }
    }
    for (Licence l : tx.values(store.licences)) {
      for (Allocation a : l.allocations()) {
        if (a.yearEndExclusive().isAfter(fromDay) && !a.yearEndExclusive().isAfter(toDay)) {
          var end = allocations().endYear(a, toDay, Optional.empty(),
              io.github.sponsorsdk.sms.rules.allocation.AllocationYearBasis.FROM_GRANT);
          tx.audit(AuditAction.ALLOCATION_YEAR_ENDED, Optional.of(l.number()), l.number().value() + "/" + a.route(), a, null);
          tx.event(SmsEventKind.ALLOCATION_EXPIRED, Optional.of(l.number()), l.number().value(),
              details("route", a.route().name(), "lapsed", Integer.toString(end.lapsed()),
                  "expiresOn", allocations().expiresOn(a).toString()));
          notifyLevel1Users(tx, l, "Your " + a.route().displayName() + " allocation has expired",
              "The allocation of " + a.granted() + " for " + a.route().displayName() + " expired on "
                  + allocations().expiresOn(a) + "; " + end.lapsed() + " unused lapsed.");
        }
      }
    }
  }

  private void notifyLevel1Users(Tx tx, Licence licence, String subject, String body) {
    tx.values(store.users).stream().filter(u -> u.licence().equals(licence.number()))
        .filter(u -> u.user().level() == io.github.sponsorsdk.sms.core.user.UserLevel.LEVEL_1)
        .filter(u -> io.github.sponsorsdk.sms.rules.login.LoginEligibility.permits(u.user().status()))
        .forEach(u -> tx.email(EmailKind.ALLOCATION_EXPIRY, u.user().profile().email(),
            Optional.of(u.user().userId()), subject, body, Optional.empty()));
  }

  /** The allocation the route draws on today: the one whose year covers today, else the latest (out of year). */
  Allocation allocationFor(Licence licence, Route route, LocalDate today) {
    Optional<Allocation> current = licence.allocation(route, today);
    if (current.isPresent()) {
      return current.get();
    }
    return licence.allocations().stream().filter(a -> a.route() == route)
        .max(java.util.Comparator.comparing(Allocation::yearStart))
        // No allocation at all for the route: nothing remains to assign (the SMS's "insufficient remaining").
        .orElse(Allocation.of(route, today, today.plusDays(1), 0));
  }

  static CertificateState state(CertificateRecord r) {
    return CertificateState.of(r.certificate(), r.applicationDecision());
  }

  private static Certificate withStatus(Certificate c, CertificateState next) {
    return c.withStatus(next.status());
  }

  private void put(Tx tx, CertificateRecord record, CertificateRecord stored, AuditAction action) {
    Certificate after = stored.certificate();
    tx.put(store.certificates, InMemorySms.key(after), stored);
    tx.audit(action, Optional.of(record.licence()), InMemorySms.key(after), record.certificate(), after);
    statusEvent(tx, record, after);
  }

  private static void statusEvent(Tx tx, CertificateRecord record, Certificate after) {
    if (after.status() != record.certificate().status()) {
      tx.event(SmsEventKind.CERTIFICATE_STATUS_CHANGED, Optional.of(record.licence()), InMemorySms.key(after),
          details("from", record.certificate().status().name(), "to", after.status().name()));
    }
  }

  private static <T> List<T> append(List<T> list, T item) {
    List<T> out = new ArrayList<>(list);
    out.add(item);
    return out;
  }

}
