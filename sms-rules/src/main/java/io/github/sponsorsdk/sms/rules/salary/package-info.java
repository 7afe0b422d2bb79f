/**
 * The Skilled Worker salary check: options A to K of Appendix Skilled Worker (table following SW 4.4), the 48-hour
 * cap (SW 14.3) and going-rate pro-rating (SW 14.4), all date-effective in {@link
 * io.github.sponsorsdk.sms.rules.salary.SalaryParameters} and keyed on the CoS assignment date.
 *
 * <pre>{@code
 * SkilledWorkerSalaryCheck check = SkilledWorkerSalaryCheck.defaults();
 * SalaryOffer offer = SalaryOffer.of(Money.parseSmsAmount("42000"), new BigDecimal("37.5"),
 *     Money.ofPounds(36_300));                          // going rate from Appendix Skilled Occupations
 * SalaryOutcome a = check.assess(offer, SalaryOption.A, assignedOn);
 * if (!a.passes()) {
 *   a.decision().refusals().forEach(r -> show(r.message(), r.parameters().get("margin")));
 * }
 * Map<SalaryOption, SalaryOutcome> every = check.assessAll(offer, assignedOn);
 * }</pre>
 *
 * <p>No going-rate table is bundled: the caller supplies the going rate of the job's SOC 2020 code.
 */
@SmsStyle
package io.github.sponsorsdk.sms.rules.salary;

import io.github.sponsorsdk.sms.core.value.SmsStyle;
