package io.github.sponsorsdk.sms.rules.reporting;

import io.github.sponsorsdk.sms.core.decision.Reason;
import io.github.sponsorsdk.sms.core.decision.ReasonCode;
import io.github.sponsorsdk.sms.core.event.ReportableEvent;
import io.github.sponsorsdk.sms.core.place.UkNation;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * The duties of one batch, stored by column (statuses, epoch days, one-byte slots into each row's prebuilt reasons;
 * nations only once they differ) so that a payroll run over thousands of workers allocates a few arrays rather than
 * thousands of objects. It is also an
 * unmodifiable {@code List<Duty>}: {@link #get(int)} builds the {@link Duty} value on demand (equal each time, not
 * identical). Callers that only need statuses and dates read the columns ({@link #status(int)},
 * {@link #dueDate(int)}, ...) and never build a {@code Duty}.
 *
 * <h2>Views</h2>
 * {@link #overdue()}, {@link #dueWithin(int)} (due, or at their "as soon as reasonably practicable" horizon, within N
 * working days of the as-of date, counted in each duty's own nation), {@link #pastHorizon()}, and
 * {@link #schedule(ReminderPlan)}: the dates a host should remind, warn and flag.
 *
 * <p>Immutable once returned by {@link ReportingDuties}; safe to share between threads.
 */
public final class DutyBatch extends AbstractList<Duty> implements RandomAccess {
  private static final int NONE = Integer.MIN_VALUE;
  /** "No date" in {@link #add}'s epoch-day arguments. */
  static final long NO_DAY = Long.MIN_VALUE;
  /** "No explanation" in {@link #add}'s explanation slot: slot 0 is a status reason, never an explanation. */
  static final int NO_EXPLANATION = RowPlan.DUE;
  private static final DutyStatus[] STATUSES = DutyStatus.values();
  private static final UkNation[] NATIONS = UkNation.values();

  private final ReportableEvent[] eventsByIndex;
  private final NationDays days;
  private final LocalDate asOf;
  private int size;
  /** Null while duty {@code i} belongs to event {@code i} (one duty per event so far, the common batch). */
  private int[] event;
  /** The row, and the interval's reasons, of each duty. */
  private RowPlan[] plan;
  private byte[] status;
  /** Null while every duty counts the days of {@link #uniformNation} (a batch of one nation, the common case). */
  private byte[] nation;
  private int uniformNation;
  private int[] clockStart;
  private int[] due;
  /** Allocated on the first "as soon as reasonably practicable" duty. */
  private int[] horizon;
  /** Allocated on the first report date (most batches have none). */
  private int[] reportedOn;
  /**
   * Slots of {@link RowPlan#reasons}, {@link #NO_EXPLANATION} for none; allocated on the first explanation (most
   * duties have none).
   */
  private byte[] explanation;
  /** Slots of {@link RowPlan#reasons}. */
  private byte[] statusReason;

  DutyBatch(ReportableEvent[] events, int capacity, NationDays days, LocalDate asOf) {
    this.eventsByIndex = events;
    this.days = days;
    this.asOf = asOf;
    int c = Math.max(capacity, 4);
    plan = new RowPlan[c];
    status = new byte[c];
    clockStart = new int[c];
    due = new int[c];
    statusReason = new byte[c];
  }

  /**
   * Appends one duty; dates are epoch days, {@link #NO_DAY} and {@link #NO_EXPLANATION} mean "none", a negative
   * nation "not stated" (internal: never exposed); reasons are slots of the plan's {@link RowPlan#reasons}.
   */
  void add(int eventIndex, RowPlan row, DutyStatus st, int nationOrdinal, long clock, long dueDate, long horizonDate,
      long reported, int explain, int reason) {
    if (size == status.length) {
      grow();
    }
    int i = size++;
    if (event != null) {
      event[i] = eventIndex;
    } else if (eventIndex != i) {
      event = new int[status.length];
      for (int k = 0; k < i; k++) {
        event[k] = k;
      }
      event[i] = eventIndex;
    }
    plan[i] = row;
    status[i] = (byte) st.ordinal();
    if (nation != null) {
      nation[i] = (byte) nationOrdinal;
    } else if (i == 0) {
      uniformNation = nationOrdinal;
    } else if (nationOrdinal != uniformNation) {
      nation = new byte[status.length];
      Arrays.fill(nation, 0, i, (byte) uniformNation);
      nation[i] = (byte) nationOrdinal;
    }
    clockStart[i] = clock == NO_DAY ? NONE : (int) clock;
    due[i] = dueDate == NO_DAY ? NONE : (int) dueDate;
    if (horizonDate != NO_DAY) {
      if (horizon == null) {
        horizon = new int[status.length];
        Arrays.fill(horizon, NONE);
      }
      horizon[i] = (int) horizonDate;
    }
    if (reported != NO_DAY) {
      if (reportedOn == null) {
        reportedOn = new int[status.length];
        Arrays.fill(reportedOn, NONE);
      }
      reportedOn[i] = (int) reported;
    }
    if (explain != NO_EXPLANATION) {
      if (explanation == null) {
        explanation = new byte[status.length];
      }
      explanation[i] = (byte) explain;
    }
    statusReason[i] = (byte) reason;
  }

  /** Appends one duty with no dates and no explanation. */
  void add(int eventIndex, RowPlan row, DutyStatus st, int nationOrdinal, int reason) {
    add(eventIndex, row, st, nationOrdinal, NO_DAY, NO_DAY, NO_DAY, NO_DAY, NO_EXPLANATION, reason);
  }

  private void grow() {
    int c = status.length * 2;
    if (event != null) {
      event = Arrays.copyOf(event, c);
    }
    plan = Arrays.copyOf(plan, c);
    status = Arrays.copyOf(status, c);
    if (nation != null) {
      nation = Arrays.copyOf(nation, c);
    }
    clockStart = Arrays.copyOf(clockStart, c);
    due = Arrays.copyOf(due, c);
    horizon = growDays(horizon, c);
    reportedOn = growDays(reportedOn, c);
    if (explanation != null) {
      explanation = Arrays.copyOf(explanation, c);
    }
    statusReason = Arrays.copyOf(statusReason, c);
  }

  private static int[] growDays(int[] column, int c) {
    if (column == null) {
      return null;
    }
    int old = column.length;
    int[] out = Arrays.copyOf(column, c);
    Arrays.fill(out, old, c, NONE);
    return out;
  }

  /** The ordinal of duty {@code i}'s nation, negative when none was stated. */
  private int nationOf(int i) {
    return nation == null ? uniformNation : nation[i];
  }

  /** The explanation of duty {@code i}, or {@code null} when it has none. */
  private Reason explanation(int i) {
    int slot = explanation == null ? NO_EXPLANATION : explanation[i] & 0xFF;
    return slot == NO_EXPLANATION ? null : plan[i].reasons[slot];
  }

  /** The status reason of duty {@code i}. */
  private Reason statusReason(int i) {
    return plan[i].reasons[statusReason[i] & 0xFF];
  }

  @Override
  public int size() {
    return size;
  }

  /** {@return the as-of date the statuses are for} */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * {@return the event of duty {@code i}}
   *
   * @param i the duty's index
   */
  public ReportableEvent event(int i) {
    return eventsByIndex[eventIndex(i)];
  }

  /**
   * {@return the position of duty {@code i}'s event in the caller's collection (its iteration order)}
   *
   * @param i the duty's index
   */
  public int eventIndex(int i) {
    check(i);
    return event == null ? i : event[i];
  }

  /**
   * {@return the catalogue row of duty {@code i}}
   *
   * @param i the duty's index
   */
  public DutyRule rule(int i) {
    return plan[check(i)].rule;
  }

  /**
   * {@return the status of duty {@code i}}
   *
   * @param i the duty's index
   */
  public DutyStatus status(int i) {
    return STATUSES[status[check(i)]];
  }

  /**
   * {@return the nation whose working days duty {@code i} counts; empty when none was stated}
   *
   * @param i the duty's index
   */
  public Optional<UkNation> nation(int i) {
    int n = nationOf(check(i));
    return n < 0 ? Optional.empty() : Optional.of(NATIONS[n]);
  }

  /**
   * {@return how firmly duty {@code i}'s row rests on its sources}
   *
   * @param i the duty's index
   */
  public Confidence confidence(int i) {
    return plan[check(i)].rule.confidence();
  }

  /**
   * {@return day 0 of duty {@code i}'s clock}
   *
   * @param i the duty's index
   */
  public Optional<LocalDate> clockStart(int i) {
    return day(clockStart[check(i)]);
  }

  /**
   * {@return the due date of duty {@code i}}
   *
   * @param i the duty's index
   */
  public Optional<LocalDate> dueDate(int i) {
    return day(due[check(i)]);
  }

  /**
   * {@return the due date as an epoch day, or {@code Long.MIN_VALUE} when there is none (allocation-free)}
   *
   * @param i the duty's index
   */
  public long dueEpochDay(int i) {
    int d = due[check(i)];
    return d == NONE ? Long.MIN_VALUE : d;
  }

  /**
   * {@return the "as soon as reasonably practicable" horizon of duty {@code i}, for such duties}
   *
   * @param i the duty's index
   */
  public Optional<LocalDate> horizonDate(int i) {
    check(i);
    return horizon == null ? Optional.empty() : day(horizon[i]);
  }

  /**
   * {@return the report date of duty {@code i}, when the caller passed a report}
   *
   * @param i the duty's index
   */
  public Optional<LocalDate> reportedOn(int i) {
    check(i);
    return reportedOn == null ? Optional.empty() : day(reportedOn[i]);
  }

  /**
   * {@return the reasons of duty {@code i}: the explanation (if any) then the status reason}
   *
   * @param i the duty's index
   */
  public List<Reason> reasons(int i) {
    check(i);
    Reason explain = explanation(i);
    return explain == null ? List.of(statusReason(i)) : List.of(explain, statusReason(i));
  }

  /**
   * {@return true when duty {@code i} has a reason with {@code code}}
   *
   * @param i the duty's index
   * @param code the reason code
   */
  public boolean has(int i, ReasonCode code) {
    check(i);
    Reason explain = explanation(i);
    return statusReason(i).is(code) || (explain != null && explain.is(code));
  }

  /** {@return how many duties have each status} */
  public Map<DutyStatus, Integer> countByStatus() {
    int[] counts = new int[STATUSES.length];
    for (int i = 0; i < size; i++) {
      counts[status[i]]++;
    }
    Map<DutyStatus, Integer> out = new EnumMap<>(DutyStatus.class);
    for (DutyStatus s : STATUSES) {
      out.put(s, counts[s.ordinal()]);
    }
    return out;
  }

  /** {@return the OVERDUE duties, in batch order} */
  public List<Duty> overdue() {
    List<Duty> out = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      if (status[i] == DutyStatus.OVERDUE.ordinal()) {
        out.add(get(i));
      }
    }
    return out;
  }

  /**
   * {@return the DUE duties whose due date, or for an "as soon as reasonably practicable" duty whose horizon, falls
   * from the as-of date to {@code workingDays} working days after it (inclusive), counted in each duty's own nation; in
   * batch order} {@code dueWithin(0)}: due on the as-of date itself.
   *
   * @throws IllegalArgumentException when {@code workingDays} is negative
   * @throws java.time.DateTimeException when the limit is outside the calendar's range
   * @param workingDays how many working days ahead
   */
  public List<Duty> dueWithin(int workingDays) {
    if (workingDays < 0) {
      throw new IllegalArgumentException("workingDays must be 0 or more, was " + workingDays);
    }
    long from = asOf.toEpochDay();
    long[] limits = new long[NATIONS.length];
    Arrays.fill(limits, NO_DAY);
    List<Duty> out = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      if (status[i] != DutyStatus.DUE.ordinal()) {
        continue;
      }
      int d = due[i] != NONE ? due[i] : horizon != null ? horizon[i] : NONE;
      if (d == NONE || d < from) {
        continue;
      }
      int n = nationOf(i);
      if (limits[n] == NO_DAY) {
        limits[n] = workingDays == 0 ? from : days.get(n).plusWorkingDays(from, workingDays);
      }
      if (d <= limits[n]) {
        out.add(get(i));
      }
    }
    return out;
  }

  /** {@return the DUE "as soon as reasonably practicable" duties whose horizon has passed (flagged), in batch order} */
  public List<Duty> pastHorizon() {
    List<Duty> out = new ArrayList<>();
    if (horizon == null) {
      return out;
    }
    long today = asOf.toEpochDay();
    for (int i = 0; i < size; i++) {
      if (status[i] == DutyStatus.DUE.ordinal() && horizon[i] != NONE && horizon[i] < today) {
        out.add(get(i));
      }
    }
    return out;
  }

  /**
   * {@return when each open duty of the batch needs attention, under {@code plan}: see {@link DutySchedule}}
   *
   * @param plan the reminder days
   */
  public DutySchedule schedule(ReminderPlan plan) {
    Objects.requireNonNull(plan, "plan");
    List<Notice> notices = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      int st = status[i];
      if (st != DutyStatus.DUE.ordinal() && st != DutyStatus.OVERDUE.ordinal()) {
        continue;
      }
      boolean byDue = due[i] != NONE;
      int target = byDue ? due[i] : horizon != null ? horizon[i] : NONE;
      if (target == NONE) {
        continue;
      }
      WorkingDays wd = days.get(nationOf(i));
      Duty d = get(i);
      for (int before : plan.workingDaysBefore()) {
        long on = minusWorkingDays(wd, target, before);
        if (on >= clockStart[i]) {
          notices.add(Notice.of(LocalDate.ofEpochDay(on), NoticeKind.REMINDER, i, d));
        }
      }
      notices.add(Notice.of(LocalDate.ofEpochDay(target), byDue ? NoticeKind.DUE_DAY : NoticeKind.HORIZON_DAY, i, d));
      notices.add(Notice.of(LocalDate.ofEpochDay(target + 1L), byDue ? NoticeKind.OVERDUE : NoticeKind.HORIZON_PASSED,
          i, d));
    }
    return DutySchedule.of(notices);
  }

  /** The working day {@code n} working days before {@code epochDay} (never counting {@code epochDay} itself). */
  private static long minusWorkingDays(WorkingDays wd, long epochDay, int n) {
    long d = epochDay;
    for (int left = n; left > 0; left--) {
      d = wd.previous(d);
    }
    return d;
  }

  /** Builds the {@link Duty} value of row {@code i}. */
  @Override
  public Duty get(int i) {
    check(i);
    Duty.Builder b = Duty.builder().event(eventsByIndex[eventIndex(i)]).rule(plan[i].rule)
        .nation(nationOf(i) < 0 ? Optional.empty() : Optional.of(NATIONS[nationOf(i)]))
        .status(STATUSES[status[i]]).clockStart(day(clockStart[i])).dueDate(day(due[i]))
        .horizonDate(horizon == null ? Optional.empty() : day(horizon[i]))
        .reportedOn(reportedOn == null ? Optional.empty() : day(reportedOn[i]));
    Reason explain = explanation(i);
    if (explain != null) {
      b.addReasons(explain);
    }
    return b.addReasons(statusReason(i)).build();
  }

  private int check(int i) {
    if (i < 0 || i >= size) {
      throw new IndexOutOfBoundsException("Duty " + i + " of " + size);
    }
    return i;
  }

  private static Optional<LocalDate> day(int epochDay) {
    return epochDay == NONE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(epochDay));
  }
}
