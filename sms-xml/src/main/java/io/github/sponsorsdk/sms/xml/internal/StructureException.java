package io.github.sponsorsdk.sms.xml.internal;

/** The document's element structure is not what the record mapping expects (the schema reports the same). */
final class StructureException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  StructureException(String message) {
    super(message, null, false, false);
  }
}
