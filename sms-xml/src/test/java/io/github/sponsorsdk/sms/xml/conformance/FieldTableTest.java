package io.github.sponsorsdk.sms.xml.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.xml.schema.BdtField;
import io.github.sponsorsdk.sms.xml.schema.BdtFileKind;
import io.github.sponsorsdk.sms.xml.schema.BdtSchemas;
import io.github.sponsorsdk.sms.xml.schema.CharacterRange;
import io.github.sponsorsdk.sms.xml.testing.Reference;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The field table ({@link BdtField}) states each field's facts once; this test reads them back out of the schemas and
 * holds the table to them: the official v2.1 XSD for every upload field (type name, named or anonymous, lengths,
 * pattern, character range, numeric range, fraction digits, occurrence, nillable), and the bundled schemas of every
 * kind, so table, bundled schemas and official schema cannot drift apart.
 */
class FieldTableTest {
  static final String XS = "http://www.w3.org/2001/XMLSchema";

  /** What a schema says about one leaf element, found by walking from a root element. */
  record Leaf(String parent, String element, String type, boolean named, int minLength, int maxLength,
      String pattern, Optional<CharacterRange> range, List<String> enumeration, Optional<BigDecimal> minInclusive,
      Optional<BigDecimal> maxInclusive, Optional<BigDecimal> maxExclusive, Optional<Integer> fractionDigits,
      int minOccurs, int maxOccurs, boolean nillable) {}

  @Test
  void everyOfficialUploadFieldIsInTheTableWithTheSameFacts() throws Exception {
    List<Leaf> leaves = walk(List.of(Reference.bdt().resolve("BulkDataCommon-v2.1.xsd")),
        Reference.bdt().resolve("BulkDataCASUpload-General-v2.1.xsd"));
    // the Child structure, which the official files declare but give no root element
    leaves.addAll(walkType(List.of(Reference.bdt().resolve("BulkDataCommon-v2.1.xsd")), "ChildCASStructure", "CAS"));
    assertThat(leaves).hasSizeGreaterThan(60);
    Set<BdtField> seen = EnumSet.noneOf(BdtField.class);
    for (Leaf l : leaves) {
      BdtField f = BdtField.of(l.parent(), l.element()).orElseThrow(() -> new AssertionError("no field for " + l));
      assertAgrees(f, l);
      seen.add(f);
    }
    // every field of the upload kinds was met in the official schema
    assertThat(seen).containsAll(uploadFields());
  }

  @Test
  void everyBundledSchemaAgreesWithTheTable() throws Exception {
    Path dir = Path.of(BdtSchemas.class.getResource(BdtSchemas.COMMON).toURI()).getParent();
    Set<BdtField> seen = EnumSet.noneOf(BdtField.class);
    for (BdtFileKind kind : BdtFileKind.values()) {
      for (Leaf l : walk(List.of(dir.resolve(BdtSchemas.COMMON)), dir.resolve(kind.schemaResource()))) {
        BdtField f = BdtField.of(l.parent(), l.element()).orElseThrow(() -> new AssertionError(kind + ": " + l));
        assertAgrees(f, l);
        seen.add(f);
      }
    }
    assertThat(seen).containsExactlyInAnyOrder(BdtField.values());
  }

  static Set<BdtField> uploadFields() {
    Set<BdtField> s = EnumSet.allOf(BdtField.class);
    s.removeAll(Set.of(BdtField.BULK_REPORTING_ID, BdtField.BULK_UPDATE_FILE_ID, BdtField.BULK_EXPORT_FILE_ID,
        BdtField.CAS_REPORT, BdtField.CAS_NUMBER, BdtField.EXPECTED_ENROLLMENT_DATE, BdtField.NOTES,
        BdtField.CAS_STATUS, BdtField.STATUS_DATE));
    return s;
  }

