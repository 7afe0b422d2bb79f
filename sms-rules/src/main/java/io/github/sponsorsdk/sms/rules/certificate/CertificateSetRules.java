package io.github.sponsorsdk.sms.rules.certificate;

import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.route.CertificateKind;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.rules.permission.PermissionParameters;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which certificates may join or leave a named set the SMS keeps: a batch of CoS or CAS ("Create and assign batches",
 * Manuals 4 and 8; "Manage batches", Manuals 6 and 10) or a group of Creative Worker CoS (Manual 11). Who may use the
 * function is the permission engine's ({@code CREATE_*_BATCH}, {@code MANAGE_*_BATCHES},
 * {@code MANAGE_CREATIVE_WORKER_GROUPS}); what a certificate's status allows is {@link CertificateLifecycle}'s. This
 * engine adds only the set's own rules (decision record 0660):
 * <ul>
 *   <li>a batch holds certificates of one kind, saved and not yet assigned: joining a batch edits a saved
 *       certificate, so it needs what the lifecycle's {@code EDIT_SAVED} needs (status CREATED; a Level 1 user or
 *       the owning Level 2 user);
 *   <li>a group holds Creative Worker CoS only (Manual 11), whatever their status;
 *   <li>a certificate is in at most one batch and at most one group; names are unique per licence and kind of set
 *       (compared without case and surrounding spaces).
 * </ul>
 * Assigning a batch is the single assignment, item by item ({@code CertificateLifecycle} {@code ASSIGN},
 * {@code AssignmentReadiness}, {@code AllocationRules}: one unit of allocation per certificate assigned).
 *
 * <p><b>Shape</b> (docs/decisions/0005-api-charter.md): {@link #defaults()}; {@link #of(PermissionParameters)} takes
 * the permission engine's parameters, which its lifecycle reads; {@link #parameters()}. Immutable and thread-safe.
 * <b>Verbs:</b> {@code decide...} return a {@link Decision}.
 *
 * <pre>{@code
 * CertificateSetRules rules = CertificateSetRules.defaults();
 * rules.decideName("Autumn intake", List.of("autumn intake ")).codes();   // [certificateSet.SET_NAME_TAKEN]
 * }</pre>
 */
public final class CertificateSetRules {

  private static final CertificateSetRules DEFAULTS = new CertificateSetRules(CertificateLifecycle.defaults());

  private final CertificateLifecycle lifecycle;

  private CertificateSetRules(CertificateLifecycle lifecycle) {
    this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle");
  }

  /** {@return the rules with the lifecycle of {@link PermissionParameters#defaults()}} */
  public static CertificateSetRules defaults() {
    return DEFAULTS;
  }

  /**
   * The rules whose lifecycle reads Level 2 powers from {@code parameters} (the permission engine's).
   *
   * @param parameters the permission engine's parameters
   * @return the rules
   */
  public static CertificateSetRules of(PermissionParameters parameters) {
    return new CertificateSetRules(CertificateLifecycle.of(parameters));
  }

  /** {@return the parameters the lifecycle reads} */
  public PermissionParameters parameters() {
    return lifecycle.parameters();
  }

  /**
   * Decides whether a new set may take {@code name}.
   *
   * @param name the name asked for
   * @param namesHeld the names of the licence's other sets of the same kind
   * @return allowed, or refused with {@code SET_NAME_TAKEN}
   */
  public Decision decideName(String name, Collection<String> namesHeld) {
    String wanted = normal(name);
    return namesHeld.stream().map(CertificateSetRules::normal).anyMatch(wanted::equals)
        ? Decision.of(CertificateSetReasonCode.SET_NAME_TAKEN.reason(Map.of("name", name.strip())))
        : Decision.allowed();
  }

  private static String normal(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * Decides whether {@code certificate} may join a set.
   *
   * @param set the kind of set
   * @param batchKind the kind of certificate a batch holds (ignored for a group, which holds CoS)
   * @param certificate the certificate
   * @param applicationDecision the Home Office's decision on the application it was used in, if any
   * @param actor who asks
   * @param membership where the certificate stands towards the sets of this kind
   * @param on the day
   * @return allowed, or refused with every reason
   */
  public Decision decideAdd(CertificateSetKind set, CertificateKind batchKind, Certificate certificate,
      Optional<ApplicationDecision> applicationDecision, Actor actor, Membership membership, LocalDate on) {
    Decision d = Decision.allowed();
    if (membership == Membership.THIS_SET) {
      d = d.and(Decision.of(CertificateSetReasonCode.ALREADY_IN_THIS_SET.reason(Map.of("set", name(set)))));
    } else if (membership == Membership.OTHER_SET) {
      d = d.and(Decision.of(CertificateSetReasonCode.IN_ANOTHER_SET.reason(Map.of("set", name(set)))));
    }
    if (set == CertificateSetKind.BATCH) {
      if (certificate.kind() != batchKind) {
        d = d.and(Decision.of(CertificateSetReasonCode.KIND_DIFFERS_FROM_BATCH.reason(Map.of("kind",
            certificate.kind(), "batchKind", batchKind))));
      }
      LifecycleOutcome edit = lifecycle.apply(CertificateState.of(certificate, applicationDecision),
          CertificateAction.EDIT_SAVED, actor, on);
      if (!edit.isAllowed()) {
        d = d.and(edit.decision());
      }
    } else if (certificate.route() != Route.CREATIVE_WORKER) {
      d = d.and(Decision.of(CertificateSetReasonCode.NOT_A_CREATIVE_WORKER_COS.reason(Map.of("route",
          certificate.route().displayName()))));
    }
    return d;
  }

  /**
   * Decides whether a certificate may leave a set: only one in it.
   *
   * @param set the kind of set
   * @param membership where the certificate stands towards the sets of this kind
   * @return allowed, or refused with {@code NOT_IN_THIS_SET}
   */
  public Decision decideRemove(CertificateSetKind set, Membership membership) {
    return membership == Membership.THIS_SET ? Decision.allowed()
        : Decision.of(CertificateSetReasonCode.NOT_IN_THIS_SET.reason(Map.of("set", name(set))));
  }

  private static String name(CertificateSetKind set) {
    return set == CertificateSetKind.BATCH ? "batch" : "group";
  }
}
