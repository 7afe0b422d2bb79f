package io.github.sponsorsdk.sms.xml.records;

/** {@code ComparisonLevelType}: the new course against the previous UK course. Not HIGHER needs a justification. */
public enum LevelComparison {
  /** The course is at a higher level. */
  HIGHER,
  /** The course is at a lower level. */
  LOWER,
  /** The course is at the same level. */
  SAME
}
