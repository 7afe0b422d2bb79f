package io.github.sponsorsdk.sms.rules.effective;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A date-effective parameter was asked for a date it does not cover: before its first version, or on or after its
 * end. The SDK never extrapolates silently.
 */
public class NotInEffectException extends DateTimeException {
  private static final long serialVersionUID = 1L;

  private final String parameter;
  private final LocalDate date;

  public NotInEffectException(String parameter, LocalDate date, String range) {
    super("Parameter '" + parameter + "' has no value on " + date + "; it is defined for " + range);
    this.parameter = parameter;
    this.date = date;
  }

  public String parameter() {
    return parameter;
  }

  public LocalDate date() {
    return date;
  }
}
