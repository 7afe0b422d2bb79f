package io.github.sponsorsdk.sms.xml.internal;

import io.github.sponsorsdk.sms.xml.records.BdtHeader;

/** The upload header's SchemaID, Category and root element disagree, each being valid on its own. */
public final class HeaderInconsistentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient BdtHeader header;

  /**
   * @param message which values disagree
   * @param header the header as read, with the category its {@code Category} element names
   */
  public HeaderInconsistentException(String message, BdtHeader header) {
    super(message, null, false, false);
    this.header = header;
  }

  /** The header as read, for a caller that accepts the inconsistency. */
  public BdtHeader header() {
    return header;
  }
}
