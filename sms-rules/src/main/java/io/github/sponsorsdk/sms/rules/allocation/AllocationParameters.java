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
import java.util.List;
import org.immutables.value.Value;

/**
 * The periods of undefined CoS and CAS allocations, date-effective and cited. Defaults, from 1 December 2020 (the
 * end of Tier 2):
 * <ul>
 *   <li>an allocation year lasts <b>12 months</b>; for licences converted from Tier 2 it starts on <b>6 April</b>;
 *   <li>renewal may be requested from <b>3 months</b> before the allocation expires;
 *   <li>the year's exclusive end is found with {@link MonthEndPolicy#FIRST_DAY_OF_NEXT_MONTH}: a year ends the day
 *       before the corresponding date, and a year from 29 February ends on the last day of February
 *       (decision 0430).
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

  @Override
  public List<DateEffective<?>> parameters() {
    return List.of(yearMonths(), tier2ConvertedYearStart(), renewalWindowMonths(), yearEndPolicy());
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
