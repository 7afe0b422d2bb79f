package io.github.sponsorsdk.sms.rules.reporting;

import io.github.sponsorsdk.sms.core.decision.Reason;
import io.github.sponsorsdk.sms.core.decision.ReasonCode;
import io.github.sponsorsdk.sms.core.event.ReportableEvent;
import io.github.sponsorsdk.sms.core.place.UkNation;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * The duties of one batch, stored by column (statuses, epoch days, shared reason references) so that a payroll run
 * over thousands of workers allocates a few arrays rather than thousands of objects. It is also an unmodifiable
 * {@code List<Duty>}: {@link #get(int)} builds the {@link Duty} value on demand (equal each time, not identical).
 * Callers that only need statuses and dates read the columns ({@link #status(int)}, {@link #dueDate(int)}, ...) and
 * never build a {@code Duty}.
 *
 * <p>Immutable once returned by {@link ReportingDuties}; safe to share between threads.
 */
public final class DutyBatch extends AbstractList<Duty> implements RandomAccess {
  private static final int NONE = Integer.MIN_VALUE;
  /** "No date" in {@link #add}'s epoch-day arguments. */
  static final long NO_DAY = Long.MIN_VALUE;
  private static final DutyStatus[] STATUSES = DutyStatus.values();

  private final UkNation nation;
  private final ReportableEvent[] eventsByIndex;
  private int size;
  /** Null while duty {@code i} belongs to event {@code i} (one duty per event so far, the common batch). */
  private int[] event;
  private DutyRule[] rule;
  private byte[] status;
  private int[] clockStart;
  private int[] due;
  /** Allocated on the first report date (most batches have none). */
  private int[] reportedOn;
  /** Allocated on the first explanation (most duties have none). */
  private Reason[] explanation;
  private Reason[] statusReason;

  DutyBatch(UkNation nation, ReportableEvent[] events, int capacity) {
    this.nation = nation;
    this.eventsByIndex = events;
    int c = Math.max(capacity, 4);
    rule = new DutyRule[c];
    status = new byte[c];
    clockStart = new int[c];
    due = new int[c];
    statusReason = new Reason[c];
  }

  /**
   * Appends one duty; dates are epoch days, {@link #NO_DAY} and a {@code null} explanation mean "none" (internal:
   * never exposed).
   */
  void add(int eventIndex, DutyRule row, DutyStatus st, long clock, long dueDate, long reported, Reason explain,
      Reason reason) {
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
    rule[i] = row;
    status[i] = (byte) st.ordinal();
    clockStart[i] = clock == NO_DAY ? NONE : (int) clock;
    due[i] = dueDate == NO_DAY ? NONE : (int) dueDate;
    if (reported != NO_DAY) {
      if (reportedOn == null) {
        reportedOn = new int[status.length];
        Arrays.fill(reportedOn, NONE);
      }
      reportedOn[i] = (int) reported;
    }
    if (explain != null) {
      if (explanation == null) {
        explanation = new Reason[status.length];
      }
      explanation[i] = explain;
    }
    statusReason[i] = reason;
  }

  /** Appends one duty with no dates and no explanation. */
  void add(int eventIndex, DutyRule row, DutyStatus st, Reason reason) {
    add(eventIndex, row, st, NO_DAY, NO_DAY, NO_DAY, null, reason);
  }

  private void grow() {
    int c = status.length * 2;
    if (event != null) {
      event = Arrays.copyOf(event, c);
    }
    rule = Arrays.copyOf(rule, c);
    status = Arrays.copyOf(status, c);
    clockStart = Arrays.copyOf(clockStart, c);
    due = Arrays.copyOf(due, c);
    if (reportedOn != null) {
      int old = reportedOn.length;
      reportedOn = Arrays.copyOf(reportedOn, c);
      Arrays.fill(reportedOn, old, c, NONE);
    }
    if (explanation != null) {
      explanation = Arrays.copyOf(explanation, c);
    }
    statusReason = Arrays.copyOf(statusReason, c);
  }

  private Reason explanation(int i) {
    return explanation == null ? null : explanation[i];
  }

  @Override
  public int size() {
    return size;
  }

  /** {@return the nation whose working days were counted} */
  public UkNation nation() {
    return nation;
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
    return rule[check(i)];
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
   * {@return the day the duty's clock starts, when it has one}
   *
   * @param i the duty's index
   */
  public Optional<LocalDate> clockStart(int i) {
    return day(clockStart[check(i)]);
  }

  /**
   * {@return the due date, when it has one}
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
   * {@return the day the duty was reported, when it was}
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
    return explain == null ? List.of(statusReason[i]) : List.of(explain, statusReason[i]);
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
    return statusReason[i].is(code) || (explain != null && explain.is(code));
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

  /** Builds the {@link Duty} value of row {@code i}. */
  @Override
  public Duty get(int i) {
    check(i);
    Duty.Builder b = Duty.builder().event(eventsByIndex[eventIndex(i)]).rule(rule[i]).nation(nation)
        .status(STATUSES[status[i]]).clockStart(day(clockStart[i])).dueDate(day(due[i]))
        .reportedOn(reportedOn == null ? Optional.empty() : day(reportedOn[i]));
    Reason explain = explanation(i);
    if (explain != null) {
      b.addReasons(explain);
    }
    return b.addReasons(statusReason[i]).build();
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
