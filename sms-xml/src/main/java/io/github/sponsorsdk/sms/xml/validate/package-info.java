/**
 * Record-level validation of BDT files the way the SMS judges them, in three layers collected in one streaming
 * pass: the XSD (errors), the SMS rules that reject a record (errors), the SMS rules that leave a CAS "not ready to
 * go" (warnings). Every {@link io.github.sponsorsdk.sms.core.decision.Finding} is a reason (a stable
 * {@link io.github.sponsorsdk.sms.xml.validate.FindingCode} of namespace {@code bdt}, severity, message rendered from
 * the code's template, parameters, citation) at a location (record number counted from 1, ApplicantID, line,
 * column, element path); the code says which {@link io.github.sponsorsdk.sms.xml.validate.FindingLayer} found it.
 * Findings are capped in number, never cut short: the counts cover the whole file.
 *
 * <p>Rule parameters that change over time (the work-placement thresholds) are {@code DateEffective} values from
 * {@code sms-rules} in {@link io.github.sponsorsdk.sms.xml.validate.BdtParameters}; the code lists are data in
 * {@link io.github.sponsorsdk.sms.xml.validate.CodeLists}. Both can be replaced by the caller. Where the sources are
 * silent on error versus warning the choice is recorded in {@code docs/decisions/0510-bdt-validation-layers.md}.
 */
package io.github.sponsorsdk.sms.xml.validate;
