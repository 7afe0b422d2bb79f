package io.github.sponsorsdk.sms.rules.licence;

import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.decision.Reason;
import io.github.sponsorsdk.sms.core.licence.Licence;
import io.github.sponsorsdk.sms.core.licence.LicenceStatus;
import io.github.sponsorsdk.sms.core.licence.Rating;
import io.github.sponsorsdk.sms.core.route.RouteCategory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Licence renewal, Premium customer service and Student Sponsor status: when each can be applied for, on a given day.
 * Pure: every answer is a function of the licence, the date and the {@link LicenceParameters}.
 *
 * <p><b>Renewal.</b> Until the change announced on 24 January 2024 every licence had to be renewed, from 90 days
 * before expiry to the day before expiry (Manual 1). Licences due to expire on or after 6 April 2024 were extended by
 * 10 years and need no renewal; those expiring up to 5 April 2024 still had to renew. The engine decides on the
 * expiry date SMS shows: an extended date is itself after the cut-off, so the answer is the same whether or not the
 * caller has already applied the extension.
 *
 * <p><b>Expiry.</b> A licence reaching its expiry date with no renewal pending becomes expired and "you will not be
 * able to log in to SMS" (Manual 1): {@link #assessExpiry}. A pending renewal keeps it in force.
 *
 * <p><b>Student Sponsor status</b>, from 10 July 2024 the <b>Basic Compliance Assessment</b>
 * ({@link #studentStatusApplication}), can be renewed "within the renewal period" (Manual 1, Troubleshooting, which
 * points to the renewal opening date on the Licence summary): the status's own period, before the end date the
 * Licence summary shows ({@link Licence#studentStatusEndDate()}), not the licence's renewal window.
 *
 * <p><b>Premium customer service</b> needs "an appropriate rating" and not being Premium already (Manual 1); the
 * engine reads "appropriate" as A-rated (or a full Student Sponsor) in every category held, as GOV.UK's Premium page
 * says "A-rated in all tiers". It closed to new applications on 11 November 2025 (secondary sources); renewals are
 * refused from the same day by default ({@link #decidePremiumRenewal}, UNCERTAIN).
 *
 * <p>Allocations (annual renewal window, automatic renewal, assignment against what remains) are
 * {@link io.github.sponsorsdk.sms.rules.allocation.AllocationRules}.
 *
 * <p><b>Shape and parameters</b> (docs/decisions/0005-api-charter.md): {@link #defaults()} reads
 * {@link LicenceParameters#defaults()}, today's guidance, each value with its citation and effective date there;
 * {@code of(LicenceParameters)} takes other parameters, {@code parameters()} returns them. Immutable and thread-safe.
 * <b>Verbs:</b> {@code decideRenewal}, {@code decidePremiumService}, {@code decidePremiumRenewal},
 * {@code decideStudentSponsorStatus} (each a {@code Decision}); {@code assessExpiry} (an {@code ExpiryOutcome});
 * queries {@code renewalWindow}, {@code renewalState}, {@code renewalRequired}, {@code extendedExpiry},
 * {@code premiumOpen}, {@code premiumRenewalsOpen}, {@code studentStatusApplication},
 * {@code studentStatusRenewalOpens}, {@code studentStatusRenewalOpen}.
 */
public final class LicenceRules {

  private final LicenceParameters parameters;

  private LicenceRules(LicenceParameters parameters) {
    this.parameters = java.util.Objects.requireNonNull(parameters, "parameters");
  }

  /**
   * {@return the rules with {@code parameters}}
   *
   * @param parameters the parameters to use instead of {@code defaults()}: each date-effective and cited
   */
  public static LicenceRules of(LicenceParameters parameters) {
    return new LicenceRules(parameters);
  }

  /** {@return the rules with {@link LicenceParameters#defaults()}} */
  public static LicenceRules defaults() {
    return new LicenceRules(LicenceParameters.defaults());
  }

  /** {@return the parameters this engine reads} */
  public LicenceParameters parameters() {
    return parameters;
  }

  /**
   * {@return true when a licence expiring on {@code expiry} must still be renewed, judged on {@code on}}
   *
   * @param expiry the expiry date
   * @param on the day of the question: the rules in force that day apply
   */
  public boolean renewalRequired(LocalDate expiry, LocalDate on) {
    Optional<LocalDate> cutOff = parameters.noRenewalForExpiryOnOrAfter().on(on);
    return cutOff.isEmpty() || expiry.isBefore(cutOff.get());
  }

  /**
   * {@return the renewal window of a licence expiring on {@code expiry}, by the parameters in force on {@code on}}
   *
   * @param expiry the expiry date
   * @param on the day of the question: the rules in force that day apply
   */
  public RenewalWindow renewalWindow(LocalDate expiry, LocalDate on) {
    return RenewalWindow.of(expiry.minusDays(parameters.renewalOpensDaysBeforeExpiry().on(on)),
        expiry.minusDays(parameters.renewalLastDayBeforeExpiry().on(on)));
  }

  /**
   * {@return where a licence expiring on {@code expiry} stands on {@code on}}
   *
   * @param expiry the expiry date
   * @param on the day of the question: the rules in force that day apply
   */
  public RenewalState renewalState(LocalDate expiry, LocalDate on) {
    if (!renewalRequired(expiry, on)) {
      return RenewalState.NOT_REQUIRED;
    }
    // the window's dates, without building a RenewalWindow: this runs on every date-dependent permission check
    if (on.isBefore(expiry.minusDays(parameters.renewalOpensDaysBeforeExpiry().on(on)))) {
      return RenewalState.NOT_OPEN;
    }
    return on.isAfter(expiry.minusDays(parameters.renewalLastDayBeforeExpiry().on(on))) ? RenewalState.CLOSED
        : RenewalState.OPEN;
  }

  /**
   * {@return the expiry date in force on {@code on} for a licence recorded as expiring on {@code recordedExpiry}:
   * extended by 10 years when it needs no renewal and the extension has not been applied (the recorded date is the
   * original)}
   *
   * @param recordedExpiry the expiry date recorded
   * @param on the day of the question: the rules in force that day apply
   */
  public LocalDate extendedExpiry(LocalDate recordedExpiry, LocalDate on) {
    return renewalRequired(recordedExpiry, on) ? recordedExpiry
        : recordedExpiry.plus(parameters.noRenewalExtension().on(on));
  }

  /**
   * May a licence expiring on {@code expiry} apply for renewal on {@code on}? With the window's dates.
   *
   * @param expiry the expiry date
   * @param on the day of the question: the rules in force that day apply
   * @return allowed in the window, else refused with the window's dates
   */
  public Decision decideRenewal(LocalDate expiry, LocalDate on) {
    RenewalState state = renewalState(expiry, on);
    if (state == RenewalState.NOT_REQUIRED) {
      return Decision.of(LicenceReasonCode.RENEWAL_NOT_REQUIRED.reason());
    }
    Reason dates = windowDates(expiry, on);
    switch (state) {
      case NOT_OPEN:
        return Decision.of(LicenceReasonCode.RENEWAL_WINDOW_NOT_OPEN.reason(), dates);
      case CLOSED:
        return Decision.of(LicenceReasonCode.RENEWAL_WINDOW_CLOSED.reason(), dates);
      default:
        return Decision.of(LicenceReasonCode.RENEWAL_WINDOW_OPEN.reason(), dates);
    }
  }

  private Reason windowDates(LocalDate expiry, LocalDate on) {
    RenewalWindow w = renewalWindow(expiry, on);
    return LicenceReasonCode.RENEWAL_WINDOW_DATES.reason(Map.of("expiry", expiry, "opensOn", w.opensOn(),
        "lastDay", w.lastDay()));
  }

  /**
   * May {@code licence} apply for Premium customer service on {@code on}? Every failing condition is a reason.
   *
   * @param licence the licence
   * @param on the day of the question: the rules in force that day apply
   * @return allowed, or every failing condition
   */
  public Decision decidePremiumService(Licence licence, LocalDate on) {
    List<Reason> reasons = new ArrayList<>();
    if (!premiumOpen(on)) {
      reasons.add(LicenceReasonCode.PREMIUM_CLOSED_TO_APPLICATIONS.reason());
    }
    if (!premiumRatingAppropriate(licence.ratings().values())) {
      reasons.add(LicenceReasonCode.PREMIUM_RATING_NOT_APPROPRIATE.reason());
    }
    if (isPremium(licence.ratings().values())) {
      reasons.add(LicenceReasonCode.ALREADY_PREMIUM.reason());
    }
    return Decision.of(reasons);
  }

  /**
   * May {@code licence} apply for (or renew) Student Sponsor status, from 10 July 2024 the Basic Compliance
   * Assessment, on {@code on}? Needs the Student route and no B-rating (Manual 1, Troubleshooting); a held status
   * ({@link Licence#studentStatusEndDate()} after {@code on}) can be renewed only in its own renewal period, the
   * last {@link LicenceParameters#studentStatusRenewalWindowMonths()} months before it ends. A licence holding no
   * status (or whose status has ended) may apply. The first reason names what is applied for on the day.
   *
   * <p>Until this release the SDK read "within the renewal period" as the <em>licence's</em> renewal window, so after
   * April 2024, when licences stopped needing renewal, no sponsor could ever apply: the status has its own dates
   * (the 2015 Manual 3 treats it as its own renewable status; the Licence summary shows its start and end dates).
   *
   * @param licence the licence
   * @param on the day of the question: the rules in force that day apply
   * @return allowed, or every failing condition
   */
  public Decision decideStudentSponsorStatus(Licence licence, LocalDate on) {
    List<Reason> reasons = new ArrayList<>();
    reasons.add(LicenceReasonCode.STUDENT_STATUS_APPLICATION_KIND.reason(Map.of("date", on,
        "application", studentStatusApplication(on))));
    if (!licence.categories().contains(RouteCategory.STUDENT)) {
      reasons.add(LicenceReasonCode.STUDENT_SPONSOR_STATUS_NOT_STUDENT_SPONSOR.reason());
    }
    if (!studentStatusRenewalOpen(licence.studentStatusEndDate(), on)) {
      LocalDate end = licence.studentStatusEndDate().orElseThrow();
      reasons.add(LicenceReasonCode.STUDENT_SPONSOR_STATUS_NOT_IN_RENEWAL_PERIOD.reason());
      reasons.add(LicenceReasonCode.STUDENT_STATUS_RENEWAL_DATES.reason(Map.of("endDate", end,
          "opensOn", studentStatusRenewalOpens(end, on))));
    }
    if (anyBRated(licence.ratings().values())) {
      reasons.add(LicenceReasonCode.STUDENT_SPONSOR_STATUS_B_RATED.reason());
    }
    return Decision.of(reasons);
  }

  /**
   * {@return what a Student sponsor applies for on {@code on}: Student Sponsor status or the Basic Compliance
   * Assessment}
   *
   * @param on the day of the question: the rules in force that day apply
   */
  public StudentStatusApplication studentStatusApplication(LocalDate on) {
    return parameters.studentStatusApplication().on(on);
  }

  /**
   * {@return the first day the renewal of a status ending on {@code endDate} can be applied for, by the rule of {@code
   * on}}
   *
   * @param endDate the last day of the held status
   * @param on the day of the question: the rules in force that day apply
   */
  public LocalDate studentStatusRenewalOpens(LocalDate endDate, LocalDate on) {
    return endDate.minusMonths(parameters.studentStatusRenewalWindowMonths().on(on));
  }

  /**
   * {@return true when a Student Sponsor status (or BCA) application is not barred by timing on {@code on}: no status
   * held, the status has ended, or its renewal period has opened}
   *
   * @param endDate the last day of the held status; empty when none is held
   * @param on the day of the question: the rules in force that day apply
   */
  public boolean studentStatusRenewalOpen(Optional<LocalDate> endDate, LocalDate on) {
    return endDate.isEmpty() || !on.isBefore(endDate.get())
        || !on.isBefore(studentStatusRenewalOpens(endDate.get(), on));
  }

  /**
   * May a Premium customer renew Premium customer service on {@code on}? Only a customer can renew; the rating must
   * still be appropriate; renewals are refused from 11 November 2025 by default ({@link
   * LicenceParameters#premiumOpenToRenewals()}: whether they continue after the closure is UNCERTAIN).
   *
   * @param licence the licence
   * @param on the day of the question: the rules in force that day apply
   * @return allowed, or every failing condition
   */
  public Decision decidePremiumRenewal(Licence licence, LocalDate on) {
    List<Reason> reasons = new ArrayList<>();
    if (!parameters.premiumOpenToRenewals().on(on)) {
      reasons.add(LicenceReasonCode.PREMIUM_CLOSED_TO_RENEWALS.reason());
    }
    if (!isPremium(licence.ratings().values())) {
      reasons.add(LicenceReasonCode.NOT_A_PREMIUM_CUSTOMER.reason());
    }
    if (!premiumRatingAppropriate(licence.ratings().values())) {
      reasons.add(LicenceReasonCode.PREMIUM_RATING_NOT_APPROPRIATE.reason());
    }
    return Decision.of(reasons);
  }

  /**
   * {@return true when Premium customer service takes renewals on {@code on}}
   *
   * @param on the day of the question: the rules in force that day apply
   */
  public boolean premiumRenewalsOpen(LocalDate on) {
    return parameters.premiumOpenToRenewals().on(on);
  }

  /**
   * The status of {@code licence} on {@code on} as far as expiry decides it: a licence that reaches its expiry date
   * in force (the date {@link #extendedExpiry} gives) becomes {@link LicenceStatus#EXPIRED}, from which "you will not
   * be able to log in to SMS" (Manual 1), unless a renewal application awaits a decision, which keeps it in force.
   * Ended licences (expired, revoked, surrendered) keep their status; a suspended or dormant licence that reaches its
   * expiry date expires too. The outcome is never refused: it states a fact the caller stores.
   *
   * @param licence the licence
   * @param pending whether a renewal application awaits a decision
   * @param on the day of the question: the rules in force that day apply
   * @return the status, and whether it changed
   */
  public ExpiryOutcome assessExpiry(Licence licence, PendingRenewal pending, LocalDate on) {
    LocalDate expiry = extendedExpiry(licence.expiryDate(), on);
    ExpiryOutcome.Builder out = ExpiryOutcome.builder().expiryDate(expiry);
    if (licence.status().isEnded()) {
      // expired, revoked or surrendered already: nothing more happens to it
      return out.status(licence.status()).decision(Decision.allowed()).build();
    }
    if (on.isBefore(expiry)) {
      return out.status(licence.status()).decision(Decision.of(
          LicenceReasonCode.LICENCE_IN_FORCE.reason(Map.of("expiry", expiry)))).build();
    }
    if (pending == PendingRenewal.AWAITING_DECISION) {
      return out.status(licence.status()).decision(Decision.of(
          LicenceReasonCode.RENEWAL_PENDING_KEEPS_LICENCE.reason(Map.of("expiry", expiry)))).build();
    }
    return out.status(LicenceStatus.EXPIRED).decision(Decision.of(
        LicenceReasonCode.LICENCE_EXPIRED.reason(Map.of("expiry", expiry)))).build();
  }

  /**
   * {@return true when Premium customer service takes new applications on {@code on}}
   *
   * @param on the day of the question: the rules in force that day apply
   */
  public boolean premiumOpen(LocalDate on) {
    return parameters.premiumOpenToApplications().on(on);
  }

  /**
   * {@return true when every rating is appropriate for Premium customer service: A (or A Premium, A SME+) for Worker
   * and Temporary Worker categories, Student Sponsor (with or without track record) for Student} B, Provisional and
   * Probationary are not.
   *
   * @param ratings the licence's ratings
   */
  public static boolean premiumRatingAppropriate(Collection<Rating> ratings) {
    for (Rating r : ratings) {
      if (!(r.isARated() || r == Rating.STUDENT_SPONSOR || r == Rating.STUDENT_SPONSOR_TRACK_RECORD)) {
        return false;
      }
    }
    return !ratings.isEmpty();
  }

  /**
   * {@return true when any category is held at A (Premium) or A (SME+)}
   *
   * @param ratings the licence's ratings
   */
  public static boolean isPremium(Collection<Rating> ratings) {
    return ratings.contains(Rating.A_PREMIUM) || ratings.contains(Rating.A_SME_PLUS);
  }

  /**
   * {@return true when any category is B-rated (Manual 1 speaks of the sponsor being "B-rated")}
   *
   * @param ratings the licence's ratings
   */
  public static boolean anyBRated(Collection<Rating> ratings) {
    return ratings.contains(Rating.B);
  }
}
