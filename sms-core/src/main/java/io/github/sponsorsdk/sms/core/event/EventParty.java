package io.github.sponsorsdk.sms.core.event;

/** Whom a reportable event is about: a sponsored worker, a sponsored student, or the sponsor itself. */
public enum EventParty {
  /** A worker sponsored on a Certificate of Sponsorship (CoS). */
  WORKER,
  /** A student sponsored on a Confirmation of Acceptance for Studies (CAS). */
  STUDENT,
  /** The licensed sponsor (organisation, ownership, licence, allocations). */
  SPONSOR
}
