package io.github.sponsorsdk.sms.rules.cost;

/**
 * Whether the sponsor may pass a cost on to the worker. Recouping, or trying to recoup, a cost the guidance says may
 * not be passed on is a ground on which the Home Office "will normally revoke" the licence (Workers guidance Part 1,
 * 31 December 2024; Part 3, Annex C2, 9 April 2025; docs/sources.md#worker-guidance-part-1).
 */
public enum Recovery {
  /** The sponsor must bear the cost and must not recover it from the worker by any means. */
  MAY_NOT_BE_RECOVERED,
  /** No rule read forbids passing it on (on the date asked). */
  NO_RULE
}
