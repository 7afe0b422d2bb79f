package io.github.sponsorsdk.sms.core.port;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import org.immutables.value.Value;

/**
 * The answer to an act on a batch's certificates (add, remove, assign): the batch as it stands afterwards and one
 * {@link ItemOutcome} per certificate, numbered from 1. Items are decided one by one; some may be done while others
 * are refused.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableBatchOutcome.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableBatchOutcome.class)
@JsonDeserialize(as = ImmutableBatchOutcome.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableBatchOutcome.class)
public abstract class BatchOutcome implements WithBatchOutcome {

  /** {@return the batch after the act} */
  public abstract CertificateBatch batch();

  /** {@return one outcome per certificate, in order, numbered from 1} */
  public abstract List<ItemOutcome> items();

  /** {@return the items done} */
  public List<ItemOutcome> allowed() {
    return items().stream().filter(ItemOutcome::isAllowed).collect(java.util.stream.Collectors.toList());
  }

  /** {@return the items refused} */
  public List<ItemOutcome> refused() {
    return items().stream().filter(i -> !i.isAllowed()).collect(java.util.stream.Collectors.toList());
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code BatchOutcome}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableBatchOutcome.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ValueValidation.check(this);
  }
}
