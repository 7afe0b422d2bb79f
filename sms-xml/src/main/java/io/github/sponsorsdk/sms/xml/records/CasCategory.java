package io.github.sponsorsdk.sms.xml.records;

import java.util.Optional;

/**
 * The upload's {@code Category} and the {@code SchemaID} that goes with it (schema v2.1 header enumerations).
 * "Tier 4" is the route's pre-2020 name; the schema still requires {@code TierID} "Tier 4".
 */
public enum CasCategory {
  /** A Student (general) CAS. */
  GENERAL("General", "T4General Ready To Go"),
  /** A Child Student CAS. */
  CHILD("Child", "T4Child Ready To Go");

  /** The only {@code TierID} the schema accepts. */
  public static final String TIER_ID = "Tier 4";

  private final String xml;
  private final String schemaId;

  CasCategory(String xml, String schemaId) {
    this.xml = xml;
    this.schemaId = schemaId;
  }

  /** {@return the {@code Category} element's text} */
  public String xml() {
    return xml;
  }

  /** {@return the schema identifier of the category's upload} */
  public String schemaId() {
    return schemaId;
  }

  /**
   * {@return the category whose element text is {@code value}}
   *
   * @param value the {@code Category} text
   */
  public static Optional<CasCategory> ofXml(String value) {
    for (CasCategory c : values()) {
      if (c.xml.equals(value)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * {@return the category whose schema identifier is {@code value}}
   *
   * @param value a schema identifier
   */
  public static Optional<CasCategory> ofSchemaId(String value) {
    for (CasCategory c : values()) {
      if (c.schemaId.equals(value)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
