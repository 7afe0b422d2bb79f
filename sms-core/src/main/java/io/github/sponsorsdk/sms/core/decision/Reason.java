package io.github.sponsorsdk.sms.core.decision;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.LinkedHashMap;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One reason behind a {@link Decision}: the qualified {@link #code()} of a {@link ReasonCode}
 * ({@code password.TOO_SHORT}), its severity, the named {@link #parameters()} the rule speaks of
 * ({@code minLength=12}), the {@link #message()} rendered from the code's template with those parameters, and the
 * {@link #citation()} of the rule. A user interface can word its own message from the code and the parameters.
 *
 * <p>Engines build reasons from their codes ({@link ReasonCode#reason(Map)}); {@link #builder()} is for reasons
 * relayed from elsewhere (JSON, an adapter to the real SMS). Where an engine's parameters decide a reason's severity
 * or citation (the parameter version or catalogue row it applied), the engine sets it with {@code withSeverity} or
 * {@code withCitation} and documents when.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableReason.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableReason.class)
@JsonDeserialize(as = ImmutableReason.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableReason.class)
public abstract class Reason implements WithReason {

  /** The form of a qualified code: a namespace, a dot and an upper-case name. */
  public static final String QUALIFIED_CODE = "[a-z][A-Za-z0-9]*\\.[A-Z][A-Z0-9_]*";

  /** {@return the qualified code, {@link ReasonCode#code()}: {@code licence.RENEWAL_WINDOW_OPEN}} */
  @NotBlank
  @Pattern(regexp = QUALIFIED_CODE, message = "must be a qualified code, namespace.NAME")
  public abstract String code();

  /** {@return how this reason bears on its decision} */
  public abstract Severity severity();

  /** {@return the code's message template rendered with {@link #parameters()}} */
  @NotBlank
  public abstract String message();

  /** {@return where the rule comes from} */
  public abstract Citation citation();

  /** {@return the named parameters of the message, in the template's order} Never a secret. */
  public abstract Map<String, String> parameters();

  /** {@return the namespace part of {@link #code()}: {@code licence}} */
  @JsonIgnore
  public String namespace() {
    int dot = code().indexOf('.');
    return dot < 0 ? "" : code().substring(0, dot);
  }

  /** {@return the name part of {@link #code()}: {@code RENEWAL_WINDOW_OPEN}} */
  @JsonIgnore
  public String name() {
    return code().substring(code().indexOf('.') + 1);
  }

  /**
   * {@return true when the rule applied rests on the SDK's documented default rather than on a source that settles it:
   * the citation is {@link io.github.sponsorsdk.sms.core.citation.Certainty#UNCERTAIN}}
   */
  @JsonIgnore
  public boolean isUncertain() {
    return citation().isUncertain();
  }

  /**
   * {@return true when this reason has {@code code}'s qualified code}
   *
   * @param code the reason code to compare with
   */
  public boolean is(ReasonCode code) {
    return code().equals(code.code());
  }

  /**
   * {@return a reason with {@code code}'s qualified code, severity and citation, its template rendered with
   * {@code parameters} (each value as its {@code toString()})}
   *
   * @throws IllegalArgumentException when {@code parameters} are not exactly the template's placeholders
   * @param code the reason code
   * @param parameters the value of each placeholder of the code's template, by name
   */
  public static Reason of(ReasonCode code, Map<String, ?> parameters) {
    Map<String, String> ordered = new LinkedHashMap<>();
    for (String name : code.parameterNames()) {
      Object value = parameters.get(name);
      if (value != null) {
        ordered.put(name, value.toString());
      }
    }
    for (Map.Entry<String, ?> e : parameters.entrySet()) {
      ordered.putIfAbsent(e.getKey(), String.valueOf(e.getValue()));
    }
    String message;
    try {
      message = MessageTemplate.render(code.messageTemplate(), ordered);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(code.code() + ": " + e.getMessage(), e);
    }
    return ImmutableReason.builder().code(code.code()).severity(code.severity()).message(message)
        .citation(code.citation()).parameters(ordered).build();
  }

  /**
   * {@return a reason with {@code code}, for a template without placeholders}
   *
   * @param code the reason code
   */
  public static Reason of(ReasonCode code) {
    return of(code, Map.of());
  }

  /** {@return a new builder, for reasons relayed from elsewhere; engines use {@link ReasonCode#reason(Map)}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code Reason}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableReason.Builder {
    Builder() {}
  }

  /** Checks the constraints when the value is built; throws {@code InvalidValueException} listing every violation. */
  @Value.Check
  void check() {
    ValueValidation.check(this);
  }

  @Override
  public String toString() {
    return severity() + " " + code() + ": " + message() + " [" + citation() + "]";
  }
}
