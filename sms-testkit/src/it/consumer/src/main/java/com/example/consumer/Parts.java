package com.example.consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.place.Address;
import io.github.sponsorsdk.sms.core.place.UkNation;
import io.github.sponsorsdk.sms.core.place.UkPostcode;
import io.github.sponsorsdk.sms.core.port.SessionToken;
import io.github.sponsorsdk.sms.core.port.SmsResult;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.Violation;
import io.github.sponsorsdk.sms.rules.calendar.UkWorkingDayCalendars;
import io.github.sponsorsdk.sms.testkit.InMemorySms;
import io.github.sponsorsdk.sms.testkit.scenario.Drafts;
import io.github.sponsorsdk.sms.testkit.scenario.Scenarios;
import io.github.sponsorsdk.sms.testkit.scenario.Sponsor;
import io.github.sponsorsdk.sms.xml.validate.BdtValidator;
import io.github.sponsorsdk.sms.xml.validate.ValidationOptions;
import io.github.sponsorsdk.sms.xml.validate.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;

/**
 * One part of the SDK per run, each in a fresh JVM started by {@link Driver}. A part prints exactly one line, its
 * own, when everything it checked held; it throws otherwise.
 */
public final class Parts {

  private Parts() {}

  public static void main(String[] args) throws Exception {
    String line = switch (args[0]) {
      case "values" -> values();
      case "bdt" -> bdt();
      case "calendars" -> calendars();
      case "fake" -> fake();
      default -> throw new IllegalArgumentException("no such part: " + args[0]);
    };
    System.out.println(args[0] + ": ok, " + line);
  }

  /** Values: a builder, a factory, every violation at once, and the Jackson 2 and 3 round trips of the README. */
  static String values() throws IOException {
    Money salary = Money.parseSmsAmount("41700");
    UkPostcode postcode = UkPostcode.of("sw1p 4df");
    Address work = Address.builder().line1("2 Marsham Street").townOrCity("London").postcode(postcode).build();
    Set<String> fields;
    try {
      Address.builder().line1(" ").townOrCity("").postcode(postcode).build();
      throw new AssertionError("a blank address was accepted");
    } catch (InvalidValueException e) {
      fields = e.violations().stream().map(Violation::path).collect(Collectors.toCollection(TreeSet::new));
    }
    check(fields.equals(Set.of("line1", "townOrCity")), "expected violations of line1 and townOrCity: " + fields);
    ObjectMapper json = new ObjectMapper().registerModule(new Jdk8Module()).registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    Address back = json.readValue(json.writeValueAsString(work), Address.class);
    check(back.equals(work), "Jackson 2 round trip changed the address: " + back);
    JsonMapper json3 = JsonMapper.builder().build();
    Address back3 = json3.readValue(json3.writeValueAsString(work), Address.class);
    check(back3.equals(work), "Jackson 3 round trip changed the address: " + back3);
    return "salary " + salary + ", postcode " + postcode + ", violations of " + fields
        + " at once, JSON round trips with Jackson 2 and 3";
  }

  /** BDT: the validator reads a CAS upload of three records (one ready, one with a warning, one with an error). */
  static String bdt() throws IOException {
    try (InputStream in = Parts.class.getResourceAsStream("cas-upload.xml")) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("cas-upload.xml is not beside Parts"));
      }
      ValidationReport report = BdtValidator.of(ValidationOptions.on(LocalDate.of(2026, 5, 8))).validate(in);
      check(report.records() == 3 && report.errors() == 1 && report.warnings() == 1,
          "expected 3 records, 1 error, 1 warning: " + report.findings());
      return report.records() + " records, " + report.errors() + " error, " + report.warnings() + " warning";
    }
  }

  /** Calendars: the README's Scotland example (the event day itself is not counted). */
  static String calendars() {
    LocalDate deadline = UkWorkingDayCalendars.of(UkNation.SCOTLAND).plusWorkingDays(LocalDate.of(2026, 12, 24), 10);
    check(deadline.equals(LocalDate.of(2027, 1, 13)), "expected 2027-01-13, got " + deadline);
    return "Scotland, 10 working days after 2026-12-24 is " + deadline;
  }

  /** The fake: grant a licence, sign in, create and assign a CoS from the allocation. */
  static String fake() {
    InMemorySms sms = InMemorySms.builder().startingOn(LocalDate.of(2026, 3, 2))
        .passwordIterations(InMemorySms.FAST_TEST_ITERATIONS).build();
    Sponsor sponsor = Scenarios.skilledWorkerSponsor().grant(sms);
    SessionToken session = sponsor.signIn();
    Certificate draft = sms.create(session, Drafts.skilledWorker("A01234567")).orElseThrow();
    SmsResult<Certificate> assigned = sms.assign(session, draft.number().orElseThrow());
    check(assigned.decision().isAllowed(), "assignment refused: " + assigned.decision());
    Certificate cos = assigned.orElseThrow();
    return "CoS " + cos.number().orElseThrow() + " " + cos.status();
  }

  private static void check(boolean condition, String message) {
    if (!condition) {
      throw new AssertionError(message);
    }
  }
}
