package io.github.sponsorsdk.sms.xml.internal;

import static javax.xml.stream.XMLStreamConstants.CDATA;
import static javax.xml.stream.XMLStreamConstants.CHARACTERS;
import static javax.xml.stream.XMLStreamConstants.DTD;
import static javax.xml.stream.XMLStreamConstants.END_DOCUMENT;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.ENTITY_REFERENCE;
import static javax.xml.stream.XMLStreamConstants.SPACE;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.xml.io.BdtReadException;
import io.github.sponsorsdk.sms.xml.io.BdtReadException.Problem;
import io.github.sponsorsdk.sms.xml.io.ReadOptions;
import io.github.sponsorsdk.sms.xml.records.Applicant;
import io.github.sponsorsdk.sms.xml.records.BatchHeader;
import io.github.sponsorsdk.sms.xml.records.BdtHeader;
import io.github.sponsorsdk.sms.xml.records.BdtRecord;
import io.github.sponsorsdk.sms.xml.records.CasCategory;
import io.github.sponsorsdk.sms.xml.records.CasExportRecord;
import io.github.sponsorsdk.sms.xml.records.CasRecord;
import io.github.sponsorsdk.sms.xml.records.CasStatus;
import io.github.sponsorsdk.sms.xml.records.Course;
import io.github.sponsorsdk.sms.xml.records.Documentation;
import io.github.sponsorsdk.sms.xml.records.Evidence;
import io.github.sponsorsdk.sms.xml.records.FeeUpdate;
import io.github.sponsorsdk.sms.xml.records.Finances;
import io.github.sponsorsdk.sms.xml.records.Gender;
import io.github.sponsorsdk.sms.xml.records.GraduateNotification;
import io.github.sponsorsdk.sms.xml.records.InternationalAddress;
import io.github.sponsorsdk.sms.xml.records.UkAddress;
import io.github.sponsorsdk.sms.xml.records.WorkPlacement;
import io.github.sponsorsdk.sms.xml.records.LevelComparison;
import io.github.sponsorsdk.sms.xml.records.OverseasInstitution;
import io.github.sponsorsdk.sms.core.certificate.PartialDate;
import io.github.sponsorsdk.sms.xml.records.PartnerInstitution;
import io.github.sponsorsdk.sms.xml.records.StudentActivityReport;
import io.github.sponsorsdk.sms.xml.records.UploadHeader;
import io.github.sponsorsdk.sms.xml.schema.BdtFileKind;
import io.github.sponsorsdk.sms.xml.schema.BdtNamespaces;
import io.github.sponsorsdk.sms.xml.schema.BdtSchemas;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.validation.ValidatorHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The one-pass engine behind {@code BdtReader} and {@code BdtValidator}: pulls StAX events, maps each record element
 * to a typed record by recursive descent, optionally feeds every event to the schema validator (through
 * {@link SaxBridge}), and enforces the {@link ReadOptions}. Memory is constant: one record, one element stack, one
 * text buffer.
 *
 * <p>Without a {@link Sink} every problem throws {@link BdtReadException}. With one, schema errors and unmappable
 * records are reported to the sink and reading goes on with the next record; only fatal problems (malformed XML,
 * DOCTYPE, limits, unknown root) still throw.
 */
public final class BdtStream implements AutoCloseable {

  /** Receives problems while validating. {@code recordIndex} is -1 outside records. */
  public interface Sink {
    void schemaProblem(long recordIndex, int line, int column, String path, String message);

    void unreadable(long recordIndex, int line, int column, String path, String message);

    /** The upload header's SchemaID, Category and root element disagree (each valid on its own). */
    void headerInconsistent(int line, int column, String message);
  }

  /** SchemaID, Category and root element disagree. */
  static final class HeaderInconsistent extends RuntimeException {
    private static final long serialVersionUID = 1L;

    HeaderInconsistent(String message) {
      super(message, null, false, false);
    }
  }

  private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_DATE;
  /** A CAS record has about a hundred events; the replay buffer refuses absurd ones (breadth is not bounded by depth). */
  static final int MAX_RECORD_EVENTS = 20_000;
  static final int MAX_RECORD_CHARS = 1 << 20;

  private final InputStream raw;
  private final LimitedInputStream in;
  private final XMLStreamReader r;
  private final ReadOptions limits;
  private final Sink sink;
  private final String[] stack;
  private final StringBuilder text = new StringBuilder(256);
  private SaxBridge bridge;
  private BdtFileKind kind;
  private String ns;
  private Optional<BdtHeader> header = Optional.empty();
  private int depth;
  private int cur;
  private boolean consumed = true;
  private boolean finished;
  private boolean inRecord;
  private long recordIndex = -1;
  private long recordCount;
  private int problemsInRecord;
  private int recordLine;
  private int recordColumn;
  private BdtRecord record;
  private int lastTag = -1;
  /** Local name and namespace of the last start tag, read once from the reader. */
  private String curLocal;
  private String curNs;
  private Repertoire repertoire;
  private boolean repertoireReported;
  private char[] whitespace = new char[64];
  private int whitespaceLength = -1;
  /** Uploads: records are cleared by the mapping's own checks and replayed into the schema only when needed. */
  private boolean fast;
  private boolean buffering;
  private final EventBuffer buffer = new EventBuffer();
  /** The record holds something the mapping does not check itself (attributes, time zones): replay it. */
  private boolean suspicious;
  private boolean replaying;
  private String[] replayStack;
  private final int[] replayDepth = new int[1];
  private String applicantId;

