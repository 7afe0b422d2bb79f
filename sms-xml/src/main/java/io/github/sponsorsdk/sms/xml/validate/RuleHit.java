package io.github.sponsorsdk.sms.xml.validate;

/**
 * One broken SMS rule in one record, before the validator adds where the record is. {@code severity} is the code's
 * own unless a code list sets the severity of its unknown codes.
 */
record RuleHit(FindingCode code, String path, String message, FindingSeverity severity) {
  RuleHit(FindingCode code, String path, String message) {
    this(code, path, message, code.severity());
  }
}
