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

  public abstract List<Reason> reasons();

  /** True when no reason refuses. */
  @JsonIgnore
  @Value.Derived
  public boolean isAllowed() {
    return reasons().stream().noneMatch(r -> r.severity() == Severity.REFUSAL);
  }

  @JsonIgnore
  public boolean isRefused() {
    return !isAllowed();
  }

  /** The refusing reasons. */
  @JsonIgnore
  public List<Reason> refusals() {
    return withSeverity(Severity.REFUSAL);
  }

  @JsonIgnore
  public List<Reason> warnings() {
    return withSeverity(Severity.WARNING);
  }

  private List<Reason> withSeverity(Severity severity) {
    return reasons().stream().filter(r -> r.severity() == severity).collect(Collectors.toList());
  }

  /**
   * The reasons whose citation is {@link io.github.sponsorsdk.sms.core.citation.Certainty#UNCERTAIN}: the parts of
   * this decision that rest on the SDK's documented default rather than on a source that settles the rule.
   */
  @JsonIgnore
  public List<Reason> uncertainties() {
    return reasons().stream().filter(Reason::isUncertain).collect(Collectors.toList());
  }

  /** True when any reason has {@code code}. */
  public boolean has(ReasonCode code) {
    return reasons().stream().anyMatch(r -> r.is(code));
  }

  /** The codes of all reasons, in order. */
  @JsonIgnore
  public List<String> codes() {
    return reasons().stream().map(Reason::code).collect(Collectors.toList());
  }

  /** This decision followed by {@code other}'s reasons. */
  public Decision and(Decision other) {
    return ImmutableDecision.builder().addAllReasons(reasons()).addAllReasons(other.reasons()).build();
  }

  public static Decision of(List<Reason> reasons) {
    return ImmutableDecision.builder().addAllReasons(reasons).build();
  }

  public static Decision of(Reason... reasons) {
    return of(Arrays.asList(reasons));
  }

  /** An allowed decision with no reasons. */
  public static Decision allowed() {
    return ImmutableDecision.builder().build();
  }

  @Override
  public String toString() {
    return (isAllowed() ? "ALLOWED" : "REFUSED") + reasons();
  }

  /** A new builder; {@code build()} checks every rule above and lists all violations at once. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code Decision}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableDecision.Builder {
    Builder() {}
  }
}
