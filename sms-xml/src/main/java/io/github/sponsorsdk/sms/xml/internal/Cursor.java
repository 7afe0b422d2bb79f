package io.github.sponsorsdk.sms.xml.internal;

import static javax.xml.stream.XMLStreamConstants.CDATA;
import static javax.xml.stream.XMLStreamConstants.CHARACTERS;
import static javax.xml.stream.XMLStreamConstants.DTD;
import static javax.xml.stream.XMLStreamConstants.END_DOCUMENT;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.ENTITY_REFERENCE;
import static javax.xml.stream.XMLStreamConstants.SPACE;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import io.github.sponsorsdk.sms.xml.io.BdtReadException;
import io.github.sponsorsdk.sms.xml.io.BdtReadException.Problem;
import io.github.sponsorsdk.sms.xml.io.ReadOptions;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import javax.xml.namespace.QName;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.xml.sax.SAXException;

/**
 * The position in a BDT file: pulls StAX events, keeps the element stack, enforces the {@link ReadOptions} (file size,
 * depth, text length), refuses DTDs and entity references, and offers the navigation a recursive-descent mapping
 * needs ({@link #at}, {@link #open}, {@link #end}, {@link #text}). Every event is also handed to an optional
 * {@link Listener} (the schema check). Problems that end the reading become {@link BdtReadException}s carrying the
 * line, column, record index and element path.
 */
public final class Cursor {

  /** Hears every event the cursor pulls (the schema check). */
  public interface Listener {
    /** A start tag; the cursor's {@link #reader()} is on it. */
    void startElement() throws SAXException;

    /** An end tag, before the cursor leaves the element. */
    void endElement() throws SAXException;

    /** Text inside the root element. */
    void characters() throws SAXException;

    /** The end of the document. */
    void endDocument() throws SAXException;
  }

  private final InputStream raw;
  private final LimitedInputStream in;
  private EncodingReader decoded;
  private final XMLStreamReader r;
  private final ReadOptions limits;
  private final String[] stack;
  private final StringBuilder text = new StringBuilder(256);
  private Listener listener;
  private String ns = "";
  private int depth;
  private int cur;
  private boolean consumed = true;
  /** Local name and namespace of the last start tag, read once from the reader. */
  private String curLocal;
  private String curNs;
  private boolean inRecord;
  private long recordIndex = -1;
  private boolean started;
  /** Characters in the current element so far (all its text nodes). */
  private long elementText;
  /** Over-long text is a finding, not the end of the file (validating). */
  private boolean tolerant;
  /** The depth of an element whose over-long text is being skipped, 0 when none. */
  private int skipping;
  private Optional<OverLong> overLong = Optional.empty();

  /** A field whose text passes the reader's limit: where, and which element. */
  public record OverLong(String path, String element, int line, int column) {}

  /** Thrown by {@link #text} for a field whose text passed the limit in tolerant mode. */
  public static final class FieldTooLongException extends StructureException {
    private static final long serialVersionUID = 1L;
    private final transient OverLong where;

    FieldTooLongException(OverLong where) {
      super("<" + where.element() + "> is longer than the reader's limit");
      this.where = where;
    }

    /** Where the over-long field is. */
    public OverLong where() {
      return where;
    }
  }

  /** Opens a secure StAX reader on {@code raw} (which {@link #close()} closes). */
  public Cursor(InputStream raw, ReadOptions limits) {
    this.raw = raw;
    this.in = new LimitedInputStream(raw, limits.maxFileBytes());
    this.limits = limits;
    this.stack = new String[limits.maxDepth() + 2];
    XMLStreamReader created;
    try {
      decoded = EncodingReader.open(in);
      created = SecureXml.input().createXMLStreamReader(decoded);
    } catch (EncodingReader.UnsupportedEncodingDeclared e) {
      throw new BdtReadException(Problem.ENCODING, e.getMessage(), 1, 1, -1, "", e);
    } catch (LimitedInputStream.FileTooLargeException e) {
      throw new BdtReadException(Problem.LIMIT_EXCEEDED, e.getMessage(), 1, 1, -1, "", e);
    } catch (IOException e) {
      throw new BdtReadException(Problem.IO, "the input could not be read: " + e, 1, 1, -1, "", e);
    } catch (XMLStreamException e) {
      throw fatal(e, 1, 1);
    }
    this.r = created;
  }

