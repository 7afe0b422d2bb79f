package io.github.sponsorsdk.sms.rules.certificate;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.licence.LicenceStatus;
import io.github.sponsorsdk.sms.core.licence.Rating;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.user.UserLevel;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import java.time.LocalDate;
import org.immutables.value.Value;

/** The facts that decide whether a sponsor may apply for a defined CoS. */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableDefinedCosRequest.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableDefinedCosRequest.class)
@JsonDeserialize(as = ImmutableDefinedCosRequest.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableDefinedCosRequest.class)
public abstract class DefinedCosRequest implements WithDefinedCosRequest {

  /** {@return the route of the job: defined CoS exist only for Skilled Worker} */
  public abstract Route route();

  /** {@return true when the worker will apply for entry clearance (from outside the UK)} */
  public abstract boolean entryClearance();

  /** {@return the sponsor's rating in the Worker category} */
  public abstract Rating rating();

  /** {@return the licence status} */
  public abstract LicenceStatus licenceStatus();

  /** {@return the level of the user applying} */
  public abstract UserLevel userLevel();

  /** {@return the day of the application} */
  public abstract LocalDate date();

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code DefinedCosRequest}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableDefinedCosRequest.Builder {
    Builder() {}
  }
}
