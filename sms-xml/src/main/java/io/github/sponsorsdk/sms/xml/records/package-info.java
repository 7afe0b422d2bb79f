/**
 * The typed records of the Bulk Data Transfer files, as immutable values: a CAS upload ({@link
 * io.github.sponsorsdk.sms.xml.records.CasRecord} with its parts), graduate notifications, student activity reports,
 * fee updates and export rows, all under the closed {@link io.github.sponsorsdk.sms.xml.records.BdtRecord}.
 *
 * <p>Invariants are the schema's field facets (length, pattern, range); the character repertoire (ISO 8859-1) is
 * the writer's business, so a value can hold "Zoë" and the writer can refuse or transliterate it naming the field.
 *
 * <p>Identifiers ({@code sponsorLicenceNumber}, {@code casNumber}) are checked strings until {@code sms-core}'s
 * identifier types exist; the patterns are in one place ({@code Check}) so the switch is one small change.
 */
package io.github.sponsorsdk.sms.xml.records;
