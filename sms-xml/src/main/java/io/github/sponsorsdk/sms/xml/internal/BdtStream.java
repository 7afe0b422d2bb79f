package io.github.sponsorsdk.sms.xml.internal;

import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.xml.internal.codec.FileCodec;
import io.github.sponsorsdk.sms.xml.io.BdtReadException;
import io.github.sponsorsdk.sms.xml.io.BdtReadException.Problem;
import io.github.sponsorsdk.sms.xml.io.ReadOptions;
import io.github.sponsorsdk.sms.xml.records.BdtHeader;
import io.github.sponsorsdk.sms.xml.records.BdtRecord;
import io.github.sponsorsdk.sms.xml.schema.BdtField;
import io.github.sponsorsdk.sms.xml.schema.BdtFileKind;
import java.io.InputStream;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.xml.namespace.QName;
import javax.xml.stream.Location;

/**
 * The one-pass engine behind {@code BdtReader} and {@code BdtValidator}: a {@link Cursor} pulls the events, the
 * kind's {@link FileCodec} maps each record element to a typed record through a {@link FieldReader}, and, when
 * validating, a {@link SchemaReplay} judges the same events against the schema. Memory is constant: one record,
 * one element stack, one text buffer.
 *
 * <p>Without a {@link Sink} every problem throws {@link BdtReadException}. With one, schema errors and unmappable
 * records are reported to the sink and reading goes on with the next record; only fatal problems (malformed XML,
 * DOCTYPE, limits, unknown root) still throw.
 */
public final class BdtStream implements AutoCloseable {

  /** Receives problems while validating. {@code recordIndex} is -1 outside records. */
  public interface Sink {
    /** The schema rejects something. */
    void schemaProblem(long recordIndex, int line, int column, String path, String message);

    /** A record (or the header) could not be mapped, and the schema said nothing about it. */
    void unreadable(long recordIndex, int line, int column, String path, String message);

    /**
     * The upload header's SchemaID, Category and root element disagree (each valid on its own); true to keep the
     * header as read (the rule is relaxed).
     */
    boolean headerInconsistent(int line, int column, String message);

    /**
     * Bytes of record {@code recordIndex} (-1: outside records) that are not characters of the declared encoding
     * ({@link EncodingReader.Event#malformed()}), or that look like UTF-8 in a single-byte file: the first such place
     * and how many {@code more} the record has.
     */
    void encoding(long recordIndex, int line, int column, EncodingReader.Event event, int more);

    /**
     * A field of record {@code recordIndex} (-1: the header) is longer than the reader's limit; its text was skipped
     * and the record cannot be mapped. {@code maxLength} is the field's schema limit, when it has one.
     */
    void fieldTooLong(long recordIndex, Cursor.OverLong where, int readerLimit, Optional<BdtField> field);

    /** True when messages must hide the values of personal-data fields ({@link BdtField#personalData()}). */
    boolean masksPersonalData();
  }

  private final Cursor cursor;
  private final FieldReader fields;
  private final Sink sink;
  private SchemaReplay schema;
  private BdtFileKind kind;
  private FileCodec codec;
  private Optional<BdtHeader> header = Optional.empty();
  private boolean finished;
  private long recordIndex = -1;
  private long recordCount;
  private int recordLine;
  private int recordColumn;
  private BdtRecord record;

  private BdtStream(InputStream raw, ReadOptions limits, Sink sink) {
    this.cursor = new Cursor(raw, limits);
    this.fields = new FieldReader(cursor);
    this.sink = sink;
  }

  /**
   * Opens {@code input}, reads up to and including the header, and returns the stream positioned before the first
   * record. {@code expected} restricts the kinds accepted; {@code sink} turns validation on.
   */
  public static BdtStream open(InputStream input, ReadOptions limits, Optional<BdtFileKind> expected,
      Optional<Sink> sink) {
    BdtStream s = new BdtStream(input, limits, sink.orElse(null));
    try {
      s.start(expected);
    } catch (RuntimeException e) {
      s.close();
      throw e;
    }
    return s;
  }

  /** The kind of file, from its root element. */
  public BdtFileKind kind() {
    return kind;
  }

  /** The header; empty only while validating a file whose header could not be mapped (the sink has been told). */
  public Optional<BdtHeader> header() {
    return header;
  }

  /** Records seen so far, including unreadable ones. */
  public long recordCount() {
    return recordCount;
  }

