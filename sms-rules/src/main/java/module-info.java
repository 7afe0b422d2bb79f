/**
 * sms-rules: pure rule engines. Inputs in, decision out, with reasons and citations; time is a parameter or a
 * {@link java.time.Clock}; no I/O.
 */
module io.github.sponsorsdk.sms.rules {
  requires static org.immutables.value.annotations;
  requires static com.fasterxml.jackson.databind;
  requires transitive io.github.sponsorsdk.sms.core;
  // Bank-holiday data, read only by calendar.JollydayHolidaySource to build calendars (its XML binding,
  // jollyday-jaxb, is a service provider found at run time). On the module path jollyday 2.19.0 needs
  // --add-exports de.focus_shift.jollyday.jaxb/de.focus_shift.jollyday.jaxb=de.focus_shift.jollyday.core
  // (see JollydayHolidaySource.MODULE_PATH_FLAG).
  requires de.focus_shift.jollyday.core;

  exports io.github.sponsorsdk.sms.rules.allocation;
  exports io.github.sponsorsdk.sms.rules.calendar;
  exports io.github.sponsorsdk.sms.rules.certificate;
  exports io.github.sponsorsdk.sms.rules.derivation;
  exports io.github.sponsorsdk.sms.rules.effective;
  exports io.github.sponsorsdk.sms.rules.licence;
  exports io.github.sponsorsdk.sms.rules.login;
  exports io.github.sponsorsdk.sms.rules.message;
  exports io.github.sponsorsdk.sms.rules.password;
  exports io.github.sponsorsdk.sms.rules.period;
  exports io.github.sponsorsdk.sms.rules.permission;
  exports io.github.sponsorsdk.sms.rules.reason;
  exports io.github.sponsorsdk.sms.rules.reporting;
  exports io.github.sponsorsdk.sms.rules.salary;
  exports io.github.sponsorsdk.sms.rules.session;
  exports io.github.sponsorsdk.sms.rules.user;

  opens io.github.sponsorsdk.sms.rules.allocation to org.hibernate.validator, com.fasterxml.jackson.databind;
  opens io.github.sponsorsdk.sms.rules.calendar to org.hibernate.validator, com.fasterxml.jackson.databind;
  opens io.github.sponsorsdk.sms.rules.certificate to org.hibernate.validator, com.fasterxml.jackson.databind;
  opens io.github.sponsorsdk.sms.rules.derivation to org.hibernate.validator, com.fasterxml.jackson.databind;
  opens io.github.sponsorsdk.sms.rules.effective to org.hibernate.validator, com.fasterxml.jackson.databind;
  opens io.github.sponsorsdk.sms.rules.licence to org.hibernate.validator, com.fasterxml.jackson.databind;
  opens io.github.sponsorsdk.sms.rules.login to org.hibernate.validator, com.fasterxml.jackson.databind;
  opens io.github.sponsorsdk.sms.rules.message to org.hibernate.validator, com.fasterxml.jackson.databind;
  opens io.github.sponsorsdk.sms.rules.password to org.hibernate.validator, com.fasterxml.jackson.databind;
  opens io.github.sponsorsdk.sms.rules.period to org.hibernate.validator, com.fasterxml.jackson.databind;
  opens io.github.sponsorsdk.sms.rules.permission to org.hibernate.validator, com.fasterxml.jackson.databind;
  opens io.github.sponsorsdk.sms.rules.reason to org.hibernate.validator, com.fasterxml.jackson.databind;
  opens io.github.sponsorsdk.sms.rules.reporting to org.hibernate.validator, com.fasterxml.jackson.databind;
  opens io.github.sponsorsdk.sms.rules.salary to org.hibernate.validator, com.fasterxml.jackson.databind;
  opens io.github.sponsorsdk.sms.rules.session to org.hibernate.validator, com.fasterxml.jackson.databind;
  opens io.github.sponsorsdk.sms.rules.user to org.hibernate.validator, com.fasterxml.jackson.databind;
}
