package io.github.sponsorsdk.sms.rules.reporting;

import io.github.sponsorsdk.sms.core.event.PayReductionReason;
import io.github.sponsorsdk.sms.core.event.ReportableEvent;
import io.github.sponsorsdk.sms.core.event.UnpaidLeaveException;
import io.github.sponsorsdk.sms.core.event.WorkerPayChanged;
import io.github.sponsorsdk.sms.core.event.WorkerStartDelayed;
import io.github.sponsorsdk.sms.core.event.WorkerUnpaidLeave;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The event the batch loop is at, with the {@code Optional} attributes its rows' {@link Conditions} read, each read at
 * most once per event. An Immutables getter of an {@code Optional} attribute wraps the stored value in a new
 * {@code Optional} on every call when a value is present, and on JDK 17 the JIT does not remove that allocation
 * ({@code Optional.ofNullable} returns one of two objects, a merge C2's escape analysis does not scalar-replace). A
 * row names several conditions on the same attribute (an unpaid-leave row reads the exception in one exclusion and
 * three remarks), so reading through the getter each time cost up to eight {@code Optional}s per event, a third of a
 * batch's allocation (docs/benchmarks.md, issue 13). Same answers as the getters. One per batch run; not thread-safe.
 */
final class EventFacts {
  /** "No date" for {@link #newStartDay}. */
  static final long NONE = Long.MIN_VALUE;

  ReportableEvent event;
  private boolean newStartRead;
  private long newStartDay;
  private boolean exceptionRead;
  private UnpaidLeaveException exception;
  private boolean reductionRead;
  private PayReductionReason reduction;

  /** Moves to {@code e}: nothing of it is read yet. */
  void at(ReportableEvent e) {
    event = e;
    newStartRead = false;
    exceptionRead = false;
    reductionRead = false;
  }

  /** {@link WorkerStartDelayed#newStartDate()} as an epoch day, or {@link #NONE}; the event must be that kind. */
  long newStartDay() {
    if (!newStartRead) {
      Optional<LocalDate> d = ((WorkerStartDelayed) event).newStartDate();
      newStartDay = d.isPresent() ? d.get().toEpochDay() : NONE;
      newStartRead = true;
    }
    return newStartDay;
  }

  /** {@link WorkerUnpaidLeave#exception()}, or {@code null} when none; the event must be that kind. */
  UnpaidLeaveException exception() {
    if (!exceptionRead) {
      exception = ((WorkerUnpaidLeave) event).exception().orElse(null);
      exceptionRead = true;
    }
    return exception;
  }

  /** {@link WorkerPayChanged#reductionReason()}, or {@code null} when none; the event must be that kind. */
  PayReductionReason reductionReason() {
    if (!reductionRead) {
      reduction = ((WorkerPayChanged) event).reductionReason().orElse(null);
      reductionRead = true;
    }
    return reduction;
  }
}
