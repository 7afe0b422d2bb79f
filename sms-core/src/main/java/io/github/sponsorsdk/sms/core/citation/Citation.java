package io.github.sponsorsdk.sms.core.citation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a rule, a parameter or a catalogue row comes from: the document, the section within it and, where the
 * rule took effect on a known day, that date. Every rule reason and every date-effective value carries one, so a
 * reviewer can hold the code against the guidance line by line.
 *
 * <p>Use the constants of {@link Sources} for {@link #document()} where one fits.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableCitation.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableCitation.class)
@JsonDeserialize(as = ImmutableCitation.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableCitation.class)
public abstract class Citation implements WithCitation {

  /** The document, e.g. {@link Sources#SMS_MANUAL_1}. */
  @NotBlank
  public abstract String document();

  /** The section, paragraph or table within the document, e.g. {@code "User ID and password"}. */
  @NotBlank
  public abstract String section();

  /** The day the cited rule took effect, where the source gives one. */
  public abstract Optional<LocalDate> effectiveFrom();

  /** A public address of the document, where one exists. */
  public abstract Optional<String> url();

  /** A short note: how the source was read, a disagreement it has with another, a decision taken. */
  public abstract Optional<String> note();

  public static Citation of(String document, String section) {
    return ImmutableCitation.builder().document(document).section(section).build();
  }

  public static Citation of(String document, String section, LocalDate effectiveFrom) {
    return ImmutableCitation.builder().document(document).section(section).effectiveFrom(effectiveFrom).build();
  }

  /** A new builder; {@code build()} checks every rule above and lists all violations at once. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code Citation}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableCitation.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    ValueValidation.check(this);
  }

  /** {@code "SMS Manual 1: Introduction to SMS, User ID and password (from 2023-06-19)"}. */
  @Override
  public String toString() {
    return document() + ", " + section() + effectiveFrom().map(d -> " (from " + d + ")").orElse("");
  }
}
