package io.github.sponsorsdk.sms.rules.reporting;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The mapper a consumer would configure (copy of sms-core's test helper). */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new Jdk8Module())
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private Json() {}

  /**
   * Jackson 3 as a consumer would configure it: {@code Optional} and {@code java.time} are built in, dates are ISO
   * strings by default; strict on unknown properties like {@link #MAPPER}.
   */
  static final tools.jackson.databind.json.JsonMapper MAPPER_3 = tools.jackson.databind.json.JsonMapper.builder()
      .enable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  /**
   * Writes {@code value} to JSON and reads it back as {@code type} with Jackson 2, and does the same with Jackson 3;
   * each major must also read the other's JSON, and all four readings must be equal. Returns the Jackson 2 reading.
   */
  static <T> T roundTrip(Object value, Class<T> type) {
    T viaJackson2;
    try {
      viaJackson2 = MAPPER.readValue(MAPPER.writeValueAsString(value), type);
    } catch (Exception e) {
      throw new AssertionError("JSON round trip failed for " + value, e);
    }
    try {
      String json3 = MAPPER_3.writeValueAsString(value);
      T viaJackson3 = MAPPER_3.readValue(json3, type);
      T jackson2ReadsJackson3 = MAPPER.readValue(json3, type);
      T jackson3ReadsJackson2 = MAPPER_3.readValue(MAPPER.writeValueAsString(value), type);
      if (!viaJackson2.equals(viaJackson3) || !viaJackson2.equals(jackson2ReadsJackson3)
          || !viaJackson2.equals(jackson3ReadsJackson2)) {
        throw new AssertionError("Jackson 2 and 3 disagree on " + value + ": " + viaJackson3 + " / "
            + jackson2ReadsJackson3 + " / " + jackson3ReadsJackson2);
      }
    } catch (Exception e) {
      throw new AssertionError("Jackson 3 round trip failed for " + value, e);
    }
    return viaJackson2;
  }
}