  /** The encoding the file is decoded in, as declared (for messages). */
  public String encoding() {
    return decoded.declared();
  }

  /** The character offset StAX reports for the current event (what {@link EncodingReader.Event} is placed by). */
  public long charOffset() {
    Location l = r.getLocation();
    return l == null ? -1 : l.getCharacterOffset();
  }

  /** Takes the encoding events that lie before the current event. */
  public List<EncodingReader.Event> encodingEventsSoFar() {
    long at = charOffset();
    return at < 0 ? List.of() : decoded.eventsBefore(at);
  }

  /** Takes every encoding event still pending (at the end of the file). */
  public List<EncodingReader.Event> remainingEncodingEvents() {
    return decoded == null ? List.of() : decoded.eventsBefore(-1);
  }

  /** True once the decoder replaced a byte sequence that is not a character of the declared encoding. */
  public boolean replacedMalformedBytes() {
    return decoded != null && decoded.sawMalformed();
  }

  /** The underlying reader, positioned on the last event pulled. */
  public XMLStreamReader reader() {
    return r;
  }

  /**
   * From now on a text longer than {@link ReadOptions#maxTextLength()} below the root's children is skipped and noted
   * ({@link #overLong()}, {@link FieldTooLongException} from {@link #text}) instead of ending the reading.
   */
  public void tolerateLongText() {
    this.tolerant = true;
  }

  /** The over-long field met since the last {@link #clearOverLong()}, if any. */
  public Optional<OverLong> overLong() {
    return overLong;
  }

  /** Forgets the over-long field (a new record starts). */
  public void clearOverLong() {
    overLong = Optional.empty();
  }

  /** Sends every later event to {@code l} as well. */
  public void listen(Listener l) {
    this.listener = l;
  }

  /** The namespace of the elements below the root, which {@link #at} requires. */
  public void childNamespace(String namespace) {
    this.ns = namespace;
  }

  /** The limits this cursor enforces. */
  public ReadOptions limits() {
    return limits;
  }

  /** Marks the events from now on as part of record {@code index} (0-based) in error reports. */
  public void enterRecord(long index) {
    inRecord = true;
    recordIndex = index;
  }

  /** Ends the record started by {@link #enterRecord}. */
  public void leaveRecord() {
    inRecord = false;
  }

  /** True between {@link #enterRecord} and {@link #leaveRecord}. */
  public boolean inRecord() {
    return inRecord;
  }

  /** The record being read (0-based), or -1 outside records. */
  public long recordIndex() {
    return inRecord ? recordIndex : -1;
  }

  /** The record being read, counted from 1, or 0 outside records (for {@link BdtReadException}). */
  public long recordNumber() {
    return inRecord ? recordIndex + 1 : 0;
  }

  /** The current element depth (root = 1). */
  public int depth() {
    return depth;
  }

  /** The local name of the element at {@code level} (root = 1) of the current path. */
  public String elementAt(int level) {
    return stack[level];
  }

  /** Local name of the last start tag pulled. */
  public String currentLocalName() {
    return curLocal;
  }

  /** Namespace URI of the last start tag pulled (may be null). */
  public String currentNamespace() {
    return curNs;
  }

  // ---------------------------------------------------------------- events

