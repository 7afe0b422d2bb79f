package io.github.sponsorsdk.sms.rules.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When each open duty of a batch next needs attention, so that a host (an HR system, a scheduler, the in-memory SMS)
 * can plan its own notifications: reminders before the due date, the due day, the first overdue day, and for "as soon
 * as reasonably practicable" duties the horizon day and the first day past it. Pure data: it starts no thread and
 * reads no clock; the host asks {@link #on(LocalDate)} or {@link #between(LocalDate, LocalDate)} each day, or sleeps
 * until {@link #next(LocalDate)}.
 *
 * <p>Only DUE and OVERDUE duties have notices; reported, not reportable and undetermined duties have none. Notices
 * already in the past on the batch's as-of date are kept (an OVERDUE duty's overdue notice tells when it fell due),
 * so filter by date. Order: by date, then duty index, then kind.
 *
 * <pre>{@code
 * DutySchedule schedule = ReportingDuties.defaults().duties(events, sponsor, today).schedule(ReminderPlan.standard());
 * for (Notice n : schedule.on(today)) {
 *   host.notify(n.kind(), n.duty());   // REMINDER, DUE_DAY, OVERDUE, HORIZON_DAY, HORIZON_PASSED
 * }
 * schedule.next(today.plusDays(1));   // when to wake up next
 * }</pre>
 */
public final class DutySchedule {
  private static final Comparator<Notice> ORDER = Comparator.comparing(Notice::on)
      .thenComparingInt(Notice::dutyIndex).thenComparing(Notice::kind);

  private final List<Notice> notices;

  private DutySchedule(List<Notice> notices) {
    this.notices = notices;
  }

  /**
   * {@return a schedule of {@code notices}, sorted}
   *
   * @param notices the notices, in any order
   */
  public static DutySchedule of(List<Notice> notices) {
    List<Notice> sorted = new ArrayList<>(notices);
    sorted.sort(ORDER);
    return new DutySchedule(List.copyOf(sorted));
  }

  /** {@return every notice, in order} */
  public List<Notice> notices() {
    return notices;
  }

  /**
   * {@return the notices of {@code day}}
   *
   * @param day the day
   */
  public List<Notice> on(LocalDate day) {
    return between(day, day.plusDays(1));
  }

  /**
   * {@return the notices from {@code from} (inclusive) to {@code toExclusive}}
   *
   * @param from the first day
   * @param toExclusive the day after the last
   */
  public List<Notice> between(LocalDate from, LocalDate toExclusive) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(toExclusive, "toExclusive");
    List<Notice> out = new ArrayList<>();
    for (Notice n : notices) {
      if (!n.on().isBefore(from) && n.on().isBefore(toExclusive)) {
        out.add(n);
      }
    }
    return out;
  }

  /**
   * {@return the first day on or after {@code from} with a notice; empty when there is none}
   *
   * @param from the first day to look at
   */
  public Optional<LocalDate> next(LocalDate from) {
    Objects.requireNonNull(from, "from");
    for (Notice n : notices) {
      if (!n.on().isBefore(from)) {
        return Optional.of(n.on());
      }
    }
    return Optional.empty();
  }

  /** {@code "DutySchedule[12 notices]"}. */
  @Override
  public String toString() {
    return "DutySchedule[" + notices.size() + " notices]";
  }
}
