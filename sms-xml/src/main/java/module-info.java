/**
 * sms-xml: Bulk Data Transfer (BDT) schemas, streaming secure readers and writers, record-level validation.
 *
 * <p>Requires {@code sms-rules} for its date-effective parameters (the work-placement thresholds); see
 * {@code docs/decisions/0510-bdt-validation-layers.md}.
 */
module io.github.sponsorsdk.sms.xml {
  requires static org.immutables.value.annotations;
  requires static tools.jackson.databind;
  requires static com.fasterxml.jackson.databind;
  requires transitive io.github.sponsorsdk.sms.core;
  requires transitive io.github.sponsorsdk.sms.rules;
  requires transitive java.xml;
  requires static info.picocli;

  exports io.github.sponsorsdk.sms.xml.certificate;
  exports io.github.sponsorsdk.sms.xml.schema;
  exports io.github.sponsorsdk.sms.xml.records;
  exports io.github.sponsorsdk.sms.xml.io;
  exports io.github.sponsorsdk.sms.xml.validate;
  // io.github.sponsorsdk.sms.xml.cli (the runnable -cli jar's command line) is deliberately not exported: not API.

  opens io.github.sponsorsdk.sms.xml.io to org.hibernate.validator, com.fasterxml.jackson.databind,
      tools.jackson.databind;
  opens io.github.sponsorsdk.sms.xml.records to org.hibernate.validator, com.fasterxml.jackson.databind,
      tools.jackson.databind;
  opens io.github.sponsorsdk.sms.xml.validate to org.hibernate.validator, com.fasterxml.jackson.databind,
      tools.jackson.databind;
  opens io.github.sponsorsdk.sms.xml.cli to info.picocli;
}
