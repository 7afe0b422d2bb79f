package io.github.sponsorsdk.sms.xml.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decodes a BDT file's bytes in the encoding its XML declaration (or byte order mark) names, before the XML parser
 * sees them, so that a byte that is not a character of that encoding becomes a diagnosis instead of the parser's
 * fatal error (which the JDK also prints to {@code System.err} as {@code [Fatal Error] :-1:-1: Invalid byte 2 of
 * 3-byte UTF-8 sequence.}).
 *
 * <ul>
 *   <li>A malformed or unmappable byte sequence is replaced by U+FFFD and noted as an {@link Event} with its byte
 *       offset, the character offset of the replacement, the bytes, and what they would be in ISO-8859-1 or
 *       windows-1252 (the usual cause: a file saved in one and declared as UTF-8). Reading goes on, so the record
 *       can be reported and the next one read.
 *   <li>In a file declared ISO-8859-1 (or windows-1252), byte sequences that form UTF-8
 *       characters, such as {@code C3 A9} read as {@code Ã©} for {@code é}, are noted as possible mojibake.
 * </ul>
 *
 * <p>The character offsets are those the StAX reader reports in {@code Location.getCharacterOffset()}, so each event
 * can be given to the record it falls in. At most {@value #MAX_EVENTS} events are kept; the rest are counted.
 */
public final class EncodingReader extends Reader {
  /** Events kept at most (the rest are counted in {@link #dropped()}). */
  static final int MAX_EVENTS = 1000;
  private static final int BUFFER = 1 << 16;
  private static final int PROLOG = 512;
  private static final Charset WINDOWS_1252 = charset("windows-1252").orElse(StandardCharsets.ISO_8859_1);

  /** One place where the bytes and the declared encoding disagree. */
  public static final class Event {
    private final boolean malformed;
    private final long byteOffset;
    private final long charOffset;
    private final byte[] bytes;
    private final String declared;

    Event(boolean malformed, long byteOffset, long charOffset, byte[] bytes, String declared) {
      this.malformed = malformed;
      this.byteOffset = byteOffset;
      this.charOffset = charOffset;
      this.bytes = bytes;
      this.declared = declared;
    }

    /** True for bytes that are not characters of the declared encoding; false for likely mojibake. */
    public boolean malformed() {
      return malformed;
    }

    /** Offset of the first byte from the start of the file, counted from 0. */
    public long byteOffset() {
      return byteOffset;
    }

    /** Offset of the character the bytes became, as StAX counts characters. */
    public long charOffset() {
      return charOffset;
    }

    /**
     * The diagnosis in words, e.g. {@code declared UTF-8, byte 0xE9 at offset 1234 is not UTF-8; in ISO-8859-1 it
     * is 'é'}.
     */
    public String describe() {
      StringBuilder hex = new StringBuilder();
      for (byte b : bytes) {
        hex.append(hex.length() == 0 ? "" : " ").append(String.format("0x%02X", b & 0xFF));
      }
      String which = bytes.length == 1 ? "byte " : "bytes ";
      if (malformed) {
        String guess = guess(bytes);
        return "declared " + declared + ", " + which + hex + " at offset " + byteOffset + " " + (bytes.length == 1
            ? "is" : "are") + " not " + declared + guess;
      }
      String latin = new String(bytes, StandardCharsets.ISO_8859_1);
      String utf8 = new String(bytes, StandardCharsets.UTF_8);
      return "declared " + declared + ", " + which + hex + " at offset " + byteOffset + " read as '" + latin
          + "' look like UTF-8 for '" + utf8 + "' (mojibake: was a UTF-8 file declared " + declared + "?)";
    }

    private static String guess(byte[] bytes) {
      StringBuilder latin = new StringBuilder();
      boolean printable = true;
      for (byte b : bytes) {
        int c = b & 0xFF;
        if (c >= 0xA0) {
          latin.append((char) c);
        } else if (c >= 0x80) {
          String w = new String(new byte[] {b}, WINDOWS_1252);
          if (w.charAt(0) == '\uFFFD') {
            printable = false;
          }
          latin.append(w);
        } else {
          printable = false;
        }
      }
      if (!printable || latin.length() == 0) {
        return "";
      }
      boolean cp1252 = latin.chars().anyMatch(c -> c >= 0x100 || (c >= 0x80 && c < 0xA0));
      return "; it looks like " + (cp1252 ? "windows-1252" : "ISO-8859-1") + " '" + latin + "' (save the file as "
          + "UTF-8, or declare the encoding it was written in)";
    }
  }

  private final InputStream in;
  private final Charset charset;
  private final String declared;
  private final CharsetDecoder decoder;
  private final boolean lookForMojibake;
  private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
  private final Deque<Event> events = new ArrayDeque<>();
  private long bytesBefore;
  private long charsOut;
  private long dropped;
  private boolean eof;
  private long scannedTo;
  private boolean flushed;
  private long malformedSeen;

  private EncodingReader(InputStream in, byte[] prolog, int prologLength, Charset charset, String declared, int skip) {
    this.in = in;
    this.charset = charset;
    this.declared = declared;
    this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    String name = charset.name();
    this.lookForMojibake = name.equals("ISO-8859-1") || name.equals("windows-1252");
    bytes.put(prolog, skip, prologLength - skip);
    bytes.flip();
    bytesBefore = skip;
  }

  /**
   * Reads the start of {@code in} to find its encoding (byte order mark, else the XML declaration, else UTF-8) and
   * returns a reader decoding the rest.
   *
   * @throws UnsupportedEncodingDeclared when the declared encoding is not one this JVM has
   */
  public static EncodingReader open(InputStream in) throws IOException {
    byte[] prolog = new byte[PROLOG];
    int n = 0;
    while (n < prolog.length) {
      int r = in.read(prolog, n, prolog.length - n);
      if (r < 0) {
        break;
      }
      n += r;
    }
    int b0 = n > 0 ? prolog[0] & 0xFF : -1;
    int b1 = n > 1 ? prolog[1] & 0xFF : -1;
    int b2 = n > 2 ? prolog[2] & 0xFF : -1;
    int b3 = n > 3 ? prolog[3] & 0xFF : -1;
    if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
      return new EncodingReader(in, prolog, n, StandardCharsets.UTF_8, "UTF-8", 3);
    }
    if (b0 == 0xFE && b1 == 0xFF) {
      return new EncodingReader(in, prolog, n, StandardCharsets.UTF_16BE, "UTF-16", 2);
    }
    if (b0 == 0xFF && b1 == 0xFE) {
      return new EncodingReader(in, prolog, n, StandardCharsets.UTF_16LE, "UTF-16", 2);
    }
    if (b0 == 0x00 && b1 == 0x3C && b2 == 0x00 && b3 == 0x3F) {
      return new EncodingReader(in, prolog, n, StandardCharsets.UTF_16BE, "UTF-16BE", 0);
    }
    if (b0 == 0x3C && b1 == 0x00 && b2 == 0x3F && b3 == 0x00) {
      return new EncodingReader(in, prolog, n, StandardCharsets.UTF_16LE, "UTF-16LE", 0);
    }
    Optional<String> name = declaredEncoding(new String(prolog, 0, n, StandardCharsets.ISO_8859_1));
    if (name.isEmpty()) {
      return new EncodingReader(in, prolog, n, StandardCharsets.UTF_8, "UTF-8", 0);
    }
    Charset cs = charset(name.get()).orElseThrow(() -> new UnsupportedEncodingDeclared(name.get()));
    return new EncodingReader(in, prolog, n, cs, name.get().toUpperCase(Locale.ROOT), 0);
  }

  /** The encoding named by {@code encoding="..."} in an XML declaration at the start of {@code head}. */
  static Optional<String> declaredEncoding(String head) {
    if (!head.startsWith("<?xml")) {
      return Optional.empty();
    }
    int end = head.indexOf("?>");
    String decl = end < 0 ? head : head.substring(0, end);
    int i = decl.indexOf("encoding");
    if (i < 0) {
      return Optional.empty();
    }
    int eq = decl.indexOf('=', i);
    if (eq < 0) {
      return Optional.empty();
    }
    int q = eq + 1;
    while (q < decl.length() && Character.isWhitespace(decl.charAt(q))) {
      q++;
    }
    if (q >= decl.length() || (decl.charAt(q) != '"' && decl.charAt(q) != '\'')) {
      return Optional.empty();
    }
    int close = decl.indexOf(decl.charAt(q), q + 1);
    return close < 0 ? Optional.empty() : Optional.of(decl.substring(q + 1, close));
  }

  private static Optional<Charset> charset(String name) {
    try {
      return Optional.of(Charset.forName(name));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  /** The encoding the file is read in. */
  public Charset charset() {
    return charset;
  }

  /** How the file names its encoding, e.g. {@code UTF-8}. */
  public String declared() {
    return declared;
  }

  /** True once a byte sequence was found that is not a character of the declared encoding. */
  public boolean sawMalformed() {
    return malformedSeen > 0;
  }

  /** Events not kept because more than {@value #MAX_EVENTS} were pending. */
  public long dropped() {
    return dropped;
  }

  /** Takes the events whose character lies before {@code charOffset} (all of them for a negative offset). */
  public List<Event> eventsBefore(long charOffset) {
    if (events.isEmpty()) {
      return List.of(); // the usual case, asked once per record
    }
    List<Event> out = new ArrayList<>();
    while (!events.isEmpty() && (charOffset < 0 || events.peekFirst().charOffset() < charOffset)) {
      out.add(events.pollFirst());
    }
    return out;
  }

  /** The first pending malformed event, without taking it. */
  public Optional<Event> firstMalformed() {
    return events.stream().filter(Event::malformed).findFirst();
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    CharBuffer out = CharBuffer.wrap(cbuf, off, len);
    // Fill the caller's buffer: the JDK's StAX scanner counts character offsets correctly only for full reads.
    while (out.hasRemaining()) {
      if (!bytes.hasRemaining()) {
        if (eof) {
          if (!flushed) {
            decoder.decode(bytes, out, true);
            flushed = true;
          }
          decoder.flush(out);
          if (out.position() == off) {
            return -1;
          }
          break;
        }
        refill();
        continue;
      }
      if (lookForMojibake) {
        scanForUtf8();
      }
      CoderResult r = decoder.decode(bytes, out, eof);
      if (r.isError()) {
        if (!out.hasRemaining()) {
          break; // no room for the replacement: the next call decodes these bytes again
        }
        int at = bytes.position();
        byte[] bad = new byte[r.length()];
        bytes.get(bad);
        malformedSeen++;
        note(new Event(true, bytesBefore + at, charsOut + (out.position() - off), bad, declared));
        out.put('\uFFFD');
      } else if (r.isUnderflow()) {
        if (!eof) {
          refill(); // keeps an incomplete sequence at the end of the buffer for the next round
        } else if (bytes.hasRemaining()) {
          break;
        }
      } else {
        break; // overflow: the caller's buffer is full
      }
    }
    int n = out.position() - off;
    charsOut += n;
    return n;
  }

  private void refill() throws IOException {
    bytesBefore += bytes.position();
    bytes.compact();
    int r = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (r < 0) {
      eof = true;
    } else {
      bytes.position(bytes.position() + r);
    }
    bytes.flip();
  }

  /**
   * Notes UTF-8 multi-byte sequences among the bytes not yet scanned, for a single-byte charset (one byte is one
   * character, so the character offset is the byte offset less a skipped byte order mark, of which these have none).
   */
  private void scanForUtf8() {
    byte[] a = bytes.array();
    int limit = bytes.limit();
    int from = (int) Math.max(bytes.position(), scannedTo - bytesBefore);
    for (int i = from; i < limit; i++) {
      int c = a[i] & 0xFF;
      if (c < 0xC2 || c > 0xE2 || (c > 0xC5 && c < 0xE2)) {
        continue;
      }
      int len = c < 0xE0 ? 2 : 3;
      if (i + len > limit) {
        break;
      }
      if (looksLikeUtf8(a, i, len)) {
        note(new Event(false, bytesBefore + i, bytesBefore + i, Arrays.copyOfRange(a, i, i + len), declared));
        i += len - 1;
      }
    }
    scannedTo = bytesBefore + limit;
  }

  /**
   * True for the UTF-8 spellings of what a name or address in a European language holds: the letters of Latin-1 and
   * Latin Extended-A (U+00C0 to U+017F), the Latin-1 symbols after U+00A0 ({@code Â£} for £) and the typographic
   * quotes, dashes and euro sign (U+2010 to U+20AC). Other byte pairs that happen to be valid UTF-8 are far more
   * likely genuine ISO-8859-1 text.
   */
  private static boolean looksLikeUtf8(byte[] a, int i, int len) {
    int b0 = a[i] & 0xFF;
    int b1 = a[i + 1] & 0xFF;
    if (b1 < 0x80 || b1 > 0xBF) {
      return false;
    }
    if (len == 2) {
      int cp = ((b0 & 0x1F) << 6) | (b1 & 0x3F);
      return cp >= 0xA0 && (cp < 0xC0 || Character.isLetter(cp)) && cp <= 0x17F;
    }
    int b2 = a[i + 2] & 0xFF;
    if (b2 < 0x80 || b2 > 0xBF) {
      return false;
    }
    int cp = ((b0 & 0x0F) << 12) | ((b1 & 0x3F) << 6) | (b2 & 0x3F);
    return cp >= 0x2010 && cp <= 0x20AC && (cp <= 0x203A || cp == 0x20AC);
  }

  private void note(Event e) {
    if (events.size() >= MAX_EVENTS) {
      dropped++;
      return;
    }
    events.addLast(e);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /** The XML declaration names an encoding this JVM cannot decode. */
  public static final class UnsupportedEncodingDeclared extends IOException {
    private static final long serialVersionUID = 1L;

    UnsupportedEncodingDeclared(String name) {
      super("the XML declaration names the encoding '" + name + "', which is not supported");
    }
  }
}
