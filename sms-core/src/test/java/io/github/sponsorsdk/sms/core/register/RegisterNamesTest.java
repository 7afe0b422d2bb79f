package io.github.sponsorsdk.sms.core.register;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.licence.Rating;
import io.github.sponsorsdk.sms.core.route.Route;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The display names of routes and ratings are the register of licensed sponsors' own words
 * (docs/sources.md#register-workers): every name but one appears, as written, in the register copies under
 * {@code src/test/resources/register}. Messages name routes by them, and the register reader maps them back.
 */
class RegisterNamesTest {

  static String registers() {
    return Stream.of("workers-2021-11-02.csv", "workers-2025.csv", "students.csv").map(RegisterNamesTest::text)
        .collect(Collectors.joining("\n"));
  }

  static String text(String name) {
    try (InputStream in = RegisterNamesTest.class.getResourceAsStream("/register/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Minister of Religion is listed by the guidance but had no row in the register copies kept here. */
  @Test
  void everyRouteIsNamedAsTheRegisterWritesIt() {
    String registers = registers();
    Set<Route> notInTheCopies = EnumSet.of(Route.MINISTER_OF_RELIGION);
    for (Route r : Route.values()) {
      assertThat(r.displayName()).as(r.name()).isNotBlank();
      if (!notInTheCopies.contains(r)) {
        assertThat(registers).as(r.name()).contains("\"" + r.displayName() + "\"");
      }
    }
    assertThat(Route.SKILLED_WORKER.displayName()).isEqualTo("Skilled Worker");
    assertThat(Route.CHILD_STUDENT.displayName()).isEqualTo("Child Student");
  }

  @Test
  void everyRatingIsNamedAsTheRegisterWritesIt() {
    String registers = registers();
    for (Rating r : Rating.values()) {
      assertThat(r.displayName()).as(r.name()).isNotBlank();
      assertThat(registers).as(r.name()).contains(r.displayName());
    }
    assertThat(Rating.A.displayName()).isEqualTo("A rating");
    assertThat(Rating.STUDENT_SPONSOR_TRACK_RECORD.displayName()).isEqualTo("Student Sponsor - Track Record");
  }
}
