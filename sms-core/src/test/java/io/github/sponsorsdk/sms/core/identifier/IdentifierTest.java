package io.github.sponsorsdk.sms.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.place.UkPostcode;
import io.github.sponsorsdk.sms.core.route.CertificateKind;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.route.RouteCategory;
import io.github.sponsorsdk.sms.core.testing.Json;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.instancio.Instancio;
import org.instancio.Select;
import org.instancio.junit.InstancioExtension;
import org.instancio.junit.InstancioSource;
import org.instancio.junit.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(InstancioExtension.class)
class IdentifierTest {

  @Test
  void licenceNumberFromTheOfficialBdtExampleIsValidAndNormalised() {
    assertThat(SponsorLicenceNumber.of(" qhdghb91x ").value()).isEqualTo("QHDGHB91X");
    assertThat(Json.roundTrip(SponsorLicenceNumber.of("QHDGHB91X"), SponsorLicenceNumber.class))
        .isEqualTo(SponsorLicenceNumber.of("QHDGHB91X"));
    assertThat(Json.MAPPER.valueToTree(SponsorLicenceNumber.of("QHDGHB91X")).asText()).isEqualTo("QHDGHB91X");
  }

  @ParameterizedTest
  @ValueSource(strings = {"QHDGHB91", "QHDGHB91XX", "QHDGHB91A", "IHDGHB91X", "LHDGHB91X", "OHDGHB91X",
      "SHDGHB91X", "QHDGHB9-X", ""})
  void licenceNumbersBreakingTheGuidanceFormatAreRefused(String text) {
    assertThatThrownBy(() -> SponsorLicenceNumber.of(text)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("SponsorLicenceNumber").hasMessageContaining("(Pattern)");
    assertThat(SponsorLicenceNumber.isValid(text)).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"E4G0AA0A00A0A1,false", "e4c0aa0a00a0a1,true", "E4G0AA0A00A0AX,false"})
  void casNumbers(String text, boolean child) {
    CasNumber cas = CasNumber.of(text);
    assertThat(cas.isChildStudent()).isEqualTo(child);
    assertThat(Json.roundTrip(cas, CasNumber.class)).isEqualTo(cas);
  }

  @ParameterizedTest
  @ValueSource(strings = {"E4X0AA0A00A0A1", "E4G0AA0A00A0A", "E4G0AA0A00A0A1Z", "C4G0AA0A00A0A1"})
  void malformedCasNumbersAreRefused(String text) {
    assertThatThrownBy(() -> CasNumber.of(text)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void userIdsAreCaseSensitiveAndNeverTrimmed() {
    assertThat(SmsUserId.of("kkNqt5v4")).isNotEqualTo(SmsUserId.of("KKNQT5V4"));
    assertThatThrownBy(() -> SmsUserId.of("kkNqt5v4 ")).isInstanceOf(InvalidValueException.class);
    assertThat(Json.roundTrip(SmsUserId.of("OsNBX7uVOL"), SmsUserId.class)).isEqualTo(SmsUserId.of("OsNBX7uVOL"));
  }

  @Test
  void ninoFollowsHmrcPrefixRulesAndIsMasked() {
    NationalInsuranceNumber nino = NationalInsuranceNumber.of("ab 12 34 56 c");
    assertThat(nino.value()).isEqualTo("AB123456C");
    assertThat(nino.toString()).isEqualTo("AB******C").doesNotContain("123456");
    assertThat(Json.roundTrip(nino, NationalInsuranceNumber.class)).isEqualTo(nino);
    for (String bad : new String[] {"QQ123456C", "GB123456A", "AO123456A", "AB123456E", "AB12345C"}) {
      assertThatThrownBy(() -> NationalInsuranceNumber.of(bad)).as(bad)
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("'****'")
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain(bad));
    }
  }

  @ParameterizedTest
  @CsvSource({"sw1a2aa,SW1A 2AA,SW1A", "M1 1AE,M1 1AE,M1", "b33 8th,B33 8TH,B33", "cr26xh,CR2 6XH,CR2",
      "DN551PT,DN55 1PT,DN55", "gir0aa,GIR 0AA,GIR"})
  void postcodesAreCanonicalised(String input, String canonical, String outward) {
    UkPostcode p = UkPostcode.of(input);
    assertThat(p.value()).isEqualTo(canonical);
    assertThat(p.outwardCode()).isEqualTo(outward);
    assertThat(Json.roundTrip(p, UkPostcode.class)).isEqualTo(p);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "SW1A", "QW1A 2AA", "SW1A 2CA", "12345"})
  void badPostcodesAreRefused(String text) {
    assertThatThrownBy(() -> UkPostcode.of(text)).isInstanceOf(InvalidValueException.class);
  }

