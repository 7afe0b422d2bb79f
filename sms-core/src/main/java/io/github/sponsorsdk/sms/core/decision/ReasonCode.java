package io.github.sponsorsdk.sms.core.decision;

import io.github.sponsorsdk.sms.core.citation.Citation;
import java.util.Map;
import java.util.Set;

/**
 * The one contract of every reason code in every module: a stable machine-readable code with the rule it stands
 * for. Each rule engine (and the BDT validator, and the in-memory SMS for its own plumbing) declares its codes as one
 * enum implementing this interface; callers branch on the constants ({@code decision.has(LicenceReasonCode.X)}),
 * never on messages.
 *
 * <ul>
 *   <li>{@link #namespace()} and {@link #name()} make the <b>qualified code</b> {@link #code()},
 *       {@code namespace + "." + name}, e.g. {@code licence.RENEWAL_WINDOW_OPEN}: what {@link Reason#code()} and the
 *       JSON hold. Qualified codes are unique across the SDK, and so are the names (a meta-test holds both).
 *   <li>{@link #severity()} is how a reason with this code bears on its decision, unless the engine's parameters say
 *       otherwise (the engine then documents it, e.g. a password character outside every listed class is a warning
 *       or a refusal by parameter).
 *   <li>{@link #messageTemplate()} words the rule with named placeholders ({@link MessageTemplate}); the engine passes
 *       exactly those parameters and {@link Reason#message()} is the rendered text.
 *   <li>{@link #citation()} is where the rule comes from, always with an effective date; an engine may cite a more
 *       specific row (the parameter version or catalogue row in force) on the reason it builds.
 * </ul>
 *
 * <pre>{@code
 * Reason r = PasswordReasonCode.TOO_SHORT.reason(Map.of("minLength", 12, "maxLength", 256));
 * r.code();        // "password.TOO_SHORT"
 * r.message();     // "The password must be at least 12 characters long (at most 256)"
 * r.parameters();  // {minLength=12, maxLength=256}
 * }</pre>
 */
public interface ReasonCode {

  /** {@return the namespace of the engine or module that owns the code, a lower-case word such as {@code licence}} */
  String namespace();

  /** {@return the code's name within its namespace: the enum constant's name, e.g. {@code RENEWAL_WINDOW_OPEN}} */
  String name();

  /** {@return the qualified code, {@code namespace() + "." + name()}: {@code licence.RENEWAL_WINDOW_OPEN}} */
  default String code() {
    return namespace() + "." + name();
  }

  /** {@return how a reason with this code bears on its decision, unless the engine documents otherwise} */
  Severity severity();

  /** {@return the human message with named placeholders ({@code {minLength}}); never blank} */
  String messageTemplate();

  /** {@return where the rule comes from: source, section and the date from which it holds} */
  Citation citation();

  /** {@return the names of the parameters a reason with this code carries: the template's placeholders, in order} */
  default Set<String> parameterNames() {
    return MessageTemplate.placeholders(messageTemplate());
  }

  /**
   * {@return a reason with this code, severity and citation, and the template rendered with {@code parameters} (each
   * value as its {@code toString()})}
   *
   * @throws IllegalArgumentException when {@code parameters} are not exactly the template's placeholders
   * @param parameters the value of each placeholder of the template, by name
   */
  default Reason reason(Map<String, ?> parameters) {
    return Reason.of(this, parameters);
  }

  /**
   * {@return a reason with this code, for a template without placeholders}
   *
   * @throws IllegalArgumentException when the template has placeholders
   */
  default Reason reason() {
    return Reason.of(this, Map.of());
  }
}
