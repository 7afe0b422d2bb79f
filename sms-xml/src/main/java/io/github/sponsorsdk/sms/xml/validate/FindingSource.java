package io.github.sponsorsdk.sms.xml.validate;

/** Which layer found the problem. */
public enum FindingSource {
  /** The file could not be read at all, or a record could not be mapped. */
  READER,
  /** The bundled XSD. */
  SCHEMA,
  /** A rule of the SMS beyond the schema. */
  SMS_RULE
}
