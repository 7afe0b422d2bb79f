package io.github.sponsorsdk.sms.rules.password;

import static io.github.sponsorsdk.sms.rules.password.PasswordReasonCode.CONFIRMATION_MISMATCH;
import static io.github.sponsorsdk.sms.rules.password.PasswordReasonCode.CONTAINS_NAME;
import static io.github.sponsorsdk.sms.rules.password.PasswordReasonCode.CONTAINS_USER_ID;
import static io.github.sponsorsdk.sms.rules.password.PasswordReasonCode.CONTAINS_WHITESPACE;
import static io.github.sponsorsdk.sms.rules.password.PasswordReasonCode.NO_DIGIT;
import static io.github.sponsorsdk.sms.rules.password.PasswordReasonCode.NO_LOWERCASE;
import static io.github.sponsorsdk.sms.rules.password.PasswordReasonCode.NO_SPECIAL;
import static io.github.sponsorsdk.sms.rules.password.PasswordReasonCode.NO_UPPERCASE;
import static io.github.sponsorsdk.sms.rules.password.PasswordReasonCode.TOO_LONG;
import static io.github.sponsorsdk.sms.rules.password.PasswordReasonCode.TOO_SHORT;
import static io.github.sponsorsdk.sms.rules.password.PasswordReasonCode.UNLISTED_CHARACTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.decision.Reason;
import io.github.sponsorsdk.sms.core.decision.Severity;
import io.github.sponsorsdk.sms.rules.effective.NotInEffectException;
import io.github.sponsorsdk.sms.rules.testing.Json;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Examples from Manual 1, Guide 1, step 2 ("Your password must: ..."), boundaries exactly on the counts. */
class PasswordCheckTest {

  static final LocalDate DAY = LocalDate.of(2026, 11, 25);
  // Manual 1, Guide 3 screen example: user MMdYyfNF, Julie Smith.
  static final AccountHolder JULIE = AccountHolder.of("MMdYyfNF", "Julie", "Smith");
  static final PasswordCheck CHECK = PasswordCheck.defaults();

  static Decision check(String password) {
    return CHECK.decide(Secret.of(password), JULIE, DAY);
  }

  static String validOfLength(int n) {
    StringBuilder sb = new StringBuilder("Aa1@");
    while (sb.length() < n) {
      sb.append('x');
    }
    return sb.toString();
  }

  @Test
  void aPasswordMeetingEveryRuleIsAllowedWithNoReasons() {
    // Guide 1's own advice: "apples could be: ApP1e5", made long enough and given a listed special.
    Decision d = check("ApP1e5-orchard@Kent".replace("-", ""));
    assertThat(d.isAllowed()).isTrue();
    assertThat(d.reasons()).isEmpty();
  }

  @Test
  void lengthBoundariesAre12And256Inclusive() {
    // "be between 12 and 256 characters"
    assertThat(check(validOfLength(11)).codes()).containsExactly("password.TOO_SHORT");
    assertThat(check(validOfLength(12)).isAllowed()).isTrue();
    assertThat(check(validOfLength(256)).isAllowed()).isTrue();
    assertThat(check(validOfLength(257)).codes()).containsExactly("password.TOO_LONG");
    Reason shortReason = check(validOfLength(11)).reasons().get(0);
    assertThat(shortReason.parameters()).containsEntry("minLength", "12").containsEntry("maxLength", "256");
    assertThat(shortReason.citation().source()).isEqualTo(Source.SMS_MANUAL_1_GUIDE_1);
  }

  @Test
  void charactersAreCodePointsSoAnEmojiCountsOnce() {
    String eleven = validOfLength(11);
    String withEmoji = eleven + "\uD83D\uDE00"; // 12 code points, 13 UTF-16 units
    assertThat(check(withEmoji).has(TOO_SHORT)).isFalse();
    assertThat(check(validOfLength(10) + "\uD83D\uDE00").has(TOO_SHORT)).isTrue();
  }

