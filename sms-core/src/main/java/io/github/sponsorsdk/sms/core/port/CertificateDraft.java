package io.github.sponsorsdk.sms.core.port;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.certificate.CosType;
import io.github.sponsorsdk.sms.core.certificate.MigrantDetails;
import io.github.sponsorsdk.sms.core.certificate.SalaryPeriod;
import io.github.sponsorsdk.sms.core.job.JobDetails;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.place.Address;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.study.CasDetails;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a sponsor types to create a CoS or CAS, or to amend a saved one. The SMS saves a draft with fields missing;
 * which fields are needed to assign is a rule, checked at assignment. The implementation gives the certificate its
 * number and owner. {@link #of(Certificate)} copies a saved certificate's content, so that an amendment changes only
 * what it names:
 *
 * <pre>{@code
 * Certificate saved = sms.view(session, number).orElseThrow();
 * CertificateDraft amended = CertificateDraft.of(saved).withCas(saved.cas().orElseThrow()
 *     .withEvidence(evidence.withPreviousUkStudy(false)));
 * sms.update(session, number, amended);
 * }</pre>
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

  /** What the CoS says about the job (CoS only). */
  public abstract Optional<JobDetails> job();

  /** What the CAS says about the course (CAS only). */
  public abstract Optional<CasDetails> cas();

  /**
   * For a defined CoS ({@code cosType} {@code DEFINED}): the reference of the granted application it is created from
   * (a {@link CaseworkRequest} of kind {@link CaseworkKind#DEFINED_COS}).
   */
  public abstract Optional<String> definedCosReference();

  /**
   * The content of {@code certificate} as a draft: every field a sponsor types (route, migrant, addresses, salary,
   * type, maintenance tick, dates, job or course details). Not copied: what the SMS keeps itself (number, status,
   * owner, dates of creation, assignment and use, sponsor notes) and the defined CoS reference.
   */
  public static CertificateDraft of(Certificate certificate) {
    return builder().route(certificate.route()).migrant(certificate.migrant())
        .mainAddress(certificate.mainAddress()).grossSalary(certificate.grossSalary())
        .salaryPeriod(certificate.salaryPeriod()).cosType(certificate.cosType())
        .maintenanceCertified(certificate.maintenanceCertified()).startDate(certificate.startDate())
        .endDate(certificate.endDate()).job(certificate.job()).cas(certificate.cas()).build();
  }

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
