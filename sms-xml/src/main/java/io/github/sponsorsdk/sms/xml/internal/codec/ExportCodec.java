package io.github.sponsorsdk.sms.xml.internal.codec;

import io.github.sponsorsdk.sms.xml.internal.Cursor;
import io.github.sponsorsdk.sms.xml.internal.FieldReader;
import io.github.sponsorsdk.sms.xml.internal.StructureException;
import io.github.sponsorsdk.sms.xml.internal.XmlOut;
import io.github.sponsorsdk.sms.xml.records.CasExportRecord;
import io.github.sponsorsdk.sms.xml.records.CasStatus;
import io.github.sponsorsdk.sms.xml.schema.BdtField;
import java.time.LocalDate;
import java.util.Arrays;
import javax.xml.stream.XMLStreamException;

/** The {@code CAS} row of the SMS export / result file (reconstructed). */
final class ExportCodec implements RecordCodec<CasExportRecord> {
  @Override
  public Class<CasExportRecord> type() {
    return CasExportRecord.class;
  }

  @Override
  public CasExportRecord read(FieldReader in) {
    Cursor c = in.cursor();
    String cas = in.text(BdtField.CAS_NUMBER);
    String applicant = in.text(BdtField.APPLICANT_ID);
    String status = in.text(BdtField.CAS_STATUS);
    LocalDate date = in.date(BdtField.STATUS_DATE);
    c.end();
    CasStatus st;
    try {
      st = CasStatus.valueOf(status);
    } catch (IllegalArgumentException e) {
      throw new StructureException("CASStatus '" + status + "' is not one of " + Arrays.toString(CasStatus.values()));
    }
    return CasExportRecord.builder().casNumber(cas).applicantId(applicant).status(st).statusDate(date).build();
  }

  @Override
  public void write(XmlOut out, CasExportRecord e) throws XMLStreamException {
    out.start("CAS");
    out.leaf(BdtField.CAS_NUMBER, e.casNumber());
    out.text(BdtField.APPLICANT_ID, e.applicantId());
    out.leaf(BdtField.CAS_STATUS, e.status().name());
    out.leaf(BdtField.STATUS_DATE, e.statusDate().toString());
    out.end();
  }
}
