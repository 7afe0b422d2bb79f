package io.github.sponsorsdk.sms.rules.login;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.rules.effective.DateEffective;
import io.github.sponsorsdk.sms.rules.effective.ParameterSet;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.immutables.value.Value;

/**
 * The date-effective parameters of {@link MonthlyAccessRules}. Both periods are cited from 2022, the earliest texts
 * read: the Part 1 recommendation (paragraph L10.4, quoted by davidsonmorris) and the Home Office inactivity e-mail
 * (quoted by smithstonewalters on 3 May 2022). No source was found for a Home Office expectation "from 2026" of a
 * monthly log-in: the monthly period is a recommendation, not a rule, and is cited as such.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableMonthlyAccessParameters.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableMonthlyAccessParameters.class)
@JsonDeserialize(as = ImmutableMonthlyAccessParameters.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableMonthlyAccessParameters.class)
public abstract class MonthlyAccessParameters implements ParameterSet, WithMonthlyAccessParameters {

  /** The day the earliest text read (the Home Office inactivity e-mail as quoted on 3 May 2022) is dated. */
  public static final LocalDate INACTIVITY_EMAIL_QUOTED = LocalDate.of(2022, 5, 3);

  /** {@return how long after the last log-in the recommendation to access the SMS "at least once a month" is missed} */
  public abstract DateEffective<Period> recommendedAccessPeriod();

  /** {@return how long after the last log-in the Home Office writes about inactivity ("in over 12 months")} */
  public abstract DateEffective<Period> inactivityPeriod();

  @JsonIgnore
  @Override
  public List<DateEffective<?>> parameters() {
    return List.of(recommendedAccessPeriod(), inactivityPeriod());
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code MonthlyAccessParameters}. */
  public static final class Builder extends ImmutableMonthlyAccessParameters.Builder {
    Builder() {}
  }

  /** {@return the parameters as the sources state them} */
  public static MonthlyAccessParameters defaults() {
    return builder()
        .recommendedAccessPeriod(DateEffective.of("access.recommendedPeriod", INACTIVITY_EMAIL_QUOTED,
            Period.ofMonths(1), AccessReasonCode.MONTHLY_ACCESS_RECOMMENDED.citation()))
        .inactivityPeriod(DateEffective.of("access.inactivityPeriod", INACTIVITY_EMAIL_QUOTED, Period.ofMonths(12),
            AccessReasonCode.INACTIVE_12_MONTHS.citation()))
        .build();
  }
}
