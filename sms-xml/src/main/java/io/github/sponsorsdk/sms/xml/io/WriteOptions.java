package io.github.sponsorsdk.sms.xml.io;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import org.immutables.value.Value;

/** How a {@link BdtWriter} writes. */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableWriteOptions.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableWriteOptions.class)
@JsonDeserialize(as = ImmutableWriteOptions.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableWriteOptions.class)
public abstract class WriteOptions implements WithWriteOptions {
  /** What to do with a character outside the field's allowed range. */
  public enum Characters {
    /** Throw {@link BdtWriteException} naming the record, the field and the character (the default). */
    REFUSE,
    /**
     * Replace it with its nearest allowed spelling: accents dropped where the field does not allow them
     * ({@code Zürich} to {@code Zurich} in an address), typographic quotes and dashes made plain, {@code Ł} to
     * {@code L}, {@code œ} to {@code oe}; a character with no such spelling is still refused.
     */
    TRANSLITERATE
  }

  /** {@return what to do with characters outside a field's range; default {@code REFUSE}} */
  @Value.Default
  public Characters characters() {
    return Characters.REFUSE;
  }

  /** {@return one element per line, indented with tabs, like the official example files} Off for the smallest file. */
  @Value.Default
  public boolean indent() {
    return true;
  }

  /** {@return the default options} */
  public static WriteOptions defaults() {
    return ImmutableWriteOptions.builder().build();
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code WriteOptions}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableWriteOptions.Builder {
    Builder() {}
  }
}
