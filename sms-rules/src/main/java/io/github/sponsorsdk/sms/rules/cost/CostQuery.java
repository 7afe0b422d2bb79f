package io.github.sponsorsdk.sms.rules.cost;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.job.JobDetails;
import io.github.sponsorsdk.sms.core.job.OccupationCode;
import io.github.sponsorsdk.sms.core.job.SponsorshipPurpose;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import io.github.sponsorsdk.sms.core.value.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What {@link AssignmentCosts} needs to cost the assignment of a CoS: the route, the day of assignment (which decides
 * the rates), the sponsor's size, the CoS start and end dates (the Immigration Skills Charge is "based on ... how long
 * the worker will work for you, using the start and end dates on their sponsorship certificate"), whether the worker
 * applies from outside the UK, the occupation code, the worker's previous route, and any exemption the caller claims.
 * {@link #of(Certificate, LocalDate, SponsorSize)} takes what a certificate holds.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableCostQuery.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableCostQuery.class)
@JsonDeserialize(as = ImmutableCostQuery.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableCostQuery.class)
public abstract class CostQuery implements WithCostQuery {

  /** {@return the CoS's route} */
  public abstract Route route();

  /**
   * {@return the day the CoS is (or was) assigned: the rates in force that day apply, and the costs are due that day}
   */
  public abstract LocalDate assignedOn();

  /** {@return the sponsor's size, which sets the Immigration Skills Charge rate} */
  public abstract SponsorSize sponsorSize();

  /** {@return the CoS start date} */
  public abstract Optional<LocalDate> startDate();

  /** {@return the CoS end date} */
  public abstract Optional<LocalDate> endDate();

  /**
   * {@return why the worker is sponsored; {@link SponsorshipPurpose#ENTRY_CLEARANCE} is an application from outside the
   * UK, every other purpose one from inside} Empty when unknown.
   */
  public abstract Optional<SponsorshipPurpose> purpose();

  /** {@return the CoS's occupation code} */
  public abstract Optional<OccupationCode> occupation();

  /** {@return the route the worker holds permission on now, for a switch in the UK} */
  public abstract Optional<Route> previousRoute();

  /** {@return exemptions the caller claims on facts the SDK cannot see} */
  public abstract Set<IscExemptionClaim> claims();

  /**
   * The query for assigning {@code certificate} on {@code assignedOn}: its route, start and end dates, and its job's
   * purpose and occupation code.
   *
   * @param certificate the CoS to assign
   * @param assignedOn the day of the assignment
   * @param sponsorSize the sponsor's size, which sets the Immigration Skills Charge rate
   * @return the query
   */
  public static CostQuery of(Certificate certificate, LocalDate assignedOn, SponsorSize sponsorSize) {
    Optional<JobDetails> job = certificate.job();
    return builder().route(certificate.route()).assignedOn(assignedOn).sponsorSize(sponsorSize)
        .startDate(certificate.startDate()).endDate(certificate.endDate())
        .purpose(job.flatMap(JobDetails::purpose)).occupation(job.flatMap(JobDetails::occupation)).build();
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code CostQuery}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableCostQuery.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    List<Violation> v = new ArrayList<>();
    if (startDate().isPresent() && endDate().filter(e -> e.isBefore(startDate().get())).isPresent()) {
      v.add(Violation.of("endDate", endDate().get().toString(), "DateOrder",
          "must not be before startDate " + startDate().get()));
    }
    ValueValidation.requireNone("CostQuery", v);
  }
}
