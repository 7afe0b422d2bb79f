package io.github.sponsorsdk.sms.rules.salary;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.Violation;
import io.github.sponsorsdk.sms.rules.effective.DateEffective;
import io.github.sponsorsdk.sms.rules.effective.ParameterSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The date-effective figures of the Skilled Worker salary check: each option's floor and going-rate share, the
 * 37.5-hour week going rates are based on, and the 48-hour cap on counted hours.
 *
 * <p>The evaluation date is the date the CoS was assigned: the statements of changes of 4 April 2024 (HC 590) and
 * 22 July 2025 (HC 997) kept the earlier figures for certificates assigned before those days.
 *
 * <p>{@link #defaults()} versions, each cited:
 * <ul>
 *   <li>option A: £25,600 from 1 December 2020 (route opening), £26,200 from 12 April 2023, £38,700 from
 *       4 April 2024, £41,700 from 22 July 2025; the going rate in full throughout;
 *   <li>options B to K: from 4 April 2024 (B £34,830/90%, C £30,960/80%, D £30,960/100%, E £30,960/70%,
 *       F £29,000/100%, G £26,100/90%, H £23,200/80%, I £23,200/100%, J £23,200/70%, K £23,200/100%) and from
 *       22 July 2025 as read in the rules of 6 December 2025 (B £37,500, C/D/E £33,400, F £31,300, G £28,200,
 *       H–K £25,000). Figures not read in a primary text say so in their citation's note.
 * </ul>
 * Options B to K have no value before 4 April 2024: the earlier table had different options, not modelled.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableSalaryParameters.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableSalaryParameters.class)
@JsonDeserialize(as = ImmutableSalaryParameters.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableSalaryParameters.class)
public abstract class SalaryParameters implements ParameterSet, WithSalaryParameters {

  /** {@return each option's dated floor and going-rate share} Every option has an entry. */
  public abstract Map<SalaryOption, DateEffective<OptionThreshold>> options();

  /** {@return the working week going rates are stated for: 37.5 hours (SW 14.4(a))} */
  public abstract DateEffective<BigDecimal> goingRateWeeklyHours();

  /** {@return only the salary for the first this-many hours a week counts towards the floors: 48 (SW 14.3)} */
  public abstract DateEffective<BigDecimal> maximumCountedWeeklyHours();

  @Override
  public List<DateEffective<?>> parameters() {
    List<DateEffective<?>> all = new ArrayList<>(options().values());
    all.add(goingRateWeeklyHours());
    all.add(maximumCountedWeeklyHours());
    return all;
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code SalaryParameters}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableSalaryParameters.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    List<Violation> violations = new ArrayList<>();
    for (SalaryOption option : SalaryOption.values()) {
      if (!options().containsKey(option)) {
        violations.add(Violation.of("options", option.name(), "EveryOption", "needs a parameter for option " + option));
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidValueException("SalaryParameters", violations);
    }
  }

  static final LocalDate ROUTE_OPENED = LocalDate.of(2020, 12, 1);
  static final LocalDate APRIL_2023 = LocalDate.of(2023, 4, 12);
  /** Statement of changes HC 590: new general threshold, options A to K. */
  public static final LocalDate APRIL_2024 = LocalDate.of(2024, 4, 4);
  /** Statement of changes HC 997: new floors, RQF 6 skill level. */
  public static final LocalDate JULY_2025 = LocalDate.of(2025, 7, 22);

  private static Citation hc590(SalaryOption option, String note) {
    return Citation.of(Source.RULES_APPENDIX_SKILLED_WORKER,
        "Table following SW 4.4, option " + option + ", as amended by HC 590", APRIL_2024)
        .withNote(note);
  }

  private static Citation hc997(SalaryOption option) {
    return Citation.of(Source.RULES_APPENDIX_SKILLED_WORKER,
        "Table following SW 4.4, option " + option + ", as amended by HC 997", JULY_2025)
        .withUrl("https://www.gov.uk/guidance/immigration-rules/immigration-rules-appendix-skilled-worker")
        .withNote("Read in the rules text as at 6 December 2025.");
  }