  /** Pulls the next event, keeps the stack, enforces limits and forwards it to the listener. */
  public int next() {
    int ev;
    try {
      ev = r.next();
    } catch (XMLStreamException e) {
      throw fatal(e, line(), column());
    } catch (RuntimeException e) {
      throw new BdtReadException(Problem.MALFORMED, String.valueOf(e.getMessage()), line(), column(),
          recordNumber(), path(), e);
    }
    try {
      switch (ev) {
        case START_ELEMENT:
          curLocal = r.getLocalName();
          curNs = r.getNamespaceURI();
          stack[++depth] = curLocal; // the stack has room for one level past the limit, for the message's path
          if (depth > limits.maxDepth()) {
            throw limit("elements nested deeper than " + limits.maxDepth());
          }
          started = true;
          elementText = 0;
          if (listener != null) {
            listener.startElement();
          }
          break;
        case END_ELEMENT:
          if (skipping == depth) {
            skipping = 0;
          }
          elementText = 0;
          if (listener != null) {
            listener.endElement();
          }
          depth--;
          break;
        case CHARACTERS:
        case CDATA:
        case SPACE:
          if (skipping > 0 && skipping == depth) {
            elementText += r.getTextLength();
            break; // the rest of an over-long text: neither kept nor validated
          }
          elementText += r.getTextLength();
          if (elementText > limits.maxTextLength()) {
            if (!tolerant || depth < 2) {
              throw limit("a text node longer than " + limits.maxTextLength() + " characters");
            }
            skipping = depth;
            overLong = Optional.of(new OverLong(path(), stack[depth], line(), column()));
            break;
          }
          if (listener != null && depth > 0) {
            listener.characters();
          }
          break;
        case DTD:
          throw new BdtReadException(Problem.DOCTYPE_FORBIDDEN,
              "a DOCTYPE is not allowed in a BDT file (no DTDs, no entities)", line(), column(), -1, "", null);
        case ENTITY_REFERENCE:
          throw new BdtReadException(Problem.DOCTYPE_FORBIDDEN, "entity reference &" + r.getLocalName()
              + "; is not allowed", line(), column(), -1, path(), null);
        case END_DOCUMENT:
          if (listener != null) {
            listener.endDocument();
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

  /** Pulls events up to the first start tag of the document (the root) and returns its name. */
  public QName root() {
    int ev;
    do {
      ev = next();
      if (ev == END_DOCUMENT) {
        throw new BdtReadException(Problem.EMPTY, "no root element", line(), column(), -1, "", null);
      }
    } while (ev != START_ELEMENT);
    consumed = true;
    return r.getName();
  }

  // ---------------------------------------------------------------- navigation

  /** Makes the next start or end tag current (not consumed) and returns its type. */
  public int peekTag() {
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
      if ((ev == CHARACTERS || ev == CDATA)
          && !Lexical.whitespaceOnly(r.getTextCharacters(), r.getTextStart(), r.getTextLength())) {
        throw new StructureException("unexpected text between elements");
      }
      if (ev == END_DOCUMENT) {
        throw new StructureException("unexpected end of the document");
      }
    }
  }

  /** True when the current tag is a start tag {@code name} in the child namespace. */
  public boolean at(String name) {
    return peekTag() == START_ELEMENT && name.equals(curLocal) && ns.equals(curNs);
  }

  /** True when the current tag is an end tag. */
  public boolean atEnd() {
    return peekTag() == END_ELEMENT;
  }

  /** Consumes start tag {@code name}, or throws {@link StructureException}. */
  public void open(String name) {
    if (!at(name)) {
      throw new StructureException("expected <" + name + ">, found " + describe());
    }
    consumed = true;
  }

  /** Consumes an end tag, or throws {@link StructureException}. */
  public void end() {
    if (peekTag() != END_ELEMENT) {
      throw new StructureException("unexpected " + describe());
    }
    consumed = true;
  }

  /** Marks the current tag consumed (after a look at it). */
  public void consume() {
    consumed = true;
  }

  /** The value of attribute {@code ns}:{@code local} on the current start tag, or null. */
  public String attribute(String namespace, String local) {
    return cur == START_ELEMENT ? r.getAttributeValue(namespace, local) : null;
  }

  /** The current tag for messages: {@code <Name>} or {@code the end of <Name>}. */
  public String describe() {
    if (cur == START_ELEMENT) {
      QName q = r.getName();
      return ns.equals(q.getNamespaceURI()) ? "<" + q.getLocalPart() + ">" : "<" + q + ">";
    }
    return "the end of <" + r.getLocalName() + ">";
  }

  /** Consumes {@code <name>text</name>} and returns the text as written. */
  public String text(String name) {
    open(name);
    text.setLength(0);
    while (true) {
      int ev = next();
      switch (ev) {
        case CHARACTERS:
        case CDATA:
        case SPACE:
          if (skipping == 0) {
            text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
          }
          break;
        case END_ELEMENT:
          consumed = true;
          if (overLong.isPresent() && overLong.get().element().equals(name) && text.length() < elementText) {
            throw new FieldTooLongException(overLong.get());
          }
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

  /** Skips what is left of the element at {@code level} and below, up to its end tag (consumed). */
  public void skipTo(int level) {
    while (depth > level) {
      next();
    }
    consumed = true;
  }

  /** Reads to the end of the document. */
  public void finish() {
    int ev;
    do {
      ev = next();
    } while (ev != END_DOCUMENT);
  }

  // ---------------------------------------------------------------- where

  /** The line of the current event, 1 when unknown. */
  public int line() {
    Location l = r == null ? null : r.getLocation();
    return l == null ? 1 : l.getLineNumber();
  }

  /** The column of the current event, 1 when unknown. */
  public int column() {
    Location l = r == null ? null : r.getLocation();
    return l == null ? 1 : l.getColumnNumber();
  }

  /** The element path below the root, e.g. {@code CAS/ApplicantData/FamilyName}. */
  public String path() {
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

  /** A limit of {@link ReadOptions} was passed. */
  public BdtReadException limit(String what) {
    return new BdtReadException(Problem.LIMIT_EXCEEDED, "the file has " + what, line(), column(), recordNumber(),
        path(), null);
  }

  private BdtReadException fatal(XMLStreamException e, int line, int column) {
    for (Throwable t = e; t != null; t = t.getCause() != null ? t.getCause() : nested(t)) {
      if (t instanceof LimitedInputStream.FileTooLargeException) {
        return new BdtReadException(Problem.LIMIT_EXCEEDED, t.getMessage(), line, column, -1, "", e);
      }
    }
    for (Throwable t = e; t != null; t = t.getCause() != null ? t.getCause() : nested(t)) {
      if (t instanceof IOException) {
        return new BdtReadException(Problem.IO, "the input could not be read any further: " + t, line, column,
            recordNumber(), path(), e);
      }
    }
    if (in.count() == 0) {
      return new BdtReadException(Problem.EMPTY, "the file is empty", 1, 1, -1, "", e);
    }
    if (!started && String.valueOf(e.getMessage()).contains("Premature end of file")) {
      return new BdtReadException(Problem.EMPTY, "the file has no root element", line, column, -1, "", e);
    }
    Location loc = e.getLocation();
    int l = loc != null ? loc.getLineNumber() : line;
    int c = loc != null ? loc.getColumnNumber() : column;
    String msg = String.valueOf(e.getMessage());
    int cut = msg.indexOf("Message: ");
    msg = cut >= 0 ? msg.substring(cut + 9) : msg;
    if (decoded != null && decoded.firstMalformed().isPresent()) {
      // the parser stopped on markup the decoder had to repair: the bytes are the cause
      return new BdtReadException(Problem.ENCODING, decoded.firstMalformed().get().describe()
          + "; the XML parser stopped there: " + msg, l, c, recordNumber(), path(), e);
    }
    return new BdtReadException(Problem.MALFORMED, msg, l, c, recordNumber(), path(), e);
  }

  private static Throwable nested(Throwable t) {
    return t instanceof XMLStreamException ? ((XMLStreamException) t).getNestedException() : null;
  }

  /** Closes the reader and the input. */
  public void close() {
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
}
