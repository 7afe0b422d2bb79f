package io.github.sponsorsdk.sms.core.job;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import jakarta.validation.constraints.Pattern;
import org.immutables.value.Value;

/**
 * An occupation code: the SMS's "job type" (docs/sources.md#secondary-cos-form), four digits of the Standard
 * Occupational Classification, in the edition it comes from.
 *
 * <p><b>Format.</b> Four digits, the first being the SOC major group 1 to 9: {@code [1-9][0-9]{3}}. Appendix Skilled
 * Occupations shows each code with its title ("2136 Programmers and software development professionals"); its codes
 * run from 1111 to 9269 (docs/sources.md#rules-cos-content). Only the shape is checked here.
 *
 * <p><b>The list is the caller's.</b> Whether a code exists, and whether it is eligible for a route on a date, are
 * separate questions. The official machine-readable SOC 2020 list is the ONS coding index ("SOC 2020 Volume 2", an
 * Excel workbook, re-usable under the Open Government Licence with the attribution "Source: Office for National
 * Statistics licensed under the Open Government Licence"); the eligible codes and going rates are the tables of
 * Appendix Skilled Occupations, published as web pages only. The SDK ships neither: a caller who needs membership
 * checks supplies the list it is licensed to use.
 *
 * <pre>{@code
 * OccupationCode code = OccupationCode.of(SocVersion.SOC_2020, "2136");
 * code.majorGroup();   // 2 (professional occupations)
 * }</pre>
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableOccupationCode.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableOccupationCode.class)
@JsonDeserialize(as = ImmutableOccupationCode.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableOccupationCode.class)
public abstract class OccupationCode implements WithOccupationCode {

  /** Four digits, the first 1 to 9. */
  public static final String PATTERN = "[1-9][0-9]{3}";

  /** {@return the SOC edition the code is from} */
  public abstract SocVersion version();

  /** {@return the four digits, e.g. {@code 2136}} */
  @Pattern(regexp = PATTERN, message = "must be four digits, the first 1 to 9 (a SOC unit group, e.g. 2136)")
  public abstract String code();

  /**
   * The code {@code code} of SOC edition {@code version}.
   *
   * @param version the SOC edition
   * @param code the four digits
   * @return the occupation code
   */
  public static OccupationCode of(SocVersion version, String code) {
    return builder().version(version).code(code).build();
  }

  /** {@return the SOC major group, the first digit: 1 (managers, directors and senior officials) to 9 (elementary)} */
  public int majorGroup() {
    return code().charAt(0) - '0';
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@code OccupationCode}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableOccupationCode.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ValueValidation.check(this);
  }

  /** {@code "SOC 2020 2136"}. */
  @Override
  public String toString() {
    return (version() == SocVersion.SOC_2020 ? "SOC 2020 " : "SOC 2010 ") + code();
  }
}
