package io.github.sponsorsdk.sms.rules.password;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.rules.effective.DateEffective;
import io.github.sponsorsdk.sms.rules.effective.ParameterSet;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * The date-effective parameters of the SMS password policy, so "what was the rule on date D" has an answer.
 *
 * <p>{@link #defaults()} is Manual 1, Guide 1, step 2 ("Your password must: be between 12 and 256 characters; ...
 * include at least 1 special character from the following @$!%^&amp;*+=_"). Manual 1 is undated; its latest dated
 * statement is "On 19 June 2023 the National Insurance number (NINO) became mandatory" (Guide 4), so the edition,
 * and these values, are known to hold from {@link #MANUAL_1_KNOWN_FROM}. Earlier dates are not covered: the SDK
 * does not guess what an older edition said ({@code NotInEffectException}). A caller who knows better builds its
 * own set with {@link #builder()} or adds a version with {@link DateEffective#then}.
 *
 * <p>The class requirements (one of A-Z, a-z, 0-9) are fixed by the manual's wording and are not parameters.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutablePasswordParameters.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutablePasswordParameters.class)
@JsonDeserialize(as = ImmutablePasswordParameters.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutablePasswordParameters.class)
public abstract class PasswordParameters implements ParameterSet, WithPasswordParameters {

  /**
   * The first day Manual 1's current edition is known to be in force: 19 June 2023, its latest dated statement
   * (Guide 4, "On 19 June 2023 the National Insurance number (NINO) became mandatory for Level 1 users").
   */
  public static final LocalDate MANUAL_1_KNOWN_FROM = LocalDate.of(2023, 6, 19);

  /** {@return the fewest characters (Unicode code points) a password may have} Default 12. */
  public abstract DateEffective<Integer> minLength();

  /** {@return the most characters (Unicode code points) a password may have} Default 256. */
  public abstract DateEffective<Integer> maxLength();

  /** {@return the special characters of which a password needs at least one} Default {@code @$!%^&*+=_}. */
  public abstract DateEffective<String> specialCharacters();

  /** {@return what to do with characters outside every listed class} Default {@link UnlistedCharacters#WARN}. */
  public abstract DateEffective<UnlistedCharacters> unlistedCharacters();

  /**
   * {@return the shortest part of the holder's name that the password must not contain} Default 3: shorter parts ("Li",
   * "O") would refuse passwords by coincidence rather than because they contain the name.
   */
  public abstract DateEffective<Integer> nameTokenMinLength();

  @Override
  @JsonIgnore
  public List<DateEffective<?>> parameters() {
    return List.of(minLength(), maxLength(), specialCharacters(), unlistedCharacters(), nameTokenMinLength());
  }

  /** {@return the policy of Manual 1 (Guide 1, step 2), from {@link #MANUAL_1_KNOWN_FROM}} */
  public static PasswordParameters defaults() {
    return Holder.DEFAULTS;
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code PasswordParameters}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutablePasswordParameters.Builder {
    Builder() {}
  }

  /** The citation of Manual 1 Guide 1's password list. */
  static Citation guide1(String note) {
    return Citation.of(Source.SMS_MANUAL_1_GUIDE_1, "Step 2, \"Your password must\"").withNote(note);
  }

  /** The citation of the project's decision record for this policy. */
  static Citation decision(String note) {
    return Citation.of(Source.PROJECT_DECISION, "0310-password-policy", MANUAL_1_KNOWN_FROM).withNote(note);
  }

  private static final class Holder {
    static final PasswordParameters DEFAULTS = builder()
        .minLength(DateEffective.of("password.minLength", MANUAL_1_KNOWN_FROM, 12,
            guide1("be between 12 and 256 characters")))
        .maxLength(DateEffective.of("password.maxLength", MANUAL_1_KNOWN_FROM, 256,
            guide1("be between 12 and 256 characters")))
        .specialCharacters(DateEffective.of("password.specialCharacters", MANUAL_1_KNOWN_FROM, "@$!%^&*+=_",
            guide1("include at least 1 special character from the following @$!%^&*+=_")))
        .unlistedCharacters(DateEffective.of("password.unlistedCharacters", MANUAL_1_KNOWN_FROM,
            UnlistedCharacters.WARN,
            decision("the manual neither allows nor forbids characters outside its lists: allowed, with a warning")))
        .nameTokenMinLength(DateEffective.of("password.nameTokenMinLength", MANUAL_1_KNOWN_FROM, 3,
            decision("'not contain your user name': name parts of 3 or more characters, ignoring case")))
        .build();
  }
}
