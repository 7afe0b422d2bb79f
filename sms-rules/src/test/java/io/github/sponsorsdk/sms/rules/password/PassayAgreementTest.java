package io.github.sponsorsdk.sms.rules.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.instancio.Select.field;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.decision.Reason;
import io.github.sponsorsdk.sms.core.decision.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.instancio.Instancio;
import org.junit.jupiter.api.Test;
import org.passay.ValidationResult;

/**
 * Our engine and Passay 2.0, configured identically ({@link PassayOracle}), must agree on valid/invalid and on the
 * exact set of failed rules for thousands of generated passwords. Instancio generates <em>recipes</em> (fixed seed)
 * biased to the boundaries: lengths 0, 11, 12, 13, 255, 256, 257; zero or one of each class; trailing and inner
 * whitespace of several kinds; the user ID or a name part in mixed case; unlisted and supplementary characters.
 */
class PassayAgreementTest {

  static final long SEED = 20_261_125L;
  static final int CASES = 3_000;
  static final LocalDate DAY = LocalDate.of(2026, 11, 25);

  static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  static final String DIGITS = "0123456789";
  static final String SPECIAL = "@$!%^&*+=_";
  static final String[] WHITESPACE = {" ", "\t", "\n", "\u00A0", "\u2003", "\u3000"};
  static final String[] OTHER = {"#", "£", "é", "€", "~", "-", "\uD83D\uDE00", "ß", "Ж"};
  static final String[] USER_IDS = {"kkNqt5v4", "yAy9d5dp", "MMdYyfNF", "CB00vj4az", "KrxT1vuh7", "OsNBX7uVOL"};
  static final String[][] NAMES = {{"Julie", "Smith"}, {"Steve", "Smith"}, {"Filloyd", "Rose"}, {"Li", "O'Neill-Ray"},
      {"Anne Marie", "Lee"}};

  /** One generated case: what to put in the password. */
  static class Recipe {
    int length;
    int uppers;
    int lowers;
    int digits;
    int specials;
    int whitespace;
    int others;
    boolean trailingSpace;
    int idMode; // 0 none, 1 exact, 2 lower, 3 upper
    int nameMode; // 0 none, 1 given name part, 2 family name part
    int holder;
    long shuffle;
  }

  static List<Recipe> recipes() {
    return Instancio.ofList(Recipe.class).size(CASES).withSeed(SEED)
        .generate(field(Recipe.class, "length"), g -> g.oneOf(0, 1, 11, 12, 13, 20, 40, 255, 256, 257, 300))
        .generate(field(Recipe.class, "uppers"), g -> g.oneOf(0, 1, 1, 1, 1, 2))
        .generate(field(Recipe.class, "lowers"), g -> g.oneOf(0, 1, 1, 1, 1, 3))
        .generate(field(Recipe.class, "digits"), g -> g.oneOf(0, 1, 1, 1, 1, 2))
        .generate(field(Recipe.class, "specials"), g -> g.oneOf(0, 1, 1, 1, 1, 2))
        .generate(field(Recipe.class, "whitespace"), g -> g.oneOf(0, 0, 0, 0, 1, 2))
        .generate(field(Recipe.class, "others"), g -> g.oneOf(0, 0, 0, 1, 2))
        .generate(field(Recipe.class, "trailingSpace"), g -> g.booleans().probability(0.1))
        .generate(field(Recipe.class, "idMode"), g -> g.oneOf(0, 0, 0, 0, 0, 1, 2, 3))
        .generate(field(Recipe.class, "nameMode"), g -> g.oneOf(0, 0, 0, 0, 1, 2))
        .generate(field(Recipe.class, "holder"), g -> g.ints().range(0, USER_IDS.length - 1))
        .create();
  }

  static AccountHolder holder(Recipe r) {
    String[] name = NAMES[r.holder % NAMES.length];
    return AccountHolder.of(USER_IDS[r.holder], name[0], name[1]);
  }

