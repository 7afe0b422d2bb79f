/**
 * Allocations of undefined CoS and CAS per route and year: assignment against the allocation (with the SMS's own
 * "insufficient remaining CoS" refusal), in-year increases, reductions, the renewal window, automatic renewal and
 * the lapse of unused certificates at year end. See {@link io.github.sponsorsdk.sms.rules.allocation.AllocationRules}.
 *
 * <pre>{@code
 * AllocationRules rules = AllocationRules.defaults();
 * Allocation a = rules.openYear(Route.SKILLED_WORKER, licenceGrantedOn, 10, AllocationYearBasis.FROM_GRANT);
 * AllocationOutcome o = rules.assign(a, today);
 * if (o.isAllowed()) { a = o.allocation(); }
 * rules.decideRenewalRequest(a, today, false);      // window: 3 months before expiry
 * YearEndOutcome end = rules.endYear(a, a.yearEndExclusive(), Optional.empty(), AllocationYearBasis.FROM_GRANT);
 * }</pre>
 *
 * <p>Sources: SMS Manual 1 (Troubleshooting; Glossary "Automation"); secondary sources quoting the sponsor guidance
 * on the allocation year, the renewal window and the lapse (each named in its citation).
 */
@SmsStyle
package io.github.sponsorsdk.sms.rules.allocation;

import io.github.sponsorsdk.sms.core.value.SmsStyle;
