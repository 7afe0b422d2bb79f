package io.github.sponsorsdk.sms.xml.io;

import java.util.OptionalLong;

/** A record could not be written: a character outside the field's range, a field too long, the wrong kind. */
public class BdtWriteException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The record, from 1. */
  private final long recordIndex;
  /** The field at fault. */
  private final String field;

  /**
   * A record that cannot be written.
   *
   * @param recordIndex the record, from 1
   * @param field the field at fault
   * @param message what is wrong
   * @param cause the cause, if any
   */
  public BdtWriteException(long recordIndex, String field, String message, Throwable cause) {
    super((recordIndex >= 0 ? "record " + recordIndex + ", " : "header, ") + field + ": " + message, cause);
    this.recordIndex = recordIndex;
    this.field = field;
  }

  /** {@return the 0-based index of the record, empty for the header} */
  public OptionalLong recordIndex() {
    return recordIndex >= 0 ? OptionalLong.of(recordIndex) : OptionalLong.empty();
  }

  /** {@return the element path of the field, e.g. {@code CAS/ApplicantData/FamilyName}} */
  public String field() {
    return field;
  }
}
