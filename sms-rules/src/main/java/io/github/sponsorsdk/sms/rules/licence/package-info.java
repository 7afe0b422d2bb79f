/**
 * Licence-level eligibility by date: licence renewal (the 90-day window, and no renewal for licences expiring on or
 * after 6 April 2024), Premium customer service and Student Sponsor status. The permission engine uses these rules
 * for the corresponding SMS functions.
 *
 * <pre>{@code
 * LicenceRules rules = LicenceRules.defaults();
 *
 * // Expiry 5 April 2024: still renewable; window 6 January to 4 April 2024.
 * rules.renewalWindow(LocalDate.of(2024, 4, 5), LocalDate.of(2024, 2, 1));
 * rules.decideRenewal(LocalDate.of(2024, 4, 5), LocalDate.of(2024, 4, 4)).isAllowed();   // true: last day
 * rules.decideRenewal(LocalDate.of(2024, 4, 5), LocalDate.of(2024, 4, 5)).codes();       // [RENEWAL_WINDOW_CLOSED]
 *
 * // Expiry 6 April 2024: extended by 10 years, no renewal.
 * rules.decideRenewal(LocalDate.of(2024, 4, 6), LocalDate.of(2024, 2, 1)).codes();       // [RENEWAL_NOT_REQUIRED]
 * rules.extendedExpiry(LocalDate.of(2024, 4, 6), LocalDate.of(2024, 2, 1));               // 2034-04-06
 *
 * Decision premium = rules.decidePremiumService(licence, LocalDate.of(2026, 1, 5));
 * premium.codes();   // e.g. [PREMIUM_CLOSED_TO_APPLICATIONS] since 11 November 2025
 * }</pre>
 */
@SmsStyle
package io.github.sponsorsdk.sms.rules.licence;

import io.github.sponsorsdk.sms.core.value.SmsStyle;
