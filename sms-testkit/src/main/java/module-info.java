/** sms-testkit: the in-memory reference SMS, a controllable clock and a JUnit 5 extension. */
module io.github.sponsorsdk.sms.testkit {
  requires static org.immutables.value.annotations;
  requires static tools.jackson.databind;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires transitive io.github.sponsorsdk.sms.core;
  requires transitive io.github.sponsorsdk.sms.rules;
  requires transitive io.github.sponsorsdk.sms.xml;
  requires transitive org.threeten.extra;
  requires transitive org.junit.jupiter.api;
  requires java.logging;
  requires jdk.httpserver;
  requires java.net.http;
  requires static info.picocli;

  exports io.github.sponsorsdk.sms.testkit;
  exports io.github.sponsorsdk.sms.testkit.audit;
  exports io.github.sponsorsdk.sms.testkit.clock;
  exports io.github.sponsorsdk.sms.testkit.contract;
  exports io.github.sponsorsdk.sms.testkit.event;
  exports io.github.sponsorsdk.sms.testkit.fault;
  exports io.github.sponsorsdk.sms.testkit.junit;
  exports io.github.sponsorsdk.sms.testkit.outbox;
  exports io.github.sponsorsdk.sms.testkit.scenario;
  exports io.github.sponsorsdk.sms.testkit.server;
  exports io.github.sponsorsdk.sms.testkit.state;

  opens io.github.sponsorsdk.sms.testkit.audit to org.hibernate.validator, com.fasterxml.jackson.databind,
      tools.jackson.databind;
  opens io.github.sponsorsdk.sms.testkit.event to org.hibernate.validator, com.fasterxml.jackson.databind,
      tools.jackson.databind;
  opens io.github.sponsorsdk.sms.testkit.outbox to org.hibernate.validator, com.fasterxml.jackson.databind,
      tools.jackson.databind;
  opens io.github.sponsorsdk.sms.testkit.server.internal to com.fasterxml.jackson.databind;
  opens io.github.sponsorsdk.sms.testkit.server.cli to info.picocli;
  opens io.github.sponsorsdk.sms.testkit.state to org.hibernate.validator, com.fasterxml.jackson.databind,
      tools.jackson.databind;
}
