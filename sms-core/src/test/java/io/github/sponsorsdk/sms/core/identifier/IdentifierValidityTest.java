package io.github.sponsorsdk.sms.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code isValid} of each identifier at the edges of its format, valid and invalid, and always in agreement with
 * {@code of} (which validates through Bean Validation): {@code isValid(x)} is true exactly when {@code of(x)} succeeds.
 */
class IdentifierValidityTest {

  static <T> void agrees(String text, boolean valid, Predicate<String> isValid, Function<String, T> of) {
    assertThat(isValid.test(text)).as("isValid('%s')", text).isEqualTo(valid);
    if (valid) {
      assertThat(of.apply(text)).isNotNull();
    } else {
      assertThatThrownBy(() -> of.apply(text)).as("of('%s')", text).isInstanceOf(InvalidValueException.class);
    }
  }

  /** The SDK's loose CoS form (CosNumber Javadoc): a letter then 7 to 13 letters or digits; trimmed, upper-cased. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "C2G7H9K3|true",          // 8 characters: the shortest
      "C2G7H9K3ABCDEF|true",    // 14 characters: the longest
      "'  c2g7h9k3 '|true",     // trimmed and upper-cased
      "C2G7H9K|false",          // 7
      "C2G7H9K3ABCDEFG|false",  // 15
      "12G7H9K3|false",         // starts with a digit
      "C2G7-9K3|false",
      "C2G7 9K3|false",
      "''|false"})
  void cosNumbers(String text, boolean valid) {
    agrees(text, valid, CosNumber::isValid, CosNumber::of);
  }

  /** BDT schema v2.1 CASNumberType: E4G (Student) or E4C (Child Student), 14 characters, last a digit or X. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "E4G0AA0A00A0A1|true",
      "E4C0AA0A00A0A1|true",
      "E4G9ZZ9Z99Z9Z9|true",
      "E4G0AA0A00A0AX|true",
      "' e4g0aa0a00a0a1 '|true",
      "E4G0AA0A00A0AY|false",   // last character neither digit nor X
      "E4X0AA0A00A0A1|false",   // neither G nor C
      "E5G0AA0A00A0A1|false",
      "E4GAAA0A00A0A1|false",   // fourth character must be a digit
      "E4G0AA0A00A0A|false",    // 13
      "E4G0AA0A00A0A11|false",  // 15
      "''|false"})
  void casNumbers(String text, boolean valid) {
    agrees(text, valid, CasNumber::isValid, CasNumber::of);
  }

  /**
   * HMRC National Insurance Manual NIM39110: first letter not D, F, I, Q, U or V; second not D, F, I, O, Q, U or V;
   * never BG, GB, KN, NK, NT, TN or ZZ; six digits; suffix A to D. Spaces ignored, letters upper-cased.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "AB123456A|true", "AB123456D|true", "'ab 12 34 56 c'|true",
      "OA123456A|true",   // O is allowed first
      "NA123456A|true", "TA123456A|true", "ZA123456A|true", // N, T, Z alone are fine
      "AB123456E|false",  // suffix after D
      "AO123456A|false",  // O not allowed second
      "QA123456A|false", "DA123456A|false", "FA123456A|false", "IA123456A|false", "UA123456A|false",
      "VA123456A|false", "AD123456A|false", "AV123456A|false",
      "BG123456A|false", "GB123456A|false", "KN123456A|false", "NK123456A|false", "NT123456A|false",
      "TN123456A|false", "ZZ123456A|false",
      "AB12345C|false", "AB1234567C|false", "AB123456|false", "''|false"})
  void nationalInsuranceNumbers(String text, boolean valid) {
    agrees(text, valid, NationalInsuranceNumber::isValid, NationalInsuranceNumber::of);
  }

  /** 6 to 20 ASCII letters or digits, exactly as given (SmsUserId Javadoc; Manual 1's examples are 8 to 10). */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "kkNqt5v4|true", "abc123|true", "abcdefghij0123456789|true",
      "abc12|false", "abcdefghij0123456789a|false",
      "'kkNqt5v4 '|false", "' kkNqt5v4'|false", "kkNq_t5v4|false", "kkNqt5v\u00e9|false", "''|false"})
  void smsUserIds(String text, boolean valid) {
    agrees(text, valid, SmsUserId::isValid, SmsUserId::of);
  }

  /** Sponsor UK's reference format is unpublished: 1 to 40 printable ASCII characters, no spaces, trimmed (0470). */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "SUB-2026-000017|true", "x|true", "' SUB-1 '|true", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa|true",
      "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa|false", "SUB 1|false", "SUB-\u00e9|false", "''|false", "'   '|false"})
  void submissionReferences(String text, boolean valid) {
    agrees(text, valid, SubmissionReference::isValid, SubmissionReference::of);
  }

  /**
   * Identifiers print as their canonical value (what a log line, a CSV export or a search result shows) and sort by
   * it, so lists of certificates, users and licences come out in a stable, readable order.
   */
  @Test
  void identifiersPrintAndSortByTheirCanonicalValue() {
    assertThat(CosNumber.of(" c2g7h9k3 ")).hasToString("C2G7H9K3");
    assertThat(CasNumber.of("e4g0aa0a00a0a1")).hasToString("E4G0AA0A00A0A1");
    assertThat(SmsUserId.of("kkNqt5v4")).hasToString("kkNqt5v4");
    assertThat(SponsorLicenceNumber.of(" qhdghb91x ")).hasToString("QHDGHB91X");
    assertThat(SubmissionReference.of(" SUB-1 ")).hasToString("SUB-1");
    assertThat(SponsorshipReferenceNumber.of("SRN-0001")).hasToString("SRN-0001");

    assertThat(java.util.stream.Stream.of("C2G7H9K5", "C2G7H9K3", "C2G7H9K4").map(CosNumber::of).sorted())
        .extracting(CosNumber::value).containsExactly("C2G7H9K3", "C2G7H9K4", "C2G7H9K5");
    assertThat(java.util.stream.Stream.of("E4G0AA0A00A0A2", "E4C0AA0A00A0A1", "E4G0AA0A00A0A1").map(CasNumber::of)
        .sorted()).extracting(CasNumber::value).containsExactly("E4C0AA0A00A0A1", "E4G0AA0A00A0A1", "E4G0AA0A00A0A2");
    assertThat(java.util.stream.Stream.of("yAy9d5dp", "OsNBX7uVOL", "kkNqt5v4").map(SmsUserId::of).sorted())
        .extracting(SmsUserId::value).containsExactly("OsNBX7uVOL", "kkNqt5v4", "yAy9d5dp");
    assertThat(java.util.stream.Stream.of("ZX7Q2MM47", "QHDGHB91X").map(SponsorLicenceNumber::of).sorted())
        .extracting(SponsorLicenceNumber::value).containsExactly("QHDGHB91X", "ZX7Q2MM47");
    assertThat(java.util.stream.Stream.of("SUB-2", "SUB-10", "SUB-1").map(SubmissionReference::of).sorted())
        .extracting(SubmissionReference::value).containsExactly("SUB-1", "SUB-10", "SUB-2");
    assertThat(java.util.stream.Stream.of("SRN-2", "SRN-1").map(SponsorshipReferenceNumber::of).sorted())
        .extracting(SponsorshipReferenceNumber::value).containsExactly("SRN-1", "SRN-2");
    assertThat(CosNumber.of("C2G7H9K3").compareTo(CosNumber.of(" c2g7h9k3"))).isZero();
  }

  @Test
  void nullIsNeverValid() {
    assertThat(CosNumber.isValid(null)).isFalse();
    assertThat(CasNumber.isValid(null)).isFalse();
    assertThat(NationalInsuranceNumber.isValid(null)).isFalse();
    assertThat(SmsUserId.isValid(null)).isFalse();
    assertThat(SubmissionReference.isValid(null)).isFalse();
  }
}