  /** The current record; empty when it could not be mapped (validating only). */
  public Optional<BdtRecord> record() {
    return Optional.ofNullable(record);
  }

  /** The ApplicantID of the current record, when it was read (even if the record could not be mapped). */
  public Optional<String> applicantId() {
    return fields.applicantId();
  }

  /**
   * The leaf values of the current record as read, for the field rules of a record that could not be mapped (upload
   * kinds, validating; empty otherwise).
   */
  public List<RecordValues.Value> recordValues() {
    return schema == null ? List.of() : schema.values();
  }

  /** The 0-based index of the current record. */
  public long recordIndex() {
    return recordIndex;
  }

  /** The line of the current record's start tag. */
  public int recordLine() {
    return recordLine;
  }

  /** The column of the current record's start tag. */
  public int recordColumn() {
    return recordColumn;
  }

  @Override
  public void close() {
    cursor.close();
  }

  // ---------------------------------------------------------------- document

  private void start(Optional<BdtFileKind> expected) {
    QName root = cursor.root();
    Optional<BdtFileKind> k = BdtFileKind.ofRoot(root);
    if (k.isEmpty() || expected.map(e -> e != k.get()).orElse(false)) {
      String wanted = expected.map(e -> e.rootElement().toString()).orElse(Arrays.stream(BdtFileKind.values())
          .map(x -> x.rootElement().toString()).distinct().collect(Collectors.joining(", ")));
      throw new BdtReadException(Problem.UNKNOWN_ROOT, "root element " + root + " is not " + (expected.isPresent()
          ? "" : "one of ") + wanted, cursor.line(), cursor.column(), -1, "", null);
    }
    kind = k.get();
    codec = FileCodec.of(kind);
    cursor.childNamespace(kind.childNamespace());
    if (sink != null) {
      schema = new SchemaReplay(cursor, kind, sink);
      cursor.listen(schema);
      cursor.tolerateLongText();
    }
    try {
      rootLevelTag(); // stray text before the header is a finding, not a reason to lose the header
      header = Optional.of(codec.readHeader(fields));
    } catch (HeaderInconsistentException e) {
      if (sink == null) {
        throw new BdtReadException(Problem.INVALID_VALUE, message(e), cursor.line(), cursor.column(), -1, "Header",
            e);
      }
      if (sink.headerInconsistent(cursor.line(), cursor.column(), message(e))) {
        header = Optional.of(e.header());
      }
    } catch (StructureException | InvalidValueException | DateTimeParseException | NumberFormatException e) {
      if (sink == null) {
        throw new BdtReadException(e instanceof StructureException ? Problem.STRUCTURE : Problem.INVALID_VALUE,
            message(e), cursor.line(), cursor.column(), -1, cursor.path(), e);
      }
      if (cursor.depth() >= 1) { // else the root has ended and advance() will see it
        cursor.skipTo(1);
      }
      if (cursor.overLong().isPresent()) {
        tooLong(-1);
      } else if (schema.problemsOutsideRecords() == 0) { // else the schema has said what is wrong
        sink.unreadable(-1, cursor.line(), cursor.column(), cursor.path(), "header: " + message(e));
      }
    }
    if (schema != null) {
      schema.headerDone();
    }
    encoding(-1, cursor.encodingEventsSoFar(), cursor.line(), cursor.column());
  }

