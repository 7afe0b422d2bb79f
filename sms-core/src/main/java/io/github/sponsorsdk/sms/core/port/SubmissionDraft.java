package io.github.sponsorsdk.sms.core.port;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.certificate.MigrantDetails;
import io.github.sponsorsdk.sms.core.certificate.SalaryPeriod;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.place.Address;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import io.github.sponsorsdk.sms.core.value.Violation;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a sponsor enters in a Sponsor UK sponsorship submission: the route, the worker and the job. "All the details
 * (including candidate details) are required for the request" (docs/sources.md#sponsor-uk-submissions), so every
 * field but the end date is required, unlike an SMS {@link CertificateDraft}. The implementation gives the submission
 * its reference, licence, status and dates.
 *
 * <pre>{@code
 * SubmissionDraft draft = SubmissionDraft.builder().route(Route.GOVERNMENT_AUTHORISED_EXCHANGE).worker(worker)
 *     .jobTitle("Research fellow").grossSalary(Money.parseSmsAmount("30000")).salaryPeriod(SalaryPeriod.YEAR)
 *     .workAddress(address).startDate(LocalDate.of(2026, 5, 1)).build();
 * }</pre>
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableSubmissionDraft.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableSubmissionDraft.class)
@JsonDeserialize(as = ImmutableSubmissionDraft.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableSubmissionDraft.class)
public abstract class SubmissionDraft implements WithSubmissionDraft {

  /** {@return the route; a worker route} */
  public abstract Route route();

  /** {@return the worker} */
  public abstract MigrantDetails worker();

  /** {@return the job title} */
  @NotBlank
  public abstract String jobTitle();

  /** {@return gross salary} */
  public abstract Money grossSalary();

  /** {@return the period of the salary} */
  public abstract SalaryPeriod salaryPeriod();

  /** {@return the main work address} */
  public abstract Address workAddress();

  /** {@return the employment start date} */
  public abstract LocalDate startDate();

  /** {@return the employment end date, where there is one} */
  public abstract Optional<LocalDate> endDate();

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code SubmissionDraft}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableSubmissionDraft.Builder {
    Builder() {}
  }

  /** The end date is not before the start date. */
  @Value.Check
  void check() {
    List<Violation> v = new ArrayList<>(ValueValidation.violations(this));
    endDate().filter(e -> e.isBefore(startDate())).ifPresent(e -> v.add(Violation.of("endDate", e.toString(),
        "DateOrder", "must not be before startDate " + startDate())));
    ValueValidation.requireNone("SubmissionDraft", v);
  }
}
