package io.github.sponsorsdk.sms.core.event;

/** A significant change in a student's circumstances (Student guidance Document 2). */
public enum StudentChangeKind {
  /** The student changed course. */
  COURSE,
  /** The course length changed. */
  COURSE_LENGTH,
  /** Another significant change. */
  OTHER
}
