package io.github.sponsorsdk.sms.rules.calendar;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.spi.ToolProvider;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The calendars work on the module path with no {@code --add-*} flag (decision 0450): a consumer module that
 * {@code requires io.github.sponsorsdk.sms.rules} is compiled and run in a fresh JVM, with the module path made of
 * this module's classes and its run-time dependencies only (written by the build to
 * {@code target/module-path-test/runtime-classpath.txt}; jollyday is not among them).
 */
class ModulePathTest {

  static final Path RUNTIME_CLASS_PATH = Path.of("target", "module-path-test", "runtime-classpath.txt");
  static final Path RULES_CLASSES = Path.of("target", "classes");

  static final String MODULE_INFO = String.join("\n",
      "module calendar.consumer {",
      "  requires io.github.sponsorsdk.sms.rules;",
      "}");

  static final String MAIN = String.join("\n",
      "package consumer;",
      "import io.github.sponsorsdk.sms.core.place.UkNation;",
      "import io.github.sponsorsdk.sms.rules.calendar.UkWorkingDayCalendars;",
      "import io.github.sponsorsdk.sms.rules.calendar.WorkingDayCalendar;",
      "import java.time.LocalDate;",
      "public final class Main {",
      "  public static void main(String[] args) {",
      "    System.out.println(\"module \" + UkWorkingDayCalendars.class.getModule().getName());",
      "    System.out.println(\"jollyday \" + ModuleLayer.boot().findModule(\"de.focus_shift.jollyday.core\")"
          + ".isPresent());",
      "    for (UkNation nation : UkNation.values()) {",
      "      WorkingDayCalendar c = UkWorkingDayCalendars.of(nation);",
      "      System.out.println(nation + \" \" + c.plusWorkingDays(LocalDate.of(2026, 12, 24), 10) + \" \"",
      "          + c.isBankHoliday(LocalDate.of(2026, 6, 15)));",
      "    }",
      "    System.out.println(\"source \" + UkWorkingDayCalendars.of(UkNation.SCOTLAND).source().url().orElseThrow());",
      "  }",
      "}");

  @Test
  void theRunTimeClassPathHasNoHolidayLibrary() throws IOException {
    assertThat(runtimeClassPath()).isNotEmpty()
        .anySatisfy(entry -> assertThat(entry).contains("sms-core"))
        .noneSatisfy(entry -> assertThat(entry).containsAnyOf("jollyday", "threeten-extra", "jaxb", "jakarta.xml.bind"));
  }

  @Test
  void aConsumerModuleRunsTheCalendarsWithoutFlags(@TempDir Path work) throws Exception {
    Path src = work.resolve("src");
    Files.createDirectories(src.resolve("consumer"));
    Files.writeString(src.resolve("module-info.java"), MODULE_INFO);
    Files.writeString(src.resolve("consumer/Main.java"), MAIN);
    Path out = work.resolve("out");
    List<String> modulePath = new ArrayList<>();
    modulePath.add(RULES_CLASSES.toAbsolutePath().toString());
    modulePath.addAll(runtimeClassPath());
    String mp = String.join(File.pathSeparator, modulePath);

    ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow();
    java.io.StringWriter messages = new java.io.StringWriter();
    java.io.PrintWriter printer = new java.io.PrintWriter(messages);
    int compiled = javac.run(printer, printer, "--module-path", mp, "-d", out.toString(),
        src.resolve("module-info.java").toString(), src.resolve("consumer/Main.java").toString());
    printer.flush();
    assertThat(compiled).as("javac exit code; %s", messages).isZero();

    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = List.of(java.toString(), "--module-path", out + File.pathSeparator + mp,
        "-m", "calendar.consumer/consumer.Main");
    Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
    String stdout = new String(process.getInputStream().readAllBytes(), UTF_8);
    String stderr = new String(process.getErrorStream().readAllBytes(), UTF_8);
    assertThat(process.exitValue()).as("exit code; stderr:%n%s", stderr).isZero();
    assertThat(stderr).doesNotContain("Exception").doesNotContain("Error").doesNotContain("WARNING");
    assertThat(stdout.lines()).containsExactly(
        "module io.github.sponsorsdk.sms.rules",
        "jollyday false",
        "ENGLAND_AND_WALES 2027-01-12 false",
        "SCOTLAND 2027-01-13 true",
        "NORTHERN_IRELAND 2027-01-12 false",
        "source https://github.com/focus-shift/jollyday/blob/v2.19.0/jollyday-core/src/main/resources/holidays/"
            + "Holidays_gb.xml");
  }

  static List<String> runtimeClassPath() throws IOException {
    assertThat(RUNTIME_CLASS_PATH).as("written by maven-dependency-plugin in generate-test-resources").exists();
    String text = Files.readString(RUNTIME_CLASS_PATH).strip();
    return Arrays.stream(text.split(File.pathSeparator)).filter(s -> !s.isBlank()).collect(Collectors.toList());
  }
}
