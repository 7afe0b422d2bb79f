package io.github.sponsorsdk.sms.xml.validate;

/** Which layer of the validator finds a {@link FindingCode}'s problem. */
public enum FindingLayer {
  /** The file could not be read at all, or a record could not be mapped. */
  READER,
  /** The bundled XSD. */
  SCHEMA,
  /** A rule of the SMS beyond the schema. */
  SMS_RULE
}
