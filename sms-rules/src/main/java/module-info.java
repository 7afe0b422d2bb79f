/**
 * sms-rules: pure rule engines. Inputs in, decision out, with reasons and citations; time is a parameter or a
 * {@link java.time.Clock}; no I/O.
 */
module io.github.sponsorsdk.sms.rules {
  requires static org.immutables.value.annotations;
  requires static com.fasterxml.jackson.databind;
  requires transitive io.github.sponsorsdk.sms.core;

  exports io.github.sponsorsdk.sms.rules.certificate;
  exports io.github.sponsorsdk.sms.rules.effective;
  exports io.github.sponsorsdk.sms.rules.period;
  exports io.github.sponsorsdk.sms.rules.salary;

  opens io.github.sponsorsdk.sms.rules.certificate to org.hibernate.validator, com.fasterxml.jackson.databind;
  opens io.github.sponsorsdk.sms.rules.effective to org.hibernate.validator, com.fasterxml.jackson.databind;
  opens io.github.sponsorsdk.sms.rules.period to org.hibernate.validator, com.fasterxml.jackson.databind;
  opens io.github.sponsorsdk.sms.rules.salary to org.hibernate.validator, com.fasterxml.jackson.databind;
}