  /** Moves to the next record; false at the end of the file. */
  public boolean advance() {
    record = null;
    if (finished) {
      return false;
    }
    boolean replays = schema != null && schema.replays();
    int ev = rootLevelTag();
    while (replays && ev == START_ELEMENT && !cursor.at(kind.recordElement())) {
      // the file-level content model (Header, then CAS elements) is this reader's check on the fast path
      if (kind.recordElement().equals(cursor.currentLocalName())) {
        sink.schemaProblem(-1, cursor.line(), cursor.column(), cursor.path(), kind.recordElement()
            + " is in the namespace '" + cursor.currentNamespace() + "', not '" + kind.childNamespace() + "'");
      } else {
        schema.problem(cursor.line(), cursor.column(), cursor.path(), "cvc-complex-type.2.4.a: Invalid content"
            + " was found starting with element '" + cursor.currentLocalName() + "'. One of '{"
            + kind.recordElement() + "}' is expected.");
      }
      cursor.consume();
      cursor.skipTo(1);
      ev = rootLevelTag();
    }
    if (ev == END_ELEMENT) {
      cursor.consume();
      if (replays && recordCount == 0) {
        schema.problem(cursor.line(), cursor.column(), "", "cvc-complex-type.2.4.b: The content of element '"
            + kind.rootElement().getLocalPart() + "' is not complete. One of '{" + kind.recordElement()
            + "}' is expected.");
      }
      cursor.finish();
      finished = true;
      encoding(-1, cursor.remainingEncodingEvents(), cursor.line(), cursor.column());
      return false;
    }
    if (recordCount >= cursor.limits().maxRecords()) {
      throw cursor.limit("more than " + cursor.limits().maxRecords() + " records");
    }
    recordIndex = recordCount++;
    Location loc = cursor.reader().getLocation();
    recordLine = loc.getLineNumber();
    recordColumn = loc.getColumnNumber();
    fields.startRecord();
    if (schema != null) {
      schema.startRecord();
    }
    cursor.enterRecord(recordIndex);
    cursor.clearOverLong();
    try {
      cursor.open(kind.recordElement());
      record = codec.readRecord(fields);
      if (replays && (schema.suspicious() || fields.unusual())) {
        schema.replay();
      }
    } catch (StructureException | InvalidValueException | DateTimeParseException | NumberFormatException e) {
      Problem p = e instanceof StructureException ? Problem.STRUCTURE : Problem.INVALID_VALUE;
      String path = cursor.path();
      if (sink == null) {
        throw new BdtReadException(p, message(e), cursor.line(), cursor.column(), recordIndex + 1, path, e);
      }
      int line = cursor.line();
      int column = cursor.column();
      cursor.skipTo(1);
      Optional<Cursor.OverLong> overLong = cursor.overLong();
      if (replays) {
        schema.replay(overLong.map(Cursor.OverLong::path));
      }
      if (overLong.isPresent()) {
        tooLong(recordIndex);
      } else if (schema.problemsInRecord() == 0) {
        sink.unreadable(recordIndex, line, column, path, message(e));
      }
    } finally {
      cursor.leaveRecord();
    }
    encoding(recordIndex, cursor.encodingEventsSoFar(), recordLine, recordColumn);
    return true;
  }

  /**
   * Reports the encoding events of record {@code index} (-1: outside records): to the sink when validating; a plain
   * reader refuses bytes that are not characters of the declared encoding rather than hand out a repaired value.
   */
  private void encoding(long index, List<EncodingReader.Event> events, int line, int column) {
    EncodingReader.Event malformed = null;
    EncodingReader.Event suspect = null;
    int malformedCount = 0;
    int suspectCount = 0;
    for (EncodingReader.Event e : events) {
      if (e.malformed()) {
        malformed = malformed == null ? e : malformed;
        malformedCount++;
      } else {
        suspect = suspect == null ? e : suspect;
        suspectCount++;
      }
    }
    if (malformed != null && sink == null) {
      throw new BdtReadException(Problem.ENCODING, malformed.describe(), line, column, index + 1, "", null);
    }
    if (sink != null && malformed != null) {
      sink.encoding(index, line, column, malformed, malformedCount - 1);
    }
    if (sink != null && suspect != null) {
      sink.encoding(index, line, column, suspect, suspectCount - 1);
    }
  }


  private void tooLong(long index) {
    Cursor.OverLong where = cursor.overLong().orElseThrow();
    String parent = where.path().contains("/")
        ? where.path().substring(0, where.path().lastIndexOf('/')) : "";
    String parentElement = parent.substring(parent.lastIndexOf('/') + 1);
    sink.fieldTooLong(index, where, cursor.limits().maxTextLength(), BdtField.of(parentElement, where.element()));
    cursor.clearOverLong();
  }

  /** Like {@link Cursor#peekTag()} at the root level, where stray text is reported (validating) rather than fatal. */
  private int rootLevelTag() {
    while (true) {
      try {
        return cursor.peekTag();
      } catch (StructureException e) {
        if (sink == null || !cursor.reader().hasText()) {
          throw new BdtReadException(Problem.STRUCTURE, message(e), cursor.line(), cursor.column(), -1, "", e);
        }
        if (schema.replays()) {
          schema.problem(cursor.line(), cursor.column(), "", "cvc-complex-type.2.3: Element '"
              + kind.rootElement().getLocalPart() + "' cannot have character [children], because the type's"
              + " content type is element-only.");
        }
      }
    }
  }

  private static String message(Exception e) {
    return String.valueOf(e.getMessage());
  }
}
