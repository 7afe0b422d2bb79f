package io.github.sponsorsdk.sms.core.identifier;

import com.fasterxml.jackson.annotation.JsonCreator;

/** The number of a certificate: a {@link CosNumber} for workers or a {@link CasNumber} for students. */
public sealed interface CertificateNumber permits CosNumber, CasNumber {
  /** {@return the normalised number} */
  String value();

  /**
   * Reads a number whose kind is not known beforehand (a value holding "some certificate", read from JSON, a path
   * or a form): a {@link CasNumber} when {@code text} has the CAS form ({@link CasNumber#PATTERN}: {@code E4G} or
   * {@code E4C} and the BDT schema's CASNumberType), a {@link CosNumber} otherwise. Where the kind is known, use
   * {@link CosNumber#of} or {@link CasNumber#of}.
   *
   * @param text the number as typed; trimmed and upper-cased
   * @return the number, of the kind its form says
   * @throws io.github.sponsorsdk.sms.core.value.InvalidValueException when it is neither a CAS nor a CoS number
   */
  @JsonCreator
  static CertificateNumber of(String text) {
    return CasNumber.isValid(text) ? CasNumber.of(text) : CosNumber.of(text);
  }
}
