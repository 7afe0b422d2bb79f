package io.github.sponsorsdk.sms.xml.internal;

import io.github.sponsorsdk.sms.xml.io.BdtWriteException;
import io.github.sponsorsdk.sms.xml.io.WriteOptions;
import io.github.sponsorsdk.sms.xml.schema.BdtField;
import io.github.sponsorsdk.sms.xml.schema.BdtNamespaces;
import io.github.sponsorsdk.sms.xml.schema.CharacterRange;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The writing side of a codec: elements in the file's child namespace, indented like the official examples on
 * request, and every text checked against its {@link BdtField}'s character range and length (refused or
 * transliterated, naming the record and the field path).
 */
public final class XmlOut {
  private final XMLStreamWriter w;
  private final String prefix;
  private final String ns;
  private final WriteOptions options;
  private final Deque<String> path = new ArrayDeque<>();
  private long number;

  /** Writes elements {@code prefix:name} in namespace {@code ns} to {@code w}. */
  public XmlOut(XMLStreamWriter w, String prefix, String ns, WriteOptions options) {
    this.w = w;
    this.prefix = prefix;
    this.ns = ns;
    this.options = options;
  }

  /** The number (from 1) of the record being written; 0 while writing the header (for error reports). */
  public void record(long recordNumber) {
    this.number = recordNumber;
  }

  /** The record number errors are reported under, 0 for the header. */
  public long recordNumber() {
    return number;
  }

  /** Opens element {@code name}. */
  public void start(String name) throws XMLStreamException {
    indent();
    path.addLast(name);
    w.writeStartElement(prefix, name, ns);
  }

  /** Closes the element last opened. */
  public void end() throws XMLStreamException {
    path.removeLast();
    indent();
    w.writeEndElement();
  }

  /** Line break and tabs before the next tag, when indenting. */
  public void indent() throws XMLStreamException {
    if (options.indent()) {
      StringBuilder b = new StringBuilder(path.size() + 2).append('\n');
      for (int i = 0; i <= path.size(); i++) {
        b.append('\t');
      }
      w.writeCharacters(b.toString());
    }
  }

  /** A field whose value is already constrained to plain ASCII (codes, dates, numbers, booleans). */
  public void leaf(BdtField field, String value) throws XMLStreamException {
    indent();
    w.writeStartElement(prefix, field.element(), ns);
    w.writeCharacters(value);
    w.writeEndElement();
  }

  /** An optional plain field. */
  public void leaf(BdtField field, Optional<String> value) throws XMLStreamException {
    if (value.isPresent()) {
      leaf(field, value.get());
    }
  }

  /** A text field, checked against its character range and length. */
  public void text(BdtField field, String value) throws XMLStreamException {
    String v = checked(field, value);
    indent();
    w.writeStartElement(prefix, field.element(), ns);
    int from = 0;
    for (int i = v.indexOf('\r'); i >= 0; i = v.indexOf('\r', from)) { // a raw CR would be read back as LF
      w.writeCharacters(v.substring(from, i));
      w.writeEntityRef("#13");
      from = i + 1;
    }
    w.writeCharacters(v.substring(from));
    w.writeEndElement();
  }

  /** An optional text field. */
  public void text(BdtField field, Optional<String> value) throws XMLStreamException {
    if (value.isPresent()) {
      text(field, value.get());
    }
  }

  /** An {@code xs:boolean} field. */
  public void bool(BdtField field, boolean value) throws XMLStreamException {
    leaf(field, Boolean.toString(value));
  }

  /** An optional {@code xs:boolean} field. */
  public void bool(BdtField field, Optional<Boolean> value) throws XMLStreamException {
    if (value.isPresent()) {
      bool(field, value.get());
    }
  }

  /** A decimal field, in plain notation. */
  public void decimal(BdtField field, BigDecimal value) throws XMLStreamException {
    leaf(field, value.toPlainString());
  }

  /** An optional decimal field. */
  public void decimal(BdtField field, Optional<BigDecimal> value) throws XMLStreamException {
    if (value.isPresent()) {
      decimal(field, value.get());
    }
  }

  /** A nillable field written as {@code xsi:nil="true"}. */
  public void nil(BdtField field) throws XMLStreamException {
    indent();
    w.writeStartElement(prefix, field.element(), ns);
    w.writeNamespace("xsi", BdtNamespaces.XSI);
    w.writeAttribute("xsi", BdtNamespaces.XSI, "nil", "true");
    w.writeEndElement();
  }

  /** The element path of a field about to be written, e.g. {@code CAS/ApplicantData/FamilyName}. */
  public String pathOf(String name) {
    return path.isEmpty() ? name : String.join("/", path) + "/" + name;
  }

  private String checked(BdtField field, String value) {
    CharacterRange range = field.characters().orElse(CharacterRange.LATIN1);
    int bad = range.firstDisallowed(value);
    if (bad < 0) {
      return value;
    }
    String where = pathOf(field.element());
    if (options.characters() == WriteOptions.Characters.REFUSE) {
      throw new BdtWriteException(number, where, CharacterRange.describe(value.codePointAt(bad)) + " at position "
          + bad + " is outside the field's characters (" + range + "); use WriteOptions.Characters.TRANSLITERATE to"
          + " replace it", null);
    }
    String t;
    try {
      t = Transliteration.apply(range, value);
    } catch (IllegalArgumentException e) {
      throw new BdtWriteException(number, where, e.getMessage(), e);
    }
    if (t.length() > field.maxLength()) {
      throw new BdtWriteException(number, where, "transliterated to " + t.length() + " characters, more than "
          + field.maxLength(), null);
    }
    return t;
  }
}
