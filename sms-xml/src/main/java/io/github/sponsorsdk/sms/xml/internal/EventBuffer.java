package io.github.sponsorsdk.sms.xml.internal;

import javax.xml.validation.ValidatorHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * The events of one record, kept (names by reference, text copied once) so that a record the fast path could not
 * clear can be replayed into the schema validator with its original lines and columns. Reused record after record:
 * memory is bounded by the largest record.
 */
final class EventBuffer implements Locator {
  static final int START = 1;
  static final int END = 2;
  static final int TEXT = 3;

  private int size;
  private int[] type = new int[256];
  private String[] uri = new String[256];
  private String[] local = new String[256];
  private AttributesImpl[] atts = new AttributesImpl[256];
  private String[][] namespaces = new String[256][];
  private String[] outer = new String[0];
  private int[] from = new int[256];
  private int[] length = new int[256];
  private int[] line = new int[256];
  private int[] column = new int[256];
  private char[] chars = new char[8192];
  private int charsUsed;
  private int current;

  /** Events held for one record. */
  int size() {
    return size;
  }

  /** Characters held for one record. */
  int chars() {
    return charsUsed;
  }

  void clear() {
    size = 0;
    charsUsed = 0;
  }

  /** The prefix/URI pairs declared on the root, in scope for every record. */
  void outerNamespaces(String[] prefixUriPairs) {
    outer = prefixUriPairs;
  }

  /** {@code ns}: the prefix/URI pairs declared on this element, or null. */
  void start(String u, String l, AttributesImpl a, String[] ns, int ln, int col) {
    int i = add(START, ln, col);
    uri[i] = u;
    local[i] = l;
    atts[i] = a;
    namespaces[i] = ns;
  }

  void end(String u, String l, int ln, int col) {
    int i = add(END, ln, col);
    uri[i] = u;
    local[i] = l;
  }

  void text(char[] c, int start, int len, int ln, int col) {
    int i = add(TEXT, ln, col);
    if (charsUsed + len > chars.length) {
      chars = java.util.Arrays.copyOf(chars, Math.max(chars.length * 2, charsUsed + len));
    }
    System.arraycopy(c, start, chars, charsUsed, len);
    from[i] = charsUsed;
    length[i] = len;
    charsUsed += len;
  }

  private int add(int t, int ln, int col) {
    if (size == type.length) {
      int n = size * 2;
      type = java.util.Arrays.copyOf(type, n);
      uri = java.util.Arrays.copyOf(uri, n);
      local = java.util.Arrays.copyOf(local, n);
      atts = java.util.Arrays.copyOf(atts, n);
      namespaces = java.util.Arrays.copyOf(namespaces, n);
      from = java.util.Arrays.copyOf(from, n);
      length = java.util.Arrays.copyOf(length, n);
      line = java.util.Arrays.copyOf(line, n);
      column = java.util.Arrays.copyOf(column, n);
    }
    type[size] = t;
    line[size] = ln;
    column[size] = col;
    atts[size] = null;
    namespaces[size] = null;
    return size++;
  }

  /** Replays the record as a document of its own; {@code path} tracks the element path for error reports. */
  void replay(ValidatorHandler h, String[] path, int[] depth) throws SAXException {
    AttributesImpl none = new AttributesImpl();
    h.setDocumentLocator(this);
    h.startDocument();
    for (int i = 0; i + 1 < outer.length; i += 2) {
      h.startPrefixMapping(outer[i], outer[i + 1]);
    }
    String[][] declared = new String[path.length + 1][];
    depth[0] = 1; // the record element sits at depth 2 of the file
    for (current = 0; current < size; current++) {
      switch (type[current]) {
        case START:
          path[++depth[0]] = local[current];
          declared[depth[0]] = namespaces[current];
          if (namespaces[current] != null) {
            for (int i = 0; i + 1 < namespaces[current].length; i += 2) {
              h.startPrefixMapping(namespaces[current][i], namespaces[current][i + 1]);
            }
          }
          h.startElement(uri[current], local[current], local[current], atts[current] == null ? none : atts[current]);
          break;
        case END:
          h.endElement(uri[current], local[current], local[current]);
          if (declared[depth[0]] != null) {
            for (int i = 0; i + 1 < declared[depth[0]].length; i += 2) {
              h.endPrefixMapping(declared[depth[0]][i]);
            }
          }
          depth[0]--;
          break;
        default:
          h.characters(chars, from[current], length[current]);
          break;
      }
    }
    current = Math.max(0, size - 1);
    h.endDocument();
  }

  /** The leaf elements of the record held (elements with text and no child element), with their paths. */
  java.util.List<RecordValues.Value> leaves() {
    java.util.List<RecordValues.Value> out = new java.util.ArrayList<>();
    String[] stack = new String[64];
    int depth = 0;
    boolean hasChild = false;
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < size; i++) {
      switch (type[i]) {
        case START:
          if (depth + 1 >= stack.length) {
            stack = java.util.Arrays.copyOf(stack, stack.length * 2);
          }
          stack[++depth] = local[i];
          hasChild = false;
          text.setLength(0);
          break;
        case END:
          if (!hasChild && depth >= 2) {
            out.add(new RecordValues.Value(stack[depth - 1], stack[depth], String.join("/",
                java.util.Arrays.copyOfRange(stack, 1, depth + 1)), text.toString()));
          }
          depth--;
          hasChild = true;
          text.setLength(0);
          break;
        default:
          text.append(chars, from[i], length[i]);
          break;
      }
    }
    return out;
  }

  @Override
  public String getPublicId() {
    return null;
  }

  @Override
  public String getSystemId() {
    return null;
  }

  @Override
  public int getLineNumber() {
    return size == 0 ? 1 : line[Math.min(current, size - 1)];
  }

  @Override
  public int getColumnNumber() {
    return size == 0 ? 1 : column[Math.min(current, size - 1)];
  }
}
