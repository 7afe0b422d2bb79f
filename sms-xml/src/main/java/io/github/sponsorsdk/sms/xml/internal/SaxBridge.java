package io.github.sponsorsdk.sms.xml.internal;

import javax.xml.stream.XMLStreamReader;
import javax.xml.validation.ValidatorHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Feeds the events a {@link BdtStream} pulls from StAX to the JDK's schema {@link ValidatorHandler}, so one pass
 * both reads records and validates them, in constant memory, and every schema error arrives while the stream is
 * still on the record (and element) it concerns. The StAX location serves as the SAX {@link Locator}. Text is
 * handed over without copying. This is an event adapter; all parsing is the JDK's.
 */
final class SaxBridge implements Locator {
  private final XMLStreamReader r;
  private final ValidatorHandler h;
  private final AttributesImpl atts = new AttributesImpl();

  SaxBridge(XMLStreamReader r, ValidatorHandler h) {
    this.r = r;
    this.h = h;
  }

  void startDocument() throws SAXException {
    h.setDocumentLocator(this);
    h.startDocument();
  }

  void endDocument() throws SAXException {
    h.endDocument();
  }

  void startElement() throws SAXException {
    int ns = r.getNamespaceCount();
    for (int i = 0; i < ns; i++) {
      h.startPrefixMapping(nz(r.getNamespacePrefix(i)), nz(r.getNamespaceURI(i)));
    }
    atts.clear();
    int n = r.getAttributeCount();
    for (int i = 0; i < n; i++) {
      if (isNamespaceDeclaration(r, i)) {
        continue;
      }
      String local = r.getAttributeLocalName(i);
      atts.addAttribute(nz(r.getAttributeNamespace(i)), local, local, "CDATA", r.getAttributeValue(i));
    }
    String local = r.getLocalName();
    h.startElement(nz(r.getNamespaceURI()), local, local, atts);
  }

  void endElement() throws SAXException {
    String local = r.getLocalName();
    h.endElement(nz(r.getNamespaceURI()), local, local);
    int ns = r.getNamespaceCount();
    for (int i = 0; i < ns; i++) {
      h.endPrefixMapping(nz(r.getNamespacePrefix(i)));
    }
  }

  void characters(char[] chars, int start, int length) throws SAXException {
    h.characters(chars, start, length);
  }

  /**
   * True when attribute {@code i} is a namespace declaration: the JDK's StAX reader lists {@code xmlns} declarations
   * among the attributes of an XML 1.1 document (not of an XML 1.0 one), where they are not attributes at all.
   */
  static boolean isNamespaceDeclaration(XMLStreamReader r, int i) {
    String ns = r.getAttributeNamespace(i);
    String prefix = r.getAttributePrefix(i);
    return javax.xml.XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(ns) || "xmlns".equals(prefix)
        || ((ns == null || ns.isEmpty()) && (prefix == null || prefix.isEmpty())
            && "xmlns".equals(r.getAttributeLocalName(i)));
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  @Override
  public String getPublicId() {
    return null;
  }

  @Override
  public String getSystemId() {
    return null;
  }

  @Override
  public int getLineNumber() {
    return r.getLocation().getLineNumber();
  }

  @Override
  public int getColumnNumber() {
    return r.getLocation().getColumnNumber();
  }
}
