package io.github.sponsorsdk.sms.rules.allocation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.rules.effective.DateEffective;
import io.github.sponsorsdk.sms.rules.effective.ParameterSet;
import io.github.sponsorsdk.sms.rules.period.MonthEndPolicy;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import io.github.sponsorsdk.sms.core.route.Route;
import org.immutables.value.Value;

/**
 * The periods of undefined CoS and CAS allocations, date-effective and cited. Defaults, from 1 December 2020 (the
 * end of Tier 2):
 * <ul>
 *   <li>an allocation year lasts <b>12 months</b>; for licences converted from Tier 2 it starts on <b>6 April</b>;
 *   <li>renewal may be requested from <b>3 months</b> before the allocation expires;
 *   <li>the year's exclusive end is found with {@link MonthEndPolicy#FIRST_DAY_OF_NEXT_MONTH}: a year ends the day
 *       before the corresponding date, and a year from 29 February ends on the last day of February
 *       (decision 0430);
 *   <li><b>automatic renewal</b> (from 23 March 2023, for allocations expiring on or after <b>24 June 2023</b>): on
 *       the routes of {@link #automaticRenewalRoutes()}, for active A-rated sponsors, in the renewal window
 *       ({@link AllocationRules#renewAutomatically}); before that day no allocation renews automatically
 *       (the 2014 "automation" was set per sponsor by the Home Office, its criteria unpublished).
 * </ul>
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableAllocationParameters.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableAllocationParameters.class)
@JsonDeserialize(as = ImmutableAllocationParameters.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableAllocationParameters.class)
public abstract class AllocationParameters implements ParameterSet, WithAllocationParameters {

  /** {@return the length of an allocation year, in months} */
  public abstract DateEffective<Integer> yearMonths();

  /** {@return the year start of allocations converted from Tier 2: 6 April} */
  public abstract DateEffective<MonthDay> tier2ConvertedYearStart();

  /** {@return how many months before expiry the renewal may be requested} */
  public abstract DateEffective<Integer> renewalWindowMonths();

  /**
   * Applied to the exclusive end of the allocation year.
   *
   * @return how the exclusive end of the allocation year is found when the month lacks the start's day
   */
  public abstract DateEffective<MonthEndPolicy> yearEndPolicy();

  /**
   * {@return allocations expiring on or after this day renew automatically when the sponsor qualifies; empty: none do.
   * From 23 March 2023: 24 June 2023, "more than three months after today's mailing" (the Home Office e-mail of 23
   * March 2023, docs/sources.md#secondary-allocations)}
   */
  @Value.Default
  public DateEffective<Optional<LocalDate>> automaticRenewalForExpiryOnOrAfter() {
    return DateEffective.of("allocation.automaticRenewalForExpiryOnOrAfter", TIER_2_ENDED, Optional.<LocalDate>empty(),
        Citation.of(Source.SMS_MANUAL_1, "Glossary: Automation")
            .withNote("The 2014 automation was set per sponsor by the Home Office ('We will write to you if you meet "
                + "the criteria and automation has been set'); its criteria are not published"))
        .then(AUTOMATIC_RENEWAL_ANNOUNCED, Optional.of(AUTOMATIC_RENEWAL_FOR_EXPIRY_FROM), AUTOMATIC_RENEWAL);
  }

  /**
   * {@return the routes whose annual allocations renew automatically (from 23 March 2023): Skilled Worker, the Global
   * Business Mobility routes except UK Expansion Worker, Scale-up, Minister of Religion, International Sportsperson,
   * and the Temporary Work routes except Seasonal Worker. Religious Worker and Scale-up are named by one source only
   * (UNCERTAIN); CAS (Student routes) are not named by any}
   */
  @Value.Default
  public DateEffective<Set<Route>> automaticRenewalRoutes() {
    return DateEffective.<Set<Route>>of("allocation.automaticRenewalRoutes", TIER_2_ENDED, Set.of(),
        Citation.of(Source.SMS_MANUAL_1, "Glossary: Automation"))
        .then(AUTOMATIC_RENEWAL_ANNOUNCED, java.util.Collections.unmodifiableSet(EnumSet.of(Route.SKILLED_WORKER,
            Route.GBM_SENIOR_OR_SPECIALIST_WORKER, Route.GBM_GRADUATE_TRAINEE, Route.GBM_SERVICE_SUPPLIER,
            Route.GBM_SECONDMENT_WORKER, Route.SCALE_UP, Route.MINISTER_OF_RELIGION, Route.INTERNATIONAL_SPORTSPERSON,
            Route.CREATIVE_WORKER, Route.CHARITY_WORKER, Route.RELIGIOUS_WORKER,
            Route.GOVERNMENT_AUTHORISED_EXCHANGE, Route.INTERNATIONAL_AGREEMENT)), AUTOMATIC_RENEWAL);
  }

  @Override
  public List<DateEffective<?>> parameters() {
    return List.of(yearMonths(), tier2ConvertedYearStart(), renewalWindowMonths(), yearEndPolicy(),
        automaticRenewalForExpiryOnOrAfter(), automaticRenewalRoutes());
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code AllocationParameters}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableAllocationParameters.Builder {
    Builder() {}
  }

  static final LocalDate TIER_2_ENDED = LocalDate.of(2020, 12, 1);
  /** The Home Office e-mail to sponsors announcing automatic allocation renewal. */
  static final LocalDate AUTOMATIC_RENEWAL_ANNOUNCED = LocalDate.of(2023, 3, 23);
  /** The first expiry date the 2023 automatic renewal applies to. */
  static final LocalDate AUTOMATIC_RENEWAL_FOR_EXPIRY_FROM = LocalDate.of(2023, 6, 24);
  static final Citation AUTOMATIC_RENEWAL = Citation.of(Source.SECONDARY_SOURCE,
      "freemovement.org.uk, 23 March 2023, quoting the Home Office e-mail to sponsors", AUTOMATIC_RENEWAL_ANNOUNCED)
      .withNote("'Annual certificate of sponsorship allocations will now be automatically renewed with the same "
          + "number as the previous year's allocation ... only ... for those whose allocations expire more than "
          + "three months after today's mailing, which means from 24 June 2023 onwards'; eligible routes and the "
          + "A-rating and active-allocation criteria from manislaw and ustrends (docs/sources.md#secondary-allocations)");

  /**
   * {@return today's guidance: 12-month years, renewal from 3 months before expiry, 6 April for converted Tier 2
   * licences}
   */
  public static AllocationParameters defaults() {
    return builder()
        .yearMonths(DateEffective.of("allocation.yearMonths", TIER_2_ENDED, 12, AllocationRules.ALLOCATION_YEAR))
        .tier2ConvertedYearStart(DateEffective.of("allocation.tier2ConvertedYearStart", TIER_2_ENDED,
            MonthDay.of(4, 6), AllocationRules.ALLOCATION_YEAR))
        .renewalWindowMonths(DateEffective.of("allocation.renewalWindowMonths", TIER_2_ENDED, 3,
            AllocationRules.RENEWAL_WINDOW))
        .yearEndPolicy(DateEffective.of("allocation.yearEndPolicy", TIER_2_ENDED,
            MonthEndPolicy.FIRST_DAY_OF_NEXT_MONTH, Citation.of(Source.PROJECT_DECISION,
                "0430-certificate-lifecycle-rules")
                .withNote("A 12-month year ends the day before the corresponding date, or at the month's end when "
                    + "there is none, as the 6 April to 5 April year does.")))
        .build();
  }
}
