/**
 * sms-rules: pure rule engines. Inputs in, decision out, with reasons and citations; time is a parameter or a
 * {@link java.time.Clock}; no I/O.
 */
module io.github.sponsorsdk.sms.rules {
  requires static org.immutables.value.annotations;
  requires static tools.jackson.databind;
  requires static com.fasterxml.jackson.databind;
  requires transitive io.github.sponsorsdk.sms.core;
  // No holiday library at run time: the UK bank holidays are a resource of this module
  // (calendar/uk-bank-holidays.txt), generated from jollyday at build time (docs/decisions/0450).

  exports io.github.sponsorsdk.sms.rules.actionplan;
  exports io.github.sponsorsdk.sms.rules.allocation;
  exports io.github.sponsorsdk.sms.rules.calendar;
  exports io.github.sponsorsdk.sms.rules.certificate;
  exports io.github.sponsorsdk.sms.rules.cost;
  exports io.github.sponsorsdk.sms.rules.derivation;
  exports io.github.sponsorsdk.sms.rules.effective;
  exports io.github.sponsorsdk.sms.rules.licence;
  exports io.github.sponsorsdk.sms.rules.login;
  exports io.github.sponsorsdk.sms.rules.message;
  exports io.github.sponsorsdk.sms.rules.migration;
  exports io.github.sponsorsdk.sms.rules.password;
  exports io.github.sponsorsdk.sms.rules.period;
  exports io.github.sponsorsdk.sms.rules.permission;
  exports io.github.sponsorsdk.sms.rules.reporting;
  exports io.github.sponsorsdk.sms.rules.salary;
  exports io.github.sponsorsdk.sms.rules.session;
  exports io.github.sponsorsdk.sms.rules.submission;
  exports io.github.sponsorsdk.sms.rules.tracking;
  exports io.github.sponsorsdk.sms.rules.user;

  opens io.github.sponsorsdk.sms.rules.allocation to org.hibernate.validator, com.fasterxml.jackson.databind,
      tools.jackson.databind;
  opens io.github.sponsorsdk.sms.rules.calendar to org.hibernate.validator, com.fasterxml.jackson.databind,
      tools.jackson.databind;
  opens io.github.sponsorsdk.sms.rules.certificate to org.hibernate.validator, com.fasterxml.jackson.databind,
      tools.jackson.databind;
  opens io.github.sponsorsdk.sms.rules.cost to org.hibernate.validator, com.fasterxml.jackson.databind,
      tools.jackson.databind;
  opens io.github.sponsorsdk.sms.rules.derivation to org.hibernate.validator, com.fasterxml.jackson.databind,
      tools.jackson.databind;
  opens io.github.sponsorsdk.sms.rules.effective to org.hibernate.validator, com.fasterxml.jackson.databind,
      tools.jackson.databind;
  opens io.github.sponsorsdk.sms.rules.licence to org.hibernate.validator, com.fasterxml.jackson.databind,
      tools.jackson.databind;
  opens io.github.sponsorsdk.sms.rules.login to org.hibernate.validator, com.fasterxml.jackson.databind,
      tools.jackson.databind;
  opens io.github.sponsorsdk.sms.rules.message to org.hibernate.validator, com.fasterxml.jackson.databind,
      tools.jackson.databind;
  opens io.github.sponsorsdk.sms.rules.password to org.hibernate.validator, com.fasterxml.jackson.databind,
      tools.jackson.databind;
  opens io.github.sponsorsdk.sms.rules.period to org.hibernate.validator, com.fasterxml.jackson.databind,
      tools.jackson.databind;
  opens io.github.sponsorsdk.sms.rules.permission to org.hibernate.validator, com.fasterxml.jackson.databind,
      tools.jackson.databind;
  opens io.github.sponsorsdk.sms.rules.reporting to org.hibernate.validator, com.fasterxml.jackson.databind,
      tools.jackson.databind;
  opens io.github.sponsorsdk.sms.rules.salary to org.hibernate.validator, com.fasterxml.jackson.databind,
      tools.jackson.databind;
  opens io.github.sponsorsdk.sms.rules.session to org.hibernate.validator, com.fasterxml.jackson.databind,
      tools.jackson.databind;
  opens io.github.sponsorsdk.sms.rules.migration to org.hibernate.validator, com.fasterxml.jackson.databind,
      tools.jackson.databind;
  opens io.github.sponsorsdk.sms.rules.submission to org.hibernate.validator, com.fasterxml.jackson.databind,
      tools.jackson.databind;
  opens io.github.sponsorsdk.sms.rules.user to org.hibernate.validator, com.fasterxml.jackson.databind,
      tools.jackson.databind;
}
