package io.github.sponsorsdk.sms.xml.records;

import java.util.Optional;

/**
 * {@code GenderType}: "Restricted ISO 5218", {@code 1} male, {@code 2} female. The only two values the v2.1 schema
 * accepts. (A 2025 vendor page says UKVI also takes "Other"; the 2022 schema revision that may add it was not found.)
 */
public enum Gender {
  /** Male: BDT code {@code 1}. */
  MALE("1"),
  /** Female: BDT code {@code 2}. */
  FEMALE("2");

  private final String code;

  Gender(String code) {
    this.code = code;
  }

  /** {@return the value written in the XML} */
  public String code() {
    return code;
  }

  /**
   * {@return the gender of BDT code {@code code}}
   *
   * @param code {@code 1} or {@code 2}
   */
  public static Optional<Gender> ofCode(String code) {
    for (Gender g : values()) {
      if (g.code.equals(code)) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }
}
