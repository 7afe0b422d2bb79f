package io.github.sponsorsdk.sms.rules.salary;

import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.decision.Reason;
import io.github.sponsorsdk.sms.core.decision.Severity;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.rules.effective.DatedValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Does a Skilled Worker salary meet an option's figures (Appendix Skilled Worker, table following SW 4.4, SW 14)?
 *
 * <p>Two comparisons, both reported with their margins:
 * <ol>
 *   <li><b>Floor</b>: the salary counted for at most 48 hours a week ({@code salary × 48 ÷ hours} when more are
 *       worked, SW 14.3) against the option's annual floor, which is never pro-rated.
 *   <li><b>Going rate</b>: the full salary against {@code going rate × weekly hours ÷ 37.5 × share}, counting the
 *       full weekly hours even above 48 (SW 14.4(a), (b), (d)).
 * </ol>
 *
 * <p>Rounding is explicit and never helps a borderline case pass: the counted salary rounds down to the penny,
 * the required going rate rounds up (docs/decisions/0430). Health and education going rates pro-rated "as stated
 * in Appendix Skilled Occupations" (SW 14.4(c)) and the averaging of uneven patterns (SW 14.3A) are the caller's:
 * pass the averaged weekly hours.
 *
 * <pre>{@code
 * SkilledWorkerSalaryCheck check = SkilledWorkerSalaryCheck.defaults();
 * SalaryOffer offer = SalaryOffer.of(Money.ofPounds(40_000), new BigDecimal("37.5"), Money.ofPounds(35_000));
 * SalaryOutcome a = check.assess(offer, SalaryOption.A, LocalDate.of(2025, 7, 22));
 * a.passes();       // false: £1,700.00 short of the £41,700 floor
 * a.floorMargin();  // Optional[GBP -1700.00]
 * }</pre>
 *
 * <p><b>Shape and parameters</b> (docs/decisions/0005-api-charter.md): {@link #defaults()} reads
 * {@link SalaryParameters#defaults()}, today's guidance, each value with its citation and effective date there;
 * {@code of(SalaryParameters)} takes other parameters, {@code parameters()} returns them. Immutable and thread-safe.
 * <b>Verbs:</b> {@code assess(offer, option, date)} grades an offer and returns a {@code SalaryOutcome} (decision plus
 * measures); {@code assessAll} does so for every option.
 */
public final class SkilledWorkerSalaryCheck {

  /** Intermediate scale of divisions before the final rounding to pence. */
  private static final int WORK_SCALE = 12;

  private final SalaryParameters parameters;

  private SkilledWorkerSalaryCheck(SalaryParameters parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
  }

  /** {@return the check with {@link SalaryParameters#defaults()}, today's guidance} */
  public static SkilledWorkerSalaryCheck defaults() {
    return new SkilledWorkerSalaryCheck(SalaryParameters.defaults());
  }

  /**
   * {@return the check with {@code parameters}}
   *
   * @param parameters the parameters to use instead of {@code defaults()}: each date-effective and cited
   */
  public static SkilledWorkerSalaryCheck of(SalaryParameters parameters) {
    return new SkilledWorkerSalaryCheck(parameters);
  }

  /** {@return the parameters this engine reads} */
  public SalaryParameters parameters() {
    return parameters;
  }

  /**
   * Checks {@code offer} against {@code option}'s figures for a CoS assigned on {@code date}.
   *
   * @param offer the salary offer
   * @param option the salary option
   * @param date the day of assignment
   * @return the decision with the margins against the floors
   */
  public SalaryOutcome assess(SalaryOffer offer, SalaryOption option, LocalDate date) {
    Optional<DatedValue<OptionThreshold>> version = parameters.options().get(option).find(date);
    if (version.isEmpty()) {
      return SalaryOutcome.builder().option(option).date(date).decision(Decision.of(
          SalaryReasonCode.OPTION_NOT_IN_FORCE.reason(Map.of("option", option, "date", date))
              .withCitation(option.citation())))
          .build();
    }
    OptionThreshold threshold = version.get().value();
    BigDecimal hours = offer.weeklyHours();
    BigDecimal cap = parameters.maximumCountedWeeklyHours().on(date);
    BigDecimal standard = parameters.goingRateWeeklyHours().on(date);
    List<Reason> reasons = new ArrayList<>();

    Money counted = offer.annualSalary();
    if (hours.compareTo(cap) > 0) {
      counted = Money.of(offer.annualSalary().amount().multiply(cap).divide(hours, WORK_SCALE, RoundingMode.DOWN),
          RoundingMode.DOWN);
      reasons.add(SalaryReasonCode.HOURS_CAPPED.reason(Map.of("weeklyHours", hours.toPlainString(),
          "countedHours", cap.toPlainString(), "countedSalary", counted.toPlainString()))
          .withCitation(parameters.maximumCountedWeeklyHours().versionOn(date).citation()));
    }
    Money floor = threshold.annualFloor();
    Money floorMargin = counted.minus(floor);
    boolean floorMet = !floorMargin.isNegative();
    reasons.add((floorMet ? SalaryReasonCode.FLOOR_MET : SalaryReasonCode.FLOOR_NOT_MET).reason(Map.of(
        "option", option, "floor", floor.toPlainString(), "countedSalary", counted.toPlainString(),
        "margin", floorMargin.toPlainString())).withCitation(version.get().citation()));

    BigDecimal share = BigDecimal.valueOf(threshold.goingRatePercent()).movePointLeft(2);
    Money required = Money.of(offer.goingRate().amount().multiply(hours).multiply(share)
        .divide(standard, WORK_SCALE, RoundingMode.UP), RoundingMode.UP);
    Money rateMargin = offer.annualSalary().minus(required);
    boolean rateMet = !rateMargin.isNegative();
    Map<String, Object> rate = new HashMap<>();
    rate.put("option", option);
    rate.put("salary", offer.annualSalary().toPlainString());
    rate.put("required", required.toPlainString());
    rate.put("goingRatePercent", threshold.goingRatePercent());
    rate.put("goingRate", offer.goingRate().toPlainString());
    rate.put("weeklyHours", hours.toPlainString());
    rate.put("standardHours", standard.toPlainString());
    rate.put("margin", rateMargin.toPlainString());
    reasons.add((rateMet ? SalaryReasonCode.GOING_RATE_MET : SalaryReasonCode.GOING_RATE_NOT_MET).reason(rate));

    return SalaryOutcome.builder().option(option).date(date).decision(Decision.of(reasons))
        .countedSalary(counted).floor(floor).floorMargin(floorMargin)
        .requiredGoingRate(required).goingRateMargin(rateMargin).build();
  }

  /**
   * Checks every option that has figures on {@code date}, in letter order.
   *
   * @param offer the salary offer
   * @param date the day of assignment
   * @return each option's outcome, in letter order
   */
  public Map<SalaryOption, SalaryOutcome> assessAll(SalaryOffer offer, LocalDate date) {
    Map<SalaryOption, SalaryOutcome> all = new EnumMap<>(SalaryOption.class);
    for (SalaryOption option : SalaryOption.values()) {
      if (parameters.options().get(option).covers(date)) {
        all.put(option, assess(offer, option, date));
      }
    }
    return all;
  }
}
