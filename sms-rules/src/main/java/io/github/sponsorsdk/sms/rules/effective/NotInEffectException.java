package io.github.sponsorsdk.sms.rules.effective;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A date-effective parameter was asked for a date it does not cover: before its first version, or on or after its
 * end. The SDK never extrapolates silently.
 */
public class NotInEffectException extends DateTimeException {
  private static final long serialVersionUID = 1L;

  /** The parameter's name. */
  private final String parameter;
  /** The day asked about. */
  private final LocalDate date;

  /**
   * A parameter with no version on {@code date}.
   *
   * @param parameter the parameter's name
   * @param date the day asked about
   * @param range the range covered, for the message
   */
  public NotInEffectException(String parameter, LocalDate date, String range) {
    super("Parameter '" + parameter + "' has no value on " + date + "; it is defined for " + range);
    this.parameter = parameter;
    this.date = date;
  }

  /** {@return the parameter's name} */
  public String parameter() {
    return parameter;
  }

  /** {@return the day asked about} */
  public LocalDate date() {
    return date;
  }
}
