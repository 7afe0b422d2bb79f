package io.github.sponsorsdk.sms.xml.io;

import java.util.OptionalLong;

/** A record could not be written: a character outside the field's range, a field too long, the wrong kind. */
public class BdtWriteException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final long recordIndex;
  private final String field;

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
