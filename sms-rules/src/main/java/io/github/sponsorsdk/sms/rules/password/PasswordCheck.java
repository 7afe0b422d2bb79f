package io.github.sponsorsdk.sms.rules.password;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.decision.Reason;
import io.github.sponsorsdk.sms.core.decision.Severity;
import io.github.sponsorsdk.sms.rules.effective.DatedValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * (e.g. {@code minLength=12}), counts, and which name part matched. Each reason cites the version of the parameter
 * it applied (its {@link io.github.sponsorsdk.sms.rules.effective.DatedValue#citation()}); a character outside every
 * listed class is a warning or a refusal as {@link PasswordParameters#unlistedCharacters()} says.
 *
 * <p><b>Shape and parameters</b> (docs/decisions/0005-api-charter.md): {@link #defaults()} reads
 * {@link PasswordParameters#defaults()}, today's guidance, each value with its citation and effective date there;
 * {@code of(PasswordParameters)} takes other parameters, {@code parameters()} returns them. Immutable and thread-safe.
 * <b>Verbs:</b> {@code decide} and {@code decideChange} (each a {@code Decision} listing every broken rule).
 */
public final class PasswordCheck {

  /** The parameters of the character-class codes: the manual asks for at least one of each. */
  private static final Map<String, Integer> ONE = Map.of("minCount", 1);

  private final PasswordParameters parameters;

  private PasswordCheck(PasswordParameters parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
  }

  /** {@return the check with {@link PasswordParameters#defaults()}} */
  public static PasswordCheck defaults() {
    return Holder.DEFAULT;
  }

  /**
   * {@return a check with {@code parameters}}
   *
   * @param parameters the parameters to use instead of {@code defaults()}: each date-effective and cited
   */
  public static PasswordCheck of(PasswordParameters parameters) {
    return new PasswordCheck(parameters);
  }

  /** {@return the parameters in use} */
  public PasswordParameters parameters() {
    return parameters;
  }

  /**
   * Checks {@code password} for {@code holder} against the policy in force on {@code on}.
   *
   * @throws io.github.sponsorsdk.sms.rules.effective.NotInEffectException when the policy does not cover {@code on}
   * @param password the password
   * @param holder whose password it is
   * @param on the day of the question: the rules in force that day apply
   * @return allowed, or refused with every violation
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
      reasons.add(PasswordReasonCode.TOO_SHORT.reason(Map.of("minLength", min.value(), "maxLength", max.value()))
          .withCitation(min.citation()));
    }
    if (length > max.value()) {
      reasons.add(PasswordReasonCode.TOO_LONG.reason(Map.of("minLength", min.value(), "maxLength", max.value()))
          .withCitation(max.citation()));
    }
    if (upper == 0) {
      reasons.add(PasswordReasonCode.NO_UPPERCASE.reason(ONE));
    }
    if (lower == 0) {
      reasons.add(PasswordReasonCode.NO_LOWERCASE.reason(ONE));
    }
    if (digit == 0) {
      reasons.add(PasswordReasonCode.NO_DIGIT.reason(ONE));
    }
    if (special == 0) {
      reasons.add(PasswordReasonCode.NO_SPECIAL.reason(Map.of("minCount", 1, "specialCharacters", specialSet))
          .withCitation(specials.citation()));
    }
    if (whitespace > 0) {
      reasons.add(PasswordReasonCode.CONTAINS_WHITESPACE.reason(Map.of("count", whitespace)));
    }
    if (containsIgnoreCase(password, holder.userId())) {
      reasons.add(PasswordReasonCode.CONTAINS_USER_ID.reason());
    }
    nameReason(password, holder.givenName(), "GIVEN_NAME", tokenMin).ifPresent(reasons::add);
    nameReason(password, holder.familyName(), "FAMILY_NAME", tokenMin).ifPresent(reasons::add);
    if (other > 0 && unlisted.value() != UnlistedCharacters.ACCEPT) {
      boolean refuse = unlisted.value() == UnlistedCharacters.REFUSE;
      reasons.add(PasswordReasonCode.UNLISTED_CHARACTER.reason(Map.of("count", other, "specialCharacters", specialSet))
          .withSeverity(refuse ? Severity.REFUSAL : Severity.WARNING).withCitation(unlisted.citation()));
    }
    return Decision.of(reasons);
  }

  /**
   * Checks a password change (Guide 1, step 2): the new password against the policy, and that the confirmation
   * matches it ("ensure both passwords match"). The manual sets no rule against reusing the old password.
   *
   * @param newPassword the new password
   * @param confirmation the new password typed again
   * @param holder whose password it is
   * @param on the day of the question: the rules in force that day apply
   * @return allowed, or refused with every violation
   */
  public Decision decideChange(Secret newPassword, Secret confirmation, AccountHolder holder, LocalDate on) {
    Decision d = decide(newPassword, holder, on);
    if (!sameCharacters(newPassword, confirmation)) {
      d = d.and(Decision.of(PasswordReasonCode.CONFIRMATION_MISMATCH.reason()));
    }
    return d;
  }

  /**
   * {@return whitespace as this policy reads "any whitespace characters"}
   *
   * @param codePoint a code point
   */
  public static boolean isWhitespace(int codePoint) {
    return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
  }

  private static Optional<Reason> nameReason(Secret password, Optional<String> name, String part,
      DatedValue<Integer> tokenMin) {
    if (name.isEmpty()) {
      return Optional.empty();
    }
    for (String token : name.get().split("[^\\p{L}\\p{N}]+")) {
      if (token.codePointCount(0, token.length()) >= tokenMin.value() && containsIgnoreCase(password, token)) {
        return Optional.of(PasswordReasonCode.CONTAINS_NAME.reason(Map.of("namePart", part,
            "minTokenLength", tokenMin.value())).withCitation(tokenMin.citation()));
      }
    }
    return Optional.empty();
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