  /** Whatever the text, parsing either yields a value in canonical form or fails with InvalidValueException. */
  @ParameterizedTest
  @InstancioSource
  @Seed(20261125)
  void arbitraryTextEitherParsesToTheCanonicalFormOrFailsCleanly(String text) {
    checkTotal(text, SponsorLicenceNumber::of, v -> v.value().matches(SponsorLicenceNumber.PATTERN));
    checkTotal(text, CasNumber::of, v -> v.value().matches(CasNumber.PATTERN));
    checkTotal(text, CosNumber::of, v -> v.value().matches(CosNumber.PATTERN));
    checkTotal(text, SmsUserId::of, v -> v.value().equals(text));
    checkTotal(text, NationalInsuranceNumber::of, v -> v.value().matches(NationalInsuranceNumber.PATTERN));
    checkTotal(text, UkPostcode::of, v -> v.equals(UkPostcode.of(v.value())));
  }

  private static <T> void checkTotal(String text, Function<String, T> parse, java.util.function.Predicate<T> ok) {
    try {
      assertThat(ok.test(parse.apply(text))).as("canonical form of '%s'", text).isTrue();
    } catch (InvalidValueException expected) {
      assertThat(expected.violations()).isNotEmpty();
    }
  }

  @Test
  void routesHaveTheirCategoryAndCertificateKind() {
    assertThat(Route.STUDENT.certificateKind()).isEqualTo(CertificateKind.CAS);
    assertThat(Route.SKILLED_WORKER.certificateKind()).isEqualTo(CertificateKind.COS);
    assertThat(Route.inCategory(RouteCategory.TEMPORARY_WORKER)).containsExactly(Route.CREATIVE_WORKER,
        Route.CHARITY_WORKER, Route.RELIGIOUS_WORKER, Route.GOVERNMENT_AUTHORISED_EXCHANGE,
        Route.INTERNATIONAL_AGREEMENT, Route.SEASONAL_WORKER);
    assertThat(Route.values()).filteredOn(Route::isGlobalBusinessMobility).hasSize(5);
  }

  @Test
  void moneyAcceptsTheSmsAmountFormatOnly() {
    assertThat(Money.parseSmsAmount("1234").toPlainString()).isEqualTo("1234.00");
    assertThat(Money.parseSmsAmount("1234.99")).isEqualTo(Money.ofPence(123_499));
    for (String bad : new String[] {"£1234", "1,234", "1234.9", "1234.999", "-5", " 12", ""}) {
      assertThatThrownBy(() -> Money.parseSmsAmount(bad)).as(bad).isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("1234 or 1234.99");
    }
    assertThatThrownBy(() -> Money.of(new BigDecimal("1.001"))).isInstanceOf(InvalidValueException.class);
    assertThat(Money.of(new BigDecimal("1.005"), java.math.RoundingMode.HALF_UP)).isEqualTo(Money.ofPence(101));
    Money m = Money.ofPounds(41_700);
    assertThat(Json.roundTrip(m, Money.class)).isEqualTo(m);
    assertThat(Json.MAPPER.valueToTree(m).asText()).isEqualTo("41700.00");
  }

  // ---- Generated valid forms: strings built from each format's own alphabet, choices made by Instancio (fixed
  // seed), so every generated value must parse, normalise and round-trip.

  /** Sixteen choices in [0, 10 000) for one generated identifier. */
  record Picks(List<Integer> values) {
    char from(int i, String alphabet) {
      return alphabet.charAt(values.get(i) % alphabet.length());
    }
  }

  static final String DIGITS = "0123456789";
  static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

  static List<Picks> picks(long seed) {
    return Instancio.ofList(Picks.class).size(500)
        .generate(Select.field(Picks.class, "values"), gen -> gen.collection().size(16))
        .generate(Select.all(Integer.class), gen -> gen.ints().range(0, 9_999))
        .withSeed(seed)
        .create();
  }

