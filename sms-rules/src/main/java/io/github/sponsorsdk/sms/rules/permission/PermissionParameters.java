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
import java.time.LocalDate;
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
   * May a Level 2 user withdraw a CoS/CAS they own? Manual 1, Troubleshooting implies so ("You are a Level 2 user and
   * you do not own the CoS/CAS" is a reason for not being able to manage a live certificate); a secondary source
   * (rocketlawyer, docs/sources.md#secondary-people, marked uncertain) says Level 2 users cannot withdraw. Default:
   * {@link Level2Withdrawal#OWN_CERTIFICATES}, the primary source. This one value is read by both the
   * {@link PermissionEngine} and {@link io.github.sponsorsdk.sms.rules.certificate.CertificateLifecycle} (through
   * {@link #level2May(SmsAction, CertificateOwnership, LocalDate)}), so the menu and the lifecycle cannot disagree.
   *
   * @return whether Level 2 users may withdraw their own certificates, by date
   */
  public abstract DateEffective<Level2Withdrawal> level2Withdrawal();

  @JsonIgnore
  @Override
  public List<DateEffective<?>> parameters() {
    return List.of(level2Withdrawal());
  }

  /**
   * The one table of Level 2 powers: may a Level 2 user take {@code action} on a certificate of
   * {@code ownership}, on {@code on}, whatever the licence's status or rating? Read from the {@link SmsAction} row:
   * refused when the row needs a Level 1 menu (licence summary, user management, defined CoS, message board), when
   * it acts on a certificate another user owns, or when it is a withdrawal and {@link #level2Withdrawal()} is
   * {@link Level2Withdrawal#LEVEL_1_ONLY} on {@code on}. The permission engine's Level 2 requirements fail in exactly
   * these cases (a test holds both against each other for every actor, status and action).
   *
   * @param action the SMS function
   * @param ownership whether the user owns the certificate (or there is none)
   * @param on the day of the question: the rules in force that day apply
   * @return true when a Level 2 user may
   */
  public boolean level2May(SmsAction action, CertificateOwnership ownership, LocalDate on) {
    for (Requirement r : action.requirements()) {
      if (r.level1Only()) {
        return false;
      }
    }
    if (action.onCertificate() && ownership == CertificateOwnership.ANOTHER_USER) {
      return false;
    }
    return !action.requirements().contains(Requirement.LEVEL_2_MAY_WITHDRAW)
        || level2Withdrawal().on(on) == Level2Withdrawal.OWN_CERTIFICATES;
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code PermissionParameters}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutablePermissionParameters.Builder {
    Builder() {}
  }

  /** The citation of the default {@link #level2Withdrawal()}. */
  public static final Citation LEVEL_2_WITHDRAWAL = Citation.of(SMS_MANUAL_1,
      "Troubleshooting: I am unable to manage live CoS/CAS (cause 2)")
      .withNote("'You are a Level 2 user and you do not own the CoS/CAS' implies a Level 2 owner may manage (withdraw) "
          + "a live certificate; Guide 3 lists Level 2 powers as examples; rocketlawyer (secondary) disagrees. "
          + "Decision record 0485-sms-functions");

  /** {@return the parameters as the primary sources state them} */
  public static PermissionParameters defaults() {
    return builder()
        .level2Withdrawal(DateEffective.of("permission.level2Withdrawal", COVERAGE_FROM,
            Level2Withdrawal.OWN_CERTIFICATES, LEVEL_2_WITHDRAWAL))
        .build();
  }
}
