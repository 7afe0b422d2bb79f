package io.github.sponsorsdk.sms.xml.validate;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Sources;
import java.time.LocalDate;

/**
 * The citations of the BDT validation rules. Document names not (yet) in {@link Sources} are spelled here; they can
 * move to {@code Sources} when the coordinator merges.
 */
public final class BdtSources {
  private BdtSources() {}

  /** GOV.UK "Bulk data transfer toolkit: reference data values for CAS fields", version 16, 31 July 2023. */
  public static final String REFERENCE_VALUES_V16 = "GOV.UK BDT toolkit: reference data values for CAS fields, v16";
  /** GOV.UK "Bulk data transfer for sponsors: example files" (14 March 2021). */
  public static final String EXAMPLE_FILES = "GOV.UK Bulk data transfer for sponsors: example files (2021)";
  /** Oracle PeopleSoft Campus Solutions "(GBR) PBI" field documentation (upload, update and report files). */
  public static final String ORACLE_PBI = "Oracle PeopleSoft Campus Solutions, (GBR) PBI field derivation";
  /** UKBA Tier 4 policy guidance (2009 onwards), work placements; restated in the Student sponsor guidance. */
  public static final String TIER4_POLICY_GUIDANCE = "UKBA Tier 4 of the points-based system: policy guidance";

  static final Citation SCHEMA = Citation.of(Sources.BDT_SCHEMA_V2_1, "BulkDataCommon-v2.1.xsd");
  static final Citation RECONSTRUCTED = Citation.of(Sources.PROJECT_DECISION,
      "0510-bdt-validation-layers: reconstructed schemas");

  static Citation schema(String section) {
    return Citation.of(Sources.BDT_SCHEMA_V2_1, section);
  }

  static Citation referenceValues(String section) {
    return Citation.of(REFERENCE_VALUES_V16, section, LocalDate.of(2023, 7, 31))
        .withUrl("https://www.gov.uk/government/publications/bulk-data-transfer-for-sponsors-data-values-for-cas-fields");
  }

  static Citation decision(String section) {
    return Citation.of(Sources.PROJECT_DECISION, "0510-bdt-validation-layers: " + section);
  }
}
