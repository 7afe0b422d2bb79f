package io.github.sponsorsdk.sms.xml.internal;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;

/**
 * The StAX factories, configured once: no DTD processing, no external entities, a resolver that refuses everything.
 * A DOCTYPE is rejected outright by the reader (see {@link BdtStream}), so entity expansion cannot happen at all;
 * these settings are the second line of defence.
 */
public final class SecureXml {
  private SecureXml() {}

  private static final XMLInputFactory INPUT = newInputFactory();
  private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newDefaultFactory();

  /** A new secure input factory (thread-safe once configured; this one is shared). */
  public static XMLInputFactory newInputFactory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    f.setXMLReporter((message, type, info, location) -> {
      // warnings only; errors are thrown as XMLStreamException and reported by the caller
    });
    f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
      throw new XMLStreamException("External resource refused: " + systemId);
    });
    return f;
  }

  public static XMLInputFactory input() {
    return INPUT;
  }

  public static XMLOutputFactory output() {
    return OUTPUT;
  }
}
