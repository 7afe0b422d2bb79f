package io.github.sponsorsdk.sms.xml.internal.codec;

import io.github.sponsorsdk.sms.xml.internal.Cursor;
import io.github.sponsorsdk.sms.xml.internal.FieldReader;
import io.github.sponsorsdk.sms.xml.internal.XmlOut;
import io.github.sponsorsdk.sms.xml.records.StudentActivityReport;
import io.github.sponsorsdk.sms.xml.schema.BdtField;
import javax.xml.stream.XMLStreamException;

/** {@code BulkReportingCASData} with {@code CASReport} STUDENT_ACTIVITY (reconstructed). */
final class ActivityCodec implements RecordCodec<StudentActivityReport> {
  static final String REPORT = "STUDENT_ACTIVITY";

  @Override
  public Class<StudentActivityReport> type() {
    return StudentActivityReport.class;
  }

  @Override
  public StudentActivityReport read(FieldReader in) {
    Cursor c = in.cursor();
    Reports.expect(in, REPORT);
    c.open("BulkReportingCASActivity");
    StudentActivityReport a = StudentActivityReport.builder().casNumber(in.text(BdtField.CAS_NUMBER))
        .expectedEnrolmentDate(in.date(BdtField.EXPECTED_ENROLLMENT_DATE)).notes(in.optText(BdtField.NOTES))
        .build();
    c.end();
    c.end();
    return a;
  }

  @Override
  public void write(XmlOut out, StudentActivityReport a) throws XMLStreamException {
    out.start("BulkReportingCASData");
    out.leaf(BdtField.CAS_REPORT, REPORT);
    out.start("BulkReportingCASActivity");
    out.leaf(BdtField.CAS_NUMBER, a.casNumber());
    out.leaf(BdtField.EXPECTED_ENROLLMENT_DATE, a.expectedEnrolmentDate().toString());
    out.text(BdtField.NOTES, a.notes());
    out.end();
    out.end();
  }
}