  private static final String READ_2024 =
      "Figure via burnesspaull.com, magrath.co.uk, kingsleynapley.co.uk (15 March 2024); primary text of HC 590 not read.";
  private static final String DERIVED_2024 = "UNCERTAIN: derived as the option's share of option F's £29,000 with "
      + "the £23,200 floor; changesimmigration.com (April 2024) confirms only that options F to J lie between £23,200 "
      + "and £29,000. Primary text of HC 590 not read.";

  private static DateEffective<OptionThreshold> option(SalaryOption o, long floor2024, long floor2025, int percent,
      String note2024) {
    return DateEffective.of("salary.option." + o, APRIL_2024, OptionThreshold.of(floor2024, percent),
            hc590(o, note2024))
        .then(JULY_2025, OptionThreshold.of(floor2025, percent), hc997(o));
  }

  /** {@return the figures of the sources, cited; see the class comment} */
  public static SalaryParameters defaults() {
    Map<SalaryOption, DateEffective<OptionThreshold>> options = new EnumMap<>(SalaryOption.class);
    options.put(SalaryOption.A, DateEffective.of("salary.option.A", ROUTE_OPENED, OptionThreshold.of(25_600, 100),
            Citation.of(Source.RULES_APPENDIX_SKILLED_WORKER,
                "General salary requirement, as in force when the route opened", ROUTE_OPENED)
                .withNote("Figure via ukvisa.blog (26 September 2021): '£25,600 or the going rate ... whichever is "
                    + "higher'; primary text not read."))
        .then(APRIL_2023, OptionThreshold.of(26_200, 100),
            Citation.of(Source.RULES_APPENDIX_SKILLED_WORKER,
                "General salary requirement, as amended by HC 1160", APRIL_2023)
                .withNote("Figure via kingsleynapley.co.uk (29 January 2024: 'currently £26,200'); the start date "
                    + "12 April 2023 is UNCERTAIN (not in a source read)."))
        .then(APRIL_2024, OptionThreshold.of(38_700, 100), hc590(SalaryOption.A, READ_2024))
        .then(JULY_2025, OptionThreshold.of(41_700, 100), hc997(SalaryOption.A)));
    options.put(SalaryOption.B, option(SalaryOption.B, 34_830, 37_500, 90, READ_2024));
    options.put(SalaryOption.C, option(SalaryOption.C, 30_960, 33_400, 80, READ_2024));
    options.put(SalaryOption.D, option(SalaryOption.D, 30_960, 33_400, 100, READ_2024
        + " Going-rate share 100% from the 2025 text: the Immigration Salary List discount moved from the going rate "
        + "to the floor on 4 April 2024."));
    options.put(SalaryOption.E, option(SalaryOption.E, 30_960, 33_400, 70, READ_2024));
    options.put(SalaryOption.F, option(SalaryOption.F, 29_000, 31_300, 100,
        "Figure via burnesspaull.com and magrath.co.uk (pre-April-2024 cohort £29,000; "
            + "docs/sources.md#skilled-worker-salary); primary text of HC 590 not read."));
    options.put(SalaryOption.G, option(SalaryOption.G, 26_100, 28_200, 90, DERIVED_2024));
    options.put(SalaryOption.H, option(SalaryOption.H, 23_200, 25_000, 80, DERIVED_2024));
    options.put(SalaryOption.I, option(SalaryOption.I, 23_200, 25_000, 100, DERIVED_2024));
    options.put(SalaryOption.J, option(SalaryOption.J, 23_200, 25_000, 70, DERIVED_2024));
    options.put(SalaryOption.K, option(SalaryOption.K, 23_200, 25_000, 100, DERIVED_2024));
    String routeNote = "Text read as at 6 December 2025; the same basis has applied since the route opened "
        + "(ukvisa.blog, 2021).";
    return builder()
        .putAllOptions(options)
        .goingRateWeeklyHours(DateEffective.of("salary.goingRateWeeklyHours", ROUTE_OPENED, new BigDecimal("37.5"),
            Citation.of(Source.RULES_APPENDIX_SKILLED_WORKER, "SW 14.4(a)").withNote(routeNote)))
        .maximumCountedWeeklyHours(DateEffective.of("salary.maximumCountedWeeklyHours", ROUTE_OPENED,
            new BigDecimal("48"), Citation.of(Source.RULES_APPENDIX_SKILLED_WORKER, "SW 14.3").withNote(routeNote)))
        .build();
  }
}
