package io.github.sponsorsdk.sms.rules.permission;

import static io.github.sponsorsdk.sms.core.citation.Source.SMS_MANUAL_1;
import static io.github.sponsorsdk.sms.rules.licence.LicenceParameters.COVERAGE_FROM;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.rules.effective.DateEffective;
import io.github.sponsorsdk.sms.rules.effective.ParameterSet;
import java.util.List;
import org.immutables.value.Value;

/**
 * The date-effective parameters of {@link PermissionEngine} (the licence dates it uses are
 * {@link io.github.sponsorsdk.sms.rules.licence.LicenceParameters}).
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutablePermissionParameters.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutablePermissionParameters.class)
@JsonDeserialize(as = ImmutablePermissionParameters.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutablePermissionParameters.class)
public abstract class PermissionParameters implements ParameterSet, WithPermissionParameters {

  /**
   * May a Level 2 user withdraw a CoS/CAS they own? Manual 1 restricts Level 2 users by ownership ("can only report
   * against or view CoS and/or CAS which they own") and lists no function ban beyond the menus; a secondary source
   * (rocketlawyer, docs/sources.md#secondary-people, marked uncertain) says Level 2 users cannot withdraw. Default:
   * {@code true},
   * the primary source.
   *
   * @return whether Level 2 users may withdraw their own certificates, by date
   */
  public abstract DateEffective<Boolean> level2MayWithdrawOwnCertificates();

  @JsonIgnore
  @Override
  public List<DateEffective<?>> parameters() {
    return List.of(level2MayWithdrawOwnCertificates());
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code PermissionParameters}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutablePermissionParameters.Builder {
    Builder() {}
  }

  /** {@return the parameters as the primary sources state them} */
  public static PermissionParameters defaults() {
    return builder()
        .level2MayWithdrawOwnCertificates(DateEffective.of("permission.level2MayWithdrawOwnCertificates",
            COVERAGE_FROM, true, Citation.of(SMS_MANUAL_1, "Access to SMS (user levels)")
                .withNote("Ownership is the only Level 2 restriction on certificates; rocketlawyer (tier C) "
                    + "disagrees")))
        .build();
  }
}
