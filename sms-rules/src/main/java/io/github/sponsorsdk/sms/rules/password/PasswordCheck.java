package io.github.sponsorsdk.sms.rules.password;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.decision.Reason;
import io.github.sponsorsdk.sms.core.decision.Severity;
import io.github.sponsorsdk.sms.rules.effective.DatedValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The SMS password policy (Manual 1, Guide 1, step 2) as a pure function: a password, whose it is and the date in,
 * a {@link Decision} with <em>every</em> broken rule out, never stopping at the first.
 *
 * <pre>{@code
 * Decision d = PasswordCheck.defaults().decide(Secret.of(chars), AccountHolder.of("kkNqt5v4", "Jane", "Smith"),
 *     LocalDate.of(2026, 11, 25));
 * if (d.isRefused()) d.refusals().forEach(r -> show(r.code(), r.parameters()));
 * }</pre>
 *
 * <p>How the manual's words are read (decision record {@code 0310-password-policy}):
 * <ul>
 *   <li><b>Characters</b> are Unicode code points, so an emoji or a letter outside the Basic Multilingual Plane
 *       counts once (as in Passay 2.0's {@code LengthRule}).
 *   <li><b>Upper case</b> is A-Z only, <b>lower case</b> a-z only, <b>numbers</b> 0-9 only, as the manual spells
 *       them; {@code É} or {@code ß} satisfy none of them.
 *   <li><b>Whitespace</b> is any code point for which {@link Character#isWhitespace(int)} or
 *       {@link Character#isSpaceChar(int)} holds: space, tab, line breaks and the no-break spaces a copy and paste
 *       brings in.
 *   <li><b>Other characters</b> ({@code #}, {@code £}, {@code é}, emoji) are neither required nor forbidden by the
 *       manual: see {@link UnlistedCharacters} (default: allowed with a warning).
 *   <li><b>"Not contain your user name or User ID"</b>: the user ID, and each part of the given name and family name
 *       (split at anything that is not a letter or digit) of at least {@code nameTokenMinLength} (3) characters,
 *       matched anywhere in the password <em>ignoring case</em>. Log-in is case-sensitive, but "SMITH" still
 *       contains the name Smith; ignoring case is the reading that keeps the rule's purpose.
 * </ul>
 *
 * <p>No reason's message or parameters holds the password or any part of it: only the policy's values
 * (e.g. {@code minLength=12}), counts, and which name part matched.
 *
 * <p><b>Shape and parameters</b> (docs/decisions/0005-api-charter.md): {@link #defaults()} reads
 * {@link PasswordParameters#defaults()}, today's guidance, each value with its citation and effective date there;
 * {@code of(PasswordParameters)} takes other parameters, {@code parameters()} returns them. Immutable and thread-safe.
 * <b>Verbs:</b> {@code decide} and {@code decideChange} (each a {@code Decision} listing every broken rule).
 */
public final class PasswordCheck {

  private final PasswordParameters parameters;

  private PasswordCheck(PasswordParameters parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
  }

  /** The check with {@link PasswordParameters#defaults()}. */
  public static PasswordCheck defaults() {
    return Holder.DEFAULT;
  }

  public static PasswordCheck of(PasswordParameters parameters) {
    return new PasswordCheck(parameters);
  }

  public PasswordParameters parameters() {
    return parameters;
  }

  /**
   * Checks {@code password} for {@code holder} against the policy in force on {@code on}.
   *
   * @throws io.github.sponsorsdk.sms.rules.effective.NotInEffectException when the policy does not cover {@code on}
   */
  public Decision decide(Secret password, AccountHolder holder, LocalDate on) {
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(on, "on");
    DatedValue<Integer> min = parameters.minLength().versionOn(on);
    DatedValue<Integer> max = parameters.maxLength().versionOn(on);
    DatedValue<String> specials = parameters.specialCharacters().versionOn(on);
    DatedValue<UnlistedCharacters> unlisted = parameters.unlistedCharacters().versionOn(on);
    DatedValue<Integer> tokenMin = parameters.nameTokenMinLength().versionOn(on);
    String specialSet = specials.value();

    int length = 0;
    int upper = 0;
    int lower = 0;
    int digit = 0;
    int special = 0;
    int whitespace = 0;
    int other = 0;
    for (int i = 0; i < password.length(); ) {
      int cp = password.codePointAt(i);
      i += Character.charCount(cp);
      length++;
      if (cp >= 'A' && cp <= 'Z') {
        upper++;
      } else if (cp >= 'a' && cp <= 'z') {
        lower++;
      } else if (cp >= '0' && cp <= '9') {
        digit++;
      } else if (specialSet.indexOf(cp) >= 0) {
        special++;
      } else if (isWhitespace(cp)) {
        whitespace++;
      } else {
        other++;
      }
    }

    List<Reason> reasons = new ArrayList<>(4);
    if (length < min.value()) {
      reasons.add(reason(PasswordReasonCode.TOO_SHORT, Severity.REFUSAL,
          "The password must have at least " + min.value() + " characters.", min.citation())
          .putParameter("minLength", String.valueOf(min.value()))
          .putParameter("maxLength", String.valueOf(max.value())).build());
    }
    if (length > max.value()) {
      reasons.add(reason(PasswordReasonCode.TOO_LONG, Severity.REFUSAL,
          "The password must have at most " + max.value() + " characters.", max.citation())
          .putParameter("minLength", String.valueOf(min.value()))
          .putParameter("maxLength", String.valueOf(max.value())).build());
    }
    if (upper == 0) {
      reasons.add(classReason(PasswordReasonCode.NO_UPPERCASE, "an uppercase letter from A to Z"));
    }
    if (lower == 0) {
      reasons.add(classReason(PasswordReasonCode.NO_LOWERCASE, "a lowercase letter from a to z"));
    }
    if (digit == 0) {
      reasons.add(classReason(PasswordReasonCode.NO_DIGIT, "a number from 0 to 9"));
    }
    if (special == 0) {
      reasons.add(reason(PasswordReasonCode.NO_SPECIAL, Severity.REFUSAL,
          "The password must include at least 1 special character from " + specialSet + ".", specials.citation())
          .putParameter("minCount", "1").putParameter("specialCharacters", specialSet).build());
    }
    if (whitespace > 0) {
      reasons.add(reason(PasswordReasonCode.CONTAINS_WHITESPACE, Severity.REFUSAL,
          "The password must not include any whitespace characters.", PasswordReasonCode.CONTAINS_WHITESPACE.citation())
          .putParameter("count", String.valueOf(whitespace)).build());
    }
    if (containsIgnoreCase(password, holder.userId())) {
      reasons.add(reason(PasswordReasonCode.CONTAINS_USER_ID, Severity.REFUSAL,
          "The password must not contain your user ID.", PasswordReasonCode.CONTAINS_USER_ID.citation()).build());
    }
    nameReason(password, holder.givenName(), "GIVEN_NAME", "given name", tokenMin).ifPresent(reasons::add);
    nameReason(password, holder.familyName(), "FAMILY_NAME", "family name", tokenMin).ifPresent(reasons::add);
    if (other > 0 && unlisted.value() != UnlistedCharacters.ACCEPT) {
      boolean refuse = unlisted.value() == UnlistedCharacters.REFUSE;
      reasons.add(reason(PasswordReasonCode.UNLISTED_CHARACTER, refuse ? Severity.REFUSAL : Severity.WARNING,
          refuse
              ? "The password may only use A-Z, a-z, 0-9 and " + specialSet + "."
              : "The password has characters other than A-Z, a-z, 0-9 and " + specialSet
                  + "; the SMS manual does not say whether SMS accepts them.",
          unlisted.citation())
          .putParameter("count", String.valueOf(other)).putParameter("specialCharacters", specialSet).build());
    }
    return Decision.of(reasons);
  }

  /**
   * Checks a password change (Guide 1, step 2): the new password against the policy, and that the confirmation
   * matches it ("ensure both passwords match"). The manual sets no rule against reusing the old password.
   */
  public Decision decideChange(Secret newPassword, Secret confirmation, AccountHolder holder, LocalDate on) {
    Decision d = decide(newPassword, holder, on);
    if (!sameCharacters(newPassword, confirmation)) {
      d = d.and(Decision.of(reason(PasswordReasonCode.CONFIRMATION_MISMATCH, Severity.REFUSAL,
          "The new password and its confirmation do not match.",
          PasswordReasonCode.CONFIRMATION_MISMATCH.citation()).build()));
    }
    return d;
  }

  /** Whitespace as this policy reads "any whitespace characters". */
  public static boolean isWhitespace(int codePoint) {
    return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
  }

  private Reason classReason(PasswordReasonCode code, String what) {
    return reason(code, Severity.REFUSAL, "The password must include at least 1 " + what + ".", code.citation())
        .putParameter("minCount", "1").build();
  }

  private static Optional<Reason> nameReason(Secret password, Optional<String> name, String part, String word,
      DatedValue<Integer> tokenMin) {
    if (name.isEmpty()) {
      return Optional.empty();
    }
    for (String token : name.get().split("[^\\p{L}\\p{N}]+")) {
      if (token.codePointCount(0, token.length()) >= tokenMin.value() && containsIgnoreCase(password, token)) {
        return Optional.of(reason(PasswordReasonCode.CONTAINS_NAME, Severity.REFUSAL,
            "The password must not contain your " + word + ".", tokenMin.citation())
            .putParameter("namePart", part)
            .putParameter("minTokenLength", String.valueOf(tokenMin.value())).build());
      }
    }
    return Optional.empty();
  }

  private static Reason.Builder reason(PasswordReasonCode code,
      Severity severity, String message, Citation citation) {
    return Reason.builder().code(code.name()).severity(severity).message(message).citation(citation);
  }

  /** True when {@code needle} occurs in {@code hay}, comparing as {@link String#regionMatches(boolean, int,
   * String, int, int)} does with {@code ignoreCase}. */
  static boolean containsIgnoreCase(Secret hay, String needle) {
    int n = needle.length();
    if (n == 0) {
      return false;
    }
    outer:
    for (int start = 0; start + n <= hay.length(); start++) {
      for (int j = 0; j < n; j++) {
        if (!sameIgnoringCase(hay.charAt(start + j), needle.charAt(j))) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  private static boolean sameIgnoringCase(char a, char b) {
    if (a == b) {
      return true;
    }
    char ua = Character.toUpperCase(a);
    char ub = Character.toUpperCase(b);
    return ua == ub || Character.toLowerCase(ua) == Character.toLowerCase(ub);
  }

  private static boolean sameCharacters(Secret a, Secret b) {
    if (a.length() != b.length()) {
      return false;
    }
    int diff = 0;
    for (int i = 0; i < a.length(); i++) {
      diff |= a.charAt(i) ^ b.charAt(i);
    }
    return diff == 0;
  }

  private static final class Holder {
    static final PasswordCheck DEFAULT = new PasswordCheck(PasswordParameters.defaults());
  }

  @Override
  public String toString() {
    return "PasswordCheck" + parameters.parameters();
  }
}
