package io.github.sponsorsdk.sms.xml.validate;

import io.github.sponsorsdk.sms.core.decision.Severity;
import java.util.Map;

/**
 * One broken SMS rule in one record, before the validator adds where the record is: the code, the element path and
 * the template's parameters. {@code severity} is the code's own unless a code list sets the severity of its unknown
 * codes.
 */
record RuleHit(FindingCode code, String path, Map<String, ?> parameters, Severity severity) {

  RuleHit(FindingCode code, String path, Map<String, ?> parameters) {
    this(code, path, parameters, code.severity());
  }

  RuleHit(FindingCode code, String path) {
    this(code, path, Map.of());
  }
}