  /** Builds the password a recipe describes; pieces are shuffled as units so the ID and name stay whole. */
  static String password(Recipe r) {
    Random rnd = new Random(r.shuffle);
    AccountHolder h = holder(r);
    List<String> pieces = new ArrayList<>();
    addFrom(pieces, UPPER, r.uppers, rnd);
    addFrom(pieces, LOWER, r.lowers, rnd);
    addFrom(pieces, DIGITS, r.digits, rnd);
    addFrom(pieces, SPECIAL, r.specials, rnd);
    for (int i = 0; i < r.whitespace; i++) {
      pieces.add(WHITESPACE[rnd.nextInt(WHITESPACE.length)]);
    }
    for (int i = 0; i < r.others; i++) {
      pieces.add(OTHER[rnd.nextInt(OTHER.length)]);
    }
    if (r.idMode == 1) {
      pieces.add(h.userId());
    } else if (r.idMode == 2) {
      pieces.add(h.userId().toLowerCase());
    } else if (r.idMode == 3) {
      pieces.add(h.userId().toUpperCase());
    }
    if (r.nameMode > 0) {
      String name = r.nameMode == 1 ? h.givenName().orElseThrow() : h.familyName().orElseThrow();
      String[] parts = name.split("[^\\p{L}]+");
      String part = parts[rnd.nextInt(parts.length)];
      pieces.add(rnd.nextBoolean() ? part.toUpperCase() : part);
    }
    // Filler from the classes the recipe already has (so it does not add a missing class), else unlisted.
    StringBuilder pool = new StringBuilder();
    if (r.lowers > 0) {
      pool.append(LOWER);
    }
    if (r.uppers > 0) {
      pool.append(UPPER);
    }
    if (r.digits > 0) {
      pool.append(DIGITS);
    }
    if (pool.length() == 0) {
      pool.append(r.specials > 0 ? SPECIAL : "#~-");
    }
    int have = pieces.stream().mapToInt(p -> p.codePointCount(0, p.length())).sum();
    for (int i = have; i < r.length; i++) {
      pieces.add(String.valueOf(pool.charAt(rnd.nextInt(pool.length()))));
    }
    Collections.shuffle(pieces, rnd);
    String p = String.join("", pieces);
    return r.trailingSpace ? p + " " : p;
  }

  private static void addFrom(List<String> pieces, String set, int n, Random rnd) {
    for (int i = 0; i < n; i++) {
      pieces.add(String.valueOf(set.charAt(rnd.nextInt(set.length()))));
    }
  }

  @Test
  void ourEngineAndPassayAgreeOnValidityAndOnEveryFailedRule() {
    agree(PasswordParameters.defaults());
  }

  @Test
  void theyAlsoAgreeUnderTheStrictReadingOfUnlistedCharacters() {
    PasswordParameters strict = PasswordParameters.builder().from(PasswordParameters.defaults())
        .unlistedCharacters(io.github.sponsorsdk.sms.rules.effective.DateEffective.of("password.unlistedCharacters",
            PasswordParameters.MANUAL_1_KNOWN_FROM, UnlistedCharacters.REFUSE,
            Citation.of(Source.CALLER_DOCUMENT, "test: " + "strict reading", LocalDate.of(2020, 1, 1))))
        .build();
    Set<String> seen = agree(strict);
    assertThat(seen).contains("UNLISTED_CHARACTER");
  }

  private Set<String> agree(PasswordParameters policy) {
    PasswordCheck ours = PasswordCheck.of(policy);
    java.util.Map<Integer, PassayOracle> oracles = new java.util.HashMap<>();
    int valid = 0;
    Set<String> seenCodes = new LinkedHashSet<>();
    for (Recipe r : recipes()) {
      String pw = password(r);
      AccountHolder h = holder(r);
      Decision d = ours.decide(Secret.of(pw), h, DAY);
      ValidationResult passay = oracles.computeIfAbsent(r.holder,
          k -> new PassayOracle(policy, h, DAY)).validate(pw);
      Set<String> ourRefusals = d.reasons().stream().filter(x -> x.severity() == Severity.REFUSAL)
          .map(Reason::name).collect(Collectors.toCollection(LinkedHashSet::new));
      String context = "seed " + SEED + ", holder " + h.userId() + ", password length " + pw.length()
          + ", codes ours " + ourRefusals + " passay " + PassayOracle.codes(passay) + ", password [" + pw + "]";
      assertThat(d.isAllowed()).as(context).isEqualTo(passay.isValid());
      assertThat(ourRefusals).as(context).isEqualTo(PassayOracle.codes(passay));
      valid += d.isAllowed() ? 1 : 0;
      seenCodes.addAll(ourRefusals);
    }
    // The generator must exercise both outcomes and every rule Passay can check, or the agreement proves little.
    assertThat(valid).isBetween(CASES / 40, CASES - CASES / 40);
    assertThat(seenCodes).contains("TOO_SHORT", "TOO_LONG", "NO_UPPERCASE", "NO_LOWERCASE",
        "NO_DIGIT", "NO_SPECIAL", "CONTAINS_WHITESPACE", "CONTAINS_USER_ID", "CONTAINS_NAME");
    return seenCodes;
  }

  @Test
  void bothAgreeExactlyOnTheLengthBoundaries() {
    AccountHolder h = AccountHolder.of("kkNqt5v4", "Julie", "Smith");
    PassayOracle passay = new PassayOracle(PasswordParameters.defaults(), h, DAY);
    for (int n = 0; n <= 260; n++) {
      StringBuilder sb = new StringBuilder("Aa1@");
      while (sb.length() < n) {
        sb.append('q');
      }
      String pw = sb.substring(0, Math.max(n, 0) < 4 ? n : sb.length());
      assertThat(PasswordCheck.defaults().decide(Secret.of(pw), h, DAY).isAllowed())
          .as("length %d", n).isEqualTo(passay.validate(pw).isValid());
    }
  }
}
