/** sms-testkit: the in-memory reference SMS, a controllable clock and a JUnit 5 extension. */
module io.github.sponsorsdk.sms.testkit {
  requires static org.immutables.value.annotations;
  requires static com.fasterxml.jackson.databind;
  requires transitive io.github.sponsorsdk.sms.core;
  requires java.logging;
}
