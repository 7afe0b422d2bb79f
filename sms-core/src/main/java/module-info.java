/**
 * sms-core: the SMS domain vocabulary as immutable, validated values.
 *
 * <p>Every exported package is API. Packages are opened to Hibernate Validator (constraints on accessors) and to
 * Jackson (JSON round trip); both only reflect, neither is required by the SDK's own code at run time except the
 * validator.
 */
module io.github.sponsorsdk.sms.core {
  requires static org.immutables.value.annotations;
  requires static tools.jackson.databind;
  requires static com.fasterxml.jackson.databind;
  requires transitive com.fasterxml.jackson.annotation;
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  requires org.apache.commons.csv;
  // Only to hold back Hibernate Validator's version banner while the validator is built (value.QuietBootstrap).
  requires java.logging;

  exports io.github.sponsorsdk.sms.core.certificate;
  exports io.github.sponsorsdk.sms.core.citation;
  exports io.github.sponsorsdk.sms.core.decision;
  exports io.github.sponsorsdk.sms.core.event;
  exports io.github.sponsorsdk.sms.core.evidence;
  exports io.github.sponsorsdk.sms.core.identifier;
  exports io.github.sponsorsdk.sms.core.job;
  exports io.github.sponsorsdk.sms.core.licence;
  exports io.github.sponsorsdk.sms.core.message;
  exports io.github.sponsorsdk.sms.core.money;
  exports io.github.sponsorsdk.sms.core.place;
  exports io.github.sponsorsdk.sms.core.port;
  exports io.github.sponsorsdk.sms.core.register;
  exports io.github.sponsorsdk.sms.core.route;
  exports io.github.sponsorsdk.sms.core.study;
  exports io.github.sponsorsdk.sms.core.submission;
  exports io.github.sponsorsdk.sms.core.user;
  exports io.github.sponsorsdk.sms.core.value;

  opens io.github.sponsorsdk.sms.core.citation to org.hibernate.validator, com.fasterxml.jackson.databind,
      tools.jackson.databind;
  opens io.github.sponsorsdk.sms.core.decision to org.hibernate.validator, com.fasterxml.jackson.databind,
      tools.jackson.databind;
  opens io.github.sponsorsdk.sms.core.event to org.hibernate.validator, com.fasterxml.jackson.databind,
      tools.jackson.databind;
  opens io.github.sponsorsdk.sms.core.identifier to org.hibernate.validator, com.fasterxml.jackson.databind,
      tools.jackson.databind;
  opens io.github.sponsorsdk.sms.core.licence to org.hibernate.validator, com.fasterxml.jackson.databind,
      tools.jackson.databind;
  opens io.github.sponsorsdk.sms.core.register to org.hibernate.validator, com.fasterxml.jackson.databind,
      tools.jackson.databind;
  opens io.github.sponsorsdk.sms.core.money to org.hibernate.validator, com.fasterxml.jackson.databind,
      tools.jackson.databind;
  opens io.github.sponsorsdk.sms.core.route to org.hibernate.validator, com.fasterxml.jackson.databind,
      tools.jackson.databind;
  opens io.github.sponsorsdk.sms.core.port to org.hibernate.validator, com.fasterxml.jackson.databind,
      tools.jackson.databind;
  opens io.github.sponsorsdk.sms.core.place to org.hibernate.validator, com.fasterxml.jackson.databind,
      tools.jackson.databind;
  opens io.github.sponsorsdk.sms.core.certificate to org.hibernate.validator, com.fasterxml.jackson.databind,
      tools.jackson.databind;
  opens io.github.sponsorsdk.sms.core.message to org.hibernate.validator, com.fasterxml.jackson.databind,
      tools.jackson.databind;
  opens io.github.sponsorsdk.sms.core.user to org.hibernate.validator, com.fasterxml.jackson.databind,
      tools.jackson.databind;
  opens io.github.sponsorsdk.sms.core.job to org.hibernate.validator, com.fasterxml.jackson.databind,
      tools.jackson.databind;
  opens io.github.sponsorsdk.sms.core.study to org.hibernate.validator, com.fasterxml.jackson.databind,
      tools.jackson.databind;
  opens io.github.sponsorsdk.sms.core.evidence to org.hibernate.validator, com.fasterxml.jackson.databind,
      tools.jackson.databind;
  opens io.github.sponsorsdk.sms.core.submission to org.hibernate.validator, com.fasterxml.jackson.databind,
      tools.jackson.databind;
  opens io.github.sponsorsdk.sms.core.value to org.hibernate.validator, com.fasterxml.jackson.databind,
      tools.jackson.databind;
}
