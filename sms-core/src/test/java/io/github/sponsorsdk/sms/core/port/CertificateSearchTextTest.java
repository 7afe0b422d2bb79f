package io.github.sponsorsdk.sms.core.port;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.identifier.CosNumber;
import org.junit.jupiter.api.Test;

/**
 * A search's text goes into logs: a certificate number is shown so the search can be traced, a passport number
 * never is (it is personal data, masked as every sensitive value is).
 */
class CertificateSearchTextTest {

  @Test
  void aNumberIsShownAndAPassportMasked() {
    assertThat(CertificateSearch.byNumber(CosNumber.of("C2G7K9X4P1")).toString())
        .isEqualTo("CertificateSearch{number=C2G7K9X4P1}");
    assertThat(CertificateSearch.byPassport("123456789").toString()).isEqualTo("CertificateSearch{passport=****}");
  }
}
