package io.github.sponsorsdk.sms.rules.bench;

import static io.github.sponsorsdk.sms.rules.permission.SmsAction.*;

import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.decision.Reason;
import io.github.sponsorsdk.sms.core.licence.LicenceStatus;
import io.github.sponsorsdk.sms.core.licence.Rating;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.route.RouteCategory;
import io.github.sponsorsdk.sms.core.user.UserLevel;
import io.github.sponsorsdk.sms.core.user.UserStatus;
import io.github.sponsorsdk.sms.rules.licence.LicenceRules;
import io.github.sponsorsdk.sms.rules.licence.RenewalState;
import io.github.sponsorsdk.sms.rules.permission.CertificateOwnership;
import io.github.sponsorsdk.sms.rules.permission.Menu;
import io.github.sponsorsdk.sms.rules.permission.PermissionParameters;
import io.github.sponsorsdk.sms.rules.permission.PermissionRequest;
import io.github.sponsorsdk.sms.rules.permission.Requirement;
import io.github.sponsorsdk.sms.rules.permission.SmsAction;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The approach the engine replaced, kept as the benchmark baseline and as an independent second encoding of the
 * rules: a list of rules, each "applies to this action?" and "fails for this request?", scanned with streams on
 * every call, reasons built per call. Written from Manual 1 directly (menus, explicit action sets), not from the
 * catalogue's requirement masks, so the equivalence test compares two encodings.
 */
public final class NaivePermissions {

  private static final Set<SmsAction> BLOCKED_WHEN_SUSPENDED = EnumSet.of(REQUEST_ALLOCATION_RENEWAL,
      REQUEST_ALLOCATION_INCREASE, APPLY_LICENCE_RENEWAL, APPLY_PREMIUM_SERVICE, APPLY_STUDENT_SPONSOR_STATUS,
      CREATE_COS, ASSIGN_COS, CREATE_COS_BATCH, ASSIGN_COS_BATCH, VIEW_COS, VIEW_COS_BATCH, EXPORT_COS, PRINT_COS,
      CREATE_CAS, ASSIGN_CAS, CREATE_CAS_BATCH, ASSIGN_CAS_BATCH, VIEW_CAS, VIEW_CAS_BATCH, EXPORT_CAS, PRINT_CAS,
      BULK_FEE_UPDATE, UPLOAD_CAS_BDT, APPLY_BASIC_COMPLIANCE_ASSESSMENT, RENEW_PREMIUM_SERVICE, AMEND_COS_DRAFT,
      DELETE_COS_DRAFT, AMEND_CAS_DRAFT, DELETE_CAS_DRAFT);
  private static final Set<SmsAction> USER_MANAGEMENT = EnumSet.of(VIEW_USERS, REQUEST_LEVEL_1_USER,
      CREATE_LEVEL_2_USER, AMEND_USER, DEACTIVATE_USER);
  private static final Set<SmsAction> ON_CERTIFICATE = EnumSet.of(ASSIGN_COS, ASSIGN_COS_BATCH, VIEW_COS,
      VIEW_COS_BATCH, EXPORT_COS, PRINT_COS, MANAGE_LIVE_COS, WITHDRAW_COS, TRANSFER_COS_OWNERSHIP,
      REPORT_WORKER_ACTIVITY, ADD_COS_SPONSOR_NOTE, MANAGE_COS_BATCHES, MANAGE_CREATIVE_WORKER_GROUPS,
      ASSIGN_DEFINED_COS, ASSIGN_CAS, ASSIGN_CAS_BATCH, VIEW_CAS, VIEW_CAS_BATCH, EXPORT_CAS, PRINT_CAS,
      MANAGE_LIVE_CAS, WITHDRAW_CAS, TRANSFER_CAS_OWNERSHIP, REPORT_STUDENT_ACTIVITY, ADD_CAS_SPONSOR_NOTE,
      SUBMIT_GRADUATE_NOTIFICATION, BULK_FEE_UPDATE, MANAGE_CAS_BATCHES, AMEND_COS_DRAFT, DELETE_COS_DRAFT,
      AMEND_CAS_DRAFT, DELETE_CAS_DRAFT);
  /** Secondary sources on suspension: no AO/KC replacement, no new Level 1 user. */
  private static final Set<SmsAction> KEY_PERSONNEL = EnumSet.of(REQUEST_LEVEL_1_USER, REPLACE_AUTHORISING_OFFICER,
      REPLACE_KEY_CONTACT);
  /** Manual 3's title in the index from 10 July 2024 names the Basic Compliance Assessment. */
  private static final LocalDate BCA_FROM = LocalDate.of(2024, 7, 10);
  private static final Set<SmsAction> RENEWAL = EnumSet.of(APPLY_LICENCE_RENEWAL, DECLINE_LICENCE_RENEWAL);
  private static final Set<SmsAction> STUDENT_STATUS = EnumSet.of(APPLY_STUDENT_SPONSOR_STATUS,
      DECLINE_STUDENT_SPONSOR_STATUS_RENEWAL, APPLY_BASIC_COMPLIANCE_ASSESSMENT);

