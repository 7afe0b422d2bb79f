package io.github.sponsorsdk.sms.rules.permission;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.licence.Licence;
import io.github.sponsorsdk.sms.core.licence.LicenceStatus;
import io.github.sponsorsdk.sms.core.licence.Rating;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.route.RouteCategory;
import io.github.sponsorsdk.sms.core.user.SmsUser;
import io.github.sponsorsdk.sms.core.user.UserLevel;
import io.github.sponsorsdk.sms.core.user.UserStatus;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Everything a permission question depends on: who asks (level and status), the licence (status, ratings, routes,
 * expiry), whose certificate it is, and the day. Build it from the domain values with {@link #of(SmsUser, Licence,
 * LocalDate)}; the flat attributes let a caller (or an exhaustive test) ask about any situation directly.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutablePermissionRequest.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutablePermissionRequest.class)
@JsonDeserialize(as = ImmutablePermissionRequest.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutablePermissionRequest.class)
public abstract class PermissionRequest implements WithPermissionRequest {

  /** {@return the actor's level} */
  public abstract UserLevel actorLevel();

  /** {@return the actor's status} */
  public abstract UserStatus actorStatus();

  /** {@return the licence status} */
  public abstract LicenceStatus licenceStatus();

  /** {@return one rating per category held} */
  public abstract Map<RouteCategory, Rating> ratings();

  /** {@return the licensed routes} */
  public abstract Set<Route> routes();

  /** {@return the expiry date SMS shows for the licence} */
  public abstract LocalDate licenceExpiry();

  /** {@return the end of the Student Sponsor status (or BCA) period the Licence summary shows, if one is held} */
  public abstract Optional<LocalDate> studentStatusEndDate();

  /** {@return whose certificate the action is on; {@link CertificateOwnership#NONE} by default} */
  @Value.Default
  public CertificateOwnership certificate() {
    return CertificateOwnership.NONE;
  }

  /** {@return the day the question is asked} */
  public abstract LocalDate date();

  /** The requirements this request fails whatever the date: computed once, used by {@link PermissionEngine}. */
  @Value.Lazy
  long dateFreeFailures() {
    return PermissionEngine.dateFreeFailures(this);
  }

  /**
   * {@return a copy about {@code certificate}, owned by the actor or not}
   *
   * @param certificate whether the actor owns the certificate
   */
  public PermissionRequest on(CertificateOwnership certificate) {
    return ImmutablePermissionRequest.copyOf(this).withCertificate(certificate);
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code PermissionRequest}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutablePermissionRequest.Builder {
    Builder() {}
  }

  /**
   * {@return the request of {@code actor} on {@code licence} on {@code date}, about no particular certificate}
   *
   * @param actor the user
   * @param licence the licence
   * @param date the day
   */
  public static PermissionRequest of(SmsUser actor, Licence licence, LocalDate date) {
    return builder().actorLevel(actor.level()).actorStatus(actor.status()).licenceStatus(licence.status())
        .ratings(licence.ratings()).routes(licence.routes()).licenceExpiry(licence.expiryDate()).studentStatusEndDate(licence.studentStatusEndDate()).date(date).build();
  }

  /**
   * {@return the request of {@code actor} on {@code licence} on {@code date}, about {@code certificate}}
   *
   * @param actor the user
   * @param licence the licence
   * @param certificate the certificate
   * @param date the day
   */
  public static PermissionRequest of(SmsUser actor, Licence licence, Certificate certificate, LocalDate date) {
    return of(actor, licence, date).on(CertificateOwnership.of(actor.userId(), certificate));
  }

  @Value.Check
  void check() {
    ValueValidation.check(this);
  }
}
