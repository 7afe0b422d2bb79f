package io.github.sponsorsdk.sms.core.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.identifier.CasNumber;
import io.github.sponsorsdk.sms.core.identifier.CosNumber;
import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.route.CertificateKind;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.testing.Json;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Batches, groups, item outcomes and exports: JSON round trips, validation, and the CSV form (RFC 4180). */
class CertificateSetValuesTest {
  static final CasNumber CAS = CasNumber.of("E4G1AB2C34D5E6");

  static CertificateBatch batch() {
    return CertificateBatch.builder().reference("B-7").name("September").kind(CertificateKind.CAS)
        .owner(SmsUserId.of("yAy9d5dp")).createdOn(LocalDate.of(2026, 3, 2)).addCertificates(CAS).build();
  }

  @Test
  void valuesRoundTrip() {
    CertificateBatch b = batch();
    assertThat(Json.roundTrip(b, CertificateBatch.class)).isEqualTo(b);
    BatchOutcome o = BatchOutcome.builder().batch(b).addItems(ItemOutcome.of(1, CAS, Decision.allowed())).build();
    assertThat(Json.roundTrip(o, BatchOutcome.class)).isEqualTo(o);
    CreativeWorkerGroup g = CreativeWorkerGroup.builder().reference("G-8").name("Band")
        .owner(SmsUserId.of("yAy9d5dp")).createdOn(LocalDate.of(2026, 3, 2)).build();
    GroupOutcome go = GroupOutcome.builder().group(g).build();
    assertThat(Json.roundTrip(go, GroupOutcome.class)).isEqualTo(go);
    CertificateExport e = CertificateExport.builder().columns(List.of("Number")).addRows(List.of("X")).build();
    assertThat(Json.roundTrip(e, CertificateExport.class)).isEqualTo(e);
  }

  @Test
  void badValuesListEveryViolation() {
    assertThatThrownBy(() -> CertificateBatch.builder().from(batch()).name(" ").build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("name");
    assertThatThrownBy(() -> ItemOutcome.of(0, CAS, Decision.allowed()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("item");
    assertThatThrownBy(() -> CertificateExport.builder().columns(List.of("A", "B")).addRows(List.of("1")).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("rows[0]");
  }

  @Test
  void csvQuotesOnlyWhatMustBeQuoted() {
    CertificateExport e = CertificateExport.builder().columns(List.of("Number", "Name", "Note"))
        .addRows(List.of(CosNumber.of("C2G7A12345X").value(), "O'Brien, Sean", "said \"hi\"\nthen left"))
        .addRows(List.of("", "", "plain")).build();
    assertThat(e.csv()).isEqualTo("Number,Name,Note\r\n"
        + "C2G7A12345X,\"O'Brien, Sean\",\"said \"\"hi\"\"\nthen left\"\r\n"
        + ",,plain\r\n");
    assertThat(CertificateExport.builder().build().csv()).isEqualTo("\r\n");
  }
}