  private record Rule(Requirement requirement, BiPredicate<SmsAction, PermissionRequest> applies,
      Predicate<PermissionRequest> fails) {}

  private final List<Rule> rules;
  private final boolean prebuiltReasons;
  private final java.util.Map<Requirement, Reason> prebuilt = new java.util.EnumMap<>(Requirement.class);

  /** The baseline that builds every reason afresh on every call. */
  public NaivePermissions(LicenceRules licence, PermissionParameters parameters) {
    this(licence, parameters, false);
  }

  /**
   * {@code prebuiltReasons}: reuse one {@link Reason} per requirement (the rule list is still scanned with streams on
   * every call), to show how much of the engine's advantage is the table and how much is not building reasons.
   */
  public NaivePermissions(LicenceRules licence, PermissionParameters parameters, boolean prebuiltReasons) {
    this.prebuiltReasons = prebuiltReasons;
    for (Requirement r : Requirement.values()) {
      prebuilt.put(r, r.reason().reason());
    }
    rules = List.of(
        new Rule(Requirement.ACTIVE_USER, (a, r) -> true, r -> r.actorStatus() != UserStatus.ACTIVE),
        new Rule(Requirement.LICENCE_ALLOWS_LOG_IN, (a, r) -> true,
            r -> r.licenceStatus() == LicenceStatus.EXPIRED || r.licenceStatus() == LicenceStatus.REVOKED
                || r.licenceStatus() == LicenceStatus.SURRENDERED),
        new Rule(Requirement.NOT_SUSPENDED_OR_DORMANT,
            (a, r) -> BLOCKED_WHEN_SUSPENDED.contains(a) || a.menu() == Menu.DEFINED_COS,
            r -> r.licenceStatus() == LicenceStatus.SUSPENDED || r.licenceStatus() == LicenceStatus.DORMANT),
        new Rule(Requirement.LICENCE_MENU_VISIBLE, (a, r) -> a.menu() == Menu.LICENCE_SUMMARY,
            r -> r.licenceStatus() == LicenceStatus.DORMANT),
        new Rule(Requirement.LEVEL_1_LICENCE_MENU, (a, r) -> a.menu() == Menu.LICENCE_SUMMARY, NaivePermissions::level2),
        new Rule(Requirement.LEVEL_1_USER_MANAGEMENT, (a, r) -> USER_MANAGEMENT.contains(a), NaivePermissions::level2),
        new Rule(Requirement.LEVEL_1_DEFINED_COS, (a, r) -> a.menu() == Menu.DEFINED_COS, NaivePermissions::level2),
        new Rule(Requirement.LEVEL_1_MESSAGE_BOARD,
            (a, r) -> a == VIEW_MESSAGE_BOARD || a == VIEW_ARCHIVED_MESSAGES, NaivePermissions::level2),
        new Rule(Requirement.OWNS_CERTIFICATE, (a, r) -> ON_CERTIFICATE.contains(a),
            r -> level2(r) && r.certificate() == CertificateOwnership.ANOTHER_USER),
        new Rule(Requirement.LEVEL_2_MAY_WITHDRAW, (a, r) -> a == WITHDRAW_COS || a == WITHDRAW_CAS,
            r -> level2(r) && parameters.level2Withdrawal().on(r.date())
                == io.github.sponsorsdk.sms.rules.permission.Level2Withdrawal.LEVEL_1_ONLY),
        new Rule(Requirement.WORKER_ROUTE, (a, r) -> a.menu() == Menu.WORKERS || a.menu() == Menu.DEFINED_COS,
            r -> r.routes().stream().noneMatch(x -> x.category() != RouteCategory.STUDENT)),
        new Rule(Requirement.STUDENT_ROUTE, (a, r) -> a.menu() == Menu.STUDENTS || STUDENT_STATUS.contains(a),
            r -> r.routes().stream().noneMatch(x -> x.category() == RouteCategory.STUDENT)),
        new Rule(Requirement.SKILLED_WORKER_ROUTE, (a, r) -> a.menu() == Menu.DEFINED_COS,
            r -> !r.routes().contains(Route.SKILLED_WORKER)),
        new Rule(Requirement.CREATIVE_WORKER_ROUTE, (a, r) -> a == MANAGE_CREATIVE_WORKER_GROUPS,
            r -> !r.routes().contains(Route.CREATIVE_WORKER)),
        new Rule(Requirement.NOT_PROVISIONAL, (a, r) -> USER_MANAGEMENT.contains(a),
            r -> r.ratings().containsValue(Rating.PROVISIONAL)),
        new Rule(Requirement.WORKER_NOT_B_RATED, (a, r) -> a == APPLY_DEFINED_COS || a == ASSIGN_DEFINED_COS,
            NaivePermissions::workerBRated),
        new Rule(Requirement.RENEWAL_REQUIRED, (a, r) -> RENEWAL.contains(a),
            r -> licence.renewalState(r.licenceExpiry(), r.date()) == RenewalState.NOT_REQUIRED),
        new Rule(Requirement.RENEWAL_WINDOW_OPENED, (a, r) -> RENEWAL.contains(a),
            r -> licence.renewalState(r.licenceExpiry(), r.date()) == RenewalState.NOT_OPEN),
        new Rule(Requirement.RENEWAL_WINDOW_NOT_CLOSED, (a, r) -> RENEWAL.contains(a),
            r -> licence.renewalState(r.licenceExpiry(), r.date()) == RenewalState.CLOSED),
        new Rule(Requirement.PREMIUM_OPEN, (a, r) -> a == APPLY_PREMIUM_SERVICE, r -> !licence.premiumOpen(r.date())),
        new Rule(Requirement.PREMIUM_RATING, (a, r) -> a == APPLY_PREMIUM_SERVICE || a == RENEW_PREMIUM_SERVICE,
            r -> r.ratings().values().stream().anyMatch(x -> x == Rating.B || x == Rating.PROVISIONAL
                || x == Rating.PROBATIONARY_SPONSOR) || r.ratings().isEmpty()),
        new Rule(Requirement.NOT_ALREADY_PREMIUM, (a, r) -> a == APPLY_PREMIUM_SERVICE,
            r -> r.ratings().values().stream().anyMatch(x -> x == Rating.A_PREMIUM || x == Rating.A_SME_PLUS)),
        new Rule(Requirement.PREMIUM_CUSTOMER,
            (a, r) -> a == VIEW_PREMIUM_CONTACT_DETAILS || a == RENEW_PREMIUM_SERVICE,
            r -> r.ratings().values().stream().noneMatch(x -> x == Rating.A_PREMIUM || x == Rating.A_SME_PLUS)),
        new Rule(Requirement.STUDENT_STATUS_RENEWAL_PERIOD, (a, r) -> STUDENT_STATUS.contains(a),
            r -> r.studentStatusEndDate().isPresent() && r.date().isBefore(r.studentStatusEndDate().get())
                && r.date().isBefore(r.studentStatusEndDate().get().minusMonths(3))),
        new Rule(Requirement.STUDENT_NOT_B_RATED,
            (a, r) -> a == APPLY_STUDENT_SPONSOR_STATUS || a == APPLY_BASIC_COMPLIANCE_ASSESSMENT,
            r -> r.ratings().containsValue(Rating.B)),
        new Rule(Requirement.NOT_SUSPENDED_FOR_KEY_PERSONNEL, (a, r) -> KEY_PERSONNEL.contains(a),
            r -> r.licenceStatus() == LicenceStatus.SUSPENDED),
        new Rule(Requirement.PREMIUM_RENEWALS_OPEN, (a, r) -> a == RENEW_PREMIUM_SERVICE,
            r -> !licence.premiumRenewalsOpen(r.date())),
        new Rule(Requirement.STUDENT_SPONSOR_STATUS_OFFERED,
            (a, r) -> a == APPLY_STUDENT_SPONSOR_STATUS || a == DECLINE_STUDENT_SPONSOR_STATUS_RENEWAL,
            r -> !r.date().isBefore(BCA_FROM)),
        new Rule(Requirement.BASIC_COMPLIANCE_ASSESSMENT_OFFERED, (a, r) -> a == APPLY_BASIC_COMPLIANCE_ASSESSMENT,
            r -> r.date().isBefore(BCA_FROM)),
        new Rule(Requirement.WORKER_A_RATED_FOR_ASSIGNMENT, (a, r) -> a == ASSIGN_COS || a == ASSIGN_COS_BATCH,
            NaivePermissions::workerBRated));
  }

  private static boolean level2(PermissionRequest r) {
    return r.actorLevel() == UserLevel.LEVEL_2;
  }

  private static boolean workerBRated(PermissionRequest r) {
    return r.ratings().get(RouteCategory.WORKER) == Rating.B
        || r.ratings().get(RouteCategory.TEMPORARY_WORKER) == Rating.B;
  }

  /** Scans every rule, builds every reason afresh. */
  public Decision decide(PermissionRequest request, SmsAction action) {
    List<Reason> reasons = rules.stream()
        .filter(rule -> rule.applies().test(action, request))
        .filter(rule -> rule.fails().test(request))
        .map(rule -> prebuiltReasons ? prebuilt.get(rule.requirement()) : rule.requirement().reason().reason())
        .collect(Collectors.toList());
    return Decision.of(reasons);
  }
}
