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

  /** The compiled schema of {@code kind}. */
  public static synchronized Schema schema(BdtFileKind kind) {
    return CACHE.computeIfAbsent(kind, k -> compile(k.schemaResource()));
  }

  /** The bundled schema file {@code name} as a stream (for tools that want the XSD itself). */
  public static InputStream open(String name) {
    InputStream in = BdtSchemas.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalArgumentException("No bundled schema " + name);
    }
    return in;
  }

  /** A schema factory with secure processing, no external access, and class-path resolution of bundled imports. */
  public static SchemaFactory secureFactory() {
    SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    try {
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    } catch (SAXException e) {
      throw new IllegalStateException("The JDK schema factory rejected a security setting", e);
    }
    f.setResourceResolver(new ClassPathResolver());
    return f;
  }

  private static Schema compile(String resource) {
    URL url = BdtSchemas.class.getResource(resource);
    if (url == null) {
      throw new IllegalStateException("Bundled schema missing: " + resource);
    }
    try {
      StreamSource source = new StreamSource(open(resource), url.toExternalForm());
      return secureFactory().newSchema(source);
    } catch (SAXException e) {
      throw new IllegalStateException("Bundled schema does not compile: " + resource, e);
    }
  }

  /** Resolves {@code schemaLocation="bdt-common-2.1.xsd"} (and only bundled names) from this package. */
  private static final class ClassPathResolver implements LSResourceResolver {
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
      return new Input(publicId, url.toExternalForm(), open(name));
    }
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
