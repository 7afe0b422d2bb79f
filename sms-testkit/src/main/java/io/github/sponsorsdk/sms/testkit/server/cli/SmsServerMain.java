package io.github.sponsorsdk.sms.testkit.server.cli;

import io.github.sponsorsdk.sms.testkit.InMemorySms;
import io.github.sponsorsdk.sms.testkit.server.SmsServer;
import java.io.PrintStream;
import java.net.InetAddress;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar sms-testkit-<version>-server.jar [--port 8089] [--start-date 2026-03-02] [--seed 42]
 * [--bind 127.0.0.1]}: the in-memory SMS as a standalone server, until SIGTERM or Ctrl-C (a shutdown hook closes it:
 * requests in flight finish, the port is released). Prints one line when it listens, with the address and the time
 * it took to start. Exit codes: 0 after a clean stop, 2 for a bad option, 1 when the port cannot be bound.
 */
@Command(name = "sms-server", mixinStandardHelpOptions = true, sortOptions = false,
    description = "The in-memory SMS of sponsor-sdk as an HTTP server (OpenAPI at /openapi.json).")
public final class SmsServerMain implements Callable<Integer> {
  @Option(names = "--port", description = "TCP port, 0 for any free port (default ${DEFAULT-VALUE})")
  int port = 8089;

  @Option(names = "--start-date", description = "the SMS's first day, 09:00 Europe/London (default: today)")
  Optional<LocalDate> startDate = Optional.empty();

  @Option(names = "--seed", description = "seed of generated user IDs, passwords and numbers (default 0)")
  long seed;

  @Option(names = "--bind", description = "interface to listen on (default ${DEFAULT-VALUE}); 0.0.0.0 exposes the "
      + "fake, which has no real authentication, to every network")
  String bind = "127.0.0.1";

  @Option(names = "--password-iterations", description = "password hash iterations (default ${DEFAULT-VALUE}, "
      + "the OWASP figure; lower it for faster log-ins in tests)")
  int passwordIterations = InMemorySms.OWASP_ITERATIONS;

  @Option(names = "--max-body-bytes", description = "largest request body accepted (default ${DEFAULT-VALUE})")
  int maxBodyBytes = SmsServer.DEFAULT_MAX_BODY_BYTES;

  private final PrintStream out;
  private final CountDownLatch stopped = new CountDownLatch(1);

  private SmsServerMain(PrintStream out) {
    this.out = out;
  }

  /**
   * Runs the server until the JVM is asked to stop.
   *
   * @param args the options above
   */
  public static void main(String[] args) {
    int code = new CommandLine(new SmsServerMain(System.out)).execute(args);
    if (code != 0) {
      System.exit(code);
    }
  }

  @Override
  public Integer call() throws Exception {
    long t0 = System.nanoTime();
    LocalDate day = startDate.orElseGet(() -> LocalDate.now(ZoneId.of("Europe/London")));
    InMemorySms sms = InMemorySms.builder().startingOn(day).seed(seed).passwordIterations(passwordIterations)
        .build();
    SmsServer server;
    try {
      server = SmsServer.builder(sms).bind(InetAddress.getByName(bind)).port(port).maxBodyBytes(maxBodyBytes)
          .start();
    } catch (java.io.UncheckedIOException e) {
      out.println("sms-server: " + e.getMessage() + ": " + e.getCause().getMessage());
      return 1;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      out.println("sms-server: stopped");
      out.flush();
      stopped.countDown();
    }, "sms-server-stop"));
    out.printf("sms-server: listening on %s (SMS day %s, seed %d) in %d ms%n", server.uri(), day, seed,
        (System.nanoTime() - t0) / 1_000_000);
    out.flush();
    stopped.await();
    return 0;
  }
}
