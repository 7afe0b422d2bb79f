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

  /** {@return the route the certificate is for} */
  public abstract Route route();

  /** {@return the person the certificate is for} */
  public abstract MigrantDetails migrant();

  /** {@return the main work or study address, when typed: mandatory for assignment} */
  public abstract Optional<Address> mainAddress();

  /** {@return the gross salary, for a CoS, as typed in the SMS input format} */
  public abstract Optional<Money> grossSalary();

  /** {@return the period the salary is paid for ("for each"), for a CoS} */
  public abstract Optional<SalaryPeriod> salaryPeriod();

  /** {@return defined or undefined, for a CoS; checked when the certificate is assigned} */
  public abstract Optional<CosType> cosType();

  /** {@return the answer to the maintenance certification tick, when given; absent gives a warning at assignment} */
  public abstract Optional<Boolean> maintenanceCertified();

  /** {@return the employment or course start date, when typed} */
  public abstract Optional<LocalDate> startDate();

  /** {@return the employment or course end date, when typed} */
  public abstract Optional<LocalDate> endDate();

  /** {@return what the CoS says about the job (CoS only)} */
  public abstract Optional<JobDetails> job();

  /** {@return what the CAS says about the course (CAS only)} */
  public abstract Optional<CasDetails> cas();

  /**
   * {@return for a defined CoS ({@code cosType} {@code DEFINED}): the reference of the granted application it is
   * created from (a {@link CaseworkRequest} of kind {@link CaseworkKind#DEFINED_COS})}
   */
  public abstract Optional<String> definedCosReference();

  /**
   * {@return the content of {@code certificate} as a draft: every field a sponsor types (route, migrant, addresses,
   * salary, type, maintenance tick, dates, job or course details)} Not copied: what the SMS keeps itself (number,
   * status, owner, dates of creation, assignment and use, sponsor notes) and the defined CoS reference.
   *
   * @param certificate the certificate to copy
   */
  public static CertificateDraft of(Certificate certificate) {
    return builder().route(certificate.route()).migrant(certificate.migrant())
        .mainAddress(certificate.mainAddress()).grossSalary(certificate.grossSalary())
        .salaryPeriod(certificate.salaryPeriod()).cosType(certificate.cosType())
        .maintenanceCertified(certificate.maintenanceCertified()).startDate(certificate.startDate())
        .endDate(certificate.endDate()).job(certificate.job()).cas(certificate.cas()).build();
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code CertificateDraft}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableCertificateDraft.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ValueValidation.check(this);
  }
}