  @Test
  void eachCharacterClassIsRequiredOnItsOwn() {
    assertThat(check("aa1@xxxxxxxxxx").codes()).containsExactly("password.NO_UPPERCASE");
    assertThat(check("AA1@XXXXXXXXXX").codes()).containsExactly("password.NO_LOWERCASE");
    assertThat(check("Aab@xxxxxxxxxx").codes()).containsExactly("password.NO_DIGIT");
    assertThat(check("Aa1bxxxxxxxxxx").codes()).containsExactly("password.NO_SPECIAL");
  }

  @Test
  void everyListedSpecialCountsAndNoOtherDoes() {
    for (char c : "@$!%^&*+=_".toCharArray()) {
      assertThat(check("Aa1" + c + "xxxxxxxxxx").isAllowed()).as("special %s", c).isTrue();
    }
    for (char c : "#-.,;:?~()[]{}<>/\\|'\"`£€".toCharArray()) {
      Decision d = check("Aa1" + c + "xxxxxxxxxx");
      assertThat(d.has(NO_SPECIAL)).as("%s is not a listed special", c).isTrue();
      assertThat(d.has(UNLISTED_CHARACTER)).isTrue();
    }
  }

  @Test
  void lettersOutsideAtoZSatisfyNeitherCase() {
    // "at least 1 uppercase letter from A to Z": É and ß are neither A-Z nor a-z.
    Decision d = check("É1@ßxxxxxxxxxxx".toLowerCase().replace("x", "1"));
    assertThat(d.has(NO_UPPERCASE)).isTrue();
    assertThat(d.has(NO_LOWERCASE)).isTrue();
  }

  @Test
  void unlistedCharactersWarnByDefaultAndCanBeRefused() {
    Decision d = check("Aa1@xxxxxxxx#£");
    assertThat(d.isAllowed()).isTrue();
    assertThat(d.warnings()).extracting(Reason::code).containsExactly("password.UNLISTED_CHARACTER");
    assertThat(d.warnings().get(0).parameters()).containsEntry("count", "2");

    PasswordParameters strict = PasswordParameters.builder().from(PasswordParameters.defaults())
        .unlistedCharacters(PasswordParameters.defaults().unlistedCharacters().then(LocalDate.of(2027, 1, 1),
            UnlistedCharacters.REFUSE, Citation.of(Source.CALLER_DOCUMENT, "test: " + "strict reading",
                LocalDate.of(2020, 1, 1))))
        .build();
    PasswordCheck strictCheck = PasswordCheck.of(strict);
    assertThat(strictCheck.decide(Secret.of("Aa1@xxxxxxxx#£"), JULIE, LocalDate.of(2026, 12, 31)).isAllowed()).isTrue();
    Decision refused = strictCheck.decide(Secret.of("Aa1@xxxxxxxx#£"), JULIE, LocalDate.of(2027, 1, 1));
    assertThat(refused.refusals()).extracting(Reason::code).containsExactly("password.UNLISTED_CHARACTER");

    PasswordParameters accepting = PasswordParameters.builder().from(PasswordParameters.defaults())
        .unlistedCharacters(io.github.sponsorsdk.sms.rules.effective.DateEffective.of("password.unlistedCharacters",
            PasswordParameters.MANUAL_1_KNOWN_FROM, UnlistedCharacters.ACCEPT, Citation.of(Source.CALLER_DOCUMENT,
                "test: " + "lenient", LocalDate.of(2020, 1, 1))))
        .build();
    assertThat(PasswordCheck.of(accepting).decide(Secret.of("Aa1@xxxxxxxx#£"), JULIE, DAY).reasons()).isEmpty();
  }

