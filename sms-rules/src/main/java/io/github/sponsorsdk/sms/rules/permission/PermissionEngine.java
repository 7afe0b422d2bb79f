package io.github.sponsorsdk.sms.rules.permission;

import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.decision.Reason;
import io.github.sponsorsdk.sms.core.licence.LicenceStatus;
import io.github.sponsorsdk.sms.core.licence.Rating;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.route.RouteCategory;
import io.github.sponsorsdk.sms.core.user.UserLevel;
import io.github.sponsorsdk.sms.core.user.UserStatus;
import io.github.sponsorsdk.sms.rules.licence.LicenceParameters;
import io.github.sponsorsdk.sms.rules.licence.LicenceRules;
import io.github.sponsorsdk.sms.rules.licence.RenewalState;
import io.github.sponsorsdk.sms.rules.licence.StudentStatusApplication;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * May this user do this in SMS today? One function: {@link #decide(PermissionRequest, SmsAction)}, answering with a
 * {@link Decision} that lists <em>every</em> failed {@link Requirement} as a cited reason.
 *
 * <p><b>How it is fast.</b> The catalogue is data: each {@link SmsAction} holds the bit mask of its requirements.
 * A request is turned into the mask of the requirements it fails: the date-free part is computed once per
 * {@link PermissionRequest} and kept on it (asking about many actions for one request, as a menu does, costs it
 * once); the date-dependent part (renewal window, Premium closure, the Level 2 withdrawal parameter) is computed
 * only for actions that have such requirements. The decision for each possible set of failures of each action is
 * built once, at construction, so answering is a mask {@code AND}, a few bit operations and an array read; decisions
 * and their reasons are immutable and shared.
 *
 * <p>The engine is pure and thread-safe. Date-dependent answers (licence renewal, Premium, Student Sponsor status,
 * the Level 2 withdrawal reading) use {@link LicenceRules} and {@link PermissionParameters} as in force on the
 * request's date.
 *
 * <p><b>Shape and parameters</b> (docs/decisions/0005-api-charter.md): {@link #defaults()} reads
 * {@link PermissionParameters#defaults()}, today's guidance, each value with its citation and effective date there;
 * {@code of(PermissionParameters)} takes other parameters, {@code parameters()} returns them. Immutable and
 * thread-safe.
 * <b>Verbs:</b> {@code decide(request, action)} (a {@code Decision} with every failed requirement); queries {@code
 * isAllowed}, {@code allowedActions}, {@code failedRequirements}. {@code of(parameters, licenceParameters)} also sets
 * the licence rules it asks.
 */
public final class PermissionEngine {

  private static final long DATE_BITS = Requirement.RENEWAL_REQUIRED.bit() | Requirement.RENEWAL_WINDOW_OPENED.bit()
      | Requirement.RENEWAL_WINDOW_NOT_CLOSED.bit() | Requirement.STUDENT_STATUS_RENEWAL_PERIOD.bit()
      | Requirement.PREMIUM_OPEN.bit() | Requirement.LEVEL_2_MAY_WITHDRAW.bit()
      | Requirement.PREMIUM_RENEWALS_OPEN.bit() | Requirement.STUDENT_SPONSOR_STATUS_OFFERED.bit()
      | Requirement.BASIC_COMPLIANCE_ASSESSMENT_OFFERED.bit();

  private static final long LEVEL_1_ONLY_BITS = level1OnlyBits();

  private static final SmsAction[] ACTIONS = SmsAction.values();
  private static final Requirement[] REQUIREMENTS = Requirement.values();

  private final PermissionParameters parameters;
  private final LicenceRules licenceRules;
  /** For each action, the index of each requirement bit within the action's own requirements (as a power of two). */
  private final int[][] position;
  /** For each action, the decision for each subset of its requirements that fails. */
  private final Decision[][] decisions;

  private PermissionEngine(PermissionParameters parameters, LicenceParameters licenceParameters) {
    this.parameters = java.util.Objects.requireNonNull(parameters, "parameters");
    this.licenceRules = LicenceRules.of(licenceParameters);
    Reason[] reasons = new Reason[REQUIREMENTS.length];
    for (Requirement r : REQUIREMENTS) {
      reasons[r.ordinal()] = r.reason().reason();
    }
    this.position = new int[ACTIONS.length][REQUIREMENTS.length];
    this.decisions = new Decision[ACTIONS.length][];
    Decision allowed = Decision.allowed();
    for (SmsAction action : ACTIONS) {
      List<Requirement> own = new ArrayList<>(action.requirements());
      if (own.size() > 16) { // 2^16 decisions per action at most; the catalogue's largest row has 8
        throw new IllegalStateException(action + " has too many requirements for a decision table: " + own.size());
      }
      for (int i = 0; i < own.size(); i++) {
        position[action.ordinal()][own.get(i).ordinal()] = 1 << i;
      }
      Decision[] table = new Decision[1 << own.size()];
      for (int subset = 0; subset < table.length; subset++) {
        List<Reason> list = new ArrayList<>(Integer.bitCount(subset));
        for (int i = 0; i < own.size(); i++) {
          if ((subset & (1 << i)) != 0) {
            list.add(reasons[own.get(i).ordinal()]);
          }
        }
        table[subset] = list.isEmpty() ? allowed : Decision.of(list);
      }
      decisions[action.ordinal()] = table;
    }
  }

  /** {@return the engine with the default parameters} */
  public static PermissionEngine defaults() {
    return Holder.DEFAULTS;
  }

  /**
   * The default engine, built once on first use: its constructor precomputes every action's decisions, and the
   * engine is immutable, so every caller (each in-memory SMS among them) can share one.
   */
  private static final class Holder {
    static final PermissionEngine DEFAULTS = new PermissionEngine(PermissionParameters.defaults(),
        LicenceParameters.defaults());
  }

  /**
   * {@return the engine with {@code parameters} and the licence rules' {@link LicenceParameters#defaults()}}
   *
   * @param parameters the parameters to use instead of {@code defaults()}: each date-effective and cited
   */
  public static PermissionEngine of(PermissionParameters parameters) {
    return new PermissionEngine(parameters, LicenceParameters.defaults());
  }

  /**
   * {@return the engine with {@code parameters}, asking the licence rules (renewal window, premium service) with
   * {@code licenceParameters}}
   *
   * @param parameters the parameters to use instead of {@code defaults()}: each date-effective and cited
   * @param licenceParameters the licence rules' parameters
   */
  public static PermissionEngine of(PermissionParameters parameters, LicenceParameters licenceParameters) {
    return new PermissionEngine(parameters, licenceParameters);
  }

  /**
   * {@return the decision on {@code action} for {@code request}, with every failed requirement as a reason}
   *
   * @param request who asks, on which licence, when
   * @param action the SMS function
   */
  public Decision decide(PermissionRequest request, SmsAction action) {
    return decideMask(action, failures(request, action.mask()) & action.mask());
  }

  /**
   * {@return true when {@code action} is allowed for {@code request} (warnings do not refuse)}
   *
   * @param request who asks, on which licence, when
   * @param action the SMS function
   */
  public boolean isAllowed(PermissionRequest request, SmsAction action) {
    return decide(request, action).isAllowed();
  }

  /**
   * {@return every action allowed for {@code request}: what a menu would show}
   *
   * @param request who asks, on which licence, when
   */
  public Set<SmsAction> allowedActions(PermissionRequest request) {
    long failed = failures(request, -1L);
    EnumSet<SmsAction> allowed = EnumSet.noneOf(SmsAction.class);
    for (SmsAction a : ACTIONS) {
      if (decideMask(a, failed & a.mask()).isAllowed()) {
        allowed.add(a);
      }
    }
    return allowed;
  }

  /**
   * {@return the requirements {@code request} fails, as a set (for explanations and tests)}
   *
   * @param request who asks, on which licence, when
   */
  public Set<Requirement> failedRequirements(PermissionRequest request) {
    long failed = failures(request, -1L);
    EnumSet<Requirement> set = EnumSet.noneOf(Requirement.class);
    for (Requirement r : REQUIREMENTS) {
      if ((failed & r.bit()) != 0) {
        set.add(r);
      }
    }
    return set;
  }

  /** {@return the parameters this engine reads} */
  public PermissionParameters parameters() {
    return parameters;
  }

  /** {@return the licence rules the engine asks} */
  public LicenceRules licenceRules() {
    return licenceRules;
  }

  private Decision decideMask(SmsAction action, long failed) {
    int[] pos = position[action.ordinal()];
    int index = 0;
    while (failed != 0) {
      index |= pos[Long.numberOfTrailingZeros(failed)];
      failed &= failed - 1;
    }
    return decisions[action.ordinal()][index];
  }

  /** The mask of requirements {@code r} fails, computing date-dependent ones only if {@code relevant} has any. */
  private long failures(PermissionRequest r, long relevant) {
    long f = r.dateFreeFailures();
    if ((relevant & DATE_BITS) != 0) {
      f |= dateFailures(r, r.actorLevel() == UserLevel.LEVEL_2);
    }
    return f;
  }

  private static long level1OnlyBits() {
    long bits = 0;
    for (Requirement r : Requirement.values()) {
      if (r.level1Only()) {
        bits |= r.bit();
      }
    }
    return bits;
  }

  /**
   * The requirements {@code r} fails whatever the date and parameters: a function of the request alone, so
   * {@link PermissionRequest} computes it once and keeps it.
   */
  static long dateFreeFailures(PermissionRequest r) {
    long f = 0;
    boolean level2 = r.actorLevel() == UserLevel.LEVEL_2;
    if (r.actorStatus() != UserStatus.ACTIVE) {
      f |= Requirement.ACTIVE_USER.bit();
    }
    LicenceStatus status = r.licenceStatus();
    if (!status.canLogIn()) {
      f |= Requirement.LICENCE_ALLOWS_LOG_IN.bit();
    }
    if (status == LicenceStatus.SUSPENDED || status == LicenceStatus.DORMANT) {
      f |= Requirement.NOT_SUSPENDED_OR_DORMANT.bit();
    }
    if (status == LicenceStatus.SUSPENDED) {
      f |= Requirement.NOT_SUSPENDED_FOR_KEY_PERSONNEL.bit();
    }
    if (status == LicenceStatus.DORMANT) {
      f |= Requirement.LICENCE_MENU_VISIBLE.bit();
    }
    if (level2) {
      f |= LEVEL_1_ONLY_BITS;
      if (r.certificate() == CertificateOwnership.ANOTHER_USER) {
        f |= Requirement.OWNS_CERTIFICATE.bit();
      }
    }
    Set<Route> routes = r.routes();
    boolean worker = false;
    boolean student = false;
    for (Route route : routes) {
      RouteCategory c = route.category();
      worker |= c == RouteCategory.WORKER || c == RouteCategory.TEMPORARY_WORKER;
      student |= c == RouteCategory.STUDENT;
    }
    if (!worker) {
      f |= Requirement.WORKER_ROUTE.bit();
    }
    if (!student) {
      f |= Requirement.STUDENT_ROUTE.bit();
    }
    if (!routes.contains(Route.SKILLED_WORKER)) {
      f |= Requirement.SKILLED_WORKER_ROUTE.bit();
    }
    if (!routes.contains(Route.CREATIVE_WORKER)) {
      f |= Requirement.CREATIVE_WORKER_ROUTE.bit();
    }
    Collection<Rating> ratings = r.ratings().values();
    if (ratings.contains(Rating.PROVISIONAL)) {
      f |= Requirement.NOT_PROVISIONAL.bit();
    }
    if (r.ratings().get(RouteCategory.WORKER) == Rating.B || r.ratings().get(RouteCategory.TEMPORARY_WORKER) == Rating.B) {
      f |= Requirement.WORKER_NOT_B_RATED.bit() | Requirement.WORKER_A_RATED_FOR_ASSIGNMENT.bit();
    }
    if (LicenceRules.anyBRated(ratings)) {
      f |= Requirement.STUDENT_NOT_B_RATED.bit();
    }
    boolean premium = LicenceRules.isPremium(ratings);
    f |= premium ? Requirement.NOT_ALREADY_PREMIUM.bit() : Requirement.PREMIUM_CUSTOMER.bit();
    if (!LicenceRules.premiumRatingAppropriate(ratings)) {
      f |= Requirement.PREMIUM_RATING.bit();
    }
    return f;
  }

  private long dateFailures(PermissionRequest r, boolean level2) {
    long f = 0;
    RenewalState renewal = licenceRules.renewalState(r.licenceExpiry(), r.date());
    switch (renewal) {
      case NOT_REQUIRED:
        f |= Requirement.RENEWAL_REQUIRED.bit();
        break;
      case NOT_OPEN:
        f |= Requirement.RENEWAL_WINDOW_OPENED.bit();
        break;
      case CLOSED:
        f |= Requirement.RENEWAL_WINDOW_NOT_CLOSED.bit();
        break;
      default:
        break;
    }
    if (!licenceRules.studentStatusRenewalOpen(r.studentStatusEndDate(), r.date())) {
      f |= Requirement.STUDENT_STATUS_RENEWAL_PERIOD.bit();
    }
    if (!licenceRules.premiumRenewalsOpen(r.date())) {
      f |= Requirement.PREMIUM_RENEWALS_OPEN.bit();
    }
    f |= licenceRules.studentStatusApplication(r.date()) == StudentStatusApplication.STUDENT_SPONSOR_STATUS
        ? Requirement.BASIC_COMPLIANCE_ASSESSMENT_OFFERED.bit() : Requirement.STUDENT_SPONSOR_STATUS_OFFERED.bit();
    if (!licenceRules.premiumOpen(r.date())) {
      f |= Requirement.PREMIUM_OPEN.bit();
    }
    if (level2 && parameters.level2Withdrawal().on(r.date()) == Level2Withdrawal.LEVEL_1_ONLY) {
      f |= Requirement.LEVEL_2_MAY_WITHDRAW.bit();
    }
    return f;
  }
}
