package io.github.sponsorsdk.sms.xml.internal.codec;

import io.github.sponsorsdk.sms.xml.internal.Cursor;
import io.github.sponsorsdk.sms.xml.internal.FieldReader;
import io.github.sponsorsdk.sms.xml.internal.XmlOut;
import io.github.sponsorsdk.sms.xml.records.FeeUpdate;
import io.github.sponsorsdk.sms.xml.schema.BdtField;
import javax.xml.stream.XMLStreamException;

/** The {@code CAS} element of a bulk fee update (reconstructed). */
final class FeeUpdateCodec implements RecordCodec<FeeUpdate> {
  @Override
  public Class<FeeUpdate> type() {
    return FeeUpdate.class;
  }

  @Override
  public FeeUpdate read(FieldReader in) {
    Cursor c = in.cursor();
    FeeUpdate.Builder f = FeeUpdate.builder().casNumber(in.text(BdtField.CAS_NUMBER));
    c.open("FinancialDetails");
    f.courseFeesForFirstYearOnly(in.decimal(BdtField.COURSE_FEES_FOR_FIRST_YEAR_ONLY))
        .courseFeesPaidToDate(in.optDecimal(BdtField.COURSE_FEES_PAID_TO_DATE))
        .accommodationFeesPaidToDate(in.optDecimal(BdtField.ACCOMMODATION_FEES_PAID_TO_DATE))
        .boardingFeesPaidToDate(in.optDecimal(BdtField.BOARDING_FEES_PAID_TO_DATE));
    c.end();
    c.end();
    return f.build();
  }

  @Override
  public void write(XmlOut out, FeeUpdate f) throws XMLStreamException {
    out.start("CAS");
    out.leaf(BdtField.CAS_NUMBER, f.casNumber());
    out.start("FinancialDetails");
    out.decimal(BdtField.COURSE_FEES_FOR_FIRST_YEAR_ONLY, f.courseFeesForFirstYearOnly());
    out.decimal(BdtField.COURSE_FEES_PAID_TO_DATE, f.courseFeesPaidToDate());
    out.decimal(BdtField.ACCOMMODATION_FEES_PAID_TO_DATE, f.accommodationFeesPaidToDate());
    out.decimal(BdtField.BOARDING_FEES_PAID_TO_DATE, f.boardingFeesPaidToDate());
    out.end();
    out.end();
  }
}
