package io.github.sponsorsdk.sms.core.port;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import org.immutables.value.Value;

/**
 * The answer to an act on a Creative Worker group's CoS (add, remove): the group as it stands afterwards and one
 * {@link ItemOutcome} per CoS, numbered from 1.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableGroupOutcome.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableGroupOutcome.class)
@JsonDeserialize(as = ImmutableGroupOutcome.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableGroupOutcome.class)
public abstract class GroupOutcome implements WithGroupOutcome {

  /** {@return the group after the act} */
  public abstract CreativeWorkerGroup group();

  /** {@return one outcome per CoS, in order, numbered from 1} */
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

  /** Builds a {@code GroupOutcome}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableGroupOutcome.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ValueValidation.check(this);
  }
}
