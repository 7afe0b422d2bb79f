/** sms-xml: Bulk Data Transfer (BDT) schemas, streaming secure readers and writers, record-level validation. */
module io.github.sponsorsdk.sms.xml {
  requires static org.immutables.value.annotations;
  requires static com.fasterxml.jackson.databind;
  requires transitive io.github.sponsorsdk.sms.core;
  requires java.xml;
}
