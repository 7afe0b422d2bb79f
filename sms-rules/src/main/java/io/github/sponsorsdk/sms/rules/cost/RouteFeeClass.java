package io.github.sponsorsdk.sms.rules.cost;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import org.immutables.value.Value;

/**
 * The CoS fee a route pays, and whether a source read confirms it. Five routes created after the fees schedule was
 * last read in full (GBM Graduate Trainee, UK Expansion Worker, Service Supplier, Secondment Worker, Scale-up) have a
 * class the SDK infers from the licence type the guidance lists them under (<b>UNCERTAIN</b>,
 * docs/sources.md#fees-regulations); {@link AssignmentCosts} warns when it uses such a class.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableRouteFeeClass.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableRouteFeeClass.class)
@JsonDeserialize(as = ImmutableRouteFeeClass.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableRouteFeeClass.class)
public abstract class RouteFeeClass implements WithRouteFeeClass {

  /** {@return the fee the route pays} */
  public abstract FeeClass feeClass();

  /** {@return true when a source read names the route's fee; false when the SDK infers it} */
  public abstract boolean confirmed();

  /**
   * A class a source confirms.
   *
   * @param feeClass the fee class
   * @return the confirmed class
   */
  public static RouteFeeClass confirmed(FeeClass feeClass) {
    return builder().feeClass(feeClass).confirmed(true).build();
  }

  /**
   * A class the SDK infers (UNCERTAIN).
   *
   * @param feeClass the fee class
   * @return the inferred class
   */
  public static RouteFeeClass inferred(FeeClass feeClass) {
    return builder().feeClass(feeClass).confirmed(false).build();
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code RouteFeeClass}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableRouteFeeClass.Builder {
    Builder() {}
  }

  @Override
  public String toString() {
    return feeClass() + (confirmed() ? "" : " (inferred)");
  }
}
