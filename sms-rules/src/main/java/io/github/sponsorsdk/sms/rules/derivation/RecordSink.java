package io.github.sponsorsdk.sms.rules.derivation;

import io.github.sponsorsdk.sms.core.decision.Severity;
import java.time.LocalDate;

/** Where the parts of one derivation check dates and report findings. */
interface RecordSink {

  /** True when {@code d} is inside the working-day calendar's range. */
  boolean inRange(LocalDate d);

  /** Reports a record whose date {@code d} is outside the calendar's range. */
  void outOfRange(RecordKind kind, int index, String worker, LocalDate d);

  /** Reports a finding on one record. */
  void finding(RecordKind kind, int index, String worker, DerivationReasonCode code, Severity severity,
      String message);
}
