package io.github.sponsorsdk.sms.xml.internal.codec;

import io.github.sponsorsdk.sms.xml.internal.Cursor;
import io.github.sponsorsdk.sms.xml.internal.FieldReader;
import io.github.sponsorsdk.sms.xml.internal.XmlOut;
import io.github.sponsorsdk.sms.xml.io.BdtWriteException;
import io.github.sponsorsdk.sms.xml.records.BatchHeader;
import io.github.sponsorsdk.sms.xml.schema.BdtField;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;

/**
 * The header of the other kinds: a container element holding the file id and, in the export, the sponsor licence
 * number.
 */
final class BatchHeaderCodec implements RecordCodec<BatchHeader> {
  static final BatchHeaderCodec REPORTING =
      new BatchHeaderCodec("BulkReportingFileHeader", BdtField.BULK_REPORTING_ID, Optional.empty());
  static final BatchHeaderCodec FEE_UPDATE = new BatchHeaderCodec("Header", BdtField.BULK_UPDATE_FILE_ID,
      Optional.empty());
  static final BatchHeaderCodec EXPORT = new BatchHeaderCodec("Header", BdtField.BULK_EXPORT_FILE_ID,
      Optional.of(BdtField.SPONSOR_LICENCE_NUMBER));

  private final String container;
  private final BdtField fileId;
  private final Optional<BdtField> licence;

  private BatchHeaderCodec(String container, BdtField fileId, Optional<BdtField> licence) {
    this.container = container;
    this.fileId = fileId;
    this.licence = licence;
  }

  @Override
  public Class<BatchHeader> type() {
    return BatchHeader.class;
  }

  @Override
  public BatchHeader read(FieldReader in) {
    Cursor c = in.cursor();
    c.open(container);
    BatchHeader.Builder b = BatchHeader.builder().fileId(in.text(fileId));
    if (licence.isPresent()) {
      b.sponsorLicenceNumber(in.text(licence.get()));
    }
    c.end();
    return b.build();
  }

  @Override
  public void write(XmlOut out, BatchHeader h) throws XMLStreamException {
    out.start(container);
    out.text(fileId, h.fileId());
    if (licence.isPresent()) {
      out.leaf(licence.get(), h.sponsorLicenceNumber().orElseThrow(() -> new BdtWriteException(0,
          container + "/" + licence.get().element(), "an export file needs the sponsor licence number", null)));
    }
    out.end();
  }
}
