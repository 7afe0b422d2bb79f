/** A consumer of sponsor-sdk on the module path: the README's requires lines, and nothing more. */
module com.example.consumer {
  requires io.github.sponsorsdk.sms.core;
  requires io.github.sponsorsdk.sms.rules;
  requires io.github.sponsorsdk.sms.xml;
  requires io.github.sponsorsdk.sms.testkit;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires tools.jackson.databind;
}
