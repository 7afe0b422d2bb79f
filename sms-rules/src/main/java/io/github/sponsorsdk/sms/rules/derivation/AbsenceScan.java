package io.github.sponsorsdk.sms.rules.derivation;

import io.github.sponsorsdk.sms.core.event.WorkerUnauthorisedAbsence;
import io.github.sponsorsdk.sms.core.event.WorkerEvent;
import io.github.sponsorsdk.sms.rules.effective.DateEffective;
import io.github.sponsorsdk.sms.rules.reporting.WorkingDays;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One worker's attendance, fed day by day in date order: finds the runs of consecutive scheduled working days absent
 * without permission and emits a {@link WorkerUnauthorisedAbsence} for each run longer than the threshold in force on
 * its first day. Scheduled days: the worker's pattern (bank holidays worked or not) and rest days marked
 * NOT_SCHEDULED, or the nation's calendar ({@link AbsenceDays}). A scheduled day without a record is taken as worked:
 * it ends a run. Non-scheduled days neither count nor end a run. Epoch days throughout; nothing is allocated per
 * record.
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
  /** The last day fed, for the order check; the highest day seen, for the warnings. */
  long last = NONE;
  long maxSeen = NONE;
  long firstWorked = NONE;
  boolean conflicted;
  boolean unsorted;
  private long runStart = NONE;
  private int runCount;
  private int runThreshold;
  private long tenth = NONE;
  int truncated;

  AbsenceScan(int worker, WorkerRecord record, WorkingDays days, AbsenceDays basis,
      DateEffective<Integer> threshold) {
    this.worker = worker;
    this.record = record;
    this.days = days;
    this.threshold = threshold;
    if (basis == AbsenceDays.WORKER_PATTERN_ELSE_NATION && record.pattern().isPresent()) {
      int mask = 0;
      for (java.time.DayOfWeek d : record.pattern().get().days()) {
        mask |= 1 << (d.getValue() - 1);
      }
      patternMask = mask;
      bankHolidaysWorked = record.pattern().get().bankHolidays() == BankHolidayWork.WORKED;
    } else {
      patternMask = 0;
      bankHolidaysWorked = false;
    }
  }

  /** Whether the worker is scheduled to work on {@code day} (no record says otherwise). */
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
  void feed(long day, AttendanceStatus status, List<WorkerEvent> out) {
    if (runStart != NONE && last != NONE) {
      for (long d = last + 1; d < day; d++) { // days without a record: worked if scheduled
        if (scheduled(d)) {
          close(d, out);
          break;
        }
      }
    }
    last = day;
    switch (status) {
      case WORKED:
        if (firstWorked == NONE) {
          firstWorked = day;
        }
        if (runStart != NONE) {
          close(day, out);
        }
        break;
      case AUTHORISED_ABSENCE:
        if (runStart != NONE) {
          close(NONE, out);
        }
        break;
      case ABSENT_WITHOUT_PERMISSION:
        if (scheduled(day)) {
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
        break;
      default: // NOT_SCHEDULED: neither counts nor ends a run
        break;
    }
  }

  /** The end of the data: an open run is emitted as it stands (the worker has not returned). */
  void finish(List<WorkerEvent> out) {
    if (runStart != NONE) {
      close(NONE, out);
    }
  }

  private void close(long returnedOn, List<WorkerEvent> out) {
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
      out.add(b.build());
    }
    runStart = NONE;
    runCount = 0;
    tenth = NONE;
  }
}
