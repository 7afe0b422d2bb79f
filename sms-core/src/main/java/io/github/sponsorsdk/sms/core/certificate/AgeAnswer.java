package io.github.sponsorsdk.sms.core.certificate;

/**
 * The answer to an age question asked of a date of birth that may be partial ({@link PartialDate}): yes, no, or
 * cannot tell. A year-only date of birth (all twelve official BDT upload examples carry one) decides "is this person
 * at least 18 on 1 September 2026?" only when every day of that year gives the same answer; otherwise the answer is
 * {@link #CANNOT_TELL}, never a guess. A rule that meets {@code CANNOT_TELL} says what it does with it (the
 * readiness check warns, see {@code sms-rules} {@code AssignmentReadiness}).
 */
public enum AgeAnswer {
  /** True for every full date the partial date allows. */
  YES,
  /** False for every full date the partial date allows. */
  NO,
  /** True for some of the full dates the partial date allows and false for others. */
  CANNOT_TELL;

  /** {@return {@link #YES} or {@link #NO}} */
  public boolean isKnown() {
    return this != CANNOT_TELL;
  }
}
