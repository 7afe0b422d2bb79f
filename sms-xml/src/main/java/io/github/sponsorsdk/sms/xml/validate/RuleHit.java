package io.github.sponsorsdk.sms.xml.validate;

/** One broken SMS rule in one record, before the validator adds where the record is. */
record RuleHit(FindingCode code, String path, String message) {}
