package io.github.sponsorsdk.sms.xml.testing;

import io.github.sponsorsdk.sms.xml.schema.BdtField;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.instancio.Random;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Seeded mutations of a BDT document for the differential test: each mutant is the document with one change a
 * careless export or a hand edit could make (a value at or past a facet's edge, a character outside a field's range,
 * an element deleted, repeated, swapped or misspelt, an attribute such as {@code xsi:type} or {@code xsi:nil}, stray
 * text, an XML 1.1 declaration, a wrong encoding declaration), chosen by an Instancio {@link Random} so that a seed
 * always gives the same mutant.
 */
public final class Mutator {
  /** A mutant: its bytes and what was changed. */
  public record Mutant(byte[] bytes, String description) {}

  static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
  static final String COMMON = "http://homeoffice.gov.uk/immigration/migrant/cas/bulk-cas-common-200910";

  private static final String[] TYPE_NAMES = {"NameType", "Text35", "PBSStringType", "TownType", "AddressLineType",
      "CountryAreaDistrictType", "CountryType", "NationalityType", "ApplicantIDType", "PoundsSterlingType",
      "UKPostCodeType", "InternationalPostCodeType", "OrganisationNameType", "SELTScoreType", "MultiLine2000"};
  private static final String[] BUILTINS = {"xs:string", "xs:boolean", "xs:decimal", "xs:date", "xs:integer",
      "xs:anyType"};
  private static final String[] ODD_TEXT = {"", " ", "  ", "\t", "x\ny", "Zo\u00eb", "\u00e9", "#", "$", "<>&amp;",
      "\u0085", "\u00a0", "~!@%()*+,-./:;=?^_{}&amp;'", "-1", "0", "1", "2", "3", "00", "+1", " 1 ", "1.0", "100",
      "101", "33", "34", "50", "51", "168.0", "168.1", "0.0", "0.00", "1e2", "7,000", "999999999.99", "1000000000",
      "true", "false", "TRUE", "yes", "2013-12-26", "2013-02-29", "2013-12-26Z", "2013-12-26+14:00", "0000-01-01",
      "12013-12-26", "1980", "1980-07", "80", "AFG", "afg", "ZZZ", "QQQ", "GBR", "\"STATELESS\"", "STATELESS", "AF",
      "RQF6", " RQF6", "RQF6 ", "SCQF10", "Bachelor", "IELTS", "ETS", "B2", "D1", "HEI", "BECAUSE", "HIGHER", "same",
      "General", "Child", "T4General Ready To Go", "T4Child Ready To Go", "Tier 4", "QHDGHB91X", "qhdghb91x",
      "1234567890", "2234567890", "CR0 2DY", "CR02DY", "E4G0AA0A00A0A1"};

  private final Random r;

  /** Mutations chosen by {@code random}. */
  public Mutator(Random random) {
    this.r = random;
  }

  /** One mutant of {@code original} (ISO-8859-1 bytes of an upload file). */
  public Mutant mutate(byte[] original) throws Exception {
    int op = r.intRange(0, 99);
    if (op < 4) {
      return declaration(original);
    }
    Document d = parse(original);
    List<Element> all = elements(d.getDocumentElement());
    Element e = all.get(r.intRange(1, all.size() - 1));
    String where = path(e);
    String what;
    if (op < 50) {
      what = value(e);
    } else if (op < 58) {
      e.getParentNode().removeChild(e);
      what = "deleted";
    } else if (op < 64) {
      e.getParentNode().insertBefore(e.cloneNode(true), e);
      what = "repeated";
    } else if (op < 70) {
      Node next = next(e);
      if (next == null) {
        e.getParentNode().removeChild(e);
        what = "deleted (last)";
      } else {
        e.getParentNode().insertBefore(next, e);
        what = "swapped with its next sibling";
      }
    } else if (op < 75) {
      String name = r.oneOf(new String[] {e.getLocalName() + "s", e.getLocalName().toLowerCase(),
          "AccommodationProvided", "SponsorLicenceNumber", "Foo"});
      d.renameNode(e, e.getNamespaceURI(), name);
      what = "renamed " + name;
    } else if (op < 88) {
      what = typeOrNil(e);
    } else if (op < 93) {
      e.setAttribute("extra", "1");
      what = "attribute extra";
    } else {
      e.insertBefore(d.createTextNode(r.oneOf(new String[] {"stray", " ", "\n"})), e.getFirstChild());
      what = "text inserted";
    }
    return new Mutant(serialise(d), where + ": " + what);
  }

