package io.github.sponsorsdk.sms.xml.internal;

import static javax.xml.stream.XMLStreamConstants.CHARACTERS;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import io.github.sponsorsdk.sms.xml.io.BdtReadException;
import io.github.sponsorsdk.sms.xml.io.BdtReadException.Problem;
import io.github.sponsorsdk.sms.xml.schema.BdtFileKind;
import io.github.sponsorsdk.sms.xml.schema.BdtField;
import io.github.sponsorsdk.sms.xml.schema.BdtNamespaces;
import io.github.sponsorsdk.sms.xml.schema.BdtSchemas;
import io.github.sponsorsdk.sms.xml.schema.CharacterRange;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamReader;
import javax.xml.validation.Schema;
import javax.xml.validation.ValidatorHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * The schema's judgement of the events a {@link Cursor} pulls, reported to a {@link BdtStream.Sink} with record,
 * line, column and path.
 *
 * <p>Two modes. For the upload kinds the header is validated live, then each record's events are kept in an
 * {@link EventBuffer} and <em>replayed</em> into the per-record schema ({@link BdtSchemas#recordSchema}) only when the
 * reader's own checks could not clear the record ({@link #replay()}). For the other kinds every event goes live to
 * the streaming schema through a {@link SaxBridge}. Either way the character ranges of the string types are checked
 * here, element by element ({@link CharacterRange}), because the streaming schemas leave them out.
 */
public final class SchemaReplay implements Cursor.Listener {
  /** A CAS record has about a hundred events; the buffer refuses absurd ones (breadth is not bounded by depth). */
  static final int MAX_RECORD_EVENTS = 20_000;
  static final int MAX_RECORD_CHARS = 1 << 20;
  /**
   * {@link BdtField#charactersOf} of every field's element, looked up without an {@code Optional} per start tag (a
   * file has millions of them).
   */
  private static final Map<String, CharacterRange> RANGES = ranges();

  private final Cursor cursor;
  private final XMLStreamReader r;
  private final BdtStream.Sink sink;
  private final BdtFileKind kind;
  private final String ns;
  private final boolean fast;
  private final EventBuffer buffer = new EventBuffer();
  private final String[] replayStack;
  private final int[] replayDepth = new int[1];
  private SaxBridge bridge;
  private boolean buffering;
  private boolean replaying;
  private int lastTag = -1;
  private CharacterRange range;
  private boolean rangeReported;
  private char[] whitespace = new char[64];
  private int whitespaceLength = -1;
  /** The record holds something the mapping does not check itself (attributes other than a plain nil). */
  private boolean suspicious;
  private int problemsInRecord;
  private int problemsOutside;
  private String lastPath = "";
  private int lastLine;
  private int lastColumn;
  private Optional<String> skipped = Optional.empty();

  /**
   * Starts judging {@code kind} with the cursor on the root start tag: uploads validate the header live and buffer
   * records; the other kinds validate every event live.
   */
  public SchemaReplay(Cursor cursor, BdtFileKind kind, BdtStream.Sink sink) {
    this.cursor = cursor;
    this.r = cursor.reader();
    this.sink = sink;
    this.kind = kind;
    this.ns = kind.childNamespace();
    this.fast = kind.isUpload();
    this.replayStack = new String[cursor.limits().maxDepth() + 2];
    if (fast) {
      rootAttributes();
      String[] rootNs = namespaceDeclarations();
      buffer.outerNamespaces(rootNs == null ? new String[0] : rootNs);
      bridge = new SaxBridge(r, newHandler(BdtSchemas.recordSchema(kind)));
      try {
        bridge.startDocument(); // the header is validated live, as a document of its own
      } catch (SAXException e) {
        throw malformed(e);
      }
      lastTag = START_ELEMENT;
      return;
    }
    bridge = new SaxBridge(r, newHandler(BdtSchemas.streamingSchema(kind)));
    try {
      bridge.startDocument();
      bridge.startElement();
      lastTag = START_ELEMENT;
    } catch (SAXException e) {
      throw malformed(e);
    }
  }

  /** True for the upload kinds, whose records are cleared by the reader and replayed only when needed. */
  public boolean replays() {
    return fast;
  }

  /** The header has been read: uploads close its live document and buffer every record from now on. */
  public void headerDone() {
    if (!fast) {
      return;
    }
    try {
      bridge.endDocument();
    } catch (SAXException e) {
      throw malformed(e);
    }
    bridge = null;
    buffering = true;
  }

  /** A new record starts: its problem count starts at 0. */
  public void startRecord() {
    problemsInRecord = 0;
  }

  /** Problems the schema (or the range check) reported in the current record so far. */
  public int problemsInRecord() {
    return problemsInRecord;
  }

  /** The leaf values of the current record as buffered (upload kinds only; empty for the others). */
  public List<RecordValues.Value> values() {
    return buffering ? buffer.leaves() : List.of();
  }

  /** True when the current record holds something only the schema can judge. */
  public boolean suspicious() {
    return suspicious;
  }

  /** Replays the buffered record into the record schema, so the sink gets the schema's own findings. */
  public void replay() {
    replay(Optional.empty());
  }

  /**
   * Replays the buffered record; findings at {@code skipped} (a field whose over-long text was not kept) are left
   * out, since the schema sees that element empty.
   */
  public void replay(Optional<String> skipped) {
    ValidatorHandler h = newHandler(BdtSchemas.recordSchema(kind));
    replaying = true;
    this.skipped = skipped;
    try {
      buffer.replay(h, replayStack, replayDepth);
    } catch (SAXException e) {
      throw new BdtReadException(Problem.MALFORMED, e.getMessage(), cursor.line(), cursor.column(),
          cursor.recordNumber(), path(), e);
    } finally {
      replaying = false;
      this.skipped = Optional.empty();
    }
  }

  // ---------------------------------------------------------------- events from the cursor

  @Override
  public void startElement() throws SAXException {
    if (bridge == null && !buffering) {
      return;
    }
    whitespaceLength = -1; // whitespace before a child element is ignorable
    if (buffering) {
      bufferStart();
    } else {
      bridge.startElement();
    }
    range = ns.equals(cursor.currentNamespace()) ? RANGES.get(cursor.currentLocalName()) : null;
    rangeReported = false;
    lastTag = START_ELEMENT;
  }

  @Override
  public void endElement() throws SAXException {
    if (bridge == null && !buffering) {
      return;
    }
    if (whitespaceLength >= 0) {
      forward(whitespace, 0, whitespaceLength);
      whitespaceLength = -1;
    }
    if (buffering) {
      Location loc = r.getLocation();
      buffer.end(r.getNamespaceURI(), r.getLocalName(), loc.getLineNumber(), loc.getColumnNumber());
    } else {
      bridge.endElement();
    }
    range = null;
    lastTag = END_ELEMENT;
  }

  /**
   * Hands text to the validator. Whitespace-only text right after an end tag, or between a start tag and a child's
   * start tag, is ignorable in element-only content and is not passed on (the BDT schemas have no mixed content);
   * whitespace right after a start tag is held until the next event shows whether it is a simple value.
   */
  @Override
  public void characters() throws SAXException {
    if (bridge == null && !buffering) {
      return;
    }
    int len = r.getTextLength();
    if (lastTag != CHARACTERS && Lexical.whitespaceOnly(r.getTextCharacters(), r.getTextStart(), len)) {
      if (lastTag == END_ELEMENT && whitespaceLength < 0) {
        return;
      }
      if (lastTag == START_ELEMENT && whitespaceLength < 0 && len <= whitespace.length) {
        System.arraycopy(r.getTextCharacters(), r.getTextStart(), whitespace, 0, len);
        whitespaceLength = len;
        return;
      }
    }
    if (whitespaceLength >= 0) {
      forward(whitespace, 0, whitespaceLength);
      whitespaceLength = -1;
    }
    forward(r.getTextCharacters(), r.getTextStart(), len);
    lastTag = CHARACTERS;
  }

  @Override
  public void endDocument() throws SAXException {
    if (bridge != null) {
      bridge.endDocument();
    }
  }

  /** Checks the element's character range (see {@link BdtSchemas#streamingSchema}) and passes the text on. */
  private void forward(char[] chars, int start, int length) throws SAXException {
    if (range != null && !rangeReported) {
      int bad = range.firstDisallowed(chars, start, length);
      if (bad >= 0 && chars[start + bad] == '\uFFFD' && cursor.replacedMalformedBytes()) {
        bad = -1; // the decoder's replacement of bytes it reports itself, with their offset
      }
      if (bad >= 0) {
        rangeReported = true;
        Location loc = r.getLocation();
        String element = cursor.elementAt(cursor.depth());
        deliver(loc.getLineNumber(), loc.getColumnNumber(), cursor.path(), element + " holds "
            + CharacterRange.describe(chars[start + bad]) + ", which " + range.officialType()
            + " does not allow (" + range.pattern() + ")");
      }
    }
    if (buffering) {
      if (buffer.chars() + length > MAX_RECORD_CHARS) {
        throw cursor.limit("a record of more than " + MAX_RECORD_CHARS + " characters");
      }
      Location loc = r.getLocation();
      buffer.text(chars, start, length, loc.getLineNumber(), loc.getColumnNumber());
    } else {
      bridge.characters(chars, start, length);
    }
  }

  /** Buffers a start tag; an attribute other than a plain xsi:nil on AccomodationProvided makes it suspicious. */
  private void bufferStart() {
    int depth = cursor.depth();
    if (depth == 2) {
      buffer.clear();
      suspicious = false;
    }
    AttributesImpl a = null;
    int n = 0;
    for (int i = 0; i < r.getAttributeCount(); i++) {
      n += SaxBridge.isNamespaceDeclaration(r, i) ? 0 : 1;
    }
    if (n > 0) {
      a = new AttributesImpl();
      for (int i = 0; i < r.getAttributeCount(); i++) {
        if (SaxBridge.isNamespaceDeclaration(r, i)) {
          continue;
        }
        String l = r.getAttributeLocalName(i);
        String u = r.getAttributeNamespace(i) == null ? "" : r.getAttributeNamespace(i);
        String v = r.getAttributeValue(i);
        a.addAttribute(u, l, l, "CDATA", v);
        boolean nil = BdtNamespaces.XSI.equals(u) && l.equals("nil")
            && BdtField.ACCOMODATION_PROVIDED.element().equals(cursor.elementAt(depth))
            && (v.strip().equals("true") || v.strip().equals("false") || v.strip().equals("1")
                || v.strip().equals("0"));
        suspicious |= !nil || n > 1;
      }
    }
    if (buffer.size() > MAX_RECORD_EVENTS) {
      throw cursor.limit("a record of more than " + MAX_RECORD_EVENTS + " XML events");
    }
    Location loc = r.getLocation();
    String u = cursor.currentNamespace();
    buffer.start(u == null ? "" : u, cursor.currentLocalName(), a, namespaceDeclarations(),
        loc.getLineNumber(), loc.getColumnNumber());
  }

  /** The prefix/URI pairs declared on the current start tag, or null. */
  private String[] namespaceDeclarations() {
    int n = r.getNamespaceCount();
    if (n == 0) {
      return null;
    }
    String[] pairs = new String[2 * n];
    for (int i = 0; i < n; i++) {
      pairs[2 * i] = r.getNamespacePrefix(i) == null ? "" : r.getNamespacePrefix(i);
      pairs[2 * i + 1] = r.getNamespaceURI(i) == null ? "" : r.getNamespaceURI(i);
    }
    return pairs;
  }

  /** The upload root may carry only xsi schema-location hints (namespace declarations are not attributes). */
  private void rootAttributes() {
    for (int i = 0; i < r.getAttributeCount(); i++) {
      String l = r.getAttributeLocalName(i);
      if (SaxBridge.isNamespaceDeclaration(r, i)) {
        continue;
      }
      if (!(BdtNamespaces.XSI.equals(r.getAttributeNamespace(i))
          && (l.equals("schemaLocation") || l.equals("noNamespaceSchemaLocation")))) {
        sink.schemaProblem(-1, cursor.line(), cursor.column(), "", "the root element "
            + kind.rootElement().getLocalPart() + " may not carry the attribute " + l
            + " (only xsi:schemaLocation hints, which are ignored)");
      }
    }
  }

  private static Map<String, CharacterRange> ranges() {
    Map<String, CharacterRange> m = new HashMap<>();
    for (BdtField f : BdtField.values()) {
      BdtField.charactersOf(f.element()).ifPresent(r -> m.put(f.element(), r));
    }
    return Map.copyOf(m);
  }

  private ValidatorHandler newHandler(Schema schema) {
    ValidatorHandler vh = schema.newValidatorHandler();
    try {
      vh.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      vh.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    } catch (SAXException e) {
      throw new IllegalStateException("The JDK validator rejected a security setting", e);
    }
    // The BDT schemas declare no identity constraints, IDs or defaults, and nobody reads the PSVI: switching those
    // parts of the validator off changes no outcome and saves a good part of its time.
    for (String feature : new String[] {"http://apache.org/xml/features/validation/schema/augment-psvi",
        "http://apache.org/xml/features/validation/identity-constraint-checking",
        "http://apache.org/xml/features/validation/id-idref-checking"}) {
      try {
        vh.setFeature(feature, false);
      } catch (SAXException e) {
        // not supported by this JDK's validator: keep its default
      }
    }
    try {
      // SchemaMessages reads the validator's English wording, whatever the JVM's default locale
      vh.setProperty("http://apache.org/xml/properties/locale", Locale.ENGLISH);
    } catch (SAXException e) {
      // not supported by this JDK's validator: its messages are passed on as they are
    }
    vh.setResourceResolver((type, nsUri, publicId, systemId, base) -> {
      throw new IllegalArgumentException("External resource refused: " + systemId);
    });
    vh.setErrorHandler(new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {
        // schema warnings are not findings
      }

      @Override
      public void error(SAXParseException e) {
        report(e);
      }

      @Override
      public void fatalError(SAXParseException e) {
        report(e);
      }
    });
    return vh;
  }

  private void report(SAXParseException e) {
    Optional<String> notKept = replaying ? skipped : cursor.overLong().map(Cursor.OverLong::path);
    if (notKept.isPresent() && notKept.get().equals(path())) {
      return; // the field's text was too long to keep: the reader reports it (FIELD_TOO_LONG)
    }
    problem(e.getLineNumber(), e.getColumnNumber(), path(), String.valueOf(e.getMessage()));
  }

  /**
   * A problem in the JDK validator's words at {@code path}, passed to the sink in plain words (or dropped when it
   * only restates the problem just reported at the same place).
   */
  public void problem(int line, int column, String path, String jdkMessage) {
    boolean same = path.equals(lastPath) && line == lastLine && column == lastColumn;
    Optional<SchemaMessages.Plain> plain = SchemaMessages.of(jdkMessage, path, sink.masksPersonalData(), same);
    if (plain.isPresent()) {
      deliver(line, column, plain.get().path(), plain.get().message());
    }
    lastPath = path;
    lastLine = line;
    lastColumn = column;
  }

  private void deliver(int line, int column, String path, String message) {
    if (cursor.inRecord()) {
      problemsInRecord++;
    } else {
      problemsOutside++;
    }
    sink.schemaProblem(cursor.recordIndex(), line, column, path, message);
  }

  /** Problems reported outside records (root, header) so far. */
  public int problemsOutsideRecords() {
    return problemsOutside;
  }

  /** The element path below the root; while replaying, the path of the replayed event. */
  private String path() {
    if (!replaying) {
      return cursor.path();
    }
    StringBuilder b = new StringBuilder(64);
    for (int i = 2; i <= replayDepth[0] && i < replayStack.length; i++) {
      if (b.length() > 0) {
        b.append('/');
      }
      b.append(replayStack[i]);
    }
    return b.toString();
  }

  private BdtReadException malformed(SAXException e) {
    return new BdtReadException(Problem.MALFORMED, e.getMessage(), cursor.line(), cursor.column(), -1, "", e);
  }
}
