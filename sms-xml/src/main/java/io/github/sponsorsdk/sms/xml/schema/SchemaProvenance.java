package io.github.sponsorsdk.sms.xml.schema;

/**
 * Where a bundled BDT schema comes from, and so how far a file that passes it can be trusted to pass the SMS. Only
 * the General CAS upload has an official Home Office XSD (v2.1, held against it by the conformance tests); for the
 * others no official schema was found, and the project reconstructed one from the evidence named in each schema
 * file's header comment.
 */
public enum SchemaProvenance {
  /** Accepts exactly what the official Home Office XSD v2.1 accepts (tested against it). */
  OFFICIAL("official Home Office schema v2.1"),
  /** The official v2.1 content model under a root element whose name is inferred (no official root file found). */
  OFFICIAL_CONTENT_INFERRED_ROOT("official v2.1 content; root element name inferred"),
  /** Reconstructed from an official example file: official namespace and names, inferred types. */
  RECONSTRUCTED_FROM_EXAMPLE("reconstructed from the official example file; no official schema found"),
  /** Reconstructed from secondary evidence (vendor documentation), under a project namespace. */
  RECONSTRUCTED("reconstructed from vendor documentation under a project namespace; no official schema found");

  private final String description;

  SchemaProvenance(String description) {
    this.description = description;
  }

  /**
   * In words, for reports: e.g. {@code reconstructed from vendor documentation ...}.
   *
   * @return the provenance in words, for reports: e.g. {@code reconstructed from vendor documentation ...}
   */
  public String description() {
    return description;
  }

  /** {@return true only when the whole schema is the official one: a file that passes it passes the Home Office XSD} */
  public boolean isOfficial() {
    return this == OFFICIAL;
  }
}
