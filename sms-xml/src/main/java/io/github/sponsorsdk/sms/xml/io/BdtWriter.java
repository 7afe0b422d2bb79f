package io.github.sponsorsdk.sms.xml.io;

import io.github.sponsorsdk.sms.xml.internal.SecureXml;
import io.github.sponsorsdk.sms.xml.internal.XmlOut;
import io.github.sponsorsdk.sms.xml.internal.codec.FileCodec;
import io.github.sponsorsdk.sms.xml.records.BdtHeader;
import io.github.sponsorsdk.sms.xml.records.BdtRecord;
import io.github.sponsorsdk.sms.xml.schema.BdtFileKind;
import io.github.sponsorsdk.sms.xml.schema.BdtNamespaces;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Streams records out as a Bulk Data Transfer file, ISO 8859-1 encoded like the official examples, one record at a
 * time (nothing is kept).
 *
 * <pre>{@code
 * try (BdtWriter w = BdtWriter.create(Path.of("upload.xml"), BdtFileKind.CAS_UPLOAD_GENERAL, header)) {
 *   records.forEach(w::write);
 * }
 * }</pre>
 *
 * <p>Every string is checked against its field's range ({@code PBSStringType}: printable ISO 8859-1; multi-line
 * fields also tab and line breaks; address lines plain letters, digits and some punctuation). A character outside it
 * is refused with {@link BdtWriteException} naming the record number (from 1), the field path and the character, or, with
 * {@link WriteOptions.Characters#TRANSLITERATE}, replaced by its nearest allowed spelling (then the length is checked
 * again). The other facets hold already, because the record values enforce them.
 */
public final class BdtWriter implements AutoCloseable {
  private static final String ENCODING = "ISO-8859-1";

  private final OutputStream out;
  private final XMLStreamWriter w;
  private final BdtFileKind kind;
  private final WriteOptions options;
  private final FileCodec codec;
  private final XmlOut xml;
  private long written;
  private boolean closed;

  private BdtWriter(OutputStream out, BdtFileKind kind, BdtHeader header, WriteOptions options) {
    this.out = out;
    this.kind = kind;
    this.options = options;
    this.codec = FileCodec.of(kind);
    String prefix = kind == BdtFileKind.GRADUATE_NOTIFICATION ? "bulk" : "";
    try {
      this.w = SecureXml.output().createXMLStreamWriter(out, ENCODING);
      this.xml = new XmlOut(w, prefix, kind.childNamespace(), options);
      w.writeStartDocument(ENCODING, "1.0");
      writeRoot(prefix);
      codec.writeHeader(xml, header);
    } catch (XMLStreamException e) {
      throw new UncheckedIOException(new IOException(e));
    }
  }

  /**
   * Writes a file of {@code kind} with {@code header} to {@code out}, with the default options.
   *
   * @param out where the bytes go; {@link #close()} closes it
   * @param kind the kind of file
   * @param header its header ({@code UploadHeader} for uploads, {@code BatchHeader} otherwise)
   * @return a writer positioned after the header
   */
  public static BdtWriter create(OutputStream out, BdtFileKind kind, BdtHeader header) {
    return create(out, kind, header, WriteOptions.defaults());
  }

  /**
   * Writes a file of {@code kind} with {@code header} to {@code out}, which {@link #close()} closes.
   *
   * @param out where the bytes go
   * @param kind the kind of file
   * @param header its header ({@code UploadHeader} for uploads, {@code BatchHeader} otherwise)
   * @param options indentation and what to do with characters outside a field's range
   * @return a writer positioned after the header
   */
  public static BdtWriter create(OutputStream out, BdtFileKind kind, BdtHeader header, WriteOptions options) {
    return new BdtWriter(out, kind, header, options);
  }

  /**
   * Writes a file of {@code kind} with {@code header} to {@code file}, created or replaced.
   *
   * @param file the file to write
   * @param kind the kind of file
   * @param header its header
   * @param options indentation and character handling
   * @return a writer positioned after the header
   */
  public static BdtWriter create(Path file, BdtFileKind kind, BdtHeader header, WriteOptions options) {
    try {
      return create(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), kind, header, options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes one record; its type must fit the file kind.
   *
   * @param record the record
   * @throws BdtWriteException when the record does not fit the kind or a character falls outside its field's range
   */
  public void write(BdtRecord record) {
    written++;
    xml.record(written);
    try {
      codec.writeRecord(xml, record);
    } catch (XMLStreamException e) {
      throw new UncheckedIOException(new IOException(e));
    }
  }

  /**
   * {@return the kind of file being written} For a kind whose schema is not the official one ({@link
   * BdtFileKind#isOfficial()} false: graduate notifications, activity reports, fee updates, the export) the file
   * follows the project's reconstruction, and the SMS may expect something else.
   */
  public BdtFileKind kind() {
    return kind;
  }

  /**
   * Records written so far.
   *
   * @return the number of records written so far
   */
  public long count() {
    return written;
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (options.indent()) {
        w.writeCharacters("\n");
      }
      w.writeEndElement();
      w.writeEndDocument();
      w.flush();
      w.close();
      out.close();
    } catch (XMLStreamException e) {
      throw new UncheckedIOException(new IOException(e));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void writeRoot(String prefix) throws XMLStreamException {
    String ns = kind.childNamespace();
    if (kind.isUpload()) {
      w.writeStartElement("ns2", kind.rootElement().getLocalPart(), BdtNamespaces.CAS_UPLOAD);
      w.writeNamespace("ns2", BdtNamespaces.CAS_UPLOAD);
      w.writeDefaultNamespace(BdtNamespaces.CAS_COMMON);
    } else if (!prefix.isEmpty()) {
      w.writeStartElement(prefix, kind.rootElement().getLocalPart(), ns);
      w.writeNamespace(prefix, ns);
    } else {
      w.writeStartElement("", kind.rootElement().getLocalPart(), ns);
      w.writeDefaultNamespace(ns);
    }
  }
}