  static void assertAgrees(BdtField f, Leaf l) {
    String what = f + " at " + l.parent() + "/" + l.element();
    assertThat(f.officialType()).as(what + " type").isEqualTo(l.type());
    assertThat(f.hasNamedType()).as(what + " named type").isEqualTo(l.named());
    if (f.valueType() == BdtField.ValueType.TEXT) {
      assertThat(f.minLength()).as(what + " minLength").isEqualTo(l.minLength());
      assertThat(f.maxLength()).as(what + " maxLength").isEqualTo(l.maxLength());
    } else if (f.valueType() == BdtField.ValueType.CODE && l.maxLength() != Integer.MAX_VALUE) {
      assertThat(f.minLength()).as(what + " length").isEqualTo(l.minLength());
      assertThat(f.maxLength()).as(what + " length").isEqualTo(l.maxLength());
    }
    assertThat(f.pattern().map(java.util.regex.Pattern::pattern).orElse("")).as(what + " pattern")
        .isEqualTo(l.pattern());
    assertThat(f.characters()).as(what + " range").isEqualTo(l.range());
    // CASReport is one field whose value each reporting kind's schema narrows to its own
    assertThat(f.enumeration()).as(what + " enumeration").containsAll(l.enumeration());
    assertThat(f.enumeration().isEmpty()).as(what + " enumeration").isEqualTo(l.enumeration().isEmpty());
    assertThat(f.minInclusive().map(BigDecimal::stripTrailingZeros)).as(what + " min")
        .isEqualTo(l.minInclusive().map(BigDecimal::stripTrailingZeros));
    assertThat(f.maxInclusive().map(BigDecimal::stripTrailingZeros)).as(what + " max")
        .isEqualTo(l.maxInclusive().map(BigDecimal::stripTrailingZeros));
    assertThat(f.maxExclusive().map(BigDecimal::stripTrailingZeros)).as(what + " max exclusive")
        .isEqualTo(l.maxExclusive().map(BigDecimal::stripTrailingZeros));
    assertThat(f.fractionDigits().isPresent() ? Optional.of(f.fractionDigits().getAsInt()) : Optional.empty())
        .as(what + " fraction digits").isEqualTo(l.fractionDigits());
    assertThat(f.minOccurs()).as(what + " minOccurs").isEqualTo(l.minOccurs());
    assertThat(f.maxOccurs()).as(what + " maxOccurs").isEqualTo(l.maxOccurs());
    assertThat(f.nillable()).as(what + " nillable").isEqualTo(l.nillable());
  }

  // ---------------------------------------------------------------- a small reader of the schemas' own text

  static List<Leaf> walk(List<Path> imports, Path rootSchema) throws Exception {
    Schemas s = new Schemas(imports, rootSchema);
    List<Leaf> out = new ArrayList<>();
    for (Element e : children(s.doc(rootSchema).getDocumentElement(), "element")) {
      s.elementContent(e, out);
    }
    return out;
  }

  static List<Leaf> walkType(List<Path> schemas, String complexType, String asElement) throws Exception {
    Schemas s = new Schemas(schemas, schemas.get(0));
    List<Leaf> out = new ArrayList<>();
    s.complexContent(s.complexTypes.get(complexType), asElement, out);
    return out;
  }

  /** The named types of a set of schema documents, and the walk through their element declarations. */
  static final class Schemas {
    final Map<String, Element> simpleTypes = new HashMap<>();
    final Map<String, Element> complexTypes = new HashMap<>();
    final Map<Path, Document> docs = new LinkedHashMap<>();

    Schemas(List<Path> imports, Path root) throws Exception {
      for (Path p : imports) {
        load(p);
      }
      load(root);
    }

    Document doc(Path p) {
      return docs.get(p);
    }

    void load(Path p) throws Exception {
      if (docs.containsKey(p)) {
        return;
      }
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      try (InputStream in = Files.newInputStream(p)) {
        Document d = f.newDocumentBuilder().parse(in);
        docs.put(p, d);
        for (Element t : children(d.getDocumentElement(), "simpleType")) {
          simpleTypes.put(t.getAttribute("name"), t);
        }
        for (Element t : children(d.getDocumentElement(), "complexType")) {
          complexTypes.put(t.getAttribute("name"), t);
        }
      }
    }

    void elementContent(Element e, List<Leaf> out) {
      String type = local(e.getAttribute("type"));
      Optional<Element> anonComplex = child(e, "complexType");
      if (anonComplex.isPresent()) {
        complexContent(anonComplex.get(), e.getAttribute("name"), out);
      } else if (complexTypes.containsKey(type)) {
        complexContent(complexTypes.get(type), e.getAttribute("name"), out);
      }
    }

    void complexContent(Element complexType, String parent, List<Leaf> out) {
      for (Element decl : descendants(complexType, "element")) {
        String type = local(decl.getAttribute("type"));
        boolean complex = child(decl, "complexType").isPresent() || complexTypes.containsKey(type);
        if (complex) {
          elementContent(decl, out);
          continue;
        }
        out.add(leaf(parent, decl));
      }
    }

