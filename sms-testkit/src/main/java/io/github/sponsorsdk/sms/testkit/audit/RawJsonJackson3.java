package io.github.sponsorsdk.sms.testkit.audit;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;

/**
 * {@link RawJson} for Jackson 3, which reads neither Jackson 2's {@code @JsonSerialize(using = ...)} nor a creator
 * that takes Jackson 2's {@code JsonNode}. Named only by {@code RawJson}'s Jackson 3 annotations, so these classes
 * are loaded only when Jackson 3 is there (decision record 0630).
 */
final class RawJsonJackson3 {
  private RawJsonJackson3() {}

  /** Writes the text as raw JSON, as {@link RawJson.Writer} does for Jackson 2. */
  static final class Writer extends ValueSerializer<RawJson> {
    @Override
    public void serialize(RawJson value, JsonGenerator gen, SerializationContext context) {
      gen.writeRawValue(value.json());
    }
  }

  /** Reads any JSON value back as its compact text. */
  static final class Reader extends ValueDeserializer<RawJson> {
    @Override
    public RawJson deserialize(JsonParser p, DeserializationContext context) {
      return RawJson.of(context.readTree(p).toString());
    }
  }
}
