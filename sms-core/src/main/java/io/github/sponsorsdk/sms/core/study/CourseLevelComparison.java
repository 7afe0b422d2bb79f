package io.github.sponsorsdk.sms.core.study;

/**
 * The new course against the student's previous UK course (BDT schema v2.1 {@code ComparisonLevelType},
 * {@code CurrentPreviousCourseLevelComparison}; docs/sources.md#bdt-types). Anything but {@link #HIGHER} needs a
 * progression justification ("free text must be supplied if the previous field is not HIGHER").
 */
public enum CourseLevelComparison {
  /** The new course is at a higher level. */
  HIGHER,
  /** The new course is at a lower level. */
  LOWER,
  /** The new course is at the same level. */
  SAME
}
