package io.github.sponsorsdk.sms.core.value;

import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Builds Hibernate Validator without its version banner on the application's console.
 *
 * <p>Hibernate Validator announces itself ({@code HV000001: Hibernate Validator 9.x}) at INFO, once per class
 * loader, when its configuration class is first loaded. It logs through JBoss Logging, which uses
 * {@code java.util.logging} when the application has no other backend (JBoss LogManager, Log4j 2, or SLF4J with
 * Logback); the JDK's default console handler writes INFO to the standard error stream. Without this class, any program that
 * builds its first sms-core value prints two lines it never asked for (issue 9, "quiet by default").
 *
 * <p>While {@code bootstrap} runs, the banner's own logger ({@value #BANNER_LOGGER}) is held at WARNING; its level is
 * put back afterwards, so the application's logging configuration is left as it was. Nothing is changed when the
 * application has set a level on that logger or on any logger above it other than the root (for example
 * {@code org.hibernate.validator.level = INFO} in {@code logging.properties}): then the banner is shown as
 * configured. With another backend, the banner goes to that backend, at the level configured there.
 *
 * <p>This is the one class of sms-core that touches {@code java.util.logging} (an architecture test holds that); it
 * logs nothing itself.
 */
final class QuietBootstrap {

  /** The {@code java.util.logging} logger through which Hibernate Validator prints its version banner. */
  static final String BANNER_LOGGER = "org.hibernate.validator.internal.util.Version";

  private QuietBootstrap() {}

  /** Runs {@code bootstrap} (which loads Hibernate Validator) with the version banner held back, as described above. */
  static <T> T withoutBanner(Supplier<T> bootstrap) {
    Logger banner = Logger.getLogger(BANNER_LOGGER);   // a strong reference for as long as the level is held
    if (configuredByApplication(banner)) {
      return bootstrap.get();
    }
    banner.setLevel(Level.WARNING);
    try {
      return bootstrap.get();
    } finally {
      banner.setLevel(null);
    }
  }

  /** Whether the application set a level on {@code logger} or on one of its parents below the root. */
  private static boolean configuredByApplication(Logger logger) {
    for (Logger l = logger; l != null && l.getParent() != null; l = l.getParent()) {
      if (l.getLevel() != null) {
        return true;
      }
    }
    return false;
  }
}
