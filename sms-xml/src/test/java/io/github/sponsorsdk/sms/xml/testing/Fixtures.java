package io.github.sponsorsdk.sms.xml.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;

/** The project's own fixture files (src/test/resources/fixtures), as text to edit and bytes to read. */
public final class Fixtures {
  private Fixtures() {}

  /** One Student CAS, ready to go (RQF6, SELT true, previous study HIGHER, 25% work placement, nil accommodation). */
  public static String generalReady() {
    return text("general-ready.xml");
  }

  /** The fixture's CAS record, as read. */
  public static io.github.sponsorsdk.sms.xml.records.CasRecord readyCas() {
    try (io.github.sponsorsdk.sms.xml.io.BdtReader r = io.github.sponsorsdk.sms.xml.io.BdtReader.open(
        bytes(generalReady()))) {
      return (io.github.sponsorsdk.sms.xml.records.CasRecord) r.next();
    }
  }

  public static String text(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static InputStream bytes(String doc) {
    return new ByteArrayInputStream(doc.getBytes(StandardCharsets.ISO_8859_1));
  }

  /** Replaces the content of the first {@code <element>} (which must exist) with {@code value}. */
  public static String set(String doc, String element, String value) {
    Matcher m = java.util.regex.Pattern.compile("<" + element + ">[^<]*</" + element + ">").matcher(doc);
    if (!m.find()) {
      throw new IllegalArgumentException("no <" + element + "> in fixture");
    }
    return doc.substring(0, m.start()) + "<" + element + ">" + value + "</" + element + ">" + doc.substring(m.end());
  }

  /** Removes the first {@code <element>...</element>} (simple content) and its line. */
  public static String remove(String doc, String element) {
    return doc.replaceFirst("\\s*<" + element + ">[^<]*</" + element + ">", "");
  }

  /** Removes a whole block {@code <element>...</element>}. */
  public static String removeBlock(String doc, String element) {
    return doc.replaceFirst("(?s)\\s*<" + element + ">.*?</" + element + ">", "");
  }

  /** The document with its single CAS element repeated {@code n} times, each changed by {@code edit(i, cas)}. */
  public static String repeat(String doc, int n, java.util.function.BiFunction<Integer, String, String> edit) {
    int start = doc.indexOf("<CAS>");
    int end = doc.indexOf("</CAS>") + "</CAS>".length();
    String cas = doc.substring(start, end);
    StringBuilder b = new StringBuilder(doc.substring(0, start));
    for (int i = 0; i < n; i++) {
      b.append(edit.apply(i, cas)).append("\r\n");
    }
    return b.append(doc.substring(end)).toString();
  }
}