  @Test
  void whitespaceAnywhereIsRefusedIncludingNoBreakSpaces() {
    // "not include any whitespace characters"
    for (String ws : List.of(" ", "\t", "\n", "\r", "\u00A0", "\u2007", "\u202F", "\u3000")) {
      Decision d = check("Aa1@xxxx" + ws + "xxxxx");
      assertThat(d.codes()).as("whitespace U+%04X", (int) ws.charAt(0)).containsExactly("password.CONTAINS_WHITESPACE");
    }
    assertThat(check("Aa1@xxxxxxxxx ").reasons().get(0).parameters()).containsEntry("count", "1");
  }

  @Test
  void theUserIdIsRefusedAnywhereIgnoringCase() {
    // "not contain your user name or User ID"
    assertThat(check("Aa1@MMdYyfNFxx").codes()).containsExactly("password.CONTAINS_USER_ID");
    assertThat(check("Aa1@mmdyyfnfxx").codes()).containsExactly("password.CONTAINS_USER_ID");
    assertThat(check("MMDYYFNF!!1aaa").codes()).containsExactly("password.CONTAINS_USER_ID");
    assertThat(check("Aa1@MMdYyfNxxx").isAllowed()).isTrue(); // one character short of the ID
  }

  @Test
  void namePartsOfThreeOrMoreCharactersAreRefusedIgnoringCase() {
    assertThat(check("Aa1@SMITHxxxxx").codes()).containsExactly("password.CONTAINS_NAME");
    assertThat(check("Aa1@julie12345").codes()).containsExactly("password.CONTAINS_NAME");
    Decision both = check("Julie1@Smith");
    assertThat(both.codes()).containsExactly("password.CONTAINS_NAME", "password.CONTAINS_NAME");
    assertThat(both.reasons()).extracting(r -> r.parameters().get("namePart"))
        .containsExactly("GIVEN_NAME", "FAMILY_NAME");
    // Short parts ("Li", "O") and hyphen/apostrophe-separated names: each part of 3 or more counts.
    AccountHolder li = AccountHolder.of("KrxT1vuh7", "Li", "O'Neill-Ray");
    assertThat(CHECK.decide(Secret.of("Aa1@Lixxxxxxxx"), li, DAY).isAllowed()).isTrue();
    assertThat(CHECK.decide(Secret.of("Aa1@Oxxxxxxxxx"), li, DAY).isAllowed()).isTrue();
    assertThat(CHECK.decide(Secret.of("Aa1@neillxxxxx"), li, DAY).codes()).containsExactly("password.CONTAINS_NAME");
    assertThat(CHECK.decide(Secret.of("Aa1@RAYxxxxxxx"), li, DAY).codes()).containsExactly("password.CONTAINS_NAME");
    assertThat(CHECK.decide(Secret.of("Aa1@Smithxxxxx"), AccountHolder.builder().userId("yAy9d5dp").build(), DAY)
        .isAllowed()).as("no name held: only the ID counts").isTrue();
  }

  @Test
  void everyViolationIsReportedAtOnce() {
    Decision empty = check("");
    assertThat(empty.codes())
        .containsExactly("password.TOO_SHORT", "password.NO_UPPERCASE", "password.NO_LOWERCASE",
            "password.NO_DIGIT", "password.NO_SPECIAL");
    Decision worst = check("smith mmdyyfnf #");
    assertThat(worst.codes())
        .containsExactly("password.NO_UPPERCASE", "password.NO_DIGIT", "password.NO_SPECIAL",
            "password.CONTAINS_WHITESPACE",
        "password.CONTAINS_USER_ID", "password.CONTAINS_NAME", "password.UNLISTED_CHARACTER");
    assertThat(worst.reasons()).allSatisfy(r -> {
      assertThat(r.citation()).isNotNull();
      assertThat(r.message()).isNotBlank();
    });
  }

