package io.github.sponsorsdk.sms.xml.records;

/** {@code ComparisonLevelType}: the new course against the previous UK course. Not HIGHER needs a justification. */
public enum LevelComparison {
  HIGHER,
  LOWER,
  SAME
}
