package io.github.sponsorsdk.sms.core.decision;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The outcome of a rule: allowed or refused, with every reason. It is refused exactly when at least one reason is a
 * {@link Severity#REFUSAL}; warnings and information never refuse. Rules collect all reasons; they never stop at the
 * first.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableDecision.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableDecision.class)
@JsonDeserialize(as = ImmutableDecision.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableDecision.class)
public abstract class Decision implements WithDecision {

  /** {@return every reason, in the order the rules found them: refusals, warnings and information} */
  public abstract List<Reason> reasons();

  /** {@return true when no reason refuses} */
  @JsonIgnore
  @Value.Derived
  public boolean isAllowed() {
    return reasons().stream().noneMatch(r -> r.severity() == Severity.REFUSAL);
  }

  /** {@return true when at least one reason is a refusal: the action must not go ahead} */
  @JsonIgnore
  public boolean isRefused() {
    return !isAllowed();
  }

  /** {@return the refusing reasons} */
  @JsonIgnore
  public List<Reason> refusals() {
    return withSeverity(Severity.REFUSAL);
  }

  /**
   * {@return the warnings: reasons that do not refuse but that the user should see, e.g. a missing maintenance tick}
   */
  @JsonIgnore
  public List<Reason> warnings() {
    return withSeverity(Severity.WARNING);
  }

  private List<Reason> withSeverity(Severity severity) {
    return reasons().stream().filter(r -> r.severity() == severity).collect(Collectors.toList());
  }

  /**
   * {@return the reasons whose citation is {@link io.github.sponsorsdk.sms.core.citation.Certainty#UNCERTAIN}: the
   * parts of this decision that rest on the SDK's documented default rather than on a source that settles the rule}
   */
  @JsonIgnore
  public List<Reason> uncertainties() {
    return reasons().stream().filter(Reason::isUncertain).collect(Collectors.toList());
  }

  /**
   * {@return true when any reason has {@code code}}
   *
   * @param code the reason code to look for
   */
  public boolean has(ReasonCode code) {
    return reasons().stream().anyMatch(r -> r.is(code));
  }

  /** {@return the codes of all reasons, in order} */
  @JsonIgnore
  public List<String> codes() {
    return reasons().stream().map(Reason::code).collect(Collectors.toList());
  }

  /**
   * {@return this decision followed by {@code other}'s reasons}
   *
   * @param other the decision to append
   */
  public Decision and(Decision other) {
    return ImmutableDecision.builder().addAllReasons(reasons()).addAllReasons(other.reasons()).build();
  }

  /**
   * {@return a decision of {@code reasons}: refused when any is a refusal}
   *
   * @param reasons the reasons, in the order to report them
   */
  public static Decision of(List<Reason> reasons) {
    return ImmutableDecision.builder().addAllReasons(reasons).build();
  }

  /**
   * {@return a decision of {@code reasons}: refused when any is a refusal}
   *
   * @param reasons the reasons, in the order to report them
   */
  public static Decision of(Reason... reasons) {
    return of(Arrays.asList(reasons));
  }

  /** {@return an allowed decision with no reasons} */
  public static Decision allowed() {
    return ImmutableDecision.builder().build();
  }

  @Override
  public String toString() {
    return (isAllowed() ? "ALLOWED" : "REFUSED") + reasons();
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code Decision}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableDecision.Builder {
    Builder() {}
  }
}
