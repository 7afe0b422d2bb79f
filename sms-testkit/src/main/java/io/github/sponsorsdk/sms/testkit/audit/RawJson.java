package io.github.sponsorsdk.sms.testkit.audit;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * A JSON document of what an audit entry holds before and after a change. An entry recorded by the fake keeps the
 * immutable value itself ({@link #value()}) and writes its JSON only when asked ({@link #json()}, export, snapshot):
 * the values are shared with the state, so the trail costs a few references per change instead of a copy of the
 * text (issue 14: 56 % of the heap per certificate was audit JSON). An entry read back from JSON holds the text. It
 * is written into exported JSON as JSON, not as a quoted string. {@link #tree()} parses it for inspection. Jackson 2
 * and Jackson 3 both write and read it (Jackson 3 through its own serializer and deserializer, compile-time only).
 */
@JsonSerialize(using = RawJson.Writer.class)
@tools.jackson.databind.annotation.JsonSerialize(using = RawJsonJackson3.Writer.class)
@tools.jackson.databind.annotation.JsonDeserialize(using = RawJsonJackson3.Reader.class)
public final class RawJson {
  private static final ObjectMapper READER = new ObjectMapper();
  private final String json;
  private final Object value;
  private final ObjectMapper mapper;

  private RawJson(String json, Object value, ObjectMapper mapper) {
    this.json = json;
    this.value = value;
    this.mapper = mapper;
  }

  /**
   * A document given as text.
   *
   * @param json the JSON text
   * @return the document
   */
  public static RawJson of(String json) {
    return new RawJson(Objects.requireNonNull(json, "json"), null, null);
  }

  /**
   * A document that is {@code value} written by {@code mapper} when first asked for; {@code value} must be immutable.
   *
   * @param value the immutable value
   * @param mapper how to write it
   * @return the document
   */
  public static RawJson of(Object value, ObjectMapper mapper) {
    return new RawJson(null, Objects.requireNonNull(value, "value"), Objects.requireNonNull(mapper, "mapper"));
  }

  /** {@return the value this document was made from, when it was recorded by this fake (not read back from JSON)} */
  public java.util.Optional<Object> value() {
    return java.util.Optional.ofNullable(value);
  }

  /**
   * Reads back what {@link Writer} wrote (any JSON value).
   *
   * @param node the JSON value
   * @return the document, as text
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static RawJson of(JsonNode node) {
    return of(node.toString());
  }

  /** {@return the document as compact text (written now for a recorded value)} */
  public String json() {
    if (json != null) {
      return json;
    }
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return the document as a tree, parsed now} */
  public JsonNode tree() {
    try {
      return READER.readTree(json());
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Equal when the JSON is equal (compared without writing it when both hold equal values). */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RawJson)) {
      return false;
    }
    RawJson other = (RawJson) o;
    if (value != null && other.value != null && value.equals(other.value)) {
      return true;
    }
    return other.json().equals(json());
  }

  @Override
  public int hashCode() {
    return json().hashCode();
  }

  @Override
  public String toString() {
    return json();
  }

  /** Writes the text as raw JSON. */
  public static final class Writer extends StdSerializer<RawJson> {
    private static final long serialVersionUID = 1L;

    /** The serializer Jackson instantiates. */
    public Writer() {
      super(RawJson.class);
    }

    @Override
    public void serialize(RawJson value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeRawValue(value.json());
    }
  }
}
