package io.github.sponsorsdk.sms.core.event;

/** A notice from the Home Office that the sponsor may answer (docs/sources.md#sponsor-reporting-duties, row O6). */
public enum ComplianceNoticeKind {
  /** The licence is downgraded to a B rating. */
  DOWNGRADE,
  /** The licence is suspended. */
  SUSPENSION
}
