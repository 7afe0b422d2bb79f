package io.github.sponsorsdk.sms.xml.internal.codec;

import io.github.sponsorsdk.sms.xml.internal.Cursor;
import io.github.sponsorsdk.sms.xml.internal.FieldReader;
import io.github.sponsorsdk.sms.xml.internal.XmlOut;
import io.github.sponsorsdk.sms.xml.records.GraduateNotification;
import io.github.sponsorsdk.sms.xml.schema.BdtField;
import javax.xml.stream.XMLStreamException;

/** {@code BulkReportingCASData} with {@code CASReport} GRADUATED (official example 13; schema reconstructed). */
final class GraduateCodec implements RecordCodec<GraduateNotification> {
  static final String REPORT = "GRADUATED";

  @Override
  public Class<GraduateNotification> type() {
    return GraduateNotification.class;
  }

  @Override
  public GraduateNotification read(FieldReader in) {
    Cursor c = in.cursor();
    Reports.expect(in, REPORT);
    c.open("BulkReportingCASGraduation");
    GraduateNotification g = GraduateNotification.of(in.text(BdtField.CAS_NUMBER));
    c.end();
    c.end();
    return g;
  }

  @Override
  public void write(XmlOut out, GraduateNotification g) throws XMLStreamException {
    out.start("BulkReportingCASData");
    out.leaf(BdtField.CAS_REPORT, REPORT);
    out.start("BulkReportingCASGraduation");
    out.leaf(BdtField.CAS_NUMBER, g.casNumber());
    out.end();
    out.end();
  }
}
