package io.github.sponsorsdk.sms.xml.internal.codec;

import io.github.sponsorsdk.sms.xml.internal.FieldReader;
import io.github.sponsorsdk.sms.xml.internal.XmlOut;
import javax.xml.stream.XMLStreamException;

/**
 * Reads and writes one kind of element (a record or a header) of a BDT file: the element structure, in the schema's
 * order, around the fields of {@link io.github.sponsorsdk.sms.xml.schema.BdtField}.
 *
 * @param <T> the value the element maps to
 */
interface RecordCodec<T> {
  /** The value type. */
  Class<T> type();

  /**
   * Reads the element's content; for a record, its start tag is already consumed and its end tag is consumed here;
   * for a header, the whole element is read here.
   */
  T read(FieldReader in);

  /** Writes the whole element. */
  void write(XmlOut out, T value) throws XMLStreamException;
}
