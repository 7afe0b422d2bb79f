package io.github.sponsorsdk.sms.rules.reporting;

/**
 * Which UK nation's working days count for an event's deadline when a batch mixes nations. The guidance says
 * "working days" and names no nation (decision 0460); bank holidays differ between England and Wales, Scotland and
 * Northern Ireland, so the rule is explicit.
 */
public enum GoverningNation {
  /**
   * Default. The event's own {@link io.github.sponsorsdk.sms.core.event.ReportableEvent#nation() nation} (the
   * worker's normal place of work, the student's study site), else the sponsor's nation
   * ({@link SponsorContext#nation()}). The work site is where the worker's working days are kept and the place the
   * sponsor reports under "changes to work location".
   */
  EVENT_WORK_SITE,
  /** Always the sponsor's nation (its main organisation address), whatever the event says. */
  SPONSOR_ADDRESS
}
