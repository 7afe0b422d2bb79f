package io.github.sponsorsdk.sms.xml.internal.codec;

import io.github.sponsorsdk.sms.xml.internal.FieldReader;
import io.github.sponsorsdk.sms.xml.internal.XmlOut;
import io.github.sponsorsdk.sms.xml.io.BdtWriteException;
import io.github.sponsorsdk.sms.xml.records.BdtHeader;
import io.github.sponsorsdk.sms.xml.records.BdtRecord;
import io.github.sponsorsdk.sms.xml.schema.BdtFileKind;
import java.util.EnumMap;
import java.util.Map;
import javax.xml.stream.XMLStreamException;

/** The header codec and the record codec of one {@link BdtFileKind}: the one place a kind's elements are mapped. */
public final class FileCodec {
  private static final Map<BdtFileKind, FileCodec> CODECS = new EnumMap<>(BdtFileKind.class);

  static {
    CODECS.put(BdtFileKind.CAS_UPLOAD_GENERAL, new FileCodec(BdtFileKind.CAS_UPLOAD_GENERAL,
        new UploadHeaderCodec(BdtFileKind.CAS_UPLOAD_GENERAL), CasCodec.GENERAL));
    CODECS.put(BdtFileKind.CAS_UPLOAD_CHILD, new FileCodec(BdtFileKind.CAS_UPLOAD_CHILD,
        new UploadHeaderCodec(BdtFileKind.CAS_UPLOAD_CHILD), CasCodec.CHILD));
    CODECS.put(BdtFileKind.GRADUATE_NOTIFICATION, new FileCodec(BdtFileKind.GRADUATE_NOTIFICATION,
        BatchHeaderCodec.REPORTING, new GraduateCodec()));
    CODECS.put(BdtFileKind.STUDENT_ACTIVITY_REPORT, new FileCodec(BdtFileKind.STUDENT_ACTIVITY_REPORT,
        BatchHeaderCodec.REPORTING, new ActivityCodec()));
    CODECS.put(BdtFileKind.FEE_UPDATE, new FileCodec(BdtFileKind.FEE_UPDATE, BatchHeaderCodec.FEE_UPDATE,
        new FeeUpdateCodec()));
    CODECS.put(BdtFileKind.CAS_EXPORT, new FileCodec(BdtFileKind.CAS_EXPORT, BatchHeaderCodec.EXPORT,
        new ExportCodec()));
  }

  private final BdtFileKind kind;
  private final RecordCodec<? extends BdtHeader> header;
  private final RecordCodec<? extends BdtRecord> record;

  private FileCodec(BdtFileKind kind, RecordCodec<? extends BdtHeader> header,
      RecordCodec<? extends BdtRecord> record) {
    this.kind = kind;
    this.header = header;
    this.record = record;
  }

  /** The codecs of {@code kind}. */
  public static FileCodec of(BdtFileKind kind) {
    return CODECS.get(kind);
  }

  /** Reads the whole header element. */
  public BdtHeader readHeader(FieldReader in) {
    return header.read(in);
  }

  /** Reads a record whose start tag is consumed, up to and including its end tag. */
  public BdtRecord readRecord(FieldReader in) {
    return record.read(in);
  }

  /** Writes the header, which must be of the kind's header type. */
  public void writeHeader(XmlOut out, BdtHeader h) throws XMLStreamException {
    write(out, header, h, "Header", kind.isUpload() ? "an upload needs an UploadHeader"
        : "a " + kind + " file needs a " + header.type().getSimpleName());
  }

  /** Writes a record, which must be of the kind's record type. */
  public void writeRecord(XmlOut out, BdtRecord r) throws XMLStreamException {
    write(out, record, r, kind.recordElement(), "a " + kind + " file takes " + record.type().getSimpleName()
        + " records, not " + r.getClass().getSimpleName().replace("Immutable", ""));
  }

  private static <T> void write(XmlOut out, RecordCodec<T> codec, Object value, String field, String refusal)
      throws XMLStreamException {
    if (!codec.type().isInstance(value)) {
      throw new BdtWriteException(out.recordNumber(), field, refusal, null);
    }
    codec.write(out, codec.type().cast(value));
  }
}
