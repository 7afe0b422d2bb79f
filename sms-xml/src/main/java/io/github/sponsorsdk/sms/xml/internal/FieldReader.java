package io.github.sponsorsdk.sms.xml.internal;

import io.github.sponsorsdk.sms.xml.schema.BdtField;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads the fields of {@link BdtField} through a {@link Cursor}, each in its lexical form ({@link Lexical}): what a
 * codec calls to turn elements into values. Notes the record's ApplicantID as soon as it is read, so a record that
 * cannot be mapped is still reported under it, and whether the record holds a lexical form only the schema can judge
 * (a date with a time zone, say).
 */
public final class FieldReader {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_DATE;

  private final Cursor cursor;
  private String applicantId;
  private boolean unusual;

  /** Reads through {@code cursor}. */
  public FieldReader(Cursor cursor) {
    this.cursor = cursor;
  }

  /** The cursor, for navigation between fields. */
  public Cursor cursor() {
    return cursor;
  }

  /** Forgets what was noted about the previous record. */
  public void startRecord() {
    applicantId = null;
    unusual = false;
  }

  /** The ApplicantID of the current record, when it has been read. */
  public Optional<String> applicantId() {
    return Optional.ofNullable(applicantId);
  }

  /** True when the record holds a lexical form this reader does not judge itself (the schema must). */
  public boolean unusual() {
    return unusual;
  }

  /** True when the next element is {@code field}'s. */
  public boolean at(BdtField field) {
    return cursor.at(field.element());
  }

  /** The text of {@code field}, as written. */
  public String text(BdtField field) {
    String v = cursor.text(field.element());
    if (field == BdtField.APPLICANT_ID) {
      applicantId = v;
    }
    return v;
  }

  /** The text of {@code field} when its element is next. */
  public Optional<String> optText(BdtField field) {
    return at(field) ? Optional.of(text(field)) : Optional.empty();
  }

  /** An {@code xs:boolean} field. */
  public boolean bool(BdtField field) {
    return Lexical.parseBool(field.element(), text(field));
  }

  /** An optional {@code xs:boolean} field. */
  public Optional<Boolean> optBool(BdtField field) {
    return at(field) ? Optional.of(bool(field)) : Optional.empty();
  }

  /** An {@code xs:date} field. */
  public LocalDate date(BdtField field) {
    String t = text(field).strip();
    if (Lexical.digits(t, "dddd-dd-dd") && !t.startsWith("0000")) {
      return Lexical.localDate(t);
    }
    unusual = true; // a time zone or an unusual year (XSD 1.0 has no year 0): let the schema judge it
    try {
      return LocalDate.parse(t, DATE);
    } catch (DateTimeParseException e) {
      if (t.length() > 10 && Lexical.digits(t.substring(t.length() - 6), "-dd-dd")) {
        throw new StructureException("<" + field.element() + "> '" + t + "' has a year above 9999, which the schema"
            + " allows but a java.time date cannot hold");
      }
      throw e;
    }
  }

  /** An optional {@code xs:date} field. */
  public Optional<LocalDate> optDate(BdtField field) {
    return at(field) ? Optional.of(date(field)) : Optional.empty();
  }

  /** An {@code xs:decimal} field. */
  public BigDecimal decimal(BdtField field) {
    return new BigDecimal(Lexical.decimalText(field.element(), text(field).strip(), false));
  }

  /** An optional {@code xs:decimal} field. */
  public Optional<BigDecimal> optDecimal(BdtField field) {
    return at(field) ? Optional.of(decimal(field)) : Optional.empty();
  }

  /** An {@code xs:integer} field. */
  public BigInteger integer(BdtField field) {
    return new BigInteger(Lexical.decimalText(field.element(), text(field).strip(), true));
  }

  /** The stripped text of {@code field}, which must have the schema's digit pattern {@code shape}. */
  public String shaped(BdtField field, String shape) {
    String t = text(field).strip();
    if (!Lexical.digits(t, shape)) {
      throw new StructureException("<" + field.element() + "> must look like " + shape.replace('d', '9')
          + ", is " + field.masked(t));
    }
    return t;
  }
}
