package io.github.sponsorsdk.sms.core.licence;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The "migrated" marker of one route of a licence: from {@link #from()} the route is served by Sponsor UK, no longer
 * by the SMS, for this sponsor. The SMS shows such records in a "Migrated to SpUK" column (SMS Manual 10,
 * docs/sources.md#migrated-to-spuk); the guidance calls the first cohort "PB1 sponsors"
 * (docs/sources.md#pb1-sponsor). Which routes may migrate when is a date-effective parameter of sms-rules
 * ({@code migration.MigrationParameters}); this value only records that this licence's route did.
 *
 * <pre>{@code
 * RouteMigration gae = RouteMigration.of(Route.GOVERNMENT_AUTHORISED_EXCHANGE, LocalDate.of(2024, 10, 24))
 *     .withCohort("PB1");
 * }</pre>
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableRouteMigration.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableRouteMigration.class)
@JsonDeserialize(as = ImmutableRouteMigration.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableRouteMigration.class)
public abstract class RouteMigration implements WithRouteMigration {

  /** {@return the route that moved to Sponsor UK} */
  public abstract Route route();

  /** {@return the first day Sponsor UK serves the route for this sponsor (the SMS served it until the day before)} */
  public abstract LocalDate from();

      /** {@return the roll-out cohort, in the guidance's words where it has them: {@code PB1} (private beta 1)} */
  public abstract Optional<@Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9 _-]{0,31}",
      message = "must be 1 to 32 letters, digits, spaces, hyphens or underscores") String> cohort();

  /**
   * {@return the system serving the route on {@code date}: Sponsor UK from {@link #from()}, the SMS before}
   *
   * @param date the day asked about
   */
  public SponsorshipSystem systemOn(LocalDate date) {
    return date.isBefore(from()) ? SponsorshipSystem.SMS : SponsorshipSystem.SPONSOR_UK;
  }

  /**
   * {@code route} migrated from {@code from}, no cohort named.
   *
   * @param route the route that moves
   * @param from the first day Sponsor UK serves it
   * @return the migration marker
   */
  public static RouteMigration of(Route route, LocalDate from) {
    return builder().route(route).from(from).build();
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code RouteMigration}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableRouteMigration.Builder {
    Builder() {}
  }

  /** Checks the constraints when the value is built; throws {@code InvalidValueException} listing every violation. */
  @Value.Check
  void check() {
    ValueValidation.check(this);
  }
}
