package io.github.sponsorsdk.sms.xml.validate;

import java.util.Map;

/** One broken SMS rule in one record, before the validator adds where the record is. */
record RuleHit(FindingCode code, String path, Map<String, ?> parameters) {

  RuleHit(FindingCode code, String path) {
    this(code, path, Map.of());
  }
}
