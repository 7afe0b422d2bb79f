package io.github.sponsorsdk.sms.xml.schema;

import java.util.Optional;
import javax.xml.namespace.QName;

/**
 * The kinds of Bulk Data Transfer file, each with its root element, the namespace of its child elements and its
 * bundled schema. {@link #reconstructed()} tells whether the schema is the project's reconstruction (no Home Office
 * XSD was found; the evidence is in the schema file's header comment) or equivalent to the official v2.1 schema.
 */
public enum BdtFileKind {
  /** Student (formerly Tier 4 General) CAS upload: official v2.1. */
  CAS_UPLOAD_GENERAL(BdtNamespaces.CAS_UPLOAD, "BulkFileUploadGeneralRootElement", BdtNamespaces.CAS_COMMON,
      "bdt-upload-general-2.1.xsd", "CAS", false),
  /**
   * Child Student (formerly Tier 4 Child) CAS upload. The content model is official v2.1; the root element name
   * {@code BulkFileUploadChildRootElement} is inferred by analogy (the Child root file was not found).
   */
  CAS_UPLOAD_CHILD(BdtNamespaces.CAS_UPLOAD, "BulkFileUploadChildRootElement", BdtNamespaces.CAS_COMMON,
      "bdt-upload-child-2.1.xsd", "CAS", false),
  /** Graduate notifications (2021): reconstructed from the official example. */
  GRADUATE_NOTIFICATION(BdtNamespaces.GRADUATE_REPORTING, "BulkReportingRootElement",
      BdtNamespaces.GRADUATE_REPORTING, "bdt-reporting-graduated-202102.xsd", "BulkReportingCASData", true),
  /** Student activity report: reconstructed. */
  STUDENT_ACTIVITY_REPORT(BdtNamespaces.STUDENT_ACTIVITY_REPORT, "BulkReportingRootElement",
      BdtNamespaces.STUDENT_ACTIVITY_REPORT, "bdt-reporting-activity-reconstructed.xsd", "BulkReportingCASData", true),
  /** Bulk fee update: reconstructed. */
  FEE_UPDATE(BdtNamespaces.FEE_UPDATE, "BulkFileUpdateRootElement", BdtNamespaces.FEE_UPDATE,
      "bdt-fee-update-reconstructed.xsd", "CAS", true),
  /** SMS export / result file: reconstructed. */
  CAS_EXPORT(BdtNamespaces.CAS_EXPORT, "BulkCASExportRootElement", BdtNamespaces.CAS_EXPORT,
      "bdt-cas-export-reconstructed.xsd", "CAS", true);

  private final QName root;
  private final String childNamespace;
  private final String schemaResource;
  private final String recordElement;
  private final boolean reconstructed;

  BdtFileKind(String rootNs, String rootName, String childNamespace, String schemaResource, String recordElement,
      boolean reconstructed) {
    this.root = new QName(rootNs, rootName);
    this.childNamespace = childNamespace;
    this.schemaResource = schemaResource;
    this.recordElement = recordElement;
    this.reconstructed = reconstructed;
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

  /** {@return true when the schema is the project's reconstruction rather than equivalent to a Home Office XSD} */
  public boolean reconstructed() {
    return reconstructed;
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
