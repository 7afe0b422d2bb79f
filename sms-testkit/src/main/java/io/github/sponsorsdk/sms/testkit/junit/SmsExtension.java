package io.github.sponsorsdk.sms.testkit.junit;

import io.github.sponsorsdk.sms.testkit.InMemorySms;
import io.github.sponsorsdk.sms.testkit.clock.SmsTestClock;
import java.time.LocalDate;
import java.util.Objects;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 registration in one line (GreenMail's {@code GreenMailExtension}, WireMock's {@code WireMockExtension}):
 *
 * <pre>{@code
 * @RegisterExtension
 * static SmsExtension sms = SmsExtension.builder().startingOn(LocalDate.of(2026, 1, 5)).build();
 *
 * @Test
 * void test() {
 *   Sponsor s = Scenarios.skilledWorkerSponsor().grant(sms.get());
 *   ...
 * }
 * }</pre>
 *
 * <p>A fresh fake per test by default (state, clock, outbox, faults); {@link Builder#perClass()} shares one fake by
 * all tests of a class, and {@link InMemorySms#reset()} empties it on demand. Test methods may also declare an
 * {@link InMemorySms} parameter. Password hashing uses {@link InMemorySms#FAST_TEST_ITERATIONS} unless told
 * otherwise: tests log in often, and the hash stays salted PBKDF2.
 */
public final class SmsExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {
  private final LocalDate startDay;
  private final long seed;
  private final int iterations;
  private final boolean perMethod;
  private volatile InMemorySms current;

  private SmsExtension(Builder b) {
    this.startDay = b.startDay;
    this.seed = b.seed;
    this.iterations = b.iterations;
    this.perMethod = b.perMethod;
  }

  /** {@return a builder for an extension with other settings than {@link #create()}} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the defaults: 5 January 2026, seed 42, a fresh fake per test} */
  public static SmsExtension create() {
    return builder().build();
  }

  /** {@return the fake of the current test} */
  public InMemorySms get() {
    InMemorySms sms = current;
    if (sms == null) {
      throw new IllegalStateException("no fake SMS yet: register with @RegisterExtension and use it inside a test");
    }
    return sms;
  }

  private InMemorySms fresh() {
    return InMemorySms.builder().clock(SmsTestClock.at(startDay)).seed(seed).passwordIterations(iterations).build();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    if (!perMethod) {
      current = fresh();
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (perMethod || current == null) {
      current = fresh();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
    return p.getParameter().getType() == InMemorySms.class;
  }

  @Override
  public Object resolveParameter(ParameterContext p, ExtensionContext e) {
    return get();
  }

  /** Builds an extension with a chosen start day, seed or password iterations. */
  public static final class Builder {
    private LocalDate startDay = LocalDate.of(2026, 1, 5);
    private long seed = 42;
    private int iterations = InMemorySms.FAST_TEST_ITERATIONS;
    private boolean perMethod = true;

    /**
     * Starts the clock at 09:00 London time on {@code day}.
     *
     * @param day the first day
     * @return this builder
     */
    public Builder startingOn(LocalDate day) {
      this.startDay = Objects.requireNonNull(day, "day");
      return this;
    }

    /**
     * Sets the seed of identifiers and random faults.
     *
     * @param seed the seed
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Sets the PBKDF2 iterations; {@link InMemorySms#OWASP_ITERATIONS} for a production-strength setting.
     *
     * @param iterations the iterations
     * @return this builder
     */
    public Builder passwordIterations(int iterations) {
      this.iterations = iterations;
      return this;
    }

    /** {@return one fake for all tests of the class instead of one per test} */
    public Builder perClass() {
      this.perMethod = false;
      return this;
    }

    /** {@return the extension} */
    public SmsExtension build() {
      return new SmsExtension(this);
    }
  }
}
