package io.github.sponsorsdk.sms.xml.internal.codec;

import io.github.sponsorsdk.sms.xml.internal.Cursor;
import io.github.sponsorsdk.sms.xml.internal.FieldReader;
import io.github.sponsorsdk.sms.xml.internal.HeaderInconsistentException;
import io.github.sponsorsdk.sms.xml.internal.StructureException;
import io.github.sponsorsdk.sms.xml.internal.XmlOut;
import io.github.sponsorsdk.sms.xml.io.BdtWriteException;
import io.github.sponsorsdk.sms.xml.records.CasCategory;
import io.github.sponsorsdk.sms.xml.records.UploadHeader;
import io.github.sponsorsdk.sms.xml.schema.BdtField;
import io.github.sponsorsdk.sms.xml.schema.BdtFileKind;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;

/** The {@code Header} of a CAS upload ({@code BulkFileHeaderStructure}), whose category must match the root element. */
final class UploadHeaderCodec implements RecordCodec<UploadHeader> {
  private final BdtFileKind kind;

  UploadHeaderCodec(BdtFileKind kind) {
    this.kind = kind;
  }

  @Override
  public Class<UploadHeader> type() {
    return UploadHeader.class;
  }

  private CasCategory category() {
    return kind == BdtFileKind.CAS_UPLOAD_CHILD ? CasCategory.CHILD : CasCategory.GENERAL;
  }

  @Override
  public UploadHeader read(FieldReader in) {
    Cursor c = in.cursor();
    c.open("Header");
    String fileId = in.text(BdtField.BULK_UPLOAD_FILE_ID);
    Optional<String> version = in.optText(BdtField.VERSION);
    String schemaId = in.text(BdtField.SCHEMA_ID);
    String tier = in.text(BdtField.TIER_ID);
    String categoryText = in.text(BdtField.CATEGORY);
    String sln = in.text(BdtField.SPONSOR_LICENCE_NUMBER);
    c.end();
    CasCategory category = CasCategory.ofXml(categoryText)
        .orElseThrow(() -> new StructureException("Category must be General or Child, is '" + categoryText + "'"));
    CasCategory bySchema = CasCategory.ofSchemaId(schemaId).orElseThrow(() -> new StructureException(
        "SchemaID must be 'T4General Ready To Go' or 'T4Child Ready To Go', is '" + schemaId + "'"));
    if (!CasCategory.TIER_ID.equals(tier)) {
      throw new StructureException("TierID must be 'Tier 4', is '" + tier + "'");
    }
    UploadHeader header = UploadHeader.builder().fileId(fileId).version(version).category(category)
        .sponsorLicenceNumber(sln).build();
    if (bySchema != category) {
      throw new HeaderInconsistentException("SchemaID '" + schemaId + "' does not match Category '" + categoryText
          + "'", header);
    }
    if (category != category()) {
      throw new HeaderInconsistentException("Category '" + categoryText + "' does not match the root element "
          + kind.rootElement().getLocalPart(), header);
    }
    return header;
  }

  @Override
  public void write(XmlOut out, UploadHeader h) throws XMLStreamException {
    if (h.category() != category()) {
      throw new BdtWriteException(0, "Header/Category", "a " + kind + " file needs category " + category(), null);
    }
    out.start("Header");
    out.text(BdtField.BULK_UPLOAD_FILE_ID, h.fileId());
    out.text(BdtField.VERSION, h.version());
    out.leaf(BdtField.SCHEMA_ID, h.schemaId());
    out.leaf(BdtField.TIER_ID, CasCategory.TIER_ID);
    out.leaf(BdtField.CATEGORY, h.category().xml());
    out.leaf(BdtField.SPONSOR_LICENCE_NUMBER, h.sponsorLicenceNumber());
    out.end();
  }
}
