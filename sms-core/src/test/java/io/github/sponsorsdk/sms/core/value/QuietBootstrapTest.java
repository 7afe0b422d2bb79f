package io.github.sponsorsdk.sms.core.value;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.NotBlank;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The first value a program builds prints nothing: Hibernate Validator's version banner stays off the console
 * (issue 9, "quiet by default"), and an application that configures that logger still gets what it asked for.
 *
 * <p>Each case runs in a fresh JVM (the banner is printed once per class loader, so an already warm JVM proves
 * nothing) on sms-core's run-time class path exactly, as Maven resolves it for a consumer: no logging backend, no
 * test library ({@code target/runtime-classpath.txt}, written by the dependency plugin; see the module POM).
 */
class QuietBootstrapTest {

  @Test
  void firstValidationPrintsNothing() throws Exception {
    Run run = fork(Probe.Mode.DEFAULT);
    assertThat(run.exitCode).as("probe exit code; output:%n%s", run.output).isZero();
    assertThat(run.output).isEmpty();
  }

  @Test
  void anApplicationThatAsksForValidatorInfoGetsTheBanner() throws Exception {
    // Proves both that the probe's console is really captured and that the application's configuration wins.
    Run run = fork(Probe.Mode.APPLICATION_WANTS_INFO);
    assertThat(run.exitCode).as("probe exit code; output:%n%s", run.output).isZero();
    assertThat(run.output).contains("HV000001").contains("Hibernate Validator");
  }

  @Test
  void loggerLevelIsPutBackAfterTheBootstrap() throws Exception {
    Run run = fork(Probe.Mode.CHECK_LEVEL_RESTORED);
    assertThat(run.exitCode).as("probe exit code; output:%n%s", run.output).isZero();
    assertThat(run.output).isEmpty();
  }

  private record Run(int exitCode, String output) {}

  private static Run fork(Probe.Mode mode) throws IOException, InterruptedException {
    Path runtime = Path.of("target", "runtime-classpath.txt");
    assertThat(runtime).as("written by maven-dependency-plugin at generate-test-resources").exists();
    String classPath = String.join(File.pathSeparator,
        Path.of("target", "test-classes").toAbsolutePath().toString(),
        Path.of("target", "classes").toAbsolutePath().toString(),
        Files.readString(runtime, StandardCharsets.UTF_8).strip());
    assertThat(classPath).doesNotContain("slf4j", "logback", "log4j", "junit");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(classPath);
    command.add(Probe.class.getName());
    command.add(mode.name());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("probe finished").isTrue();
    return new Run(process.exitValue(), output);
  }

  /** Runs in the forked JVM: validates one bean, then checks what the mode asks. Prints only on failure. */
  public static final class Probe {

    enum Mode { DEFAULT, APPLICATION_WANTS_INFO, CHECK_LEVEL_RESTORED }

    /** A bean with one broken constraint, so that the validator really runs. */
    public static final class Bean {
      @NotBlank
      public String name() {
        return " ";
      }
    }

    private Probe() {}

    public static void main(String[] args) {
      Mode mode = Mode.valueOf(args[0]);
      Logger configured = Logger.getLogger("org.hibernate.validator");
      if (mode == Mode.APPLICATION_WANTS_INFO) {
        configured.setLevel(Level.INFO);
      }
      List<Violation> violations = ValueValidation.violations(new Bean());
      if (violations.size() != 1 || !violations.get(0).rule().equals("NotBlank")) {
        System.out.println("expected one NotBlank violation, got " + violations);
        System.exit(2);
      }
      if (mode == Mode.CHECK_LEVEL_RESTORED && Logger.getLogger(QuietBootstrap.BANNER_LOGGER).getLevel() != null) {
        System.out.println("banner logger level left at " + Logger.getLogger(QuietBootstrap.BANNER_LOGGER).getLevel());
        System.exit(3);
      }
    }
  }
}
