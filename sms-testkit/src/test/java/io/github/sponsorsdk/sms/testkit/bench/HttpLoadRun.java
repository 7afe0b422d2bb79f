package io.github.sponsorsdk.sms.testkit.bench;

import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.identifier.CertificateNumber;
import io.github.sponsorsdk.sms.core.port.SessionToken;
import io.github.sponsorsdk.sms.core.port.SmsResult;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.testkit.InMemorySms;
import io.github.sponsorsdk.sms.testkit.scenario.Drafts;
import io.github.sponsorsdk.sms.testkit.scenario.Scenarios;
import io.github.sponsorsdk.sms.testkit.scenario.Sponsor;
import io.github.sponsorsdk.sms.testkit.server.HttpSms;
import io.github.sponsorsdk.sms.testkit.server.SmsServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded load harness for the standalone server (issue 15), not a test: {@code mvn -B -ntp -Pserver-load
 * -DskipTests verify -pl sms-testkit -am}. Three phases on loopback, each bounded in count and time, then it stops by
 * itself and exits non-zero when a guarantee fails:
 * <ol>
 *   <li>throughput: 4 client threads send {@code GET /api/control/clock} for a fixed time (after a warm-up) and the
 *       requests answered per second are printed, beside the target of 10,000;
 *   <li>no overspend: 4 threads assign 200 saved CoS of a sponsor with 50 through {@link HttpSms} at once: exactly 50
 *       are assigned, 150 refused, and the licence shows none remaining;
 *   <li>exact lockout: 4 threads send 40 wrong passwords for one user at once: exactly one answer is the third
 *       failure's {@code login.LOCKED_AFTER_FAILED_ATTEMPTS}, exactly two came before it, and the right password is
 *       then refused as locked.
 * </ol>
 * Figures depend on the machine; with the server and the clients in one JVM on two shared cores they are a floor.
 */
public final class HttpLoadRun {
  private HttpLoadRun() {}

  public static void main(String[] args) throws Exception {
    int threads = 4;
    long seconds = args.length > 0 ? Long.parseLong(args[0]) : 5;
    InMemorySms sms = InMemorySms.builder().startingOn(LocalDate.of(2026, 3, 2))
        .passwordIterations(InMemorySms.FAST_TEST_ITERATIONS).build();
    boolean ok = true;
    try (SmsServer server = SmsServer.builder(sms).threads(threads).start()) {
      ok &= throughput(server.uri(), threads, seconds);
      ok &= noOverspend(sms, server.uri(), threads);
      ok &= exactLockout(sms, server.uri(), threads);
    }
    System.out.println(ok ? "server-load: all guarantees held" : "server-load: a guarantee FAILED");
    if (!ok) {
      System.exit(1);
    }
  }

  private static boolean throughput(URI base, int threads, long seconds) throws Exception {
    URI clock = base.resolve("api/control/clock");
    run(clock, threads, 2_000_000_000L, new AtomicLong(), new AtomicLong());
    AtomicLong done = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    long t0 = System.nanoTime();
    run(clock, threads, seconds * 1_000_000_000L, done, failed);
    double elapsed = (System.nanoTime() - t0) / 1e9;
    double rate = done.get() / elapsed;
    System.out.printf("throughput: %d requests in %.1f s with %d client threads = %.0f requests/s "
        + "(target 10,000; %d failed; %d processors)%n", done.get(), elapsed, threads, rate, failed.get(),
        Runtime.getRuntime().availableProcessors());
    return failed.get() == 0;
  }

  private static void run(URI uri, int threads, long nanos, AtomicLong done, AtomicLong failed) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> all = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      all.add(pool.submit(() -> {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build();
        start.await();
        long end = System.nanoTime() + nanos;
        while (System.nanoTime() < end) {
          HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
          (r.statusCode() == 200 ? done : failed).incrementAndGet();
        }
        return null;
      }));
    }
    start.countDown();
    for (Future<?> f : all) {
      f.get();
    }
    pool.shutdown();
  }

  private static boolean noOverspend(InMemorySms sms, URI base, int threads) throws Exception {
    Sponsor sponsor = Scenarios.skilledWorkerSponsor().licenceNumber("QHDGK901X").allocation(Route.SKILLED_WORKER, 50)
        .grant(sms);
    SessionToken t = sponsor.signIn();
    HttpSms port = HttpSms.connect(base);
    List<CertificateNumber> numbers = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      numbers.add(port.create(t, Drafts.skilledWorker("L" + (100000 + i))).orElseThrow().number().orElseThrow());
    }
    AtomicInteger assigned = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> all = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      all.add(pool.submit(() -> {
        int n;
        while ((n = next.getAndIncrement()) < numbers.size()) {
          SmsResult<Certificate> r = port.assign(t, numbers.get(n));
          (r.isAllowed() ? assigned : refused).incrementAndGet();
        }
        return null;
      }));
    }
    for (Future<?> f : all) {
      f.get();
    }
    pool.shutdown();
    long inSms = sms.certificates(sponsor.licenceNumber()).stream()
        .filter(c -> c.status() == io.github.sponsorsdk.sms.core.certificate.CertificateStatus.ASSIGNED).count();
    boolean ok = assigned.get() == 50 && refused.get() == 150 && inSms == 50;
    System.out.printf("no overspend: 200 concurrent assignments over HTTP against 50 CoS: %d assigned, %d refused, "
        + "%d assigned in the fake: %s%n", assigned.get(), refused.get(), inSms, ok ? "held" : "FAILED");
    return ok;
  }

  private static boolean exactLockout(InMemorySms sms, URI base, int threads) throws Exception {
    Sponsor sponsor = Scenarios.skilledWorkerSponsor().licenceNumber("QHDGK902X").grant(sms);
    sponsor.signIn();
    HttpSms port = HttpSms.connect(base);
    AtomicInteger lockedNow = new AtomicInteger();
    AtomicInteger before = new AtomicInteger();
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> all = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      all.add(pool.submit(() -> {
        while (next.getAndIncrement() < 40) {
          List<String> codes = port.logIn(sponsor.level1(), "Wrong-password-1".toCharArray()).decision().codes();
          if (codes.contains("login.LOCKED_AFTER_FAILED_ATTEMPTS")) {
            lockedNow.incrementAndGet();
          } else if (codes.contains("login.INVALID_CREDENTIALS") && !codes.contains("login.ACCOUNT_LOCKED")) {
            before.incrementAndGet();
          }
        }
        return null;
      }));
    }
    for (Future<?> f : all) {
      f.get();
    }
    pool.shutdown();
    boolean stillLocked = port.logIn(sponsor.level1(), Sponsor.PASSWORD.toCharArray()).decision().codes()
        .contains("login.ACCOUNT_LOCKED");
    boolean ok = lockedNow.get() == 1 && before.get() == 2 && stillLocked;
    System.out.printf("exact lockout: 40 concurrent wrong passwords over HTTP: %d failures before the lock, %d "
        + "locking answer, right password then refused as locked: %s: %s%n", before.get(), lockedNow.get(),
        stillLocked, ok ? "held" : "FAILED");
    return ok;
  }
}
