/**
 * The bundled Bulk Data Transfer schemas and the one place their namespace URIs are spelled
 * ({@link io.github.sponsorsdk.sms.xml.schema.BdtNamespaces}).
 *
 * <p>Two families. The CAS upload schemas ({@code bdt-common-2.1.xsd}, {@code bdt-upload-general-2.1.xsd}) are the
 * project's own text accepting exactly what the Home Office schema v2.1 accepts (same namespaces, names including
 * the Home Office spellings, order, cardinalities, facets); the conformance tests hold them to the official files
 * when the reference material is present ({@code docs/bdt.md}). The others are <em>reconstructed</em>: no Home Office
 * XSD was found, so
 * each file's header comment gives its evidence (an official example, Oracle PeopleSoft's field lists, UCISA notes)
 * and {@link io.github.sponsorsdk.sms.xml.schema.BdtFileKind#reconstructed()} says so. The Child root element name
 * is inferred. The fee-update, student-activity and export namespaces are project URNs, not guesses at official
 * ones.
 *
 * <p>Schemas are compiled with secure processing, no external access, and class-path resolution of their imports.
 */
package io.github.sponsorsdk.sms.xml.schema;