  @Test
  void noMessageParameterOrToStringEverHoldsThePassword() {
    List<String> passwords = List.of("smith mmdyyfnf #", "short", "Zq9!Zq9!Zq9!Zq9!Zq9!" .repeat(20), "hunter22",
        "P@ss w0rd£€", "Aa1@MMdYyfNFxx");
    for (String p : passwords) {
      Secret s = Secret.of(p);
      Decision d = CHECK.decide(s, JULIE, DAY);
      assertThat(d.toString()).doesNotContain(p);
      assertThat(Json.MAPPER.valueToTree(d).toString()).doesNotContain(p);
      for (Reason r : d.reasons()) {
        assertThat(r.message()).doesNotContain(p);
        assertThat(r.parameters().values()).noneMatch(v -> v.contains(p));
      }
      assertThat(s.toString()).isEqualTo("Secret[****]");
      assertThat(String.valueOf(s)).doesNotContain(p);
    }
  }

  @Test
  void aChangeNeedsTheConfirmationToMatch() {
    // Guide 1, step 2: "then your new password in the next two fields (ensure both passwords match)"
    Secret pw = Secret.of("Orchard5@Kent!");
    assertThat(CHECK.decideChange(pw, Secret.of("Orchard5@Kent!"), JULIE, DAY).isAllowed()).isTrue();
    Decision d = CHECK.decideChange(pw, Secret.of("Orchard5@Kent! "), JULIE, DAY);
    assertThat(d.refusals()).extracting(Reason::code).containsExactly(CONFIRMATION_MISMATCH.code());
    Decision both = CHECK.decideChange(Secret.of("short"), Secret.of("shorT"), JULIE, DAY);
    assertThat(both.has(TOO_SHORT)).isTrue();
    assertThat(both.has(CONFIRMATION_MISMATCH)).isTrue();
  }

  @Test
  void theRuleOnADateIsTheVersionInForceThatDay() {
    LocalDate change = LocalDate.of(2027, 4, 6);
    PasswordParameters tighter = PasswordParameters.builder().from(PasswordParameters.defaults())
        .minLength(PasswordParameters.defaults().minLength().then(change, 14,
            Citation.of(Source.CALLER_DOCUMENT, "test: hypothetical", change)))
        .build();
    PasswordCheck c = PasswordCheck.of(tighter);
    Secret thirteen = Secret.of(validOfLength(13));
    assertThat(c.decide(thirteen, JULIE, change.minusDays(1)).isAllowed()).isTrue();
    Decision after = c.decide(thirteen, JULIE, change);
    assertThat(after.codes()).containsExactly("password.TOO_SHORT");
    assertThat(after.reasons().get(0).parameters()).containsEntry("minLength", "14");
    assertThat(after.reasons().get(0).citation().source()).isEqualTo(Source.CALLER_DOCUMENT);
  }

  @Test
  void datesBeforeTheManualIsKnownInForceAreNotGuessed() {
    assertThat(CHECK.decide(Secret.of(validOfLength(12)), JULIE, PasswordParameters.MANUAL_1_KNOWN_FROM).isAllowed())
        .isTrue();
    assertThatThrownBy(() -> CHECK.decide(Secret.of(validOfLength(12)), JULIE,
        PasswordParameters.MANUAL_1_KNOWN_FROM.minusDays(1)))
        .isInstanceOf(NotInEffectException.class).hasMessageContaining("password.");
  }

  @Test
  void refusalsAreRefusalsAndTheOnlyWarningIsTheUnlistedCharacter() {
    Decision d = check("smith mmdyyfnf #");
    assertThat(d.reasons()).filteredOn(r -> r.severity() != Severity.REFUSAL)
        .extracting(Reason::code).containsExactly("password.UNLISTED_CHARACTER");
    assertThat(d.has(CONTAINS_WHITESPACE) && d.has(CONTAINS_USER_ID) && d.has(CONTAINS_NAME)).isTrue();
    assertThat(d.has(NO_LOWERCASE) || d.has(TOO_LONG)).isFalse();
    assertThat(d.has(NO_UPPERCASE) && d.has(NO_DIGIT) && d.has(NO_SPECIAL)).isTrue();
  }
}
