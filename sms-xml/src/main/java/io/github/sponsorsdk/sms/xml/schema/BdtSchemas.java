package io.github.sponsorsdk.sms.xml.schema;

import java.io.InputStream;
import java.io.Reader;
import java.net.URL;
import java.util.EnumMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.SAXException;

/**
 * The bundled schemas, compiled once and shared ({@link Schema} is thread-safe).
 *
 * <p>Secure by construction: the factory runs with {@link XMLConstants#FEATURE_SECURE_PROCESSING}, may not fetch any
 * external DTD or schema ({@code ACCESS_EXTERNAL_DTD}/{@code ACCESS_EXTERNAL_SCHEMA} empty), and resolves the
 * schemas' own {@code xs:import}s from the class path through an {@link LSResourceResolver}. A {@code schemaLocation}
 * in an input file therefore never causes a fetch.
 */
public final class BdtSchemas {
  private BdtSchemas() {}

  private static final Map<BdtFileKind, Schema> CACHE = new EnumMap<>(BdtFileKind.class);
  private static final Map<BdtFileKind, Schema> STREAMING = new EnumMap<>(BdtFileKind.class);

  /** The bundled common schema, imported by every other one. */
  public static final String COMMON = "bdt-common-2.1.xsd";

  /**
   * The character-range pattern facets of the common schema, as written in it: {@code PBSStringType},
   * {@code PBSMultiLineStringType} and {@code AddressLineType}. See {@link #streamingSchema(BdtFileKind)}.
   */
  public static final java.util.List<String> RANGE_PATTERNS = java.util.List.of(
      "<xs:pattern value=\"[&#x20;-&#x7E;&#xA0;-&#xFF;]+\"/>",
      "<xs:pattern value=\"[&#x20;-&#x7E;&#xA0;-&#xFF;\\s]+\"/>",
      "<xs:pattern value=\"[A-Za-z0-9 ~!@%()\\*\\+,-./:;=?^_\\{\\}&amp;&apos;]+\"/>");

  private static final Map<BdtFileKind, Schema> RECORDS = new EnumMap<>(BdtFileKind.class);

  /**
   * {@return for the two upload kinds: the {@link #streamingSchema} types with global {@code Header} and {@code CAS}
   * elements, so one record (or the header) can be validated as a document of its own} The streaming reader validates
   * the header with it, and replays into it any record its own checks could not clear, to get the schema's exact
   * findings; the file-level content model (one header, then at least one CAS) is the reader's own check.
   *
   * @param kind an upload kind
   */
  public static synchronized Schema recordSchema(BdtFileKind kind) {
    if (!kind.isUpload()) {
      throw new IllegalArgumentException("record schemas exist for the upload kinds only, not " + kind);
    }
    return RECORDS.computeIfAbsent(kind, k -> {
      URL base = BdtSchemas.class.getResource(COMMON);
      String type = k == BdtFileKind.CAS_UPLOAD_CHILD ? "ChildCASStructure" : "GeneralCASStructure";
      String xsd = "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" xmlns:c=\"" + BdtNamespaces.CAS_COMMON
          + "\" targetNamespace=\"" + BdtNamespaces.CAS_COMMON + "\" elementFormDefault=\"qualified\">"
          + "<xs:include schemaLocation=\"" + COMMON + "\"/>"
          + "<xs:element name=\"Header\" type=\"c:BulkFileHeaderStructure\"/>"
          + "<xs:element name=\"CAS\" type=\"c:" + type + "\"/></xs:schema>";
      SchemaFactory f = secureFactory();
      f.setResourceResolver(new ClassPathResolver(true));
      try {
        return f.newSchema(new StreamSource(new java.io.StringReader(xsd),
            base.toExternalForm().replace(COMMON, "bdt-record-" + k.name().toLowerCase(java.util.Locale.ROOT) + ".xsd")));
      } catch (SAXException e) {
        throw new IllegalStateException("Record schema does not compile for " + k, e);
      }
    });
  }

  /**
   * {@return the compiled schema of {@code kind}, exactly as bundled}
   *
   * @param kind the kind
   */
  public static synchronized Schema schema(BdtFileKind kind) {
    return CACHE.computeIfAbsent(kind, k -> compile(k.schemaResource(), false));
  }

