package io.github.sponsorsdk.sms.testkit.fault;

import io.github.sponsorsdk.sms.core.port.SmsUnavailableException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Random;

/**
 * Seeded fault injection (WireMock faults, MockServer chaos with a seed): make the next call, the next call of one
 * operation, or a fraction of calls fail with an outage ({@link SmsUnavailableException}) or answer slowly. A fault
 * strikes before the call touches any state, so a failed call changes nothing.
 *
 * <p>A slow response really waits ({@link Thread#sleep}): it exists to test a client's time-outs, which run on wall
 * time. It does not move the SMS clock.
 */
public final class Faults {
  private final Deque<Planned> planned = new ArrayDeque<>();
  private Random random;
  private double failureRate;
  private double slowRate;
  private Duration slowDelay = Duration.ZERO;

  /**
   * Faults whose random choices come from {@code seed}, none planned.
   *
   * @param seed the seed
   */
  public Faults(long seed) {
    this.random = new Random(seed);
  }

  /** {@return the next call (of any operation) fails with an outage} */
  public synchronized Faults failNextCall() {
    planned.add(new Planned(Optional.empty(), true, Duration.ZERO));
    return this;
  }

  /**
   * {@return the next call of {@code operation} fails with an outage}
   *
   * @param operation the operation
   */
  public synchronized Faults failNextCall(Operation operation) {
    planned.add(new Planned(Optional.of(operation), true, Duration.ZERO));
    return this;
  }

  /**
   * {@return the next call of {@code operation} waits {@code delay} and then proceeds}
   *
   * @param operation the operation
   * @param delay how long it waits
   */
  public synchronized Faults delayNextCall(Operation operation, Duration delay) {
    planned.add(new Planned(Optional.of(operation), false, delay));
    return this;
  }

  /**
   * {@return from now on, each call fails with probability {@code rate} (seeded: the same seed fails the same calls)}
   *
   * @param rate a probability, 0 to 1
   */
  public synchronized Faults failFraction(double rate) {
    checkRate(rate);
    this.failureRate = rate;
    return this;
  }

  /**
   * {@return from now on, each call waits {@code delay} with probability {@code rate}}
   *
   * @param rate a probability, 0 to 1
   * @param delay how long a slow call waits
   */
  public synchronized Faults slowFraction(double rate, Duration delay) {
    checkRate(rate);
    this.slowRate = rate;
    this.slowDelay = delay;
    return this;
  }

  /**
   * No planned or random faults; the random sequence restarts from {@code seed}.
   *
   * @param seed the seed of the random sequence
   */
  public synchronized void reset(long seed) {
    planned.clear();
    failureRate = 0;
    slowRate = 0;
    slowDelay = Duration.ZERO;
    random = new Random(seed);
  }

  /**
   * Called by the fake at the start of every port operation.
   *
   * @param operation the operation called
   */
  public void beforeCall(Operation operation) {
    Duration delay = Duration.ZERO;
    boolean fail = false;
    synchronized (this) {
      for (Planned p : planned) {
        if (p.operation.isEmpty() || p.operation.get() == operation) {
          planned.remove(p);
          fail = p.fail;
          delay = p.delay;
          break;
        }
      }
      if (!fail && failureRate > 0 && random.nextDouble() < failureRate) {
        fail = true;
      }
      if (slowRate > 0 && random.nextDouble() < slowRate) {
        delay = delay.plus(slowDelay);
      }
    }
    if (!delay.isZero()) {
      try {
        Thread.sleep(delay.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SmsUnavailableException("interrupted while simulating a slow SMS response");
      }
    }
    if (fail) {
      throw new SmsUnavailableException("SMS unavailable (injected fault) during " + operation);
    }
  }

  private static void checkRate(double rate) {
    if (!(rate >= 0 && rate <= 1)) {
      throw new IllegalArgumentException("rate must be in [0, 1]: " + rate);
    }
  }

  private static final class Planned {
    final Optional<Operation> operation;
    final boolean fail;
    final Duration delay;

    Planned(Optional<Operation> operation, boolean fail, Duration delay) {
      this.operation = operation;
      this.fail = fail;
      this.delay = delay;
    }
  }
}
