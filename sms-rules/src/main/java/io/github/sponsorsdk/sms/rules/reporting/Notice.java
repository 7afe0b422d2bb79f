package io.github.sponsorsdk.sms.rules.reporting;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One date on which a host should act on a duty: remind, warn that the due date is today, or flag it as overdue or
 * past its horizon. Part of a {@link DutySchedule}.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableNotice.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableNotice.class)
@JsonDeserialize(as = ImmutableNotice.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableNotice.class)
public abstract class Notice implements WithNotice {

  /** {@return the day to act} */
  public abstract LocalDate on();

  /** {@return what the notice announces} */
  public abstract NoticeKind kind();

  /** {@return the duty's position in its {@link DutyBatch}} */
  public abstract int dutyIndex();

  /** {@return the duty, as it stood on the batch's as-of date} */
  public abstract Duty duty();

  /**
   * {@return a notice}
   *
   * @param on the day of the notice
   * @param kind what it is (reminder, due, overdue, horizon)
   * @param dutyIndex the duty's index in its batch
   * @param duty the duty
   */
  public static Notice of(LocalDate on, NoticeKind kind, int dutyIndex, Duty duty) {
    return builder().on(on).kind(kind).dutyIndex(dutyIndex).duty(duty).build();
  }

  /** {@code "2026-03-25 REMINDER W2 (duty 0)"}. */
  @Override
  public String toString() {
    return on() + " " + kind() + " " + duty().id() + " (duty " + dutyIndex() + ")";
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code Notice}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableNotice.Builder {
    Builder() {}
  }
}
