package io.github.sponsorsdk.sms.core.citation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import io.github.sponsorsdk.sms.core.value.Violation;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a rule, a parameter or a catalogue row comes from: the {@link Source} (a document of the catalogue, whose
 * facts are kept in {@code docs/sources.md}), the section within it in the document's own words, and the date from
 * which the cited text holds. Every rule reason and every date-effective value carries one, so a reviewer can hold
 * the code against the source line by line.
 *
 * <p><b>The date is always present.</b> It is the day the rule took effect where the source states one
 * ({@link #of(Source, String, LocalDate)}, {@link EffectiveDateBasis#RULE_TOOK_EFFECT}); otherwise it is the edition
 * of the source the project read ({@link #of(Source, String)}, {@link EffectiveDateBasis#EDITION_READ}), which the
 * citation says through {@link #effectiveFromBasis()}. A source with no single edition (a secondary page, a caller's
 * document) must be cited with a date.
 *
 * <pre>{@code
 * Citation.of(Source.SMS_MANUAL_1, "User ID and password");                      // edition of 2023-06-19
 * Citation.of(Source.SMS_MANUAL_1_GUIDE_4, "National Insurance number", LocalDate.of(2023, 6, 19));
 * }</pre>
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableCitation.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableCitation.class)
@JsonDeserialize(as = ImmutableCitation.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableCitation.class)
public abstract class Citation implements WithCitation {

  /** {@return the document, e.g. {@link Source#SMS_MANUAL_1}} */
  public abstract Source source();

  /**
   * {@return the section, paragraph or table within the document, in its own words, e.g. {@code "User ID and
   * password"}}
   */
  @NotBlank
  public abstract String section();

  /**
   * {@return the day from which the cited text holds: when the rule took effect, or the edition read (see the basis)}
   */
  public abstract LocalDate effectiveFrom();

  /** {@return whether {@link #effectiveFrom()} is the day the rule took effect or the date of the edition read} */
  @Value.Default
  public EffectiveDateBasis effectiveFromBasis() {
    return EffectiveDateBasis.RULE_TOOK_EFFECT;
  }

  /**
   * {@return whether the source settles the rule ({@link Certainty#ESTABLISHED}, the default) or the rule is the SDK's
   * documented default where the sources are silent ({@link Certainty#UNCERTAIN}, see {@link #uncertain()})}
   */
  @Value.Default
  public Certainty certainty() {
    return Certainty.ESTABLISHED;
  }

  /** {@return a public address of the document or of the page quoted, where one exists} */
  public abstract Optional<String> url();

  /** {@return a short note: how the source was read, what a secondary source says, a disagreement, a decision taken} */
  public abstract Optional<String> note();

  /**
   * {@return a citation of {@code section} of {@code source} in the edition the project read}
   *
   * @throws InvalidValueException when the source has no single edition ({@link Source#edition()} is empty): such a
   *     source is cited with {@link #of(Source, String, LocalDate)}
   * @param source the document
   * @param section the section, in the document's own words
   */
  public static Citation of(Source source, String section) {
    LocalDate edition = source.edition().orElseThrow(() -> new InvalidValueException("Citation", List.of(
        Violation.of("effectiveFrom", source.name(), "EditionRequired",
            "a source without an edition is cited with the date of the text relied on: "
                + "Citation.of(source, section, date)"))));
    return ImmutableCitation.builder().source(source).section(section).effectiveFrom(edition)
        .effectiveFromBasis(EffectiveDateBasis.EDITION_READ).build();
  }

  /**
   * {@return a citation of {@code section} of {@code source}, a rule that took effect on {@code effectiveFrom}}
   *
   * @param source the document
   * @param section the section, in the document's own words
   * @param effectiveFrom the day the rule took effect
   */
  public static Citation of(Source source, String section, LocalDate effectiveFrom) {
    return ImmutableCitation.builder().source(source).section(section).effectiveFrom(effectiveFrom).build();
  }

  /**
   * {@return a new builder; {@link #effectiveFromBasis()} defaults to {@link EffectiveDateBasis#RULE_TOOK_EFFECT}, and
   * {@code build()} checks every rule above and lists all violations at once}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code Citation}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableCitation.Builder {
    Builder() {}
  }

  /**
   * {@return this citation marked {@link Certainty#UNCERTAIN}: the sources do not settle the rule it supports, which is
   * the SDK's documented default (the note should say what is assumed)}
   */
  public Citation uncertain() {
    return withCertainty(Certainty.UNCERTAIN);
  }

  /** {@return true when this citation is {@link Certainty#UNCERTAIN}} */
  @JsonIgnore
  public boolean isUncertain() {
    return certainty() == Certainty.UNCERTAIN;
  }

  /** {@return the path and anchor of the source's section in the repository: {@code docs/sources.md#sms-manual-1}} */
  public String anchor() {
    return source().anchor();
  }

  /** Checks the constraints when the value is built; throws {@code InvalidValueException} listing every violation. */
  @Value.Check
  void check() {
    ValueValidation.check(this);
    if (effectiveFromBasis() == EffectiveDateBasis.EDITION_READ
        && !source().edition().equals(Optional.of(effectiveFrom()))) {
      throw new InvalidValueException("Citation", List.of(Violation.of("effectiveFrom", effectiveFrom().toString(),
          "EditionDate", "an EDITION_READ date is the source's edition, " + source().edition().map(LocalDate::toString)
              .orElse("which " + source().name() + " does not have"))));
    }
  }

  /** {@code "SMS Manual 1: Introduction to SMS, User ID and password (edition of 2023-06-19)"}. */
  @Override
  public String toString() {
    return source().title() + ", " + section() + (effectiveFromBasis() == EffectiveDateBasis.EDITION_READ
        ? " (edition of " + effectiveFrom() + ")" : " (from " + effectiveFrom() + ")")
        + (isUncertain() ? " [UNCERTAIN]" : "");
  }
}
