package io.github.sponsorsdk.sms.rules.bench;

import io.github.sponsorsdk.sms.core.licence.LicenceStatus;
import io.github.sponsorsdk.sms.core.licence.Rating;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.route.RouteCategory;
import io.github.sponsorsdk.sms.core.user.UserLevel;
import io.github.sponsorsdk.sms.core.user.UserStatus;
import io.github.sponsorsdk.sms.rules.licence.LicenceRules;
import io.github.sponsorsdk.sms.rules.permission.CertificateOwnership;
import io.github.sponsorsdk.sms.rules.permission.PermissionEngine;
import io.github.sponsorsdk.sms.rules.permission.PermissionParameters;
import io.github.sponsorsdk.sms.rules.permission.PermissionRequest;
import io.github.sponsorsdk.sms.rules.permission.SmsAction;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One permission decision: the {@link PermissionEngine} (requirement masks, decisions precomputed per action)
 * against the approach it replaced, {@link NaivePermissions} (a rule list scanned with streams on every call,
 * reasons built per call), and the same naive scan with prebuilt reasons, in the same run. One operation is one
 * decision; each invocation decides 1,024 (request, action) pairs drawn with a fixed seed over levels, statuses,
 * licence statuses, rating/route configurations, ownership, dates and all actions. Setup checks that all three
 * give equal decisions.
 *
 * <pre>
 * mvn -B -ntp -o -Pbench -DskipTests verify -pl sms-rules -am -Djmh.include=PermissionBenchmark \
 *     -Djmh.args="-f 1 -wi 2 -w 1s -i 3 -r 1s"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PermissionBenchmark {

  static final int OPS = 1024;

  PermissionEngine engine;
  NaivePermissions naive;
  NaivePermissions naivePrebuilt;
  PermissionRequest[] requests;
  SmsAction[] actions;

  @Setup
  public void setUp() {
    engine = PermissionEngine.defaults();
    naive = new NaivePermissions(LicenceRules.defaults(), PermissionParameters.defaults(), false);
    naivePrebuilt = new NaivePermissions(LicenceRules.defaults(), PermissionParameters.defaults(), true);
    List<Map<RouteCategory, Rating>> ratings = List.of(
        Map.of(RouteCategory.WORKER, Rating.A, RouteCategory.STUDENT, Rating.STUDENT_SPONSOR),
        Map.of(RouteCategory.WORKER, Rating.B, RouteCategory.STUDENT, Rating.STUDENT_SPONSOR),
        Map.of(RouteCategory.WORKER, Rating.PROVISIONAL), Map.of(RouteCategory.WORKER, Rating.A_PREMIUM));
    List<Set<Route>> routes = List.of(Set.of(Route.SKILLED_WORKER, Route.STUDENT),
        Set.of(Route.SKILLED_WORKER, Route.STUDENT), Set.of(Route.GBM_UK_EXPANSION_WORKER),
        Set.of(Route.SKILLED_WORKER, Route.CREATIVE_WORKER));
    LocalDate[][] dates = {{LocalDate.of(2034, 9, 30), LocalDate.of(2025, 6, 2)},
        {LocalDate.of(2024, 3, 31), LocalDate.of(2024, 1, 10)}, {LocalDate.of(2034, 9, 30), LocalDate.of(2026, 1, 5)}};
    Random random = new Random(20261125L);
    requests = new PermissionRequest[OPS];
    actions = new SmsAction[OPS];
    for (int i = 0; i < OPS; i++) {
      int c = random.nextInt(ratings.size());
      LocalDate[] d = dates[random.nextInt(dates.length)];
      requests[i] = PermissionRequest.builder()
          .actorLevel(UserLevel.values()[random.nextInt(2)])
          .actorStatus(random.nextInt(8) == 0 ? UserStatus.DEACTIVATED_BY_SPONSOR : UserStatus.ACTIVE)
          .licenceStatus(LicenceStatus.values()[random.nextInt(4) == 0 ? random.nextInt(6) : 0])
          .ratings(ratings.get(c)).routes(routes.get(c))
          .certificate(CertificateOwnership.values()[random.nextInt(3)])
          .licenceExpiry(d[0]).date(d[1]).build();
      actions[i] = SmsAction.values()[random.nextInt(SmsAction.values().length)];
      if (!engine.decide(requests[i], actions[i]).equals(naive.decide(requests[i], actions[i]))
          || !engine.decide(requests[i], actions[i]).equals(naivePrebuilt.decide(requests[i], actions[i]))) {
        throw new IllegalStateException("Disagree on " + actions[i] + " for " + requests[i]);
      }
    }
  }

  /** The engine: masks and precomputed decisions. */
  @Benchmark
  @OperationsPerInvocation(OPS)
  public void engine(Blackhole bh) {
    for (int i = 0; i < OPS; i++) {
      bh.consume(engine.decide(requests[i], actions[i]));
    }
  }

  /** The baseline it replaced: a rule list scanned with streams per call, reasons built per call. */
  @Benchmark
  @OperationsPerInvocation(OPS)
  public void naiveRuleList(Blackhole bh) {
    for (int i = 0; i < OPS; i++) {
      bh.consume(naive.decide(requests[i], actions[i]));
    }
  }

  /** The same scan with prebuilt reasons: isolates the cost of the scan itself. */
  @Benchmark
  @OperationsPerInvocation(OPS)
  public void naiveRuleListPrebuiltReasons(Blackhole bh) {
    for (int i = 0; i < OPS; i++) {
      bh.consume(naivePrebuilt.decide(requests[i], actions[i]));
    }
  }
}