  private String value(Element e) {
    Optional<BdtField> f = Optional.empty();
    if (e.getParentNode() instanceof Element) {
      f = BdtField.of(((Element) e.getParentNode()).getLocalName(), e.getLocalName());
    }
    String v;
    int k = r.intRange(0, 9);
    if (f.isPresent() && f.get().maxLength() < 10_000 && k < 3) {
      int max = f.get().maxLength();
      v = "x".repeat(k == 0 ? max : k == 1 ? max + 1 : Math.max(1, max - 1));
    } else if (k == 3 && r.intRange(0, 3) == 0) {
      v = "y".repeat(r.oneOf(new Integer[] {9_999, 10_000, 10_001, 12_000}));
    } else {
      v = r.oneOf(ODD_TEXT);
    }
    while (e.getFirstChild() != null) {
      e.removeChild(e.getFirstChild());
    }
    e.appendChild(e.getOwnerDocument().createTextNode(v.replace("&amp;", "&")));
    return "value '" + (v.length() > 20 ? v.substring(0, 8) + "...(" + v.length() + ")" : v) + "'";
  }

  private String typeOrNil(Element e) {
    e.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:xsi", XSI);
    if (r.intRange(0, 2) == 0) {
      String nil = r.oneOf(new String[] {"true", "false", "1", "yes"});
      if (r.trueOrFalse()) {
        while (e.getFirstChild() != null) {
          e.removeChild(e.getFirstChild());
        }
      }
      e.setAttributeNS(XSI, "xsi:nil", nil);
      return "xsi:nil=" + nil;
    }
    String type;
    if (r.trueOrFalse()) {
      e.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:c", COMMON);
      type = "c:" + r.oneOf(TYPE_NAMES);
    } else {
      e.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:xs", "http://www.w3.org/2001/XMLSchema");
      type = r.oneOf(BUILTINS);
    }
    e.setAttributeNS(XSI, "xsi:type", type);
    return "xsi:type=" + type;
  }

  private Mutant declaration(byte[] original) {
    String doc = new String(original, StandardCharsets.ISO_8859_1);
    int end = doc.indexOf("?>") + 2;
    String body = doc.substring(end);
    switch (r.intRange(0, 3)) {
      case 0:
        return new Mutant(("<?xml version=\"1.1\" encoding=\"ISO-8859-1\"?>" + body).getBytes(
            StandardCharsets.ISO_8859_1), "declaration: XML 1.1");
      case 1:
        return new Mutant(("<?xml version=\"1.1\" encoding=\"ISO-8859-1\"?>" + body.replaceFirst(
            "<DocumentsUsedToObtainOffer>", "<DocumentsUsedToObtainOffer>Line\u0085")).getBytes(
            StandardCharsets.ISO_8859_1), "declaration: XML 1.1, a NEL in DocumentsUsedToObtainOffer");
      case 2:
        return new Mutant(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + body.replaceFirst(
            "<FamilyName>[^<]*</FamilyName>", "<FamilyName>Barr\u00e9</FamilyName>")).getBytes(
            StandardCharsets.ISO_8859_1), "declaration: UTF-8, ISO-8859-1 bytes");
      default:
        return new Mutant(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + body).getBytes(StandardCharsets.UTF_8),
            "declaration: UTF-8, UTF-8 bytes");
    }
  }

  private static Document parse(byte[] bytes) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
  }

  private static byte[] serialise(Document d) throws Exception {
    Transformer t = TransformerFactory.newInstance().newTransformer();
    t.setOutputProperty(OutputKeys.ENCODING, "ISO-8859-1");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    t.transform(new DOMSource(d), new StreamResult(out));
    return out.toByteArray();
  }

  private static List<Element> elements(Element root) {
    List<Element> out = new ArrayList<>();
    collect(root, out);
    return out;
  }

  private static void collect(Element e, List<Element> out) {
    out.add(e);
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element) {
        collect((Element) n, out);
      }
    }
  }

  private static Node next(Element e) {
    for (Node n = e.getNextSibling(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element) {
        return n;
      }
    }
    return null;
  }

  private static String path(Element e) {
    StringBuilder b = new StringBuilder(e.getLocalName());
    for (Node p = e.getParentNode(); p instanceof Element && p.getParentNode() instanceof Element;
        p = p.getParentNode()) {
      b.insert(0, ((Element) p).getLocalName() + "/");
    }
    return b.toString();
  }
}
