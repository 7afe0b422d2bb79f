package io.github.sponsorsdk.sms.xml.io;

import io.github.sponsorsdk.sms.xml.internal.BdtStream;
import io.github.sponsorsdk.sms.xml.internal.Inputs;
import io.github.sponsorsdk.sms.xml.records.BdtHeader;
import io.github.sponsorsdk.sms.xml.records.BdtRecord;
import io.github.sponsorsdk.sms.xml.schema.BdtFileKind;
import java.io.InputStream;
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
 * throws {@link BdtReadException} with line, column, record number (from 1) and element path. This reader does not run the
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
   * Reads {@code file} with the default limits.
   *
   * @param file the file
   * @return a reader positioned after the header
   * @throws BdtReadException with problem {@code IO} when the file is missing, a directory or not readable, or
   *     another problem when its start cannot be read
   */
  public static BdtReader open(Path file) {
    return open(file, ReadOptions.defaults());
  }

  /**
   * Reads {@code file} within {@code limits}.
   *
   * @param file the file
   * @param limits size, count, length and depth limits
   * @return a reader positioned after the header
   * @throws BdtReadException with problem {@code IO} when the file is missing, a directory or not readable, or
   *     another problem when its start cannot be read
   */
  public static BdtReader open(Path file, ReadOptions limits) {
    return open(Inputs.open(file), limits, Optional.empty());
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

  /** {@return the kind of file, from its root element} Its {@link BdtFileKind#provenance()} says how far to trust it. */
  public BdtFileKind kind() {
    return stream.kind();
  }

  /** {@return the file's header ({@code UploadHeader} for CAS uploads, {@code BatchHeader} for the other kinds)} */
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

  /** {@return the number, counted from 1, of the record last returned by {@link #next()}; 0 before the first} */
  public long recordNumber() {
    return stream.recordIndex() + 1;
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
