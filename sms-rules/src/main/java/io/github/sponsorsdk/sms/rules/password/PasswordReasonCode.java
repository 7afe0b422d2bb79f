package io.github.sponsorsdk.sms.rules.password;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Sources;
import io.github.sponsorsdk.sms.core.decision.ReasonCode;

/**
 * Why a password is refused (or warned about). One code per rule of Manual 1, Guide 1, step 2, so a user interface
 * can show every failed rule at once. No code, message or parameter ever holds the password or a part of it.
 */
public enum PasswordReasonCode implements ReasonCode {
  /** Fewer than {@code minLength} characters. Parameters: {@code minLength}, {@code maxLength}. */
  TOO_SHORT(PasswordParameters.guide1("be between 12 and 256 characters")),
  /** More than {@code maxLength} characters. Parameters: {@code minLength}, {@code maxLength}. */
  TOO_LONG(PasswordParameters.guide1("be between 12 and 256 characters")),
  /** No letter A-Z. Parameter: {@code minCount=1}. */
  NO_UPPERCASE(PasswordParameters.guide1("include at least 1 uppercase letter from A to Z")),
  /** No letter a-z. Parameter: {@code minCount=1}. */
  NO_LOWERCASE(PasswordParameters.guide1("include at least 1 lowercase letter from a to z")),
  /** No digit 0-9. Parameter: {@code minCount=1}. */
  NO_DIGIT(PasswordParameters.guide1("include at least 1 number from 0 to 9")),
  /** None of the listed specials. Parameters: {@code minCount=1}, {@code specialCharacters}. */
  NO_SPECIAL(PasswordParameters.guide1("include at least 1 special character from the following @$!%^&*+=_")),
  /** A whitespace character anywhere. Parameter: {@code count}. */
  CONTAINS_WHITESPACE(PasswordParameters.guide1("not include any whitespace characters")),
  /** The user ID, ignoring case. */
  CONTAINS_USER_ID(PasswordParameters.guide1("not contain your user name or User ID")),
  /** A part of the holder's name. Parameters: {@code namePart} (GIVEN_NAME or FAMILY_NAME), {@code minTokenLength}. */
  CONTAINS_NAME(PasswordParameters.guide1("not contain your user name or User ID")),
  /**
   * A character outside every listed class ({@code #}, {@code £}, {@code é}...): a warning or a refusal depending on
   * {@link PasswordParameters#unlistedCharacters()}. Parameter: {@code count}.
   */
  UNLISTED_CHARACTER(PasswordParameters.decision("Guide 1 lists required and forbidden characters, not allowed ones")),
  /** The new password and its confirmation differ (Guide 1, step 2: "ensure both passwords match"). */
  CONFIRMATION_MISMATCH(Citation.builder()
      .document(Sources.SMS_MANUAL_1_GUIDE_1).section("Step 2")
      .effectiveFrom(PasswordParameters.MANUAL_1_KNOWN_FROM).note("ensure both passwords match").build());

  private final Citation citation;

  PasswordReasonCode(Citation citation) {
    this.citation = citation;
  }

  /** The source of the rule this code reports. */
  public Citation citation() {
    return citation;
  }
}
