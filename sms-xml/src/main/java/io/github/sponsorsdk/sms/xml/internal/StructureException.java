package io.github.sponsorsdk.sms.xml.internal;

/** The document's element structure is not what the record mapping expects (the schema reports the same). */
public class StructureException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** @param message what was expected and what was found */
  public StructureException(String message) {
    super(message, null, false, false);
  }
}
