package io.github.sponsorsdk.sms.rules.tracking;

/** What happens to an outstanding request, and who makes it happen. */
public enum RequestEvent {
  /** The Home Office accepts it. */
  ACCEPT,
  /** The Home Office refuses it. */
  REFUSE,
  /** The Home Office rejects it. */
  REJECT,
  /** The sponsor withdraws it ("view and withdraw recent and outstanding requests", Manual 2). */
  WITHDRAW
}
