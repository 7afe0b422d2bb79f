package io.github.sponsorsdk.sms.core.decision;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A {@link Reason} found at a place in the caller's input: a record of a file ({@link Finding}) or an element of a
 * list in memory (sms-rules' {@code RecordFinding}). Each says where in its own terms; this interface gives them the
 * same view of the reason, so a caller reads the code, severity and message of either the same way.
 *
 * <pre>{@code
 * for (Located f : findings) {
 *   if (f.severity() == Severity.REFUSAL) { log(f.code(), f.message()); }
 * }
 * }</pre>
 */
public interface Located {

  /** {@return what was found: code, severity, message, parameters and citation} */
  Reason reason();

  /**
   * The reason's qualified code ({@code bdt.SCHEMA_INVALID}, {@code derivation.UNKNOWN_WORKER}).
   *
   * @return {@code reason().code()}
   */
  @JsonIgnore
  default String code() {
    return reason().code();
  }

  /**
   * The reason's severity.
   *
   * @return {@code reason().severity()}
   */
  @JsonIgnore
  default Severity severity() {
    return reason().severity();
  }

  /**
   * The reason's message.
   *
   * @return {@code reason().message()}
   */
  @JsonIgnore
  default String message() {
    return reason().message();
  }

  /**
   * True when the reason has {@code code}.
   *
   * @param code the code to compare with
   * @return {@code reason().is(code)}
   */
  default boolean is(ReasonCode code) {
    return reason().is(code);
  }
}