  /** BDT schema v2.1 SponsorLicenceNumberType: 8 of A-H,J-K,M-N,P-R,T-Z,0-9 then a check character 0-9 or X. */
  static String licenceNumber(Picks p) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      sb.append(p.from(i, "ABCDEFGHJKMNPQRTUVWXYZ" + DIGITS));
    }
    return sb.append(p.from(8, DIGITS + "X")).toString();
  }

  @Test
  void generatedLicenceNumbersParseNormaliseAndRoundTrip() {
    Set<Character> checks = new HashSet<>();
    for (Picks p : picks(20261125L)) {
      String valid = licenceNumber(p);
      SponsorLicenceNumber n = SponsorLicenceNumber.of("  " + valid.toLowerCase(Locale.ROOT) + "\t");
      assertThat(n.value()).isEqualTo(valid);
      assertThat(SponsorLicenceNumber.isValid(valid.toLowerCase(Locale.ROOT))).isTrue();
      assertThat(Json.roundTrip(n, SponsorLicenceNumber.class)).isEqualTo(n);
      checks.add(valid.charAt(8));
    }
    assertThat(checks).hasSize(11); // every check character 0-9 and X was generated
  }

  /** E4G or E4C, then BDT schema v2.1 CASNumberType [0-9][A-Z]{2}[0-9][A-Z][0-9]{2}[A-Z][0-9][A-Z][0-9X]. */
  static String casNumber(Picks p) {
    String[] shape = {DIGITS, LETTERS, LETTERS, DIGITS, LETTERS, DIGITS, DIGITS, LETTERS, DIGITS, LETTERS,
        DIGITS + "X"};
    StringBuilder sb = new StringBuilder("E4").append(p.from(0, "CG"));
    for (int i = 0; i < shape.length; i++) {
      sb.append(p.from(i + 1, shape[i]));
    }
    return sb.toString();
  }

  @Test
  void generatedCasNumbersParseNormaliseAndRoundTrip() {
    int child = 0;
    for (Picks p : picks(20261126L)) {
      String valid = casNumber(p);
      CasNumber cas = CasNumber.of(" " + valid.toLowerCase(Locale.ROOT) + " ");
      assertThat(cas.value()).isEqualTo(valid);
      assertThat(cas.isChildStudent()).isEqualTo(valid.startsWith("E4C"));
      assertThat(Json.roundTrip(cas, CasNumber.class)).isEqualTo(cas);
      child += cas.isChildStudent() ? 1 : 0;
    }
    assertThat(child).isBetween(1, 499); // both E4C and E4G were generated
  }

  /** HMRC NIM39110: prefix letters (no D, F, I, Q, U, V; no O second; not BG GB KN NK NT TN ZZ), 6 digits, A-D. */
  static String nino(Picks p) {
    String first = "ABCEGHJKLMNOPRSTWXYZ";
    String second = "ABCEGHJKLMNPRSTWXYZ";
    Set<String> banned = Set.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ");
    String prefix = "" + p.from(0, first) + p.from(1, second);
    for (int shift = 1; banned.contains(prefix); shift++) {
      prefix = "" + p.from(0, first) + second.charAt((p.values().get(1) + shift) % second.length());
    }
    StringBuilder sb = new StringBuilder(prefix);
    for (int i = 0; i < 6; i++) {
      sb.append(p.from(2 + i, DIGITS));
    }
    return sb.append(p.from(8, "ABCD")).toString();
  }

  @Test
  void generatedNinosParseNormaliseRoundTripAndStayMasked() {
    for (Picks p : picks(20261127L)) {
      String valid = nino(p);
      String spaced = (valid.substring(0, 2) + " " + valid.substring(2, 4) + " " + valid.substring(4, 6) + " "
          + valid.substring(6, 8) + " " + valid.substring(8)).toLowerCase(Locale.ROOT);
      NationalInsuranceNumber n = NationalInsuranceNumber.of(spaced);
      assertThat(n.value()).isEqualTo(valid);
      assertThat(n.toString()).isEqualTo(valid.substring(0, 2) + "******" + valid.charAt(8));
      assertThat(Json.roundTrip(n, NationalInsuranceNumber.class)).isEqualTo(n);
    }
  }

  /** Royal Mail outward shapes A9, A99, AA9, AA99, A9A, AA9A, inward 9AA, letters as in UkPostcode.PATTERN. */
  static String[] postcode(Picks p) {
    String area1 = "ABCDEFGHIJKLMNOPRSTUWYZ";
    String area2 = "ABCDEFGHKLMNOPQRSTUVWXY";
    String[] outwards = {
        "" + p.from(1, area1) + p.from(2, DIGITS),
        "" + p.from(1, area1) + p.from(2, DIGITS) + p.from(3, DIGITS),
        "" + p.from(1, area1) + p.from(4, area2) + p.from(2, DIGITS),
        "" + p.from(1, area1) + p.from(4, area2) + p.from(2, DIGITS) + p.from(3, DIGITS),
        "" + p.from(1, area1) + p.from(2, DIGITS) + p.from(5, "ABCDEFGHJKPSTUW"),
        "" + p.from(1, area1) + p.from(4, area2) + p.from(2, DIGITS) + p.from(5, "ABEHMNPRVWXY")};
    String outward = outwards[p.values().get(0) % outwards.length];
    String unit = "ABDEFGHJLNPQRSTUWXYZ";
    String inward = "" + p.from(6, DIGITS) + p.from(7, unit) + p.from(8, unit);
    return new String[] {outward, inward};
  }

  @Test
  void generatedPostcodesParseNormaliseAndRoundTrip() {
    Set<Integer> lengths = new HashSet<>();
    for (Picks p : picks(20261128L)) {
      String[] parts = postcode(p);
      String canonical = parts[0] + " " + parts[1];
      for (String input : List.of(canonical, parts[0] + parts[1], (" " + parts[0] + "  " + parts[1] + " ")
          .toLowerCase(Locale.ROOT))) {
        UkPostcode pc = UkPostcode.of(input);
        assertThat(pc.value()).as(input).isEqualTo(canonical);
        assertThat(pc.outwardCode()).isEqualTo(parts[0]);
        assertThat(Json.roundTrip(pc, UkPostcode.class)).isEqualTo(pc);
      }
      lengths.add(parts[0].length());
    }
    assertThat(lengths).containsExactlyInAnyOrder(2, 3, 4); // short and long outward codes were generated
  }
}