  /**
   * {@return the schema of {@code kind} without the three character-range pattern facets ({@link #RANGE_PATTERNS}), for
   * a validator whose caller checks those ranges itself, element by element, as the streaming reader does
   * ({@code Repertoire})} The XSD regular-expression engine spends a fifth of a whole validating read on these
   * three patterns, which are plain character-set tests; everything else (lengths, the other patterns,
   * enumerations, structure) stays with the schema. Together they accept exactly what {@link #schema} accepts;
   * the conformance tests hold them to it.
   *
   * @param kind the kind
   */
  public static synchronized Schema streamingSchema(BdtFileKind kind) {
    return STREAMING.computeIfAbsent(kind, k -> compile(k.schemaResource(), true));
  }

  /**
   * {@return the bundled schema file {@code name} as a stream (for tools that want the XSD itself)}
   *
   * @param name the file name of a bundled schema
   */
  public static InputStream open(String name) {
    InputStream in = BdtSchemas.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalArgumentException("No bundled schema " + name);
    }
    return in;
  }

  /**
   * {@return a schema factory with secure processing, no external access, and class-path resolution of bundled imports}
   */
  public static SchemaFactory secureFactory() {
    SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    try {
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    } catch (SAXException e) {
      throw new IllegalStateException("The JDK schema factory rejected a security setting", e);
    }
    f.setResourceResolver(new ClassPathResolver(false));
    return f;
  }

  private static Schema compile(String resource, boolean streaming) {
    URL url = BdtSchemas.class.getResource(resource);
    if (url == null) {
      throw new IllegalStateException("Bundled schema missing: " + resource);
    }
    try {
      StreamSource source = new StreamSource(open(resource), url.toExternalForm());
      SchemaFactory f = secureFactory();
      if (streaming) {
        f.setResourceResolver(new ClassPathResolver(true));
      }
      return f.newSchema(source);
    } catch (SAXException e) {
      throw new IllegalStateException("Bundled schema does not compile: " + resource, e);
    }
  }

  /** Resolves {@code schemaLocation="bdt-common-2.1.xsd"} (and only bundled names) from this package. */
  private static final class ClassPathResolver implements LSResourceResolver {
    private final boolean withoutRanges;

    ClassPathResolver(boolean withoutRanges) {
      this.withoutRanges = withoutRanges;
    }

    @Override
    public LSInput resolveResource(String type, String namespaceURI, String publicId, String systemId,
        String baseURI) {
      if (systemId == null) {
        return null;
      }
      String name = systemId.substring(systemId.lastIndexOf('/') + 1);
      URL url = BdtSchemas.class.getResource(name);
      if (url == null) {
        throw new IllegalArgumentException("Schema import outside the bundled set refused: " + systemId);
      }
      if (withoutRanges && name.equals(COMMON)) {
        return new Input(publicId, url.toExternalForm(), new java.io.ByteArrayInputStream(
            withoutRanges().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
      }
      return new Input(publicId, url.toExternalForm(), open(name));
    }
  }

  private static String withoutRanges() {
    String text;
    try (InputStream in = open(COMMON)) {
      text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    for (String p : RANGE_PATTERNS) {
      if (!text.contains(p)) {
        throw new IllegalStateException("The common schema no longer has the range pattern " + p);
      }
      text = text.replace(p, "");
    }
    return text;
  }

  /** A minimal {@link LSInput} over a byte stream. */
  private static final class Input implements LSInput {
    private String publicId;
    private String systemId;
    private InputStream byteStream;

    Input(String publicId, String systemId, InputStream byteStream) {
      this.publicId = publicId;
      this.systemId = systemId;
      this.byteStream = byteStream;
    }

    @Override public Reader getCharacterStream() { return null; }
    @Override public void setCharacterStream(Reader characterStream) { }
    @Override public InputStream getByteStream() { return byteStream; }
    @Override public void setByteStream(InputStream byteStream) { this.byteStream = byteStream; }
    @Override public String getStringData() { return null; }
    @Override public void setStringData(String stringData) { }
    @Override public String getSystemId() { return systemId; }
    @Override public void setSystemId(String systemId) { this.systemId = systemId; }
    @Override public String getPublicId() { return publicId; }
    @Override public void setPublicId(String publicId) { this.publicId = publicId; }
    @Override public String getBaseURI() { return null; }
    @Override public void setBaseURI(String baseURI) { }
    @Override public String getEncoding() { return null; }
    @Override public void setEncoding(String encoding) { }
    @Override public boolean getCertifiedText() { return false; }
    @Override public void setCertifiedText(boolean certifiedText) { }
  }
}
