package io.github.sponsorsdk.sms.rules.derivation;

import io.github.sponsorsdk.sms.core.event.WorkerEvent;
import java.time.LocalDate;
import java.util.Map;

/** Where the parts of one derivation check dates and report their events and findings. */
interface RecordSink {

  /** True when {@code d} is inside the working-day calendar's range. */
  boolean inRange(LocalDate d);

  /** Reports a record whose date {@code d} is outside the calendar's range. */
  void outOfRange(RecordKind kind, int index, String worker, LocalDate d);

  /** Reports a finding on one record: {@code code}'s reason with the parameters its template names. */
  void finding(RecordKind kind, int index, String worker, DerivationReasonCode code, Map<String, ?> parameters);

  /** Adds an event of the worker at position {@code worker} of the derivation's workers. */
  void event(int worker, WorkerEvent event);
}