    Leaf leaf(String parent, Element decl) {
      Facets fc = new Facets();
      String typeName;
      boolean named;
      Optional<Element> anon = child(decl, "simpleType");
      if (anon.isPresent()) {
        Element restriction = child(anon.get(), "restriction").orElseThrow();
        typeName = qualified(restriction.getAttribute("base"));
        named = false;
        fc.collect(restriction, this);
      } else {
        typeName = qualified(decl.getAttribute("type"));
        named = !typeName.startsWith("xs:");
        if (named) {
          fc.collect(child(simpleTypes.get(typeName), "restriction").orElseThrow(), this);
        }
      }
      String min = decl.getAttribute("minOccurs");
      String max = decl.getAttribute("maxOccurs");
      return new Leaf(parent, decl.getAttribute("name"), typeName, named, fc.minLength, fc.maxLength,
          fc.pattern == null ? "" : fc.pattern, Optional.ofNullable(fc.range), fc.enumeration,
          Optional.ofNullable(fc.minInclusive), Optional.ofNullable(fc.maxInclusive),
          Optional.ofNullable(fc.maxExclusive), Optional.ofNullable(fc.fractionDigits),
          min.isEmpty() ? 1 : Integer.parseInt(min), max.isEmpty() ? 1 : Integer.parseInt(max),
          "true".equals(decl.getAttribute("nillable")));
    }
  }

  /** The effective facets along a restriction chain; the nearest restriction wins. */
  static final class Facets {
    int minLength;
    int maxLength = Integer.MAX_VALUE;
    boolean lengthSet;
    boolean minSet;
    String pattern;
    CharacterRange range;
    List<String> enumeration = new ArrayList<>();
    BigDecimal minInclusive;
    BigDecimal maxInclusive;
    BigDecimal maxExclusive;
    Integer fractionDigits;

    void collect(Element restriction, Schemas s) {
      List<String> patterns = new ArrayList<>();
      for (Element f : children(restriction, null)) {
        String v = f.getAttribute("value");
        switch (f.getLocalName()) {
          case "length":
            if (!lengthSet) {
              minLength = Integer.parseInt(v);
              maxLength = minLength;
              lengthSet = true;
              minSet = true;
            }
            break;
          case "maxLength":
            if (!lengthSet) {
              maxLength = Integer.parseInt(v);
              lengthSet = true;
            }
            break;
          case "minLength":
            if (!minSet) {
              minLength = Integer.parseInt(v);
              minSet = true;
            }
            break;
          case "pattern":
            patterns.add(v);
            break;
          case "enumeration":
            enumeration.add(v);
            break;
          case "minInclusive":
            minInclusive = minInclusive == null ? new BigDecimal(v) : minInclusive;
            break;
          case "maxInclusive":
            maxInclusive = maxInclusive == null ? new BigDecimal(v) : maxInclusive;
            break;
          case "maxExclusive":
            maxExclusive = maxExclusive == null ? new BigDecimal(v) : maxExclusive;
            break;
          case "fractionDigits":
            fractionDigits = fractionDigits == null ? Integer.valueOf(v) : fractionDigits;
            break;
          default:
            break;
        }
      }
      String base = qualified(restriction.getAttribute("base"));
      String typeName = ((Element) restriction.getParentNode()).getAttribute("name");
      Optional<CharacterRange> here = rangeOf(typeName);
      if (here.isPresent()) {
        range = range == null ? here.get() : range; // the range pattern is the type's character set, not a pattern
      } else if (!patterns.isEmpty() && pattern == null) {
        pattern = String.join("|", patterns);
      }
      if (!base.startsWith("xs:")) {
        collect(child(s.simpleTypes.get(base), "restriction").orElseThrow(), s);
      }
    }

    static Optional<CharacterRange> rangeOf(String typeName) {
      for (CharacterRange r : CharacterRange.values()) {
        if (r.officialType().equals(typeName)) {
          return Optional.of(r);
        }
      }
      return Optional.empty();
    }
  }

  static String local(String qname) {
    return qname.substring(qname.indexOf(':') + 1);
  }

  static String qualified(String qname) {
    return qname.startsWith("xs:") ? qname : local(qname);
  }

  static List<Element> children(Node parent, String local) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element && XS.equals(n.getNamespaceURI()) && (local == null || local.equals(n.getLocalName()))) {
        out.add((Element) n);
      }
    }
    return out;
  }

  static Optional<Element> child(Node parent, String local) {
    List<Element> c = children(parent, local);
    return c.isEmpty() ? Optional.empty() : Optional.of(c.get(0));
  }

  /** Element declarations inside a complex type's model groups (not inside nested element declarations). */
  static List<Element> descendants(Element complexType, String local) {
    List<Element> out = new ArrayList<>();
    for (Element group : children(complexType, null)) {
      if (group.getLocalName().equals("sequence") || group.getLocalName().equals("choice")) {
        collectDecls(group, out);
      }
    }
    return out;
  }

  private static void collectDecls(Element group, List<Element> out) {
    for (Element c : children(group, null)) {
      if (c.getLocalName().equals("element")) {
        out.add(c);
      } else if (c.getLocalName().equals("sequence") || c.getLocalName().equals("choice")) {
        collectDecls(c, out);
      }
    }
  }
}
