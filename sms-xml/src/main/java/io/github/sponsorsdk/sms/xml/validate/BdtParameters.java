package io.github.sponsorsdk.sms.xml.validate;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.rules.effective.DateEffective;
import io.github.sponsorsdk.sms.rules.effective.ParameterSet;
import java.time.LocalDate;
import java.util.List;

/**
 * The date-effective parameters of the BDT rules: the work-placement share above which the SMS wants a justification
 * (schema v2.1: "must be supplied if the WorkPlacementPercentage is above the threshold as published in guidance").
 *
 * <p>The guidance sets the limit by course level: a work placement may be at most one third (33%) of the course, or
 * 50% for a course at degree level (RQF 6 / SCQF 9) or above (UKBA Tier 4 policy guidance, in force since Tier 4
 * began on 31 March 2009; restated in the Student sponsor guidance). The 50% case also needs the course to be at a
 * higher education institution; the file does not say so, so the rule uses the course level only and documents it.
 * The official examples agree: 10% is "below threshold", 100% "above" (examples 9 and 10, SCQF10).
 */
public final class BdtParameters implements ParameterSet {
  /** Tier 4 (now Student route) started on this day. */
  public static final LocalDate TIER_4_START = LocalDate.of(2009, 3, 31);

  private static final Citation GUIDANCE = Citation.of(Source.TIER4_POLICY_GUIDANCE, "Work placements", TIER_4_START)
      .withNote("One third of the course below degree level, 50% at degree level (RQF 6 / SCQF 9) or above at an HEI.");

  private final DateEffective<Integer> belowDegree;
  private final DateEffective<Integer> degree;

  private BdtParameters(DateEffective<Integer> belowDegree, DateEffective<Integer> degree) {
    this.belowDegree = java.util.Objects.requireNonNull(belowDegree, "belowDegree");
    this.degree = java.util.Objects.requireNonNull(degree, "degree");
  }

  /**
   * {@return parameters with the largest work-placement percentage that needs no justification, below degree level and
   * at degree level or above}
   *
   * @param belowDegree the percentage for courses below degree level, by date
   * @param degree the percentage for courses at degree level or above, by date
   */
  public static BdtParameters of(DateEffective<Integer> belowDegree, DateEffective<Integer> degree) {
    return new BdtParameters(belowDegree, degree);
  }

  /** {@return the thresholds from the sources: 33% and 50% from 31 March 2009} */
  public static BdtParameters defaults() {
    return new BdtParameters(
        DateEffective.of("bdt.workPlacement.maxPercent.belowDegree", TIER_4_START, 33, GUIDANCE),
        DateEffective.of("bdt.workPlacement.maxPercent.degree", TIER_4_START, 50, GUIDANCE));
  }

  /**
   * {@return the largest percentage that needs no justification, on {@code date}, for a course at {@code level}}
   *
   * @param date the evaluation date
   * @param level the course's level
   */
  public int workPlacementThreshold(LocalDate date, CourseLevel level) {
    return (level == CourseLevel.DEGREE_OR_ABOVE ? degree : belowDegree).on(date);
  }

  @Override
  public List<DateEffective<?>> parameters() {
    return List.of(belowDegree, degree);
  }
}
