package io.github.sponsorsdk.sms.rules.certificate;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** An application for one defined CoS: its status, when it was made and, once decided, when. */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableDefinedCosApplication.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableDefinedCosApplication.class)
@JsonDeserialize(as = ImmutableDefinedCosApplication.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableDefinedCosApplication.class)
public abstract class DefinedCosApplication implements WithDefinedCosApplication {

  /** {@return where the application stands} */
  public abstract DefinedCosStatus status();

  /** {@return the day the sponsor applied} */
  public abstract LocalDate appliedOn();

  /** {@return the day of the decision (or withdrawal); present exactly when the status is decided} */
  public abstract Optional<LocalDate> decidedOn();

  /**
   * {@return an application made on {@code appliedOn}, awaiting a decision}
   *
   * @param appliedOn the day of the application
   */
  public static DefinedCosApplication awaitingDecision(LocalDate appliedOn) {
    return ImmutableDefinedCosApplication.builder().status(DefinedCosStatus.AWAITING_DECISION).appliedOn(appliedOn)
        .build();
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code DefinedCosApplication}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableDefinedCosApplication.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    List<Violation> v = new ArrayList<>();
    if (status().isDecided() != decidedOn().isPresent()) {
      v.add(Violation.of("decidedOn", String.valueOf(decidedOn().orElse(null)), "PresentWhenDecided",
          "must be present exactly when the application is decided (status " + status() + ")"));
    }
    decidedOn().filter(d -> d.isBefore(appliedOn())).ifPresent(d -> v.add(Violation.of("decidedOn", d.toString(),
        "DateOrder", "must not be before appliedOn " + appliedOn())));
    if (!v.isEmpty()) {
      throw new InvalidValueException("DefinedCosApplication", v);
    }
  }
}
