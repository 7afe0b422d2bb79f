package io.github.sponsorsdk.sms.xml.internal;

/** The upload header's SchemaID, Category and root element disagree, each being valid on its own. */
public final class HeaderInconsistentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** @param message which values disagree */
  public HeaderInconsistentException(String message) {
    super(message, null, false, false);
  }
}
