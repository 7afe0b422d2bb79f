package io.github.sponsorsdk.sms.rules.migration;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.rules.effective.DateEffective;
import io.github.sponsorsdk.sms.rules.effective.ParameterSet;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The roll-out of Sponsor UK as a date-effective table: which routes a licence may have moved to Sponsor UK on a
 * given day. Default: from 24 October 2024, the Government Authorised Exchange route only, for the selected sponsors
 * of the private beta ("PB1", docs/sources.md#sponsor-uk-start, docs/sources.md#pb1-sponsor). No later step of the
 * roll-out is published ("two to four years", docs/sources.md#sponsor-uk-scope); a caller who learns of one adds a
 * version. Before the first version no route is open.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableMigrationParameters.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableMigrationParameters.class)
@JsonDeserialize(as = ImmutableMigrationParameters.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableMigrationParameters.class)
public abstract class MigrationParameters implements ParameterSet, WithMigrationParameters {

  /** {@return the routes open to Sponsor UK, by date} */
  public abstract DateEffective<Set<Route>> routesOpen();

  @Override
  public List<DateEffective<?>> parameters() {
    return List.of(routesOpen());
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code MigrationParameters}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableMigrationParameters.Builder {
    Builder() {}
  }

  /** {@return the private beta: GAE from 24 October 2024} */
  public static MigrationParameters defaults() {
    return builder().routesOpen(DateEffective.of("migration.routesOpen", LocalDate.of(2024, 10, 24),
        Collections.unmodifiableSet(EnumSet.of(Route.GOVERNMENT_AUTHORISED_EXCHANGE)),
        Citation.of(Source.WORKER_GUIDANCE_UPDATE_2024_10_24, "Update of 24 October 2024")
            .withNote("'the initial phase of the new sponsorship service for selected Government Authorised "
                + "Exchange sponsors' (PB1 sponsors)")))
        .build();
  }
}
