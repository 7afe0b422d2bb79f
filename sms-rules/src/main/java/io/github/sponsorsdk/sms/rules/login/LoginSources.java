package io.github.sponsorsdk.sms.rules.login;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.rules.password.PasswordParameters;

/** The citations of the log-in rules, spelled once. */
final class LoginSources {
  private LoginSources() {}

  static Citation manual1(String section, String note) {
    return Citation.of(Source.SMS_MANUAL_1, section).withNote(note);
  }

  static Citation guide1(String section, String note) {
    return Citation.of(Source.SMS_MANUAL_1_GUIDE_1, section).withNote(note);
  }

  static Citation guide2(String section, String note) {
    return Citation.of(Source.SMS_MANUAL_1_GUIDE_2, section).withNote(note);
  }

  static Citation decision(String note) {
    return Citation.of(Source.PROJECT_DECISION, "0310-login-lockout-sessions", PasswordParameters.MANUAL_1_KNOWN_FROM)
        .withNote(note);
  }

  static final String NO_MATCH_MESSAGE = "Please make sure you enter the correct user ID and password, as your"
      + " previous attempt does not match our records.";
}
