package io.github.sponsorsdk.sms.core.certificate;

import java.util.Optional;

/**
 * A migrant's gender as a certificate records it.
 *
 * <p>The BDT schema v2.1 {@code GenderType} allows {@code 1} (male) and {@code 2} (female), "Restricted ISO 5218".
 * Tribal Edge's help (April 2025) says "UKVI requires that gender is Male, Female, or Other"; the 3 August 2022
 * schema revision may have added a value but was not found (docs/sources.md#bdt-types). {@link #OTHER} is therefore
 * kept,
 * with no BDT v2.1 code (<b>UNCERTAIN</b>). Gender is "often missed" and needed before assignment (SMS Manual 1,
 * Troubleshooting), which is why a certificate may be saved without it.
 */
public enum Gender {
  /** Male: BDT code {@code 1}. */
  MALE("1"),
  /** Female: BDT code {@code 2}. */
  FEMALE("2"),
  /** No code in BDT schema v2.1 (UNCERTAIN, see the class comment). */
  OTHER(null);

  private final String bdtCode;

  Gender(String bdtCode) {
    this.bdtCode = bdtCode;
  }

  /** {@return the BDT schema v2.1 {@code GenderType} value, when there is one} */
  public Optional<String> bdtCode() {
    return Optional.ofNullable(bdtCode);
  }
}
