package io.github.sponsorsdk.sms.rules.password;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.passay.DefaultPasswordValidator;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RuleResultDetail;
import org.passay.UnicodeString;
import org.passay.ValidationResult;
import org.passay.data.CharacterData;
import org.passay.data.EnglishCharacterData;
import org.passay.rule.AllowedCharacterRule;
import org.passay.rule.CharacterRule;
import org.passay.rule.IllegalCharacterRule;
import org.passay.rule.IllegalRegexRule;
import org.passay.rule.DictionarySubstringRule;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.rule.LengthRule;
import org.passay.rule.Rule;
import org.passay.rule.UsernameRule;
import org.passay.rule.WhitespaceRule;

/**
 * Passay 2.0 configured as the SMS policy ({@link PasswordParameters} on a date), as an independent oracle for tests and
 * the benchmark: length in code points, one each of A-Z, a-z, 0-9 and the listed specials, no whitespace (the same
 * set as {@link PasswordCheck#isWhitespace(int)}, split over two Passay rules), user ID anywhere ignoring case, and the holder's name
 * parts of at least {@code nameTokenMinLength} anywhere ignoring case (a case-insensitive regex).
 */
public final class PassayOracle {

  /** The code points Java calls whitespace: Passay's {@code WhitespaceRule} accepts only these. */
  static final int[] WHITESPACE = IntStream.rangeClosed(0, Character.MAX_CODE_POINT)
      .filter(Character::isWhitespace).toArray();
  /**
   * The rest of what the SMS policy counts as whitespace: the no-break spaces ({@code U+00A0}, {@code U+2007},
   * {@code U+202F}), which Passay's {@code WhitespaceRule} refuses to take, so they go to an
   * {@code IllegalCharacterRule}.
   */
  static final int[] NO_BREAK_SPACES = IntStream.rangeClosed(0, Character.MAX_CODE_POINT)
      .filter(cp -> PasswordCheck.isWhitespace(cp) && !Character.isWhitespace(cp)).toArray();

  private final PasswordValidator validator;
  private final PasswordValidator supplementaryValidator;
  private final String userId;

  public PassayOracle(PasswordParameters policy, AccountHolder holder, LocalDate on) {
    String specials = policy.specialCharacters().on(on);
    List<Rule> rules = new ArrayList<>();
    rules.add(new LengthRule(policy.minLength().on(on), policy.maxLength().on(on)));
    rules.add(new CharacterRule(EnglishCharacterData.UpperCase, 1));
    rules.add(new CharacterRule(EnglishCharacterData.LowerCase, 1));
    rules.add(new CharacterRule(EnglishCharacterData.Digit, 1));
    rules.add(new CharacterRule(new CharacterData() {
      @Override
      public String getErrorCode() {
        return "INSUFFICIENT_SPECIAL";
      }

      @Override
      public String getCharacters() {
        return specials;
      }
    }, 1));
    rules.add(new WhitespaceRule(new UnicodeString(WHITESPACE)));
    rules.add(new IllegalCharacterRule(new UnicodeString(NO_BREAK_SPACES), false));
    rules.add(new UsernameRule(false, true));
    if (policy.unlistedCharacters().on(on) == UnlistedCharacters.REFUSE) {
      // The strict reading: only the listed classes (and whitespace, which has its own rule) are allowed.
      String listed = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789" + specials;
      int[] allowed = IntStream.concat(listed.codePoints(),
          IntStream.rangeClosed(0, Character.MAX_CODE_POINT).filter(PasswordCheck::isWhitespace)).toArray();
      rules.add(new AllowedCharacterRule(new UnicodeString(allowed), false));
    }
    List<String> tokens = new ArrayList<>();
    int min = policy.nameTokenMinLength().on(on);
    for (String name : List.of(holder.givenName().orElse(""), holder.familyName().orElse(""))) {
      for (String t : name.split("[^\\p{L}\\p{N}]+")) {
        if (t.codePointCount(0, t.length()) >= min) {
          tokens.add(t);
        }
      }
    }
    List<Rule> withRegex = new ArrayList<>(rules);
    List<Rule> withDictionary = new ArrayList<>(rules);
    if (!tokens.isEmpty()) {
      // Passay's DictionarySubstringRule searches every substring: about 25 ms for a 300-character password, which
      // made this oracle the slowest test of the module; its regex rule is Passay's other idiom for "must not
      // contain these words" and is used where it works. It does not work after a supplementary character (an
      // emoji): Passay 2.0.0's UnicodeString gives java.util.regex code-point indices where it expects UTF-16 ones
      // (IllegalArgumentException from UnicodeString.substring via Matcher.group), so such passwords go to the
      // dictionary rule.
      withRegex.add(new IllegalRegexRule(
          tokens.stream().map(Pattern::quote).collect(Collectors.joining("|")),
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE, false));
      tokens.sort(String.CASE_INSENSITIVE_ORDER); // ArrayWordList needs its comparator's order
      withDictionary.add(new DictionarySubstringRule(
          new WordListDictionary(new ArrayWordList(tokens.toArray(new String[0]), false))));
    }
    // No entropy estimate: the SMS policy has none, and Passay's default computes one on every validation.
    this.validator = new DefaultPasswordValidator(DefaultPasswordValidator.NO_ENTROPY_PROVIDER, withRegex);
    this.supplementaryValidator =
        new DefaultPasswordValidator(DefaultPasswordValidator.NO_ENTROPY_PROVIDER, withDictionary);
    this.userId = holder.userId();
  }

  public ValidationResult validate(String password) {
    boolean supplementary = password.codePointCount(0, password.length()) != password.length();
    return (supplementary ? supplementaryValidator : validator).validate(new PasswordData(userId, password));
  }
  /** Passay's failures translated to {@link PasswordReasonCode} names. */
  static Set<String> codes(ValidationResult result) {
    Set<String> codes = new LinkedHashSet<>();
    for (RuleResultDetail d : result.getDetails()) {
      codes.add(translate(d.getErrorCodes()));
    }
    return codes;
  }

  private static String translate(String[] passayCodes) {
    for (String c : passayCodes) {
      if (c.startsWith("TOO_SHORT")) {
        return "TOO_SHORT";
      } else if (c.startsWith("TOO_LONG")) {
        return "TOO_LONG";
      } else if (c.startsWith("INSUFFICIENT_UPPERCASE")) {
        return "NO_UPPERCASE";
      } else if (c.startsWith("INSUFFICIENT_LOWERCASE")) {
        return "NO_LOWERCASE";
      } else if (c.startsWith("INSUFFICIENT_DIGIT")) {
        return "NO_DIGIT";
      } else if (c.startsWith("INSUFFICIENT_SPECIAL")) {
        return "NO_SPECIAL";
      } else if (c.startsWith("ILLEGAL_WHITESPACE") || c.startsWith("ILLEGAL_CHAR")) {
        return "CONTAINS_WHITESPACE";
      } else if (c.startsWith("ILLEGAL_USERNAME")) {
        return "CONTAINS_USER_ID";
      } else if (c.startsWith("ILLEGAL_MATCH") || c.startsWith("ILLEGAL_WORD")) {
        return "CONTAINS_NAME";
      } else if (c.startsWith("ALLOWED_CHAR")) {
        return "UNLISTED_CHARACTER";
      }
    }
    return "UNKNOWN" + List.of(passayCodes);
  }
}
