package io.github.sponsorsdk.sms.rules.password;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.decision.ReasonCode;
import io.github.sponsorsdk.sms.core.decision.Severity;

/**
 * Why a password is refused (or warned about). One code per rule of Manual 1, Guide 1, step 2, so a user interface
 * can show every failed rule at once. No code, message or parameter ever holds the password or a part of it.
 */
public enum PasswordReasonCode implements ReasonCode {
  /** Fewer than {@code minLength} characters. Parameters: {@code minLength}, {@code maxLength}. */
  TOO_SHORT(Severity.REFUSAL,
      "The password has fewer than {minLength} characters: it must have between {minLength} and {maxLength}.",
      PasswordParameters.guide1("be between 12 and 256 characters")),
  /** More than {@code maxLength} characters. Parameters: {@code minLength}, {@code maxLength}. */
  TOO_LONG(Severity.REFUSAL,
      "The password has more than {maxLength} characters: it must have between {minLength} and {maxLength}.",
      PasswordParameters.guide1("be between 12 and 256 characters")),
  /** No letter A-Z. Parameter: {@code minCount} (1). */
  NO_UPPERCASE(Severity.REFUSAL, "The password must include at least {minCount} uppercase letter from A to Z.",
      PasswordParameters.guide1("include at least 1 uppercase letter from A to Z")),
  /** No letter a-z. Parameter: {@code minCount} (1). */
  NO_LOWERCASE(Severity.REFUSAL, "The password must include at least {minCount} lowercase letter from a to z.",
      PasswordParameters.guide1("include at least 1 lowercase letter from a to z")),
  /** No digit 0-9. Parameter: {@code minCount} (1). */
  NO_DIGIT(Severity.REFUSAL, "The password must include at least {minCount} number from 0 to 9.",
      PasswordParameters.guide1("include at least 1 number from 0 to 9")),
  /** None of the listed specials. Parameters: {@code minCount} (1), {@code specialCharacters}. */
  NO_SPECIAL(Severity.REFUSAL, "The password must include at least {minCount} special character from "
      + "{specialCharacters}.",
      PasswordParameters.guide1("include at least 1 special character from the following @$!%^&*+=_")),
  /** A whitespace character anywhere. Parameter: {@code count}. */
  CONTAINS_WHITESPACE(Severity.REFUSAL, "The password must not include any whitespace characters ({count} found).",
      PasswordParameters.guide1("not include any whitespace characters")),
  /** The user ID, ignoring case. */
  CONTAINS_USER_ID(Severity.REFUSAL, "The password must not contain your user ID.",
      PasswordParameters.guide1("not contain your user name or User ID")),
  /**
   * A part of the holder's name. Parameters: {@code namePart} ({@code GIVEN_NAME} or {@code FAMILY_NAME}),
   * {@code minTokenLength}.
   */
  CONTAINS_NAME(Severity.REFUSAL, "The password must not contain a part of your name ({namePart}) of "
      + "{minTokenLength} or more characters.",
      PasswordParameters.guide1("not contain your user name or User ID")),
  /**
   * A character outside every listed class ({@code #}, {@code £}, {@code é}...): a warning by default, a refusal
   * under {@link UnlistedCharacters#REFUSE}, nothing under {@link UnlistedCharacters#ACCEPT}
   * ({@link PasswordParameters#unlistedCharacters()}). Parameters: {@code count}, {@code specialCharacters}.
   */
  UNLISTED_CHARACTER(Severity.WARNING, "The password has {count} characters other than A-Z, a-z, 0-9 and "
      + "{specialCharacters}; the SMS manual does not say whether SMS accepts them.",
      PasswordParameters.decision("Guide 1 lists required and forbidden characters, not allowed ones")),
  /** The new password and its confirmation differ (Guide 1, step 2: "ensure both passwords match"). */
  CONFIRMATION_MISMATCH(Severity.REFUSAL, "The new password and its confirmation do not match.",
      Citation.of(Source.SMS_MANUAL_1_GUIDE_1, "Step 2").withNote("ensure both passwords match"));

  private final Severity severity;
  private final String messageTemplate;
  private final Citation citation;

  PasswordReasonCode(Severity severity, String messageTemplate, Citation citation) {
    this.severity = severity;
    this.messageTemplate = messageTemplate;
    this.citation = citation;
  }

  /** {@code password}. */
  @Override
  public String namespace() {
    return "password";
  }

  @Override
  public Severity severity() {
    return severity;
  }

  @Override
  public String messageTemplate() {
    return messageTemplate;
  }

  /** The source of the rule this code reports. */
  @Override
  public Citation citation() {
    return citation;
  }
}