  private BdtStream(InputStream raw, ReadOptions limits, Sink sink) {
    this.raw = raw;
    this.in = new LimitedInputStream(raw, limits.maxFileBytes());
    this.limits = limits;
    this.sink = sink;
    this.stack = new String[limits.maxDepth() + 2];
    XMLStreamReader created;
    try {
      created = SecureXml.input().createXMLStreamReader(in);
    } catch (XMLStreamException e) {
      throw fatal(e, 1, 1);
    }
    this.r = created;
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
      s.closeQuietly();
      throw e;
    }
    return s;
  }

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

  /** Moves to the next record; false at the end of the file. */
  public boolean advance() {
    record = null;
    if (finished) {
      return false;
    }
    int ev = rootLevelTag();
    while (fast && sink != null && ev == START_ELEMENT && !at(kind.recordElement())) {
      // the file-level content model (Header, then CAS elements) is this reader's check on the fast path
      sink.schemaProblem(-1, line(), column(), path(), "cvc-complex-type.2.4.a: Invalid content was found starting"
          + " with element '" + r.getLocalName() + "'. One of '{CAS}' is expected.");
      consumed = true;
      while (depth > 1) {
        next();
      }
      ev = rootLevelTag();
    }
    if (ev == END_ELEMENT) {
      consumed = true;
      if (fast && sink != null && recordCount == 0) {
        sink.schemaProblem(-1, line(), column(), "", "cvc-complex-type.2.4.b: The content of element '"
            + kind.rootElement().getLocalPart() + "' is not complete. One of '{CAS}' is expected.");
      }
      finish();
      return false;
    }
    if (recordCount >= limits.maxRecords()) {
      throw limit("more than " + limits.maxRecords() + " records");
    }
    recordIndex = recordCount++;
    Location loc = r.getLocation();
    recordLine = loc.getLineNumber();
    recordColumn = loc.getColumnNumber();
    problemsInRecord = 0;
    applicantId = null;
    inRecord = true;
    try {
      open(kind.recordElement());
      record = readRecord();
      if (fast && sink != null && suspicious) {
        replay();
      }
    } catch (StructureException | InvalidValueException | DateTimeParseException | NumberFormatException e) {
      Problem p = e instanceof StructureException ? Problem.STRUCTURE : Problem.INVALID_VALUE;
      String path = path();
      if (sink == null) {
        throw new BdtReadException(p, message(e), line(), column(), recordIndex, path, e);
      }
      int line = line();
      int column = column();
      skipRecord();
      if (fast) {
        replay();
      }
      if (problemsInRecord == 0) {
        sink.unreadable(recordIndex, line, column, path, message(e));
      }
    } finally {
      inRecord = false;
    }
    return true;
  }

  /** Like {@link #peekTag()} at the root level, where stray text is reported (validating) rather than fatal. */
  private int rootLevelTag() {
    while (true) {
      try {
        return peekTag();
      } catch (StructureException e) {
        if (sink == null || !r.hasText()) {
          throw new BdtReadException(Problem.STRUCTURE, message(e), line(), column(), -1, "", e);
        }
        if (fast) {
          sink.schemaProblem(-1, line(), column(), "", "cvc-complex-type.2.3: Element '"
              + kind.rootElement().getLocalPart() + "' cannot have character [children], because the type's"
              + " content type is element-only.");
        }
      }
    }
  }

  /** Replays the buffered record into the record schema, so the sink gets the schema's own findings. */
  private void replay() {
    ValidatorHandler h = newHandler(BdtSchemas.recordSchema(kind));
    replaying = true;
    try {
      buffer.replay(h, replayStack, replayDepth);
    } catch (SAXException e) {
      throw new BdtReadException(Problem.MALFORMED, e.getMessage(), line(), column(), recordIndex, path(), e);
    } finally {
      replaying = false;
    }
  }

  /** The current record; empty when it could not be mapped (validating only). */
  public Optional<BdtRecord> record() {
    return Optional.ofNullable(record);
  }

  /** The ApplicantID of the current record, when it was read (even if the record could not be mapped). */
  public Optional<String> applicantId() {
    return Optional.ofNullable(applicantId);
  }

  public long recordIndex() {
    return recordIndex;
  }

  public int recordLine() {
    return recordLine;
  }

  public int recordColumn() {
    return recordColumn;
  }

  @Override
  public void close() {
    closeQuietly();
  }

  private void closeQuietly() {
    try {
      if (r != null) {
        r.close();
      }
    } catch (XMLStreamException ignored) {
      // closing a reader that already failed
    }
    try {
      raw.close();
    } catch (IOException ignored) {
      // nothing to do
    }
  }

  // ---------------------------------------------------------------- document

  private void start(Optional<BdtFileKind> expected) {
    int ev;
    do {
      ev = next();
      if (ev == END_DOCUMENT) {
        throw new BdtReadException(Problem.EMPTY, "no root element", line(), column(), -1, "", null);
      }
    } while (ev != START_ELEMENT);
    QName root = r.getName();
    Optional<BdtFileKind> k = BdtFileKind.ofRoot(root);
    if (k.isEmpty() || expected.map(e -> e != k.get()).orElse(false)) {
      String wanted = expected.map(e -> e.rootElement().toString()).orElse(Arrays.stream(BdtFileKind.values())
          .map(x -> x.rootElement().toString()).distinct().collect(Collectors.joining(", ")));
      throw new BdtReadException(Problem.UNKNOWN_ROOT, "root element " + root + " is not " + (expected.isPresent()
          ? "" : "one of ") + wanted, line(), column(), -1, "", null);
    }
    kind = k.get();
    ns = kind.childNamespace();
    if (sink != null) {
      startValidation();
    }
    consumed = true;
    try {
      rootLevelTag(); // stray text before the header is a finding, not a reason to lose the header
      header = Optional.of(readHeader());
    } catch (HeaderInconsistent e) {
      if (sink == null) {
        throw new BdtReadException(Problem.INVALID_VALUE, message(e), line(), column(), -1, "Header", e);
      }
      sink.headerInconsistent(line(), column(), message(e));
    } catch (StructureException | InvalidValueException | DateTimeParseException | NumberFormatException e) {
      if (sink == null) {
        throw new BdtReadException(e instanceof StructureException ? Problem.STRUCTURE : Problem.INVALID_VALUE,
            message(e), line(), column(), -1, path(), e);
      }
      sink.unreadable(-1, line(), column(), path(), "header: " + message(e));
      if (depth >= 1) { // else the root has ended and advance() will see it
        while (depth > 1) {
          next();
        }
        consumed = true;
      }
    }
    if (fast && sink != null) {
      try {
        bridge.endDocument();
      } catch (SAXException e) {
        throw new BdtReadException(Problem.MALFORMED, e.getMessage(), line(), column(), -1, "", e);
      }
      bridge = null;
      buffering = true;
    }
  }

  private void startValidation() {
    fast = kind.isUpload();
    replayStack = new String[limits.maxDepth() + 2];
    if (fast) {
      rootAttributes();
      String[] rootNs = namespaceDeclarations();
      buffer.outerNamespaces(rootNs == null ? new String[0] : rootNs);
      bridge = new SaxBridge(r, newHandler(BdtSchemas.recordSchema(kind)));
      try {
        bridge.startDocument(); // the header is validated live, as a document of its own
      } catch (SAXException e) {
        throw new BdtReadException(Problem.MALFORMED, e.getMessage(), line(), column(), -1, "", e);
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
      throw new BdtReadException(Problem.MALFORMED, e.getMessage(), line(), column(), -1, "", e);
    }
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
      if (!(BdtNamespaces.XSI.equals(r.getAttributeNamespace(i))
          && (l.equals("schemaLocation") || l.equals("noNamespaceSchemaLocation")))) {
        sink.schemaProblem(-1, line(), column(), "", "cvc-complex-type.3.2.2: Attribute '" + l
            + "' is not allowed to appear in element '" + kind.rootElement().getLocalPart() + "'.");
      }
    }
  }

  private ValidatorHandler newHandler(javax.xml.validation.Schema schema) {
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
    long idx = inRecord ? recordIndex : -1;
    if (inRecord) {
      problemsInRecord++;
    }
    sink.schemaProblem(idx, e.getLineNumber(), e.getColumnNumber(), path(), e.getMessage());
  }

  private void finish() {
    int ev;
    do {
      ev = next();
    } while (ev != END_DOCUMENT);
    finished = true;
  }

  private void skipRecord() {
    while (depth > 1) {
      next();
    }
    consumed = true;
  }

  // ---------------------------------------------------------------- events

  private int next() {
    int ev;
    try {
      ev = r.next();
    } catch (XMLStreamException e) {
      throw fatal(e, line(), column());
    } catch (RuntimeException e) {
      throw new BdtReadException(Problem.MALFORMED, String.valueOf(e.getMessage()), line(), column(),
          inRecord ? recordIndex : -1, path(), e);
    }
    try {
      switch (ev) {
        case START_ELEMENT:
          if (++depth > limits.maxDepth()) {
            throw limit("elements nested deeper than " + limits.maxDepth());
          }
          curLocal = r.getLocalName();
          curNs = r.getNamespaceURI();
          stack[depth] = curLocal;
          if (bridge != null || buffering) {
            whitespaceLength = -1; // whitespace before a child element is ignorable
            if (buffering) {
              bufferStart();
            } else {
              bridge.startElement();
            }
            repertoire = ns.equals(curNs) ? Repertoire.ofElement(curLocal) : null;
            repertoireReported = false;
            lastTag = START_ELEMENT;
          }
          break;
        case END_ELEMENT:
          if (bridge != null || buffering) {
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
            repertoire = null;
            lastTag = END_ELEMENT;
          }
          depth--;
          break;
        case CHARACTERS:
        case CDATA:
        case SPACE:
          if (r.getTextLength() > limits.maxTextLength()) {
            throw limit("a text node longer than " + limits.maxTextLength() + " characters");
          }
          if ((bridge != null || buffering) && depth > 0) {
            characters();
          }
          break;
        case DTD:
          throw new BdtReadException(Problem.DOCTYPE_FORBIDDEN,
              "a DOCTYPE is not allowed in a BDT file (no DTDs, no entities)", line(), column(), -1, "", null);
        case ENTITY_REFERENCE:
          throw new BdtReadException(Problem.DOCTYPE_FORBIDDEN, "entity reference &" + r.getLocalName()
              + "; is not allowed", line(), column(), -1, path(), null);
        case END_DOCUMENT:
          if (bridge != null) {
            bridge.endDocument();
          }
          break;
        default:
          break;
      }
    } catch (SAXException e) {
      throw new BdtReadException(Problem.MALFORMED, e.getMessage(), line(), column(), -1, path(), e);
    }
    return ev;
  }

  /**
   * Hands text to the validator. Whitespace-only text right after an end tag, or between a start tag and a child's
   * start tag, is ignorable in element-only content and is not passed on (the BDT schemas have no mixed content);
   * whitespace right after a start tag is held until the next event shows whether it is a simple value.
   */
  private void characters() throws SAXException {
    int len = r.getTextLength();
    if (lastTag != CHARACTERS && whitespaceOnly()) {
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

  /** XML white space only (space, tab, CR, LF); stops at the first other character. */
  private boolean whitespaceOnly() {
    char[] c = r.getTextCharacters();
    for (int i = r.getTextStart(), end = i + r.getTextLength(); i < end; i++) {
      char x = c[i];
      if (x != ' ' && x != '\n' && x != '\t' && x != '\r') {
        return false;
      }
    }
    return true;
  }

  /** Checks the element's character range (see {@link BdtSchemas#streamingSchema}) and passes the text on. */
  private void forward(char[] chars, int start, int length) throws SAXException {
    if (repertoire != null && !repertoireReported) {
      int bad = repertoire.firstDisallowed(chars, start, length);
      if (bad >= 0) {
        repertoireReported = true;
        Location loc = r.getLocation();
        if (inRecord) {
          problemsInRecord++;
        }
        sink.schemaProblem(inRecord ? recordIndex : -1, loc.getLineNumber(), loc.getColumnNumber(), path(),
            "cvc-pattern-valid: " + Repertoire.describe(chars[start + bad]) + " is outside the characters of "
                + repertoire.schemaPattern() + " for element '" + stack[depth] + "'");
      }
    }
    if (buffering) {
      if (buffer.chars() + length > MAX_RECORD_CHARS) {
        throw limit("a record of more than " + MAX_RECORD_CHARS + " characters");
      }
      Location loc = r.getLocation();
      buffer.text(chars, start, length, loc.getLineNumber(), loc.getColumnNumber());
    } else {
      bridge.characters(chars, start, length);
    }
  }

  /** Buffers a start tag; any attribute but a well-formed xsi:nil on AccomodationProvided makes the record suspicious. */
  private void bufferStart() {
    if (depth == 2) {
      buffer.clear();
      suspicious = false;
    }
    org.xml.sax.helpers.AttributesImpl a = null;
    int n = r.getAttributeCount();
    if (n > 0) {
      a = new org.xml.sax.helpers.AttributesImpl();
      for (int i = 0; i < n; i++) {
        String l = r.getAttributeLocalName(i);
        String u = r.getAttributeNamespace(i) == null ? "" : r.getAttributeNamespace(i);
        String v = r.getAttributeValue(i);
        a.addAttribute(u, l, l, "CDATA", v);
        boolean nil = BdtNamespaces.XSI.equals(u) && l.equals("nil") && "AccomodationProvided".equals(stack[depth])
            && (v.strip().equals("true") || v.strip().equals("false") || v.strip().equals("1")
                || v.strip().equals("0"));
        suspicious |= !nil || n > 1;
      }
    }
    if (buffer.size() > MAX_RECORD_EVENTS) {
      throw limit("a record of more than " + MAX_RECORD_EVENTS + " XML events");
    }
    Location loc = r.getLocation();
    buffer.start(curNs == null ? "" : curNs, curLocal, a, namespaceDeclarations(),
        loc.getLineNumber(), loc.getColumnNumber());
  }

  private BdtReadException fatal(XMLStreamException e, int line, int column) {
    for (Throwable t = e; t != null; t = t.getCause() != null ? t.getCause() : nested(t)) {
      if (t instanceof LimitedInputStream.FileTooLargeException) {
        return new BdtReadException(Problem.LIMIT_EXCEEDED, t.getMessage(), line, column, -1, "", e);
      }
    }
    if (in.count() == 0) {
      return new BdtReadException(Problem.EMPTY, "the file is empty", 1, 1, -1, "", e);
    }
    if (kind == null && String.valueOf(e.getMessage()).contains("Premature end of file")) {
      return new BdtReadException(Problem.EMPTY, "the file has no root element", line, column, -1, "", e);
    }
    Location loc = e.getLocation();
    int l = loc != null ? loc.getLineNumber() : line;
    int c = loc != null ? loc.getColumnNumber() : column;
    String msg = String.valueOf(e.getMessage());
    int cut = msg.indexOf("Message: ");
    return new BdtReadException(Problem.MALFORMED, cut >= 0 ? msg.substring(cut + 9) : msg, l, c,
        inRecord ? recordIndex : -1, stack == null ? "" : path(), e);
  }

  private static Throwable nested(Throwable t) {
    return t instanceof XMLStreamException ? ((XMLStreamException) t).getNestedException() : null;
  }

  private BdtReadException limit(String what) {
    return new BdtReadException(Problem.LIMIT_EXCEEDED, "the file has " + what, line(), column(),
        inRecord ? recordIndex : -1, path(), null);
  }

  private int line() {
    Location l = r == null ? null : r.getLocation();
    return l == null ? 1 : l.getLineNumber();
  }

  private int column() {
    Location l = r == null ? null : r.getLocation();
    return l == null ? 1 : l.getColumnNumber();
  }

  /** The element path below the root, e.g. {@code CAS/ApplicantData/FamilyName}. */
  private String path() {
    if (replaying) {
      StringBuilder b = new StringBuilder(64);
      for (int i = 2; i <= replayDepth[0] && i < replayStack.length; i++) {
        if (b.length() > 0) {
          b.append('/');
        }
        b.append(replayStack[i]);
      }
      return b.toString();
    }
    if (depth < 2) {
      return "";
    }
    StringBuilder b = new StringBuilder(64);
    for (int i = 2; i <= depth && i < stack.length; i++) {
      if (b.length() > 0) {
        b.append('/');
      }
      b.append(stack[i]);
    }
    return b.toString();
  }

  private static String message(Exception e) {
    return String.valueOf(e.getMessage());
  }

  // ---------------------------------------------------------------- navigation

  /** Makes the next start or end tag current (not consumed) and returns its type. */
  private int peekTag() {
    if (!consumed) {
      return cur;
    }
    while (true) {
      int ev = next();
      if (ev == START_ELEMENT || ev == END_ELEMENT) {
        cur = ev;
        consumed = false;
        return ev;
      }
      if ((ev == CHARACTERS || ev == CDATA) && !whitespaceOnly()) {
        throw new StructureException("unexpected text between elements");
      }
      if (ev == END_DOCUMENT) {
        throw new StructureException("unexpected end of the document");
      }
    }
  }

  private boolean at(String name) {
    return peekTag() == START_ELEMENT && name.equals(curLocal) && ns.equals(curNs);
  }

  private void open(String name) {
    if (!at(name)) {
      throw new StructureException("expected <" + name + ">, found " + describe());
    }
    consumed = true;
  }

  private void end() {
    if (peekTag() != END_ELEMENT) {
      throw new StructureException("unexpected " + describe());
    }
    consumed = true;
  }

  private String describe() {
    if (cur == START_ELEMENT) {
      QName q = r.getName();
      return ns.equals(q.getNamespaceURI()) ? "<" + q.getLocalPart() + ">" : "<" + q + ">";
    }
    return "the end of <" + r.getLocalName() + ">";
  }

  private String text(String name) {
    open(name);
    text.setLength(0);
    while (true) {
      int ev = next();
      switch (ev) {
        case CHARACTERS:
        case CDATA:
        case SPACE:
          if (text.length() + r.getTextLength() > limits.maxTextLength()) {
            throw limit("a text node longer than " + limits.maxTextLength() + " characters");
          }
          text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
          break;
        case END_ELEMENT:
          consumed = true;
          return text.toString();
        case START_ELEMENT:
          cur = ev;
          consumed = false;
          throw new StructureException("<" + name + "> must hold text only, found " + describe());
        case END_DOCUMENT:
          throw new StructureException("unexpected end of the document");
        default:
          break;
      }
    }
  }

  private Optional<String> optText(String name) {
    return at(name) ? Optional.of(text(name)) : Optional.empty();
  }

  private boolean bool(String name) {
    return parseBool(name, text(name));
  }

  private Optional<Boolean> optBool(String name) {
    return at(name) ? Optional.of(bool(name)) : Optional.empty();
  }

  private static boolean parseBool(String name, String v) {
    switch (v.strip()) {
      case "true":
      case "1":
        return true;
      case "false":
      case "0":
        return false;
      default:
        throw new StructureException("<" + name + "> must be true or false, is '" + v + "'");
    }
  }

  private LocalDate date(String name) {
    String t = text(name).strip();
    if (digits(t, "dddd-dd-dd") && !t.startsWith("0000")) {
      return localDate(t);
    }
    suspicious = true; // a time zone or an unusual year (XSD 1.0 has no year 0): let the schema judge it
    return LocalDate.parse(t, DATE);
  }

  /** {@code yyyy-mm-dd}, already known to be digits in that shape; an impossible date fails like a parse would. */
  private static LocalDate localDate(String t) {
    try {
      return LocalDate.of(Integer.parseInt(t, 0, 4, 10), Integer.parseInt(t, 5, 7, 10),
          Integer.parseInt(t, 8, 10, 10));
    } catch (java.time.DateTimeException e) {
      throw new DateTimeParseException(e.getMessage(), t, 0, e);
    }
  }

  /** True when {@code t} has the shape {@code shape}: 'd' an ASCII digit, any other character itself. */
  private static boolean digits(String t, String shape) {
    if (t.length() != shape.length()) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      char s = shape.charAt(i);
      if (s == 'd' ? c < '0' || c > '9' : c != s) {
        return false;
      }
    }
    return true;
  }

  /** The xs:decimal lexical form, ASCII digits only (BigDecimal also takes exponents and other scripts' digits). */
  private static String decimalText(String name, String t, boolean integer) {
    int i = t.startsWith("+") || t.startsWith("-") ? 1 : 0;
    int digitsSeen = 0;
    boolean point = false;
    for (; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c >= '0' && c <= '9') {
        digitsSeen++;
      } else if (c == '.' && !point && !integer) {
        point = true;
      } else {
        throw new StructureException("<" + name + "> is not a " + (integer ? "whole number" : "decimal") + ": '"
            + t + "'");
      }
    }
    if (digitsSeen == 0) {
      throw new StructureException("<" + name + "> is not a number: '" + t + "'");
    }
    return t;
  }

  private Optional<LocalDate> optDate(String name) {
    return at(name) ? Optional.of(date(name)) : Optional.empty();
  }

  private BigDecimal decimal(String name) {
    return new BigDecimal(decimalText(name, text(name).strip(), false));
  }

  private Optional<BigDecimal> optDecimal(String name) {
    return at(name) ? Optional.of(decimal(name)) : Optional.empty();
  }

  // ---------------------------------------------------------------- headers

  private BdtHeader readHeader() {
    switch (kind) {
      case CAS_UPLOAD_GENERAL:
      case CAS_UPLOAD_CHILD:
        return readUploadHeader();
      case GRADUATE_NOTIFICATION:
      case STUDENT_ACTIVITY_REPORT: {
        open("BulkReportingFileHeader");
        BdtHeader h = BatchHeader.of(text("BulkReportingId"));
        end();
        return h;
      }
      case FEE_UPDATE: {
        open("Header");
        BdtHeader h = BatchHeader.of(text("BulkUpdateFileId"));
        end();
        return h;
      }
      case CAS_EXPORT: {
        open("Header");
        BdtHeader h = BatchHeader.builder().fileId(text("BulkExportFileId"))
            .sponsorLicenceNumber(text("SponsorLicenceNumber")).build();
        end();
        return h;
      }
      default:
        throw new IllegalStateException(kind.name());
    }
  }

  private UploadHeader readUploadHeader() {
    open("Header");
    String fileId = text("BulkUploadFileId");
    Optional<String> version = optText("Version");
    String schemaId = text("SchemaID");
    String tier = text("TierID");
    String categoryText = text("Category");
    String sln = text("SponsorLicenceNumber");
    end();
    CasCategory category = CasCategory.ofXml(categoryText)
        .orElseThrow(() -> new StructureException("Category must be General or Child, is '" + categoryText + "'"));
    CasCategory bySchema = CasCategory.ofSchemaId(schemaId).orElseThrow(() -> new StructureException(
        "SchemaID must be 'T4General Ready To Go' or 'T4Child Ready To Go', is '" + schemaId + "'"));
    if (!CasCategory.TIER_ID.equals(tier)) {
      throw new StructureException("TierID must be 'Tier 4', is '" + tier + "'");
    }
    if (bySchema != category) {
      throw new HeaderInconsistent("SchemaID '" + schemaId + "' does not match Category '" + categoryText + "'");
    }
    CasCategory byRoot = kind == BdtFileKind.CAS_UPLOAD_CHILD ? CasCategory.CHILD : CasCategory.GENERAL;
    if (category != byRoot) {
      throw new HeaderInconsistent("Category '" + categoryText + "' does not match the root element "
          + kind.rootElement().getLocalPart());
    }
    return UploadHeader.builder().fileId(fileId).version(version).category(category).sponsorLicenceNumber(sln)
        .build();
  }

  // ---------------------------------------------------------------- records

  private BdtRecord readRecord() {
    switch (kind) {
      case CAS_UPLOAD_GENERAL:
        return readCas(false);
      case CAS_UPLOAD_CHILD:
        return readCas(true);
      case GRADUATE_NOTIFICATION: {
        report("GRADUATED");
        open("BulkReportingCASGraduation");
        GraduateNotification g = GraduateNotification.of(text("CASNumber"));
        end();
        end();
        return g;
      }
      case STUDENT_ACTIVITY_REPORT: {
        report("STUDENT_ACTIVITY");
        open("BulkReportingCASActivity");
        StudentActivityReport a = StudentActivityReport.builder().casNumber(text("CASNumber"))
            .expectedEnrolmentDate(date("ExpectedEnrollmentDate")).notes(optText("Notes")).build();
        end();
        end();
        return a;
      }
      case FEE_UPDATE: {
        FeeUpdate.Builder f = FeeUpdate.builder().casNumber(text("CASNumber"));
        open("FinancialDetails");
        f.courseFeesForFirstYearOnly(decimal("CourseFeesForFirstYearOnly"))
            .courseFeesPaidToDate(optDecimal("CourseFeesPaidToDate"))
            .accommodationFeesPaidToDate(optDecimal("AccommodationFeesPaidToDate"))
            .boardingFeesPaidToDate(optDecimal("BoardingFeesPaidToDate"));
        end();
        end();
        return f.build();
      }
      case CAS_EXPORT: {
        String cas = text("CASNumber");
        String applicant = text("ApplicantID");
        applicantId = applicant;
        String status = text("CASStatus");
        LocalDate date = date("StatusDate");
        end();
        CasStatus st;
        try {
          st = CasStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
          throw new StructureException("CASStatus '" + status + "' is not one of "
              + Arrays.toString(CasStatus.values()));
        }
        return CasExportRecord.builder().casNumber(cas).applicantId(applicant).status(st).statusDate(date).build();
      }
      default:
        throw new IllegalStateException(kind.name());
    }
  }

  private void report(String expected) {
    String v = text("CASReport");
    if (!expected.equals(v)) {
      throw new StructureException("CASReport must be " + expected + ", is '" + v + "'");
    }
  }

  private CasRecord readCas(boolean child) {
    CasRecord.Builder b = CasRecord.builder();
    open("ApplicantData");
    b.applicant(readApplicant());
    end();
    open("NonSponsorEducationInstitutionData");
    if (at("PartnerInstitutionDetails")) {
      open("PartnerInstitutionDetails");
      String name = text("Name");
      Optional<String> sln = optText("SponsorLicenseNumber");
      open("AddressDetails");
      InternationalAddress a = readInternationalAddress();
      b.partnerInstitution(PartnerInstitution.builder().name(name).sponsorLicenceNumber(sln).address(a).build());
      end();
    }
    if (at("OverseasHigherEducationInstitutionDetails")) {
      open("OverseasHigherEducationInstitutionDetails");
      String name = text("Name");
      open("Address");
      InternationalAddress a = readInternationalAddress();
      b.overseasInstitution(OverseasInstitution.builder().name(name).address(a).build());
      end();
    }
    end();
    open("CourseDetails");
    b.course(readCourse());
    end();
    if (!child && at("WorkPlacementDetails")) {
      open("WorkPlacementDetails");
      WorkPlacement.Builder w = WorkPlacement.builder();
      if (at("WorkPlacementPercentage")) {
        w.percentage(new BigInteger(decimalText("WorkPlacementPercentage", text("WorkPlacementPercentage").strip(),
            true)));
      }
      w.justification(optText("WorkPlacementJustificationText"));
      if (at("WorkPlacementAddress")) {
        open("WorkPlacementAddress");
        w.address(readInternationalAddress());
      }
      end();
      b.workPlacement(w.build());
    }
    open("Documentation");
    b.documentation(Documentation.builder().documentsUsedToObtainOffer(text("DocumentsUsedToObtainOffer"))
        .courseRequiresAtas(bool("CourseRequiresATAS"))
        .postgraduateDeanCertificateRequired(bool("PostgraduateDeanCertificateRequired")).build());
    end();
    if (!child && at("EvidenceDetails")) {
      open("EvidenceDetails");
      b.evidence(readEvidence());
      end();
    }
    open("FinancialAndAccommodationDetails");
    b.finances(readFinances());
    end();
    end();
    return b.build();
  }

  private Applicant readApplicant() {
    applicantId = text("ApplicantID");
    Applicant.Builder a = Applicant.builder().applicantId(applicantId)
        .applicationId(optText("ApplicationID")).ucasPersonalId(optText("UCAS_UKPASS_Id"))
        .familyName(text("FamilyName")).givenName(optText("GivenName")).otherNames(optText("OtherNames"))
        .nationality(text("Nationality"));
    String g = text("Gender");
    a.gender(Gender.ofCode(g.strip()).orElseThrow(() -> new StructureException("Gender must be 1 or 2, is '" + g
        + "'")));
    a.countryOfBirth(text("CountryOfBirth")).placeOfBirth(optText("PlaceOfBirth"));
    open("DateOfBirth");
    if (at("FullDate")) {
      a.dateOfBirth(PartialDate.of(localDate(shaped("FullDate", "dddd-dd-dd"))));
    } else if (at("YearMonth")) {
      a.dateOfBirth(PartialDate.of(YearMonth.parse(shaped("YearMonth", "dddd-dd"))));
    } else if (at("Year")) {
      a.dateOfBirth(PartialDate.of(Year.parse(shaped("Year", "dddd"))));
    } else {
      throw new StructureException("DateOfBirth needs FullDate, YearMonth or Year, found " + describe());
    }
    end();
    return a.passportOrTravelDocumentNumber(text("ApplicantPassportOrTravelDocumentNumber")).build();
  }

  /** The stripped text of {@code name}, which must have the schema's digit pattern {@code shape}. */
  private String shaped(String name, String shape) {
    String t = text(name).strip();
    if (!digits(t, shape)) {
      throw new StructureException("<" + name + "> must look like " + shape.replace('d', '9') + ", is '" + t + "'");
    }
    return t;
  }

  /** Reads the children of an already opened international address element and closes it. */
  private InternationalAddress readInternationalAddress() {
    InternationalAddress.Builder a = InternationalAddress.builder();
    int lines = 0;
    do {
      if (++lines > 3) {
        throw new StructureException("more than 3 <AddressLine> elements");
      }
      a.addAddressLines(text("AddressLine"));
    } while (at("AddressLine"));
    a.city(text("City")).countyAreaDistrict(optText("CountyAreaDistrict")).postCode(optText("PostCode"))
        .country(text("Country"));
    end();
    return a.build();
  }

  private UkAddress readUkAddress() {
    UkAddress.Builder a = UkAddress.builder();
    int lines = 0;
    do {
      if (++lines > 3) {
        throw new StructureException("more than 3 <AddressLine> elements");
      }
      a.addAddressLines(text("AddressLine"));
    } while (at("AddressLine"));
    a.city(text("City")).countyAreaDistrict(optText("CountyAreaDistrict")).postCode(text("PostCode"));
    end();
    return a.build();
  }

  private Course readCourse() {
    Course.Builder c = Course.builder().title(text("CourseCurriculumTitle")).courseId(optText("CourseID"))
        .academicLevel(text("AcademicLevel")).secondaryAcademicLevel(optText("SecondaryAcademicLevel"))
        .startDate(date("CourseStartDate")).latestDateForAcceptance(optDate("LatestDateForAcceptanceOnCourse"))
        .expectedEndDate(date("ExpectedCourseEndDate")).fullTime(bool("CourseIsFullTime"))
        .hoursPerWeek(decimal("CourseHoursPerWeek"));
    open("MainSiteOfStudy");
    c.mainSiteOfStudy(readUkAddress());
    c.hasWorkPlacement(bool("ApplicantHasWorkPlacement"));
    if (at("WorkPlacementAddress")) {
      open("WorkPlacementAddress");
      c.workPlacementAddress(readInternationalAddress());
    }
    return c.build();
  }

  private Evidence readEvidence() {
    Evidence.Builder e = Evidence.builder().seltRequired(optBool("SELTRequired"))
        .reasonSeltNotRequired(optText("ReasonSELTNotRequired"))
        .englishLanguageLevelAttained(optText("EnglishLanguageLevelAttained"))
        .seltSpeakingLevel(optText("SELTSpeakingLevel")).seltListeningLevel(optText("SELTListeningLevel"))
        .seltReadingLevel(optText("SELTReadingLevel")).seltWritingLevel(optText("SELTWritingLevel"))
        .testProvider(optText("TestProvider")).previousUkStudy(optBool("PreviousUKStudy"))
        .previousAcademicLevel(optText("PreviousAcademicLevel"));
    if (at("CurrentPreviousCourseLevelComparison")) {
      String v = text("CurrentPreviousCourseLevelComparison");
      try {
        e.levelComparison(LevelComparison.valueOf(v));
      } catch (IllegalArgumentException x) {
        throw new StructureException("CurrentPreviousCourseLevelComparison must be HIGHER, LOWER or SAME, is '"
            + v + "'");
      }
    }
    return e.progressionJustification(optText("ProgressionJustification")).build();
  }

  private Finances readFinances() {
    Finances.Builder f = Finances.builder();
    peekTag();
    String nil = cur == START_ELEMENT ? r.getAttributeValue(BdtNamespaces.XSI, "nil") : null;
    String accommodation = text("AccomodationProvided");
    if (nil != null && (nil.strip().equals("true") || nil.strip().equals("1"))) {
      if (!accommodation.isEmpty()) {
        throw new StructureException("AccomodationProvided is xsi:nil but has content");
      }
    } else {
      f.accommodationProvided(parseBool("AccomodationProvided", accommodation));
    }
    return f.courseFeeIncludesAccommodationCosts(bool("CourseFeeIncludesAccomodationCosts"))
        .courseFeesForFirstYearOnly(decimal("CourseFeesForFirstYearOnly"))
        .courseFeesPaidToDate(optDecimal("CourseFeesPaidToDate"))
        .accommodationFeesPaidToDate(optDecimal("AccommodationFeesPaidToDate"))
        .boardingFeesForFirstYearOnly(decimal("BoardingFeesForFirstYearOnly"))
        .boardingFeesPaidToDate(optDecimal("BoardingFeesPaidToDate")).build();
  }
}
