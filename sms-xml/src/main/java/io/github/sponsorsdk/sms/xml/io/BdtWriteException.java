package io.github.sponsorsdk.sms.xml.io;

import java.util.OptionalLong;

/** A record could not be written: a character outside the field's range, a field too long, the wrong kind. */
public class BdtWriteException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The record's number counted from 1; 0 for the header. */
  private final long recordNumber;
  /** The element path of the field at fault. */
  private final String field;

  /**
   * A record (or the header) that cannot be written.
   *
   * @param recordNumber the record's number counted from 1 (the first record written is 1), 0 for the header
   * @param field the element path of the field, e.g. {@code CAS/ApplicantData/FamilyName}
   * @param message what is wrong
   * @param cause the exception that showed it, or null
   */
  public BdtWriteException(long recordNumber, String field, String message, Throwable cause) {
    super((recordNumber > 0 ? "record " + recordNumber + ", " : "header, ") + field + ": " + message, cause);
    this.recordNumber = recordNumber;
    this.field = field;
  }

  /** {@return the record's number counted from 1, empty for the header} */
  public OptionalLong recordNumber() {
    return recordNumber > 0 ? OptionalLong.of(recordNumber) : OptionalLong.empty();
  }

  /** {@return the element path of the field, e.g. {@code CAS/ApplicantData/FamilyName}} */
  public String field() {
    return field;
  }
}
