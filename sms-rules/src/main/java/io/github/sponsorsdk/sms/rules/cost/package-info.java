/**
 * What assigning a Certificate of Sponsorship costs, and when: the CoS fee and the Immigration Skills Charge,
 * date-effective and cited, with the rule that the sponsor may not pass them on to the worker. The engine is
 * {@link io.github.sponsorsdk.sms.rules.cost.AssignmentCosts}; its figures are
 * {@link io.github.sponsorsdk.sms.rules.cost.CostParameters}. Sources: docs/sources.md#fees-regulations,
 * docs/sources.md#isc-regulations, docs/sources.md#govuk-immigration-skills-charge,
 * docs/sources.md#worker-guidance-part-1; decisions in docs/decisions/0490-costs-at-assignment.md.
 */
package io.github.sponsorsdk.sms.rules.cost;
