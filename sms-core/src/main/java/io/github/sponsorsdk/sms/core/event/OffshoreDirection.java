package io.github.sponsorsdk.sms.core.event;

/** Whether an offshore worker arrives in or leaves the UK. */
public enum OffshoreDirection {
  /** Arrival in the UK at the start of the sponsored job. */
  ARRIVAL,
  /** Departure from the UK at its end. */
  DEPARTURE
}
