package io.github.sponsorsdk.sms.testkit.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The standalone server's start time (issue 15: "starts in under 2 seconds"), measured as a user sees it, not a
 * test: {@code mvn -B -ntp -Pserver-start -DskipTests verify -pl sms-testkit -am}. It launches
 * {@code java [jvm options] -jar sms-testkit-<version>-server.jar --port 0} a fixed number of times, one after the
 * other, and for each launch takes two times from {@code ProcessBuilder.start()}: until the server prints its
 * {@code listening on} line, and until the first {@code GET /api/control/clock} is answered {@code 200}. Then it
 * stops the server with SIGTERM and waits for it to exit. It prints every run, the median, minimum and maximum of
 * both times and the system load average before and after, and exits non-zero when a launch failed or took longer
 * than 60 seconds. It asserts no time: the figure depends on the machine and its load, which is printed beside it.
 *
 * <p>Arguments: the jar, the number of launches, then JVM options for the launched server (for example
 * {@code -XX:SharedArchiveFile=...} to try an AppCDS archive, see {@code docs/benchmarks.md}).
 */
public final class ServerStartRun {
  private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+/)");
  private static final long LIMIT_SECONDS = 60;

  private ServerStartRun() {}

  /**
   * Runs the launches.
   *
   * @param args the jar, the number of launches (default 7), then JVM options for the server
   * @throws Exception when the harness itself fails
   */
  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: ServerStartRun <server jar> [launches] [jvm options...]");
      System.exit(2);
    }
    Path jar = Path.of(args[0]);
    if (!Files.isRegularFile(jar)) {
      System.err.println("server-start: no jar at " + jar + " (build it with package first)");
      System.exit(2);
    }
    int launches = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    List<String> jvmOptions = args.length > 2 ? Arrays.asList(args).subList(2, args.length) : List.of();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    String loadBefore = loadAverage();
    List<Long> toListening = new ArrayList<>();
    List<Long> toAnswer = new ArrayList<>();
    boolean ok = true;
    for (int i = 1; i <= launches; i++) {
      List<String> command = new ArrayList<>();
      command.add(java);
      command.addAll(jvmOptions);
      command.addAll(List.of("-jar", jar.toString(), "--port", "0"));
      long t0 = System.nanoTime();
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      try {
        CompletableFuture<URI> listening = CompletableFuture.supplyAsync(() -> awaitListening(p));
        URI base = listening.get(LIMIT_SECONDS, TimeUnit.SECONDS);
        long listened = System.nanoTime() - t0;
        URI clock = base.resolve("api/control/clock");
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(clock).timeout(Duration.ofSeconds(
            LIMIT_SECONDS)).build(), HttpResponse.BodyHandlers.ofString());
        long answered = System.nanoTime() - t0;
        if (r.statusCode() != 200) {
          throw new IllegalStateException("first answer was " + r.statusCode() + ": " + r.body());
        }
        toListening.add(listened);
        toAnswer.add(answered);
        System.out.printf("launch %d: listening after %d ms, first answer after %d ms%n", i, listened / 1_000_000,
            answered / 1_000_000);
      } catch (Exception e) {
        ok = false;
        System.out.println("launch " + i + " FAILED: " + e);
      } finally {
        p.destroy();
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
          p.destroyForcibly().waitFor();
        }
      }
    }
    String loadAfter = loadAverage();
    if (!toAnswer.isEmpty()) {
      System.out.printf("server-start: %d launches of %s%s%n", toAnswer.size(), jar.getFileName(),
          jvmOptions.isEmpty() ? "" : " with " + String.join(" ", jvmOptions));
      System.out.printf("  listening:    median %d ms (min %d, max %d)%n", median(toListening),
          Collections.min(toListening) / 1_000_000, Collections.max(toListening) / 1_000_000);
      System.out.printf("  first answer: median %d ms (min %d, max %d) (target: under 2,000 ms)%n",
          median(toAnswer), Collections.min(toAnswer) / 1_000_000, Collections.max(toAnswer) / 1_000_000);
    }
    System.out.printf("  load average (1, 5, 15 min): %s before, %s after; %d processors%n", loadBefore, loadAfter,
        Runtime.getRuntime().availableProcessors());
    if (!ok) {
      System.out.println("server-start: a launch FAILED");
      System.exit(1);
    }
  }

  /** Reads the server's output until its {@code listening on} line; the rest is drained so it never blocks. */
  private static URI awaitListening(Process p) {
    BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    try {
      String line;
      while ((line = in.readLine()) != null) {
        Matcher m = LISTENING.matcher(line);
        if (m.find()) {
          Thread drain = new Thread(() -> {
            try {
              in.transferTo(java.io.Writer.nullWriter());
            } catch (IOException e) {
              // the process ended
            }
          }, "server-start-drain");
          drain.setDaemon(true);
          drain.start();
          return URI.create(m.group(1));
        }
        System.out.println("  server: " + line);
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    throw new IllegalStateException("the server ended without listening");
  }

  private static long median(List<Long> nanos) {
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    int n = sorted.size();
    long m = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    return m / 1_000_000;
  }

  /** {@return the system's load averages over 1, 5 and 15 minutes ({@code /proc/loadavg}), or "unknown"} */
  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }
}
