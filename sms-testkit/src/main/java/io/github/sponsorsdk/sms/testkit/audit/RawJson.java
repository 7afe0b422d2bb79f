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
 * A JSON document kept as compact text: what an audit entry holds before and after a change. Text costs a fraction
 * of a Jackson tree's heap (the audit trail grows with every change), and it is written into exported JSON as JSON,
 * not as a quoted string. {@link #tree()} parses it for inspection.
 */
@JsonSerialize(using = RawJson.Writer.class)
public final class RawJson {
  private static final ObjectMapper READER = new ObjectMapper();
  private final String json;

  private RawJson(String json) {
    this.json = Objects.requireNonNull(json);
  }

  /**
   * {@return {@code json} kept as it is}
   *
   * @param json a JSON document, compact
   */
  public static RawJson of(String json) {
    return new RawJson(json);
  }

  /**
   * Reads back what {@link Writer} wrote (any JSON value).
   *
   * @param node a JSON value
   * @return the same JSON as text
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static RawJson of(JsonNode node) {
    return new RawJson(node.toString());
  }

  /** {@return the document as text} */
  public String json() {
    return json;
  }

  /** {@return the document as a tree, parsed now} */
  public JsonNode tree() {
    try {
      return READER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RawJson && ((RawJson) o).json.equals(json);
  }

  @Override
  public int hashCode() {
    return json.hashCode();
  }

  @Override
  public String toString() {
    return json;
  }

  /** Writes the text as raw JSON. */
  public static final class Writer extends StdSerializer<RawJson> {
    private static final long serialVersionUID = 1L;

    /** The serializer that writes the text as JSON, not as a string. */
    public Writer() {
      super(RawJson.class);
    }

    @Override
    public void serialize(RawJson value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeRawValue(value.json);
    }
  }
}
