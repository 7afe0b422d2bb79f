package io.github.sponsorsdk.sms.xml.records;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.github.sponsorsdk.sms.core.identifier.CasNumber;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.SmsStyle;

import io.github.sponsorsdk.sms.xml.schema.BdtField;
import org.immutables.value.Value;

/**
 * A graduate notification: "this student has completed the course" (CASReport {@code GRADUATED}). Only the CAS
 * number is sent (official example "13. Graduate Notifications.xml", 2021).
 *
 * <p>The CAS number is a checked string for now; when {@code sms-core} has its identifier type the accessor changes.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableGraduateNotification.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableGraduateNotification.class)
@JsonDeserialize(as = ImmutableGraduateNotification.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableGraduateNotification.class)
public abstract non-sealed class GraduateNotification implements BdtRecord, WithGraduateNotification {
  /** {@return 14 characters, e.g. {@code E4G0AA0A00A0A1}} */
  public abstract String casNumber();

  /**
   * {@return the CAS number as the sms-core identifier} The schema's {@code CASNumberType} pattern is the one
   * {@link CasNumber} checks, so every record that was read or built has one.
   */
  @JsonIgnore
  public CasNumber cas() {
    return CasNumber.of(casNumber());
  }

  @Override
  public String reference() {
    return casNumber();
  }

  /**
   * {@return a notification for {@code casNumber}}
   *
   * @param casNumber the CAS number
   */
  public static GraduateNotification of(String casNumber) {
    return ImmutableGraduateNotification.builder().casNumber(casNumber).build();
  }

  @Value.Check
  void check() {
    new Check("GraduateNotification").field("casNumber", BdtField.CAS_NUMBER, casNumber()).done();
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code GraduateNotification}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableGraduateNotification.Builder {
    Builder() {}
  }
}
