package io.github.sponsorsdk.sms.xml.validate;

/**
 * The course level that sets the work-placement threshold: at most one third of a course below degree level, 50% at
 * degree level (RQF 6 / SCQF 9) or above ({@link BdtParameters}). An argument of
 * {@link BdtParameters#workPlacementThreshold}, in place of a boolean.
 */
public enum CourseLevel {
  /** Below degree level (below RQF 6 / SCQF 9). */
  BELOW_DEGREE,
  /** Degree level (RQF 6 / SCQF 9) or above. */
  DEGREE_OR_ABOVE
}
