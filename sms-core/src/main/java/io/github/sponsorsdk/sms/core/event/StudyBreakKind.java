package io.github.sponsorsdk.sms.core.event;

/** How a student's studies pause (Student guidance Document 2). */
public enum StudyBreakKind {
  /** Studies suspended. */
  SUSPENSION,
  /** Studies interrupted. */
  INTERRUPTION,
  /** Studies deferred. */
  DEFERRAL
}
