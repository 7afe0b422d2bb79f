package io.github.sponsorsdk.sms.rules.certificate;

import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.decision.Reason;
import io.github.sponsorsdk.sms.core.licence.LicenceStatus;
import io.github.sponsorsdk.sms.core.licence.Rating;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.user.UserLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Defined CoS: applied for one vacancy at a time for a Skilled Worker who will apply for entry clearance, decided by
 * the Home Office (granted, refused or rejected) or withdrawn by the sponsor, and once granted created and assigned
 * within 3 months. B-rated sponsors can neither apply for nor assign them; only Level 1 users see them; a suspended,
 * dormant or ended licence can use no defined CoS function (SMS Manual 1, "Access to SMS"; Manual 12; Appendix
 * Skilled Worker SW 5.1(b)). Defined CoS draw on no allocation.
 *
 * <pre>{@code
 * DefinedCosRules rules = DefinedCosRules.defaults();
 * DefinedCosOutcome applied = rules.apply(DefinedCosRequest.builder().route(Route.SKILLED_WORKER)
 *     .entryClearance(true).rating(Rating.A).licenceStatus(LicenceStatus.LICENSED_AND_FULLY_ACTIVE)
 *     .userLevel(UserLevel.LEVEL_1).date(today).build());
 * DefinedCosOutcome granted = rules.apply(applied.application().get(), DefinedCosEvent.GRANT, Actor.HOME_OFFICE,
 *     today.plusDays(1));
 * Decision d = rules.decideAssignment(granted.application().get(), Rating.A,
 *     LicenceStatus.LICENSED_AND_FULLY_ACTIVE, assignOn);     // within 3 months of the grant
 * }</pre>
 *
 * <p><b>Shape and parameters</b> (docs/decisions/0005-api-charter.md): {@link #defaults()} reads
 * {@link ValidityParameters#defaults()}, today's guidance, each value with its citation and effective date there;
 * {@code of(ValidityParameters)} takes other parameters, {@code parameters()} returns them. Immutable and thread-safe.
 * <b>Verbs:</b> {@code apply(request)} (apply for a defined CoS) and {@code apply(application, event, actor, date)} (a
 * decision or withdrawal) move the application and return a {@code DefinedCosOutcome}; {@code decideAssignment} returns
 * a {@code Decision}.
 */
public final class DefinedCosRules {

  private final CertificateValidity validity;

  private DefinedCosRules(CertificateValidity validity) {
    this.validity = Objects.requireNonNull(validity, "validity");
  }

  /** {@return the rules with {@link ValidityParameters#defaults()}, today's guidance} */
  public static DefinedCosRules defaults() {
    return new DefinedCosRules(CertificateValidity.defaults());
  }

  /**
   * {@return the rules with {@code parameters} (the 3-month assignment window of a granted defined CoS)}
   *
   * @param parameters the parameters to use instead of {@code defaults()}: each date-effective and cited
   */
  public static DefinedCosRules of(ValidityParameters parameters) {
    return new DefinedCosRules(CertificateValidity.of(parameters));
  }

  /** {@return the parameters this engine reads} */
  public ValidityParameters parameters() {
    return validity.parameters();
  }

  /**
   * May the sponsor apply for a defined CoS? Every failing condition is reported.
   *
   * @param request who applies, when, and the licence's state
   * @return the new application, or every failing condition
   */
  public DefinedCosOutcome apply(DefinedCosRequest request) {
    List<Reason> refusals = new ArrayList<>();
    if (request.route() != Route.SKILLED_WORKER) {
      refusals.add(DefinedCosReasonCode.NOT_SKILLED_WORKER.reason(Map.of("route", request.route().displayName())));
    }
    if (!request.entryClearance()) {
      refusals.add(DefinedCosReasonCode.NOT_ENTRY_CLEARANCE.reason());
    }
    refusals.addAll(sponsorGates(request.rating(), request.licenceStatus(), "apply for"));
    if (request.userLevel() != UserLevel.LEVEL_1) {
      refusals.add(DefinedCosReasonCode.LEVEL_1_ONLY.reason());
    }
    if (!refusals.isEmpty()) {
      return DefinedCosOutcome.builder().decision(Decision.of(refusals)).build();
    }
    return DefinedCosOutcome.builder()
        .decision(Decision.of(DefinedCosReasonCode.APPLICATION_MADE.reason(Map.of("date", request.date()))))
        .application(DefinedCosApplication.awaitingDecision(request.date())).build();
  }

  /**
   * Records a decision or the sponsor's withdrawal of an application awaiting a decision.
   *
   * @param application the application
   * @param event the decision or withdrawal
   * @param actor who acts
   * @param date the day
   * @return the application with its new status, or the refusal
   */
  public DefinedCosOutcome apply(DefinedCosApplication application, DefinedCosEvent event, Actor actor,
      LocalDate date) {
    List<Reason> refusals = new ArrayList<>();
    if (application.status() != DefinedCosStatus.AWAITING_DECISION || date.isBefore(application.appliedOn())) {
      refusals.add(DefinedCosReasonCode.NOT_AWAITING_DECISION.reason(Map.of("appliedOn", application.appliedOn(),
          "status", application.status(), "date", date, "outcome", event.to())));
    }
    if (actor != event.actor()) {
      refusals.add(LifecycleReasonCode.ACTOR_NOT_PERMITTED.reason(Map.of("actor", actor, "action", event,
          "allowedActors", List.of(event.actor()), "status", application.status()))
          .withCitation(DefinedCosReasonCode.WHO_DECIDES));
    }
    if (!refusals.isEmpty()) {
      return DefinedCosOutcome.builder().decision(Decision.of(refusals)).build();
    }
    DefinedCosApplication after = DefinedCosApplication.builder().from(application).status(event.to())
        .decidedOn(date).build();
    return DefinedCosOutcome.builder()
        .decision(Decision.of(DefinedCosReasonCode.DECISION_RECORDED.reason(Map.of("outcome", event.to(),
            "date", date))))
        .application(after).build();
  }

  /**
   * May the granted defined CoS be created and assigned on {@code date}? It must be granted, the sponsor not
   * B-rated and the licence active, and the date within 3 months of the grant ({@link CertificateValidity}).
   *
   * @param application the application
   * @param rating the sponsor's worker rating
   * @param licenceStatus the licence status
   * @param date the day of the assignment
   * @return allowed, or every failing condition
   */
  public Decision decideAssignment(DefinedCosApplication application, Rating rating, LicenceStatus licenceStatus,
      LocalDate date) {
    List<Reason> reasons = new ArrayList<>(sponsorGates(rating, licenceStatus, "assign"));
    if (application.status() != DefinedCosStatus.GRANTED) {
      reasons.add(DefinedCosReasonCode.NOT_GRANTED.reason(Map.of("status", application.status())));
      return Decision.of(reasons);
    }
    Decision window = validity.decideDefinedCosAssignment(application.decidedOn().orElseThrow(), date);
    reasons.addAll(window.reasons());
    if (reasons.stream().noneMatch(r -> r.severity() == io.github.sponsorsdk.sms.core.decision.Severity.REFUSAL)) {
      reasons.add(0, DefinedCosReasonCode.ASSIGNABLE.reason());
    }
    return Decision.of(reasons);
  }

  private static List<Reason> sponsorGates(Rating rating, LicenceStatus status, String what) {
    List<Reason> refusals = new ArrayList<>();
    if (rating.isBRated()) {
      refusals.add(DefinedCosReasonCode.B_RATED.reason(Map.of("function", what)));
    }
    if (!status.canIssueCertificates()) {
      refusals.add(DefinedCosReasonCode.LICENCE_STATUS_BLOCKS.reason(Map.of("licenceStatus", status.displayName())));
    }
    return refusals;
  }
}
