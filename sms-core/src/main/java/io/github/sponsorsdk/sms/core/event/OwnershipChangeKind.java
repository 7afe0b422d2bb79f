package io.github.sponsorsdk.sms.core.event;

/** How a sponsor's ownership or structure changes (GOV.UK, your responsibilities). */
public enum OwnershipChangeKind {
  /** Merger. */
  MERGER,
  /** Takeover. */
  TAKEOVER,
  /** De-merger. */
  DEMERGER,
  /** Change of direct ownership. */
  CHANGE_OF_OWNERSHIP,
  /** Sale of all or part of the business. */
  SALE_OF_BUSINESS,
  /** Controlling shares transferred. */
  CONTROLLING_SHARES_TRANSFERRED,
  /** A TUPE transfer of sponsored workers. */
  TUPE_TRANSFER
}
