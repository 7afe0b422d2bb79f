package io.github.sponsorsdk.sms.xml.validate;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;

/** The citations of the BDT validation rules, spelled once. */
final class BdtSources {
  private BdtSources() {}

  static final Citation SCHEMA = Citation.of(Source.BDT_SCHEMA_V2_1, "BulkDataCommon-v2.1.xsd");

  /** The schema's own documentation of {@code section} (an element or type). */
  static Citation schema(String section) {
    return Citation.of(Source.BDT_SCHEMA_V2_1, section);
  }

  /** The reference data values document's list for {@code section}. */
  static Citation referenceValues(String section) {
    return Citation.of(Source.BDT_REFERENCE_VALUES_V16, section);
  }

  /** The project's decision record on BDT validation, {@code section} of it. */
  static Citation decision(String section) {
    return Citation.of(Source.PROJECT_DECISION, "0510-bdt-validation-layers: " + section);
  }

  /** The project's decision record on checks a records team can trust (issue 12), {@code section} of it. */
  static Citation trust(String section) {
    return Citation.of(Source.PROJECT_DECISION, "0520-bdt-checks-a-records-team-can-trust: " + section);
  }
}
