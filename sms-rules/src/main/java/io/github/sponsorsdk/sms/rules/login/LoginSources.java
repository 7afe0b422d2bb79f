package io.github.sponsorsdk.sms.rules.login;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Sources;
import io.github.sponsorsdk.sms.rules.password.PasswordParameters;

/** The citations of the log-in rules, spelled once. */
final class LoginSources {
  private LoginSources() {}

  static Citation manual1(String section, String note) {
    return Citation.builder().document(Sources.SMS_MANUAL_1).section(section)
        .effectiveFrom(PasswordParameters.MANUAL_1_KNOWN_FROM).note(note).build();
  }

  static Citation guide1(String section, String note) {
    return Citation.builder().document(Sources.SMS_MANUAL_1_GUIDE_1).section(section)
        .effectiveFrom(PasswordParameters.MANUAL_1_KNOWN_FROM).note(note).build();
  }

  static Citation guide2(String section, String note) {
    return Citation.builder().document(Sources.SMS_MANUAL_1_GUIDE_2).section(section)
        .effectiveFrom(PasswordParameters.MANUAL_1_KNOWN_FROM).note(note).build();
  }

  static Citation decision(String note) {
    return Citation.builder().document(Sources.PROJECT_DECISION).section("0310-login-lockout-sessions")
        .effectiveFrom(PasswordParameters.MANUAL_1_KNOWN_FROM).note(note).build();
  }

  static final String NO_MATCH_MESSAGE = "Please make sure you enter the correct user ID and password, as your"
      + " previous attempt does not match our records.";
}
