package io.github.sponsorsdk.sms.rules.certificate;

import io.github.sponsorsdk.sms.core.certificate.CertificateStatus;
import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.decision.Reason;
import io.github.sponsorsdk.sms.core.decision.Severity;
import io.github.sponsorsdk.sms.core.route.CertificateKind;
import io.github.sponsorsdk.sms.rules.effective.DatedValue;
import io.github.sponsorsdk.sms.rules.permission.CertificateOwnership;
import io.github.sponsorsdk.sms.rules.permission.Level2Withdrawal;
import io.github.sponsorsdk.sms.rules.permission.PermissionParameters;
import io.github.sponsorsdk.sms.rules.permission.SmsAction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The CoS and CAS state machine: which action may move a certificate from which status to which, and who may take
 * it.
 *
 * <pre>
 *  CREATED --ASSIGN--> ASSIGNED --RECORD_USE--> USED (pending) --GRANTED/REFUSED--> USED (spent)
 *                        ^  |                        |
 *                        |  +--WITHDRAW / CANCEL / EXPIRE / MAKE_OBSOLETE (CAS)--> final
 *                        +--- application REJECTED_INVALID / VOID / WITHDRAWN ---+
 * </pre>
 *
 * <p>EDIT_SAVED keeps a CREATED certificate CREATED (supplying what it lacks before assignment); MANAGE_LIVE keeps
 * an ASSIGNED certificate ASSIGNED; REPORT_ACTIVITY keeps a USED one USED. WITHDRAWN,
 * CANCELLED, EXPIRED and OBSOLETE are final. Sources: SMS Manual 1 (Troubleshooting; Level 2 users), Appendix
 * Skilled Worker SW 5.1(d)-(e), Appendix Student ST 7.2, BDT schema v2.1 {@code CASStatusType}. Every refusal
 * reason is collected, not just the first (a Level 2 user reporting on someone else's ASSIGNED CAS hears both).
 * Whether the licence allows certificate work at all (suspended, dormant, B-rated) is the permissions engine's
 * question, and whether an allocation remains the allocation engine's.
 *
 * <pre>{@code
 * CertificateLifecycle lifecycle = CertificateLifecycle.defaults();
 * LifecycleOutcome o = lifecycle.apply(CertificateState.created(CertificateKind.COS), CertificateAction.ASSIGN,
 *     Actor.LEVEL_1_USER);
 * CertificateState assigned = o.newState().orElseThrow();       // COS ASSIGNED
 * lifecycle.apply(assigned, CertificateAction.REPORT_ACTIVITY, Actor.LEVEL_1_USER)
 *     .decision().codes();                                       // [REPORT_ONLY_ONCE_USED]
 * }</pre>
 *
 * <p><b>One table for who may act.</b> The statuses are this class's table; who among the sponsor's users may take
 * an action is the permission catalogue's row for its SMS function ({@link CertificateAction#sponsorFunction}, read
 * through {@link PermissionParameters#level2May}), so {@code allowedActions} here and the
 * {@link io.github.sponsorsdk.sms.rules.permission.PermissionEngine}'s never disagree on a Level 2 user (decision
 * record {@code 0485-sms-functions}: a Level 2 user may withdraw the certificates they own by default).
 *
 * <p><b>Shape</b> (docs/decisions/0005-api-charter.md): {@link #defaults()} (one shared instance) reads
 * {@link PermissionParameters#defaults()}; {@code of(PermissionParameters)} takes the permission engine's
 * parameters, {@code parameters()} returns them. Immutable and thread-safe.
 * <b>Verbs:</b> {@code apply(state, action, actor)} moves a certificate and returns a {@code LifecycleOutcome} holding
 * the new state only when allowed; {@code allowedActions} lists what an actor may do.
 */
public final class CertificateLifecycle {

  /** Nothing leaves these statuses: those {@link CertificateStatus#isFinal()} names. */
  public static final Set<CertificateStatus> FINAL_STATUSES = Collections.unmodifiableSet(
      Arrays.stream(CertificateStatus.values()).filter(CertificateStatus::isFinal)
          .collect(Collectors.toCollection(() -> EnumSet.noneOf(CertificateStatus.class))));

  private static final CertificateLifecycle DEFAULTS = new CertificateLifecycle(PermissionParameters.defaults());

  private final PermissionParameters parameters;
  /** The day the 3-argument methods read the parameters on: the start of the latest version (today's rule). */
  private final LocalDate latest;

  private CertificateLifecycle(PermissionParameters parameters) {
    this.parameters = java.util.Objects.requireNonNull(parameters, "parameters");
    List<DatedValue<Level2Withdrawal>> versions = parameters.level2Withdrawal().versions();
    this.latest = versions.get(versions.size() - 1).effectiveFrom();
  }

  /**
   * {@return the lifecycle of the manual, the Immigration Rules and the BDT schema, with Level 2 powers read from
   * {@link PermissionParameters#defaults()}} One shared instance serves every caller.
   */
  public static CertificateLifecycle defaults() {
    return DEFAULTS;
  }

  /**
   * The lifecycle reading Level 2 powers from {@code parameters}: the same parameters the
   * {@link io.github.sponsorsdk.sms.rules.permission.PermissionEngine} is given, so both answer from one table.
   *
   * @param parameters the permission engine's parameters, whose Level 2 rows the lifecycle reads
   * @return the lifecycle
   */
  public static CertificateLifecycle of(PermissionParameters parameters) {
    return new CertificateLifecycle(parameters);
  }

  /** {@return the parameters this engine reads (the permission engine's: who among the sponsor's users may act)} */
  public PermissionParameters parameters() {
    return parameters;
  }

  /** Which application stage a row needs in its from-status. */
  private enum Stage { ANY, PENDING }

  private static final class Row {
    final CertificateAction action;
    final CertificateStatus from;
    final Stage stage;
    final CertificateStatus to;
    final Optional<ApplicationDecision> decision;

    Row(CertificateAction action, CertificateStatus from, Stage stage, CertificateStatus to,
        Optional<ApplicationDecision> decision) {
      this.action = action;
      this.from = from;
      this.stage = stage;
      this.to = to;
      this.decision = decision;
    }

    boolean matches(CertificateState s, CertificateAction a) {
      return a == action && s.status() == from && (stage == Stage.ANY || s.applicationDecision().isEmpty());
    }
  }

  private static final List<Row> TABLE = List.of(
      row(CertificateAction.ASSIGN, CertificateStatus.CREATED, CertificateStatus.ASSIGNED),
      row(CertificateAction.EDIT_SAVED, CertificateStatus.CREATED, CertificateStatus.CREATED),
      row(CertificateAction.MANAGE_LIVE, CertificateStatus.ASSIGNED, CertificateStatus.ASSIGNED),
      row(CertificateAction.RECORD_USE, CertificateStatus.ASSIGNED, CertificateStatus.USED),
      new Row(CertificateAction.APPLICATION_GRANTED, CertificateStatus.USED, Stage.PENDING, CertificateStatus.USED,
          Optional.of(ApplicationDecision.GRANTED)),
      new Row(CertificateAction.APPLICATION_REFUSED, CertificateStatus.USED, Stage.PENDING, CertificateStatus.USED,
          Optional.of(ApplicationDecision.REFUSED)),
      new Row(CertificateAction.APPLICATION_REJECTED_INVALID, CertificateStatus.USED, Stage.PENDING,
          CertificateStatus.ASSIGNED, Optional.empty()),
      new Row(CertificateAction.APPLICATION_VOID, CertificateStatus.USED, Stage.PENDING, CertificateStatus.ASSIGNED,
          Optional.empty()),
      new Row(CertificateAction.APPLICATION_WITHDRAWN, CertificateStatus.USED, Stage.PENDING,
          CertificateStatus.ASSIGNED, Optional.empty()),
      row(CertificateAction.REPORT_ACTIVITY, CertificateStatus.USED, CertificateStatus.USED),
      row(CertificateAction.WITHDRAW, CertificateStatus.ASSIGNED, CertificateStatus.WITHDRAWN),
      row(CertificateAction.CANCEL, CertificateStatus.ASSIGNED, CertificateStatus.CANCELLED),
      row(CertificateAction.EXPIRE, CertificateStatus.ASSIGNED, CertificateStatus.EXPIRED),
      row(CertificateAction.MAKE_OBSOLETE, CertificateStatus.ASSIGNED, CertificateStatus.OBSOLETE));

  private static Row row(CertificateAction action, CertificateStatus from, CertificateStatus to) {
    return new Row(action, from, Stage.ANY, to, Optional.empty());
  }

  /**
   * {@link #apply(CertificateState, CertificateAction, Actor, LocalDate)} with the parameters' latest version (the
   * rule as the SMS applies it today).
   *
   * @param state the certificate's state
   * @param action the action
   * @param actor who acts
   * @return the new state when allowed; the refusal otherwise
   */
  public LifecycleOutcome apply(CertificateState state, CertificateAction action, Actor actor) {
    return apply(state, action, actor, latest);
  }

  /**
   * May {@code actor} take {@code action} on a certificate in {@code state}, on {@code on}; if so, where does it end
   * up? A sponsor user's right comes from the action's SMS function row ({@link CertificateAction#sponsorFunction})
   * and {@link PermissionParameters#level2May}; the Home Office's and time's from {@link CertificateAction#party()}.
   *
   * @param state the certificate's state
   * @param action the action
   * @param actor who acts
   * @param on the day of the action: the parameters in force that day apply
   * @return the new state when allowed; the refusal otherwise
   */
  public LifecycleOutcome apply(CertificateState state, CertificateAction action, Actor actor, LocalDate on) {
    if (state.isFinal()) {
      return LifecycleOutcome.refused(Decision.of(reason(LifecycleReasonCode.FINAL_STATUS, state, action, actor)));
    }
    List<Reason> refusals = new ArrayList<>();
    if (!action.kinds().contains(state.kind())) {
      refusals.add(reason(LifecycleReasonCode.NOT_FOR_CERTIFICATE_KIND, state, action, actor)
          .withCitation(action.citation()));
    }
    if (!permits(action, state.kind(), actor, on)) {
      boolean ownerCould = actor == Actor.LEVEL_2_NOT_OWNER && permits(action, state.kind(), Actor.LEVEL_2_OWNER, on);
      refusals.add(ownerCould ? reason(LifecycleReasonCode.LEVEL_2_NOT_OWNER, state, action, actor)
          : LifecycleReasonCode.ACTOR_NOT_PERMITTED.reason(Map.of("actor", actor, "action", action,
              "allowedActors", actors(action, state.kind(), on), "status", state.status()))
              .withCitation(action.citation()));
    }
    Optional<Row> row = TABLE.stream().filter(r -> r.matches(state, action)).findFirst();
    if (row.isEmpty()) {
      refusals.add(reason(statusCode(state, action), state, action, actor));
    }
    if (!refusals.isEmpty()) {
      return LifecycleOutcome.refused(Decision.of(refusals));
    }
    Row r = row.get();
    CertificateState next = CertificateState.builder().kind(state.kind()).status(r.to)
        .applicationDecision(r.to == CertificateStatus.USED && r.decision.isEmpty()
            ? state.applicationDecision() : r.decision)
        .build();
    List<Reason> reasons = new ArrayList<>();
    reasons.add(LifecycleReasonCode.TRANSITION_ALLOWED.reason(Map.of("actor", actor, "action", action,
        "status", state.status(), "kind", state.kind(), "next", next)).withCitation(action.citation()));
    if (state.status() == CertificateStatus.USED && r.to == CertificateStatus.ASSIGNED) {
      reasons.add(reason(LifecycleReasonCode.REUSABLE_AGAIN, state, action, actor));
    }
    return LifecycleOutcome.allowed(Decision.of(reasons), next);
  }

  /**
   * {@return {@link #allowedActions(CertificateState, Actor, LocalDate)} with the parameters' latest version}
   *
   * @param state the certificate's state
   * @param actor who acts
   */
  public Set<CertificateAction> allowedActions(CertificateState state, Actor actor) {
    return allowedActions(state, actor, latest);
  }

  /**
   * {@return the actions {@code actor} may take on a certificate in {@code state} on {@code on}, in declaration order}
   *
   * @param state the certificate's state
   * @param actor who acts
   * @param on the day: the parameters in force that day apply
   */
  public Set<CertificateAction> allowedActions(CertificateState state, Actor actor, LocalDate on) {
    Set<CertificateAction> allowed = EnumSet.noneOf(CertificateAction.class);
    for (CertificateAction a : CertificateAction.values()) {
      if (apply(state, a, actor, on).isAllowed()) {
        allowed.add(a);
      }
    }
    return allowed;
  }

  /**
   * {@return who may take {@code action} on a certificate of {@code kind} on {@code on}, whatever its status}
   *
   * @param action the action
   * @param kind CoS or CAS
   * @param on the day: the parameters in force that day apply
   */
  public Set<Actor> actors(CertificateAction action, CertificateKind kind, LocalDate on) {
    Set<Actor> actors = EnumSet.noneOf(Actor.class);
    for (Actor a : Actor.values()) {
      if (permits(action, kind, a, on)) {
        actors.add(a);
      }
    }
    return actors;
  }

  private boolean permits(CertificateAction action, CertificateKind kind, Actor actor, LocalDate on) {
    Optional<SmsAction> function = action.sponsorFunction(kind);
    if (function.isEmpty()) {
      return action.party().map(actor::equals).orElse(false);
    }
    switch (actor) {
      case LEVEL_1_USER:
        return true;
      case LEVEL_2_OWNER:
        return parameters.level2May(function.get(), CertificateOwnership.ACTOR, on);
      case LEVEL_2_NOT_OWNER:
        return parameters.level2May(function.get(), CertificateOwnership.ANOTHER_USER, on);
      default:
        return false;
    }
  }

  private static LifecycleReasonCode statusCode(CertificateState state, CertificateAction action) {
    boolean decided = state.applicationDecision().isPresent();
    switch (action) {
      case MANAGE_LIVE:
        return LifecycleReasonCode.MANAGE_ONLY_WHILE_ASSIGNED;
      case REPORT_ACTIVITY:
        return LifecycleReasonCode.REPORT_ONLY_ONCE_USED;
      case RECORD_USE:
        return decided ? LifecycleReasonCode.NOT_REUSABLE : LifecycleReasonCode.NOT_ALLOWED_IN_STATUS;
      case APPLICATION_GRANTED:
      case APPLICATION_REFUSED:
      case APPLICATION_REJECTED_INVALID:
      case APPLICATION_VOID:
      case APPLICATION_WITHDRAWN:
        return decided ? LifecycleReasonCode.ALREADY_DECIDED : LifecycleReasonCode.NO_APPLICATION_PENDING;
      default:
        return LifecycleReasonCode.NOT_ALLOWED_IN_STATUS;
    }
  }

  /** A reason whose parameters are the action, the actor, the status and the kind. */
  private static Reason reason(LifecycleReasonCode code, CertificateState state, CertificateAction action,
      Actor actor) {
    return code.reason(Map.of("action", action, "actor", actor, "status", state.status(), "kind", state.kind()));
  }
}
