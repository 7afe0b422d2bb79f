package io.github.sponsorsdk.sms.xml.io;

import io.github.sponsorsdk.sms.xml.internal.BdtStream;
import io.github.sponsorsdk.sms.xml.records.BdtHeader;
import io.github.sponsorsdk.sms.xml.records.BdtRecord;
import io.github.sponsorsdk.sms.xml.schema.BdtFileKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads a Bulk Data Transfer file one typed record at a time, in constant memory whatever the file size.
 *
 * <pre>{@code
 * try (BdtReader reader = BdtReader.open(Path.of("upload.xml"))) {
 *   UploadHeader header = (UploadHeader) reader.header();
 *   while (reader.hasNext()) {
 *     if (reader.next() instanceof CasRecord cas) { ... }
 *   }
 * }
 * }</pre>
 *
 * <p>The kind of file is recognised from its root element ({@link #kind()}). Secure by default: a DOCTYPE is refused
 * (so no DTD, no entity expansion, no external entity), nothing is ever fetched, and {@link ReadOptions} bound file
 * size, record count, text length and nesting depth. Any problem, including a record that does not fit the schema,
 * throws {@link BdtReadException} with line, column, record index and element path. This reader does not run the
 * schema; to collect every problem of a file instead of stopping at the first, use
 * {@code io.github.sponsorsdk.sms.xml.validate.BdtValidator}.
 */
public final class BdtReader implements AutoCloseable, Iterator<BdtRecord> {
  private final BdtStream stream;
  private boolean ready;
  private boolean more;

  private BdtReader(BdtStream stream) {
    this.stream = stream;
  }

  /**
   * {@return a reader of {@code file} with the default limits, positioned after the header}
   *
   * @param file the BDT file
   */
  public static BdtReader open(Path file) {
    return open(file, ReadOptions.defaults());
  }

  /**
   * {@return a reader of {@code file}, positioned after the header}
   *
   * @param file the BDT file
   * @param limits the security limits
   */
  public static BdtReader open(Path file, ReadOptions limits) {
    try {
      return open(Files.newInputStream(file), limits, Optional.empty());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads from {@code input}, which this reader closes.
   *
   * @param input the file's bytes
   * @return a reader positioned after the header
   */
  public static BdtReader open(InputStream input) {
    return open(input, ReadOptions.defaults(), Optional.empty());
  }

  /**
   * Reads from {@code input}; when {@code expected} is given any other kind of file is refused.
   *
   * @param input the file's bytes
   * @param limits the security limits
   * @param expected the kind the caller expects, if any
   * @return a reader positioned after the header
   */
  public static BdtReader open(InputStream input, ReadOptions limits, Optional<BdtFileKind> expected) {
    return new BdtReader(BdtStream.open(input, limits, expected, Optional.empty()));
  }

  /** {@return the kind of file, from its root element} */
  public BdtFileKind kind() {
    return stream.kind();
  }

  /** {@return the file's header, read when the reader opened} */
  public BdtHeader header() {
    return stream.header().orElseThrow();
  }

  @Override
  public boolean hasNext() {
    if (!ready) {
      more = stream.advance();
      ready = true;
    }
    return more;
  }

  @Override
  public BdtRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    ready = false;
    return stream.record().orElseThrow();
  }

  /** {@return the 0-based index of the record last returned by {@link #next()}} */
  public long index() {
    return stream.recordIndex();
  }

  /** {@return the remaining records as a sequential stream (close this reader, or the stream, when done)} */
  public Stream<BdtRecord> records() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
        false).onClose(this::close);
  }

  @Override
  public void close() {
    stream.close();
  }
}
