package io.github.sponsorsdk.sms.core.port;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.certificate.CosType;
import io.github.sponsorsdk.sms.core.certificate.MigrantDetails;
import io.github.sponsorsdk.sms.core.certificate.SalaryPeriod;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.place.Address;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a sponsor types to create a CoS or CAS. The SMS saves a draft with fields missing; which fields are needed
 * to assign is a rule, checked at assignment. The implementation gives the certificate its number and owner.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableCertificateDraft.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableCertificateDraft.class)
@JsonDeserialize(as = ImmutableCertificateDraft.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableCertificateDraft.class)
public abstract class CertificateDraft implements WithCertificateDraft {

  public abstract Route route();

  public abstract MigrantDetails migrant();

  public abstract Optional<Address> mainAddress();

  public abstract Optional<Money> grossSalary();

  public abstract Optional<SalaryPeriod> salaryPeriod();

  public abstract Optional<CosType> cosType();

  public abstract Optional<Boolean> maintenanceCertified();

  public abstract Optional<LocalDate> startDate();

  public abstract Optional<LocalDate> endDate();

  /**
   * For a defined CoS ({@code cosType} {@code DEFINED}): the reference of the granted application it is created from
   * (a {@link CaseworkRequest} of kind {@link CaseworkKind#DEFINED_COS}).
   */
  public abstract Optional<String> definedCosReference();

  /** A new builder; {@code build()} checks every rule above and lists all violations at once. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code CertificateDraft}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableCertificateDraft.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    ValueValidation.check(this);
  }
}
