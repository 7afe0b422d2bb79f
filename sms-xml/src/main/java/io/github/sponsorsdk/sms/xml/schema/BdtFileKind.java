package io.github.sponsorsdk.sms.xml.schema;

import java.util.Optional;
import javax.xml.namespace.QName;

/**
 * The kinds of Bulk Data Transfer file, each with its root element, the namespace of its child elements and its
 * bundled schema, and where that schema comes from ({@link #provenance()}): only {@link #CAS_UPLOAD_GENERAL} has an
 * official Home Office XSD; the Child root element name is inferred; the graduate, activity-report, fee-update and
 * export schemas are reconstructions (the evidence is in each schema file's header comment). Readers, writers and
 * validation reports of a non-official kind say so ({@link #isOfficial()}): a file that passes a reconstructed schema
 * is not thereby known to pass the SMS.
 */
public enum BdtFileKind {
  /** Student (formerly Tier 4 General) CAS upload: official v2.1. */
  CAS_UPLOAD_GENERAL(BdtNamespaces.CAS_UPLOAD, "BulkFileUploadGeneralRootElement", BdtNamespaces.CAS_COMMON,
      "bdt-upload-general-2.1.xsd", "CAS", SchemaProvenance.OFFICIAL),
  /**
   * Child Student (formerly Tier 4 Child) CAS upload. The content model is official v2.1; the root element name
   * {@code BulkFileUploadChildRootElement} is inferred by analogy (the Child root file was not found).
   */
  CAS_UPLOAD_CHILD(BdtNamespaces.CAS_UPLOAD, "BulkFileUploadChildRootElement", BdtNamespaces.CAS_COMMON,
      "bdt-upload-child-2.1.xsd", "CAS", SchemaProvenance.OFFICIAL_CONTENT_INFERRED_ROOT),
  /** Graduate notifications (2021): reconstructed from the official example. */
  GRADUATE_NOTIFICATION(BdtNamespaces.GRADUATE_REPORTING, "BulkReportingRootElement",
      BdtNamespaces.GRADUATE_REPORTING, "bdt-reporting-graduated-202102.xsd", "BulkReportingCASData",
      SchemaProvenance.RECONSTRUCTED_FROM_EXAMPLE),
  /** Student activity report: reconstructed. */
  STUDENT_ACTIVITY_REPORT(BdtNamespaces.STUDENT_ACTIVITY_REPORT, "BulkReportingRootElement",
      BdtNamespaces.STUDENT_ACTIVITY_REPORT, "bdt-reporting-activity-reconstructed.xsd", "BulkReportingCASData",
      SchemaProvenance.RECONSTRUCTED),
  /** Bulk fee update: reconstructed. */
  FEE_UPDATE(BdtNamespaces.FEE_UPDATE, "BulkFileUpdateRootElement", BdtNamespaces.FEE_UPDATE,
      "bdt-fee-update-reconstructed.xsd", "CAS", SchemaProvenance.RECONSTRUCTED),
  /** SMS export / result file: reconstructed. */
  CAS_EXPORT(BdtNamespaces.CAS_EXPORT, "BulkCASExportRootElement", BdtNamespaces.CAS_EXPORT,
      "bdt-cas-export-reconstructed.xsd", "CAS", SchemaProvenance.RECONSTRUCTED);

  private final QName root;
  private final String childNamespace;
  private final String schemaResource;
  private final String recordElement;
  private final SchemaProvenance provenance;

  BdtFileKind(String rootNs, String rootName, String childNamespace, String schemaResource, String recordElement,
      SchemaProvenance provenance) {
    this.root = new QName(rootNs, rootName);
    this.childNamespace = childNamespace;
    this.schemaResource = schemaResource;
    this.recordElement = recordElement;
    this.provenance = provenance;
  }

  /** {@return the root element} */
  public QName rootElement() {
    return root;
  }

  /** {@return the namespace of every element below the root} */
  public String childNamespace() {
    return childNamespace;
  }

  /** {@return the file name of the bundled schema, beside this class on the class path} */
  public String schemaResource() {
    return schemaResource;
  }

  /** {@return the local name of the repeating record element} */
  public String recordElement() {
    return recordElement;
  }

  /** {@return where the bundled schema comes from} */
  public SchemaProvenance provenance() {
    return provenance;
  }

  /** {@return true only for the kind whose schema is the official Home Office XSD (the General CAS upload)} */
  public boolean isOfficial() {
    return provenance.isOfficial();
  }

  /**
   * {@return true when the schema is the project's reconstruction rather than the official content model (graduate,
   * activity report, fee update, export)} The Child upload's content is official, only its root name inferred.
   */
  public boolean reconstructed() {
    return provenance == SchemaProvenance.RECONSTRUCTED || provenance == SchemaProvenance.RECONSTRUCTED_FROM_EXAMPLE;
  }

  /** {@return true for the two CAS upload kinds} */
  public boolean isUpload() {
    return this == CAS_UPLOAD_GENERAL || this == CAS_UPLOAD_CHILD;
  }

  /**
   * {@return the kind whose root element is {@code root}}
   *
   * @param root the qualified name of the document element
   */
  public static Optional<BdtFileKind> ofRoot(QName root) {
    for (BdtFileKind k : values()) {
      if (k.root.equals(root)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
