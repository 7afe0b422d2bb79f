package io.github.sponsorsdk.sms.testkit.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import org.threeten.extra.MutableClock;

/**
 * The fake SMS's clock: time moves only when a test moves it (Stripe test clocks, Kafka {@code TopologyTestDriver}).
 * Everything time-based in the fake (lock expiry, session time-out, certificate expiry, allocation year ends,
 * duties falling due) is evaluated when the clock is advanced, in the advancing thread, before {@code advance}
 * returns. There is never a {@code Thread.sleep}.
 *
 * <p>Backed by threeten-extra's {@link MutableClock}; {@link #clock()} is the {@link Clock} to hand to code under
 * test so that it shares the fake's time. Time never goes backwards: {@code advance} refuses a negative duration.
 */
public final class SmsTestClock {

  /** The zone of the SMS: UK time. */
  public static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final MutableClock clock;
  private volatile AdvanceHandler handler = (from, to, setInstant) -> setInstant.run();

  /**
   * How the owner of the clock (the fake SMS) applies an advance: it runs {@code setInstant} and then whatever falls
   * due, atomically if it wishes (the fake does both under its lock, so no call commits in between).
   */
  @FunctionalInterface
  public interface AdvanceHandler {
    /**
     * Applies one advance.
     *
     * @param from the instant before
     * @param to the instant after
     * @param setInstant moves the clock to {@code to}; the handler must run it exactly once
     */
    void advance(Instant from, Instant to, Runnable setInstant);
  }

  private SmsTestClock(Instant start) {
    this.clock = MutableClock.of(start, LONDON);
  }

  /**
   * A clock at {@code start}.
   *
   * @param start the first instant
   * @return the clock
   */
  public static SmsTestClock at(Instant start) {
    return new SmsTestClock(Objects.requireNonNull(start, "start"));
  }

  /**
   * A clock at 09:00 London time on {@code day}.
   *
   * @param day the first day
   * @return the clock
   */
  public static SmsTestClock at(LocalDate day) {
    return at(ZonedDateTime.of(day, LocalTime.of(9, 0), LONDON).toInstant());
  }

  /** {@return the clock to share with code under test} */
  public Clock clock() {
    return clock;
  }

  /** {@return the instant now} */
  public Instant instant() {
    return clock.instant();
  }

  /** {@return today in London} */
  public LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), LONDON);
  }

  /**
   * Moves time forward by {@code duration} and runs everything that falls due up to the new instant.
   *
   * @param duration how far
   * @return this clock
   */
  public SmsTestClock advance(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("time never goes backwards: " + duration);
    }
    return advanceTo(clock.instant().plus(duration));
  }

  /**
   * Moves time forward by whole days.
   *
   * @param days how many days
   * @return this clock
   */
  public SmsTestClock advanceDays(long days) {
    return advanceTo(ZonedDateTime.ofInstant(instant(), LONDON).plusDays(days).toInstant());
  }

  /**
   * Moves time forward to 09:00 London time on {@code day}.
   *
   * @param day the day
   * @return this clock
   */
  public SmsTestClock advanceTo(LocalDate day) {
    return advanceTo(ZonedDateTime.of(day, LocalTime.of(9, 0), LONDON).toInstant());
  }

  /**
   * Moves time forward to {@code target}; refuses to go back.
   *
   * @param target the instant
   * @return this clock
   */
  public synchronized SmsTestClock advanceTo(Instant target) {
    Instant from = clock.instant();
    if (target.isBefore(from)) {
      throw new IllegalArgumentException("time never goes backwards: " + target + " is before " + from);
    }
    handler.advance(from, target, () -> clock.setInstant(target));
    return this;
  }

  /**
   * Sets the instant without running anything: for restoring a snapshot only (it may go back).
   *
   * @param instant the new instant
   */
  public void reset(Instant instant) {
    clock.setInstant(instant);
  }

  /**
   * Called by the fake SMS that owns this clock; one handler.
   *
   * @param handler how advances are applied
   */
  public void onAdvance(AdvanceHandler handler) {
    this.handler = Objects.requireNonNull(handler, "handler");
  }

  @Override
  public String toString() {
    return "SmsTestClock[" + instant() + "]";
  }
}
