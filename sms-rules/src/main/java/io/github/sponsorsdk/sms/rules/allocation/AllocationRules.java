package io.github.sponsorsdk.sms.rules.allocation;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.decision.Reason;
import io.github.sponsorsdk.sms.core.decision.Severity;
import io.github.sponsorsdk.sms.core.licence.Allocation;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.rules.period.CalendarMonths;
import io.github.sponsorsdk.sms.rules.period.MonthEndPolicy;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Accounting for a route's allocation of undefined CoS or CAS over its year: assignment, in-year increases,
 * reductions, the renewal window, automatic renewal and the lapse of unused certificates at year end.
 *
 * <p>Every operation is a pure function {@code (allocation, request, date) -> decision + allocation}. Counts never
 * go negative and are conserved: {@code granted = used + remaining} at every step, and at year end the remaining
 * certificates lapse ({@code granted = used + lapsed}); none carry over. A refused operation returns the allocation
 * unchanged. Certificates that are withdrawn or expire after assignment do not come back to the allocation: no source
 * read says they do (UNCERTAIN). Defined CoS never draw on an allocation.
 *
 * <pre>{@code
 * AllocationRules rules = AllocationRules.defaults();
 * Allocation year = rules.openYear(Route.SKILLED_WORKER, LocalDate.of(2025, 6, 2), 5, AllocationYearBasis.FROM_GRANT);
 * AllocationOutcome o = rules.assign(year, LocalDate.of(2025, 7, 1));   // used 1, remaining 4
 * rules.assign(spent, day).decision().refusals().get(0).message();
 *     // "The assignment could not be processed due to there being insufficient remaining CoS in your allocation"
 * YearEndOutcome end = rules.endYear(o.allocation(), LocalDate.of(2026, 6, 2),
 *     Optional.of(Renewal.automatic(5, LocalDate.of(2026, 6, 2))), AllocationYearBasis.FROM_GRANT);
 * end.lapsed();  // 4
 * }</pre>
 *
 * <p><b>Shape and parameters</b> (docs/decisions/0005-api-charter.md): {@link #defaults()} reads
 * {@link AllocationParameters#defaults()}, today's guidance, each value with its citation and effective date there;
 * {@code of(AllocationParameters)} takes other parameters, {@code parameters()} returns them. Immutable and
 * thread-safe.
 * <b>Verbs:</b> {@code decideRenewalRequest} (a {@code Decision}); the SMS functions {@code assign}, {@code increase},
 * {@code reduceTo}, {@code renewAutomatically} and
 * {@code endYear} move an allocation and return an {@code AllocationOutcome} / {@code
 * YearEndOutcome}; queries {@code expiresOn}, {@code renewalWindowOpens}, {@code yearEndExclusive}, {@code openYear}.
 */
public final class AllocationRules {

  /** The SMS's own words when an allocation is used up (Manual 1, Troubleshooting). */
  public static final String INSUFFICIENT_MESSAGE =
      "The assignment could not be processed due to there being insufficient remaining CoS in your allocation";

  static final Citation TROUBLESHOOTING_INSUFFICIENT = Citation.of(Source.SMS_MANUAL_1,
      "Troubleshooting: I cannot assign a CoS/CAS (insufficient remaining CoS in your allocation)")
      .withNote("The manual quotes the message for CoS and adds '(or similar)'; the SDK uses its words for CAS too.");
  static final Citation TROUBLESHOOTING_RENEWAL = Citation.of(Source.SMS_MANUAL_1,
      "Troubleshooting: I cannot apply for annual allocations")
      .withNote("'You can apply for additional CoS/CAS by selecting Request CoS/CAS allocation increase at any time'");
  static final Citation ALLOCATION_YEAR = Citation.of(Source.SECONDARY_SOURCE,
      "weightmans.com (2021), quoting the sponsor guidance")
      .withNote("'12 months from the date your licence was granted and, in subsequent years, 12 months from the date an "
          + "allocation renewal request is granted'; 6 April to 5 April for licences converted from Tier 2 on "
          + "1 December 2020");
  static final Citation RENEWAL_WINDOW = Citation.of(Source.SECONDARY_SOURCE,
      "getborderless.com; UKBA questions and answers (2009, via findlaw)")
      .withNote("Renewal is requested in the window that opens 3 months before the allocation expires; SMS Manual 1 "
          + "Troubleshooting: 'Either the renewal window is not yet open or the allocation has been automatically "
          + "renewed'");
  static final Citation LAPSE = Citation.of(Source.SECONDARY_SOURCE,
      "fragomen.com, quoting the Tier 2 sponsor guidance")
      .withNote("'Any CoS that remain unused at the end of your CoS year will be removed from your SMS account. You "
          + "cannot carry over any unused CoS to the next year.'");
  static final Citation REDUCTION = Citation.of(Source.SECONDARY_SOURCE,
      "latitudelaw.com; reissedwards.co.uk (2026)")
      .withNote("On a downgrade the allocation is normally reduced, possibly to zero");

  private final AllocationParameters parameters;

  private AllocationRules(AllocationParameters parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
  }

  /** {@return the rules with {@link AllocationParameters#defaults()}, today's guidance} */
  public static AllocationRules defaults() {
    return new AllocationRules(AllocationParameters.defaults());
  }

  /**
   * {@return the rules with {@code parameters}}
   *
   * @param parameters the parameters to use instead of {@code defaults()}: each date-effective and cited
   */
  public static AllocationRules of(AllocationParameters parameters) {
    return new AllocationRules(parameters);
  }

  /** {@return the parameters this engine reads} */
  public AllocationParameters parameters() {
    return parameters;
  }

  /**
   * {@return the exclusive end of an allocation year starting on {@code start}: 12 months on, or the next 6 April for a
   * licence converted from Tier 2}
   *
   * @param start the first day of the year
   * @param basis how the year is counted
   */
  public LocalDate yearEndExclusive(LocalDate start, AllocationYearBasis basis) {
    return yearEndExclusive(start, basis, start);
  }

  /** As above, with the parameters taken on {@code asOf} (a converted year may start before 1 December 2020). */
  private LocalDate yearEndExclusive(LocalDate start, AllocationYearBasis basis, LocalDate asOf) {
    if (basis == AllocationYearBasis.TIER_2_CONVERSION) {
      MonthDay april6 = parameters.tier2ConvertedYearStart().on(asOf);
      LocalDate thisYear = april6.atYear(start.getYear());
      return start.isBefore(thisYear) ? thisYear : april6.atYear(start.getYear() + 1);
    }
    return CalendarMonths.plus(start, parameters.yearMonths().on(asOf), parameters.yearEndPolicy().on(asOf));
  }

  /**
   * {@return the start of the 6 April year that contains {@code date}, for a licence converted from Tier 2}
   *
   * @param date a day in the year
   */
  public LocalDate tier2YearStart(LocalDate date) {
    LocalDate thisYear = parameters.tier2ConvertedYearStart().on(date).atYear(date.getYear());
    return date.isBefore(thisYear) ? thisYear.minusYears(1) : thisYear;
  }

  /**
   * {@return a route's allocation of {@code granted} certificates for the year starting on {@code start} (the day the
   * licence or the renewal was granted, or for {@link AllocationYearBasis#TIER_2_CONVERSION} any day in the 6 April
   * year)}
   *
   * @param route the route
   * @param start the first day of the year
   * @param granted how many certificates
   * @param basis how the year is counted
   */
  public Allocation openYear(Route route, LocalDate start, int granted, AllocationYearBasis basis) {
    LocalDate from = basis == AllocationYearBasis.TIER_2_CONVERSION ? tier2YearStart(start) : start;
    return Allocation.of(route, from, yearEndExclusive(from, basis, start), granted);
  }

  /**
   * Takes one certificate from the allocation on {@code date}.
   *
   * @param allocation the allocation
   * @param date the day of the assignment
   * @return the allocation with one more used, or a refusal when none remain ("insufficient remaining CoS in your
   *     allocation")
   */
  public AllocationOutcome assign(Allocation allocation, LocalDate date) {
    return assign(allocation, 1, date);
  }

  /**
   * Takes {@code count} certificates at once (a batch): all of them or none.
   *
   * @param allocation the allocation
   * @param count how many
   * @param date the day of the assignment
   * @return the allocation with {@code count} more used, or a refusal when fewer remain
   */
  public AllocationOutcome assign(Allocation allocation, int count, LocalDate date) {
    List<Reason> refusals = new ArrayList<>(common(allocation, count, date));
    if (count > allocation.remaining()) {
      refusals.add(AllocationReasonCode.INSUFFICIENT_ALLOCATION.reason());
    }
    if (!refusals.isEmpty()) {
      return AllocationOutcome.of(Decision.of(refusals), allocation);
    }
    Allocation after = allocation.withUsed(allocation.used() + count);
    return AllocationOutcome.of(Decision.of(info(AllocationReasonCode.ASSIGNED_FROM_ALLOCATION, allocation, after,
        Map.of("count", count, "kind", allocation.certificateKind(), "route", allocation.route().displayName()))),
        after);
  }

  /**
   * Adds an in-year increase of {@code additional} certificates, granted on {@code date}.
   *
   * @param allocation the allocation
   * @param additional how many more
   * @param date the day of the grant
   * @return the increased allocation
   */
  public AllocationOutcome increase(Allocation allocation, int additional, LocalDate date) {
    List<Reason> refusals = common(allocation, additional, date);
    if (!refusals.isEmpty()) {
      return AllocationOutcome.of(Decision.of(refusals), allocation);
    }
    Allocation after = allocation.withGranted(allocation.granted() + additional);
    return AllocationOutcome.of(Decision.of(info(AllocationReasonCode.INCREASE_GRANTED, allocation, after,
        Map.of("additional", additional, "route", allocation.route().displayName()))), after);
  }

  /**
   * {@return the allocation after the Home Office reduces it to {@code newGranted} (say to zero on a downgrade)}
   * Certificates already assigned stay assigned, so the allocation never drops below {@code used}.
   *
   * @param allocation the allocation
   * @param newGranted the new number granted
   * @param date the day of the reduction
   */
  public AllocationOutcome reduceTo(Allocation allocation, int newGranted, LocalDate date) {
    List<Reason> refusals = common(allocation, 1, date);
    if (newGranted < 0) {
      refusals.add(AllocationReasonCode.INVALID_COUNT.reason(Map.of("count", newGranted)));
    }
    if (!refusals.isEmpty()) {
      return AllocationOutcome.of(Decision.of(refusals), allocation);
    }
    int target = Math.max(Math.min(newGranted, allocation.granted()), allocation.used());
    Allocation after = allocation.withGranted(target);
    List<Reason> reasons = new ArrayList<>();
    reasons.add(info(AllocationReasonCode.REDUCED, allocation, after,
        Map.of("route", allocation.route().displayName())));
    if (newGranted < allocation.used()) {
      reasons.add(info(AllocationReasonCode.REDUCED_ONLY_TO_USED, allocation, after, Map.of("requested", newGranted)));
    }
    return AllocationOutcome.of(Decision.of(reasons), after);
  }

  /**
   * {@return the allocation's expiry date: the last day of its year, as the Licence summary shows it}
   *
   * @param allocation the allocation
   */
  public LocalDate expiresOn(Allocation allocation) {
    return allocation.yearEndExclusive().minusDays(1);
  }

  /**
   * {@return the first day renewal may be requested: 3 calendar months before {@link #expiresOn(Allocation)}}
   *
   * @param allocation the allocation
   */
  public LocalDate renewalWindowOpens(Allocation allocation) {
    LocalDate expiry = expiresOn(allocation);
    return CalendarMonths.plus(expiry, -parameters.renewalWindowMonths().on(expiry),
        MonthEndPolicy.CORRESPONDING_DAY_OR_MONTH_END);
  }

  /**
   * May renewal of {@code allocation} be requested on {@code date}? Only in the window, and not when the SMS
   * already renewed it automatically (Manual 1, Troubleshooting: "No routes are displayed").
   *
   * @param allocation the allocation
   * @param date the day of the request
   * @param automaticRenewal whether the SMS renewed it automatically
   * @return allowed, or refused with the window's dates
   */
  public Decision decideRenewalRequest(Allocation allocation, LocalDate date, AutomaticRenewal automaticRenewal) {
    LocalDate opens = renewalWindowOpens(allocation);
    List<Reason> refusals = new ArrayList<>();
    if (automaticRenewal == AutomaticRenewal.ALREADY_RENEWED) {
      refusals.add(AllocationReasonCode.ALREADY_RENEWED_AUTOMATICALLY.reason(Map.of("route",
          allocation.route().displayName())));
    }
    if (date.isBefore(opens)) {
      refusals.add(AllocationReasonCode.ALLOCATION_RENEWAL_WINDOW_NOT_OPEN.reason(Map.of("opens", opens)));
    } else if (!allocation.covers(date)) {
      refusals.addAll(common(allocation, 1, date));
    }
    if (!refusals.isEmpty()) {
      return Decision.of(refusals);
    }
    return Decision.of(AllocationReasonCode.ALLOCATION_RENEWAL_WINDOW_OPEN.reason(Map.of("opens", opens,
        "expires", expiresOn(allocation))));
  }

  /**
   * The SMS's automatic renewal of {@code allocation} on {@code date} (issue 11; decision record 0487): from
   * 23 March 2023 an allocation expiring on or after 24 June 2023 is renewed "with the same number as the previous
   * year's allocation" when its route is eligible ({@link AllocationParameters#automaticRenewalRoutes()}), the
   * licence is licensed and fully active and A-rated in the route's category, and {@code date} falls in the
   * renewal window (from 3 months before expiry to the expiry day). When allowed, the outcome's allocation is the
   * next year's (starting the day after this one ends, {@link #openYear} on {@code basis}); when refused, it is
   * {@code allocation} unchanged, with every reason it does not qualify.
   *
   * @param allocation the allocation of the current year
   * @param licence the licence holding it (status and rating)
   * @param date the day of the SMS's check
   * @param basis how the licence's allocation years run
   * @return the next year's allocation, or the refusal
   */
  public AllocationOutcome renewAutomatically(Allocation allocation, io.github.sponsorsdk.sms.core.licence.Licence
      licence, LocalDate date, AllocationYearBasis basis) {
    LocalDate expires = expiresOn(allocation);
    List<Reason> refusals = new ArrayList<>();
    Optional<LocalDate> from = parameters.automaticRenewalForExpiryOnOrAfter().on(date);
    if (from.isEmpty() || expires.isBefore(from.get())) {
      refusals.add(AllocationReasonCode.AUTOMATIC_RENEWAL_NOT_IN_FORCE.reason(Map.of("expires", expires)));
    }
    if (!parameters.automaticRenewalRoutes().on(date).contains(allocation.route())) {
      refusals.add(AllocationReasonCode.AUTOMATIC_RENEWAL_ROUTE_NOT_ELIGIBLE.reason(Map.of("route",
          allocation.route().displayName())));
    }
    if (licence.status() != io.github.sponsorsdk.sms.core.licence.LicenceStatus.LICENSED_AND_FULLY_ACTIVE) {
      refusals.add(AllocationReasonCode.AUTOMATIC_RENEWAL_LICENCE_NOT_ACTIVE.reason(Map.of("status",
          licence.status().displayName())));
    }
    Optional<io.github.sponsorsdk.sms.core.licence.Rating> rating = licence.ratingFor(allocation.route());
    if (rating.isEmpty() || !rating.get().isARated()) {
      refusals.add(AllocationReasonCode.AUTOMATIC_RENEWAL_NOT_A_RATED.reason(Map.of("route",
          allocation.route().displayName(), "rating", rating.map(r -> r.displayName()).orElse("none"))));
    }
    LocalDate opens = renewalWindowOpens(allocation);
    if (date.isBefore(opens)) {
      refusals.add(AllocationReasonCode.ALLOCATION_RENEWAL_WINDOW_NOT_OPEN.reason(Map.of("opens", opens)));
    } else if (!allocation.covers(date)) {
      refusals.addAll(common(allocation, 1, date));
    }
    if (!refusals.isEmpty()) {
      return AllocationOutcome.of(Decision.of(refusals), allocation);
    }
    LocalDate start = allocation.yearEndExclusive();
    Allocation next = Allocation.of(allocation.route(), start, yearEndExclusive(start, basis, start),
        allocation.granted());
    return AllocationOutcome.of(Decision.of(AllocationReasonCode.RENEWED.reason(Map.of("how", "automatically",
        "granted", next.granted(), "yearStart", next.yearStart(), "expires", expiresOn(next)))), next);
  }

  /**
   * Closes the allocation's year on {@code date} (on or after its end): unused certificates lapse, and a
   * renewal opens the next year. The next year starts when the old one ends, or on the renewal's grant when that is
   * later ("12 months from the date an allocation renewal request is granted"); a Tier 2 converted licence keeps its
   * 6 April year.
   *
   * @param allocation the allocation
   * @param date the day the year is closed
   * @param renewal the renewal granted, if any
   * @param basis how the next year is counted
   * @return the closed allocation and the next one, if renewed
   */
  public YearEndOutcome endYear(Allocation allocation, LocalDate date, Optional<Renewal> renewal,
      AllocationYearBasis basis) {
    YearEndOutcome.Builder out = YearEndOutcome.builder().closed(allocation);
    if (date.isBefore(allocation.yearEndExclusive())) {
      return out.lapsed(0).decision(Decision.of(AllocationReasonCode.YEAR_NOT_ENDED.reason(Map.of("expires",
          expiresOn(allocation))))).build();
    }
    List<Reason> reasons = new ArrayList<>();
    int lapsed = allocation.remaining();
    reasons.add(AllocationReasonCode.UNUSED_LAPSED.reason(Map.of("lapsed", lapsed, "kind",
        allocation.certificateKind(), "granted", allocation.granted(), "used", allocation.used())));
    out.lapsed(lapsed);
    if (renewal.isPresent()) {
      LocalDate start = basis == AllocationYearBasis.TIER_2_CONVERSION
          ? allocation.yearEndExclusive()
          : max(allocation.yearEndExclusive(), renewal.get().grantedOn());
      Allocation next = Allocation.of(allocation.route(), start, yearEndExclusive(start, basis, date),
          renewal.get().granted());
      out.next(next);
      reasons.add(AllocationReasonCode.RENEWED.reason(Map.of("how",
          renewal.get().automatic() ? "automatically" : "on request", "granted", next.granted(),
          "yearStart", next.yearStart(), "expires", expiresOn(next))));
    } else {
      reasons.add(AllocationReasonCode.NOT_RENEWED.reason(Map.of("route", allocation.route().displayName(),
          "expires", expiresOn(allocation))));
    }
    return out.decision(Decision.of(reasons)).build();
  }

  private List<Reason> common(Allocation allocation, int count, LocalDate date) {
    List<Reason> refusals = new ArrayList<>();
    if (count < 1) {
      refusals.add(AllocationReasonCode.INVALID_COUNT.reason(Map.of("count", count)));
    }
    if (!allocation.covers(date)) {
      refusals.add(AllocationReasonCode.OUTSIDE_ALLOCATION_YEAR.reason(Map.of("route",
          allocation.route().displayName(), "yearStart", allocation.yearStart(), "expires", expiresOn(allocation),
          "date", date)));
    }
    return refusals;
  }

  /** An explanation of a change: {@code own} parameters and the counts after it. */
  private static Reason info(AllocationReasonCode code, Allocation before, Allocation after, Map<String, ?> own) {
    Map<String, Object> parameters = new HashMap<>(own);
    parameters.put("granted", after.granted());
    parameters.put("used", after.used());
    parameters.put("remaining", after.remaining());
    parameters.put("previousRemaining", before.remaining());
    return code.reason(parameters);
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
