package io.github.sponsorsdk.sms.rules.effective;

import java.util.List;

/**
 * The date-effective parameters of one rule engine. Engines ship a {@code defaults()} set taken from the sources;
 * callers may build their own (a test may need the 20-minute lockout rather than the default 30). The project's
 * meta-tests walk every set: each parameter is cited and exactly one version applies on every covered day.
 */
public interface ParameterSet {
  /** {@return every parameter of the set} */
  List<DateEffective<?>> parameters();
}
