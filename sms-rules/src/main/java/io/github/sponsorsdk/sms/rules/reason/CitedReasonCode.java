package io.github.sponsorsdk.sms.rules.reason;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.decision.Reason;
import io.github.sponsorsdk.sms.core.decision.ReasonCode;
import io.github.sponsorsdk.sms.core.decision.Severity;

/**
 * A reason code that carries its own rule: the severity it has, a default message and the citation of the source
 * that states it. Every rule engine of this project declares its codes as an enum implementing this interface, so a
 * meta-test can prove that no rule is uncited.
 */
public interface CitedReasonCode extends ReasonCode {

  /** How a reason with this code bears on the decision. */
  Severity severity();

  /** The default human message. */
  String message();

  /** Where the rule comes from (document, section, effective date). */
  Citation citation();

  /** A reason with this code, its severity, message and citation. */
  default Reason reason() {
    return Reason.of(this, severity(), message(), citation());
  }

  /** A reason with this code and citation and a message that names the case at hand. */
  default Reason reason(String message) {
    return Reason.of(this, severity(), message, citation());
  }
}
