package io.github.sponsorsdk.sms.testkit.junit;

import io.github.sponsorsdk.sms.core.licence.Licence;
import io.github.sponsorsdk.sms.rules.reporting.Duty;
import io.github.sponsorsdk.sms.rules.reporting.DutyStatus;
import io.github.sponsorsdk.sms.testkit.HomeOffice;
import io.github.sponsorsdk.sms.testkit.InMemorySms;
import io.github.sponsorsdk.sms.testkit.audit.CallRecord;
import io.github.sponsorsdk.sms.testkit.clock.SmsTestClock;
import io.github.sponsorsdk.sms.testkit.event.ListenerFailure;
import io.github.sponsorsdk.sms.testkit.scenario.Sponsor;
import java.lang.reflect.InvocationTargetException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * JUnit 5 support for the in-memory SMS, in two forms (WireMock's {@code WireMockExtension}).
 *
 * <p><b>Declarative</b>: annotate the class with {@link SmsTest} and declare what the test needs as parameters:
 *
 * <pre>{@code
 * @SmsTest(startingOn = "2026-03-02", failOn = AfterEachCheck.FAILED_CALLS)
 * class MyTest {
 *   @Test
 *   void assigns(InMemorySms sms, Sponsor sponsor) { ... }
 * }
 * }</pre>
 *
 * <p><b>Programmatic</b>: register an instance; {@link Builder#configure} reaches every {@link InMemorySms.Builder}
 * option:
 *
 * <pre>{@code
 * @RegisterExtension
 * static SmsExtension sms = SmsExtension.builder().startingOn(LocalDate.of(2026, 3, 2))
 *     .configure(b -> b.login(LoginEngine.of(LoginParameters.twentyMinuteLockout())))
 *     .failOn(AfterEachCheck.FAILED_CALLS, AfterEachCheck.OVERDUE_DUTIES)
 *     .build();
 *
 * @Test
 * void test() {
 *   Sponsor s = Scenarios.skilledWorkerSponsor().grant(sms.get());
 * }
 * }</pre>
 *
 * <p><b>One fake per test</b> (or per class, {@link Builder#lifecycle(FakeLifecycle)}), kept in JUnit's
 * {@link ExtensionContext.Store}, so tests running in parallel (JUnit's {@code junit.jupiter.execution.parallel})
 * each get their own even though the extension instance is shared. {@link #get()} answers the fake of the test
 * running on the calling thread; parameter injection works from any thread. Password hashing uses
 * {@link InMemorySms#FAST_TEST_ITERATIONS} unless told otherwise: tests log in often, and the hash stays salted
 * PBKDF2.
 *
 * <p><b>After-each checks</b> ({@link AfterEachCheck}), off by default: fail a test whose fake saw calls fail,
 * listeners throw, or duties go overdue, although the test's own assertions passed.
 */
public final class SmsExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback,
    AfterAllCallback, ParameterResolver {

  private static final String FAKE = "fake";
  private static final String MARK = "mark";

  private final Optional<Settings> programmatic;
  private final ThreadLocal<InMemorySms> current = new ThreadLocal<>();

  /** The settings of one registration. */
  private static final class Settings {
    final LocalDate startDay;
    final long seed;
    final int iterations;
    final FakeLifecycle lifecycle;
    final Set<AfterEachCheck> checks;
    final SponsorSetup sponsor;
    final List<Consumer<InMemorySms.Builder>> configurers;

    Settings(LocalDate startDay, long seed, int iterations, FakeLifecycle lifecycle, Set<AfterEachCheck> checks,
        SponsorSetup sponsor, List<Consumer<InMemorySms.Builder>> configurers) {
      this.startDay = startDay;
      this.seed = seed;
      this.iterations = iterations;
      this.lifecycle = lifecycle;
      this.checks = checks;
      this.sponsor = sponsor;
      this.configurers = List.copyOf(configurers);
    }

    InMemorySms fresh() {
      InMemorySms.Builder b = InMemorySms.builder().clock(SmsTestClock.at(startDay)).seed(seed)
          .passwordIterations(iterations);
      configurers.forEach(c -> c.accept(b));
      return b.build();
    }
  }

  /** What the test started from, for the after-each checks. */
  private static final class Mark {
    final long failedCalls;
    final int listenerFailures;

    Mark(InMemorySms sms) {
      this.failedCalls = sms.journal().count(CallRecord.OutcomeKind.FAILED);
      this.listenerFailures = sms.listenerFailures().size();
    }
  }

  /** Used by {@link SmsTest} ({@code @ExtendWith}): the settings come from the annotation. */
  public SmsExtension() {
    this.programmatic = Optional.empty();
  }

  private SmsExtension(Builder b) {
    this.programmatic = Optional.of(new Settings(b.startDay, b.seed, b.iterations, b.lifecycle,
        b.checks.isEmpty() ? EnumSet.noneOf(AfterEachCheck.class) : EnumSet.copyOf(b.checks), b.sponsor,
        b.configurers));
  }

  /** {@return a builder of the programmatic form} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the defaults: 5 January 2026, seed 42, a fresh fake per test, no after-each check} */
  public static SmsExtension create() {
    return builder().build();
  }

  /** {@return the fake of the test running on this thread} */
  public InMemorySms get() {
    InMemorySms sms = current.get();
    if (sms == null) {
      throw new IllegalStateException("no fake SMS on this thread: use it inside a test (or a @BeforeEach), or "
          + "declare an InMemorySms parameter");
    }
    return sms;
  }

  private ExtensionContext.Namespace namespace() {
    return ExtensionContext.Namespace.create(SmsExtension.class, this);
  }

  private Settings settings(ExtensionContext context) {
    if (programmatic.isPresent()) {
      return programmatic.get();
    }
    SmsTest a = context.getTestClass()
        .flatMap(c -> AnnotationSupport.findAnnotation(c, SmsTest.class))
        .orElseThrow(() -> new ExtensionConfigurationException("SmsExtension registered without @SmsTest: use "
            + "@SmsTest, or @RegisterExtension with SmsExtension.builder()"));
    LocalDate day;
    try {
      day = LocalDate.parse(a.startingOn());
    } catch (DateTimeParseException e) {
      throw new ExtensionConfigurationException("@SmsTest(startingOn = \"" + a.startingOn()
          + "\") is not an ISO date such as 2026-03-02", e);
    }
    List<Consumer<InMemorySms.Builder>> configurers = new ArrayList<>();
    for (Class<? extends SmsConfigurer> c : a.configure()) {
      SmsConfigurer configurer = instantiate(c);
      configurers.add(configurer::configure);
    }
    Set<AfterEachCheck> checks = EnumSet.noneOf(AfterEachCheck.class);
    checks.addAll(List.of(a.failOn()));
    return new Settings(day, a.seed(), a.passwordIterations(), a.lifecycle(), checks, instantiate(a.sponsor()),
        configurers);
  }

  private static <T> T instantiate(Class<T> type) {
    try {
      return type.getDeclaredConstructor().newInstance();
    } catch (NoSuchMethodException | InstantiationException | IllegalAccessException
        | InvocationTargetException e) {
      throw new ExtensionConfigurationException(type.getName() + " needs a public no-argument constructor", e);
    }
  }

  /**
   * The store entry that holds a fake; JUnit closes it with the context (as an {@code AutoCloseable} from JUnit 5.13,
   * as a {@code CloseableResource} before).
   */
  private static final class Held implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    final InMemorySms sms;
    final Settings settings;
    private Sponsor sponsor;

    Held(InMemorySms sms, Settings settings) {
      this.sms = sms;
      this.settings = settings;
    }

    /** The injected sponsor: granted on first use, then the same for the fake's life. */
    synchronized Sponsor sponsor() {
      if (sponsor == null) {
        sponsor = settings.sponsor.grant(sms);
      }
      return sponsor;
    }

    @Override
    public void close() {
      sms.reset();
    }
  }

  private Optional<Held> held(ExtensionContext context) {
    return Optional.ofNullable(context.getStore(namespace()).get(FAKE, Held.class));
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    Settings s = settings(context);
    if (s.lifecycle == FakeLifecycle.PER_CLASS) {
      Held h = new Held(s.fresh(), s);
      context.getStore(namespace()).put(FAKE, h);
      current.set(h.sms);
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    Held h = held(context).orElse(null);
    if (h == null) {
      Settings s = settings(context);
      h = new Held(s.fresh(), s);
      context.getStore(namespace()).put(FAKE, h);
    }
    context.getStore(namespace()).put(MARK, new Mark(h.sms));
    current.set(h.sms);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    try {
      Held h = held(context).orElseThrow();
      Mark mark = context.getStore(namespace()).get(MARK, Mark.class);
      List<String> problems = check(h.sms, h.settings.checks, mark);
      if (!problems.isEmpty()) {
        throw new AssertionError("the fake SMS saw what the test did not expect (SmsExtension after-each check):\n  "
            + String.join("\n  ", problems));
      }
    } finally {
      current.remove();
    }
  }

  private static List<String> check(InMemorySms sms, Set<AfterEachCheck> checks, Mark mark) {
    List<String> problems = new ArrayList<>();
    if (checks.contains(AfterEachCheck.FAILED_CALLS)) {
      long failed = sms.journal().count(CallRecord.OutcomeKind.FAILED) - mark.failedCalls;
      if (failed > 0) {
        List<CallRecord> kept = sms.calls().stream().filter(c -> c.outcome() == CallRecord.OutcomeKind.FAILED)
            .collect(Collectors.toList());
        problems.add(failed + " call(s) failed: " + kept.subList(Math.max(0, kept.size() - (int) Math.min(failed,
            10)), kept.size()));
      }
    }
    if (checks.contains(AfterEachCheck.LISTENER_FAILURES)) {
      List<ListenerFailure> all = sms.listenerFailures();
      all.subList(Math.min(mark.listenerFailures, all.size()), all.size()).forEach(f -> problems.add(f.toString()));
    }
    if (checks.contains(AfterEachCheck.OVERDUE_DUTIES)) {
      for (Licence l : sms.licences()) {
        for (Duty d : sms.duties(l.number())) {
          if (d.status() == DutyStatus.OVERDUE) {
            problems.add("duty " + d.rule().id() + " of licence " + l.number() + " is overdue (due "
                + d.dueDate().map(LocalDate::toString).orElse("-") + ")");
          }
        }
      }
    }
    return problems;
  }

  @Override
  public void afterAll(ExtensionContext context) {
    current.remove();
  }

  @Override
  public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
    Class<?> type = p.getParameter().getType();
    return type == InMemorySms.class || type == SmsTestClock.class || type == HomeOffice.class
        || type == Sponsor.class;
  }

  @Override
  public Object resolveParameter(ParameterContext p, ExtensionContext e) {
    Held h = held(e).orElseThrow(() -> new ExtensionConfigurationException("no fake SMS for " + e.getDisplayName()
        + ": with FakeLifecycle.PER_TEST a fake exists only inside a test and its @BeforeEach/@AfterEach"));
    Class<?> type = p.getParameter().getType();
    if (type == SmsTestClock.class) {
      return h.sms.clock();
    }
    if (type == HomeOffice.class) {
      return h.sms.homeOffice();
    }
    if (type == Sponsor.class) {
      return h.sponsor();
    }
    return h.sms;
  }

  /** Builds the programmatic form. */
  public static final class Builder {
    private LocalDate startDay = LocalDate.of(2026, 1, 5);
    private long seed = 42;
    private int iterations = InMemorySms.FAST_TEST_ITERATIONS;
    private FakeLifecycle lifecycle = FakeLifecycle.PER_TEST;
    private final Set<AfterEachCheck> checks = EnumSet.noneOf(AfterEachCheck.class);
    private SponsorSetup sponsor = new SponsorSetup.SkilledWorker();
    private final List<Consumer<InMemorySms.Builder>> configurers = new ArrayList<>();

    private Builder() {}

    /**
     * The clock starts at 09:00 London time on {@code day}.
     *
     * @param day the first day
     * @return this builder
     */
    public Builder startingOn(LocalDate day) {
      this.startDay = Objects.requireNonNull(day, "day");
      return this;
    }

    /**
     * Seeds identifiers and random faults.
     *
     * @param seed the seed
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * PBKDF2 iterations; {@link InMemorySms#OWASP_ITERATIONS} for a production-strength setting.
     *
     * @param iterations at least 1
     * @return this builder
     */
    public Builder passwordIterations(int iterations) {
      this.iterations = iterations;
      return this;
    }

    /**
     * {@return one fake for all tests of the class instead of one per test: {@code lifecycle(FakeLifecycle.PER_CLASS)}}
     */
    public Builder perClass() {
      return lifecycle(FakeLifecycle.PER_CLASS);
    }

    /**
     * How long a fake lives: one per test (the default) or one for the whole class, as {@link SmsTest#lifecycle()}.
     *
     * @param lifecycle the lifecycle
     * @return this builder
     */
    public Builder lifecycle(FakeLifecycle lifecycle) {
      this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle");
      return this;
    }

    /**
     * Further settings of every fake, applied after the extension's own; reaches every {@link InMemorySms.Builder}
     * option (rules, journal capacity, automation ...). May be called more than once.
     *
     * @param configurer the settings
     * @return this builder
     */
    public Builder configure(Consumer<InMemorySms.Builder> configurer) {
      configurers.add(Objects.requireNonNull(configurer, "configurer"));
      return this;
    }

    /**
     * Checks to run after each test; a test fails when one finds something.
     *
     * @param checks the checks
     * @return this builder
     */
    public Builder failOn(AfterEachCheck... checks) {
      this.checks.addAll(List.of(checks));
      return this;
    }

    /**
     * The sponsor an injected {@link Sponsor} parameter is (default {@link SponsorSetup.SkilledWorker}).
     *
     * @param setup the setup
     * @return this builder
     */
    public Builder sponsor(SponsorSetup setup) {
      this.sponsor = Objects.requireNonNull(setup, "setup");
      return this;
    }

    /** {@return the extension} */
    public SmsExtension build() {
      return new SmsExtension(this);
    }
  }
}
