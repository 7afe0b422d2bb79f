package io.github.sponsorsdk.sms.rules.derivation;

import io.github.sponsorsdk.sms.core.event.WorkerUnauthorisedAbsence;
import io.github.sponsorsdk.sms.rules.effective.DateEffective;
import io.github.sponsorsdk.sms.rules.reporting.WorkingDays;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One worker's attendance, fed in date order (day by day from records, or a row at a time): finds the runs of
 * consecutive scheduled working days absent without permission and emits a {@link WorkerUnauthorisedAbsence} for each
 * run longer than the threshold in force on its first day. Scheduled days: the worker's pattern (bank holidays worked
 * or not) and rest days marked NOT_SCHEDULED, or the nation's calendar ({@link AbsenceDays}). A scheduled day without
 * an entry is taken as worked: it ends a run. Non-scheduled days neither count nor end a run. Epoch days throughout;
 * nothing is allocated per day.
 *
 * <p>A row is read without looking at every day: outside a run the scan jumps from one {@code A} to the next with
 * {@link String#indexOf(int, int)} (the JDK's vectorised search over a Latin-1 string); inside a run it steps day by
 * day until the run ends. The records path ({@link #feed}) and the row path ({@link #feedRow}) apply the same rules
 * and give the same events (tested).
 */
final class AbsenceScan {
  static final long NONE = Long.MIN_VALUE;
  /** The longest run an event states ({@code WorkerUnauthorisedAbsence} allows up to 366). */
  static final int MAX_WORKING_DAYS = 366;

  final int worker;
  private final WorkerRecord record;
  private final WorkingDays days;
  private final int patternMask;
  private final boolean bankHolidaysWorked;
  private final DateEffective<Integer> threshold;
  private final RecordSink sink;
  /** The last day fed; the highest day seen (for the order checks); the first day worked. */
  long last = NONE;
  long maxSeen = NONE;
  long firstWorked = NONE;
  /** The first day of the last row fed in order (rows only: a row starting before it is out of order). */
  long lastRowStart = NONE;
  boolean conflicted;
  boolean unsorted;
  private long runStart = NONE;
  private int runCount;
  private int runThreshold;
  private long tenth = NONE;
  int truncated;

  AbsenceScan(int worker, WorkerRecord record, WorkingDays days, AbsenceDays basis,
      DateEffective<Integer> threshold, RecordSink sink) {
    this.worker = worker;
    this.record = record;
    this.days = days;
    this.threshold = threshold;
    this.sink = sink;
    if (basis == AbsenceDays.WORKER_PATTERN_ELSE_NATION && record.pattern().isPresent()) {
      int mask = 0;
      for (DayOfWeek d : record.pattern().get().days()) {
        mask |= 1 << (d.getValue() - 1);
      }
      patternMask = mask;
      bankHolidaysWorked = record.pattern().get().bankHolidays() == BankHolidayWork.WORKED;
    } else {
      patternMask = 0;
      bankHolidaysWorked = false;
    }
  }

  /** Whether the worker is scheduled to work on {@code day} (no entry says otherwise). */
  boolean scheduled(long day) {
    if (patternMask == 0) {
      return days.isWorkingDay(day);
    }
    int dow = (int) Math.floorMod(day + 3, 7L); // epoch day 0 was a Thursday; Monday = 0
    if ((patternMask & (1 << dow)) == 0) {
      return false;
    }
    return dow >= 5 || bankHolidaysWorked || days.isWorkingDay(day);
  }

  /** One record, {@code day} after the last one fed. */
  void feed(long day, AttendanceStatus status) {
    closeOnGap(day);
    last = day;
    switch (status) {
      case WORKED:
        if (firstWorked == NONE) {
          firstWorked = day;
        }
        if (runStart != NONE) {
          close(day);
        }
        break;
      case AUTHORISED_ABSENCE:
        if (runStart != NONE) {
          close(NONE);
        }
        break;
      case ABSENT_WITHOUT_PERMISSION:
        if (scheduled(day)) {
          absent(day);
        }
        break;
      default: // NOT_SCHEDULED: neither counts nor ends a run
        break;
    }
  }

  /**
   * One row of codes from {@code first} (an epoch day after the last one fed), read exactly as {@link #feed} reads
   * the same days given as records: {@code .} is a day without an entry, so (as a missing record) it ends an open run
   * only when a later entry follows, at its first scheduled day.
   */
  void feedRow(long first, String codes) {
    int n = codes.length();
    if (firstWorked == NONE) {
      int w = codes.indexOf('W');
      if (w >= 0) {
        firstWorked = first + w;
      }
    }
    int i = 0;
    while (i < n) {
      if (runStart == NONE) { // outside a run only an A matters: jump to the next one
        i = codes.indexOf('A', i);
        if (i < 0) {
          break;
        }
        long day = first + i;
        if (scheduled(day)) {
          absent(day);
          last = day;
        }
        i++;
        continue;
      }
      char c = codes.charAt(i);
      if (c != AttendanceRow.NO_ENTRY) { // inside a run: day by day, as records
        long day = first + i;
        closeOnGap(day);
        last = day;
        switch (c) {
          case 'A':
            if (scheduled(day)) {
              absent(day);
            }
            break;
          case 'W':
            if (runStart != NONE) {
              close(day);
            }
            break;
          case 'L':
            if (runStart != NONE) {
              close(NONE);
            }
            break;
          default: // '-': neither counts nor ends a run
            break;
        }
      }
      i++;
    }
  }

  /** The end of the data: an open run is emitted as it stands (the worker has not returned). */
  void finish() {
    if (runStart != NONE) {
      close(NONE);
    }
  }

  /** Days without an entry between the last day fed and {@code day}: the first scheduled one ends an open run. */
  private void closeOnGap(long day) {
    if (runStart != NONE && last != NONE) {
      for (long d = last + 1; d < day; d++) {
        if (scheduled(d)) {
          close(d);
          break;
        }
      }
    }
  }

  /** A scheduled day absent without permission: starts or extends the run. */
  private void absent(long day) {
    if (runStart == NONE) {
      runStart = day;
      runCount = 0;
      tenth = NONE;
      Optional<Integer> t = threshold.find(LocalDate.ofEpochDay(day)).map(v -> v.value());
      runThreshold = t.orElse(Integer.MAX_VALUE);
    }
    runCount++;
    if (runCount == runThreshold) {
      tenth = day;
    }
  }

  private void close(long returnedOn) {
    if (runCount > runThreshold) {
      int count = runCount;
      if (count > MAX_WORKING_DAYS) {
        truncated++;
        count = MAX_WORKING_DAYS;
      }
      LocalDate start = LocalDate.ofEpochDay(runStart);
      LocalDate tenthDay = LocalDate.ofEpochDay(tenth);
      var b = WorkerUnauthorisedAbsence.builder().cos(record.cos())
          .reference(record.reference()).nation(record.nation()).occurredOn(start).consecutiveWorkingDaysAbsent(count);
      if (!tenthDay.isBefore(start.plusDays(9))) {
        b.tenthWorkingDayOfAbsence(tenthDay);
      }
      if (returnedOn != NONE) {
        b.returnedOn(LocalDate.ofEpochDay(returnedOn));
      }
      sink.event(worker, b.build());
    }
    runStart = NONE;
    runCount = 0;
    tenth = NONE;
  }
}
