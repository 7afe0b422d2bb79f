package io.github.sponsorsdk.sms.core.certificate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.identifier.CasNumber;
import io.github.sponsorsdk.sms.core.identifier.CertificateNumber;
import io.github.sponsorsdk.sms.core.identifier.CosNumber;
import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.job.JobDetails;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.place.Address;
import io.github.sponsorsdk.sms.core.route.CertificateKind;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.study.CasDetails;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import io.github.sponsorsdk.sms.core.value.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A Certificate of Sponsorship (CoS, workers) or Confirmation of Acceptance for Studies (CAS, students).
 *
 * <p>Fields the SMS lets a sponsor save without are optional here: gender, main work/study address, gross salary and
 * its "For each" period, the maintenance tick (SMS Manual 1, Troubleshooting lists them as "often missed" before
 * assignment), and the content of the job ({@link #job()}, a CoS) or of the course ({@link #cas()}, a CAS). Which
 * fields must be present to assign is a rule in {@code sms-rules} ({@code AssignmentReadiness}), not a constraint
 * here.
 *
 * <p><b>One record, end to end.</b> A CAS holds everything a BDT CAS upload record holds: the migrant (names,
 * nationality, gender, country, place and date of birth, passport, {@code ApplicantID}), the main site of study
 * ({@link #mainAddress()}), the course start and expected end dates ({@link #startDate()}, {@link #endDate()}) and
 * the rest in {@link #cas()}; sms-xml's {@code CasCertificates} maps a record to a certificate and back without loss.
 *
 * <p><b>Number.</b> The number is held as {@link #cosNumber()} or {@link #casNumber()} so that JSON stays plain
 * strings and the kind is explicit; {@link #number()} gives it as a {@link CertificateNumber}. A certificate that is
 * only {@link CertificateStatus#CREATED} may have no number yet: the sources do not say when the SMS allocates it
 * (<b>UNCERTAIN</b>), and the SDK lets a draft exist before the SMS has answered. Every other status needs a number:
 * an assigned certificate is what the migrant quotes in the application.
 *
 * <p>Structural invariants, checked together:
 * <ul>
 *   <li>the route's certificate kind is {@link #kind()} (a Student route has a CAS, every other route a CoS);
 *   <li>a CoS has only a {@link CosNumber}, a CAS only a {@link CasNumber}; a CAS number starting {@code E4C} belongs
 *       to the Child Student route and {@code E4G} to Student (BDT schema v2.1 {@code CASNumberType});
 *   <li>{@link #cosType()} and {@link #job()} only on a CoS, {@link #cas()} only on a CAS; {@code DEFINED} only for
 *       Skilled Worker (docs/sources.md#sms-manual-12);
 *   <li>the job's route-specific items only on their routes: a sports endorsement number on International
 *       Sportsperson, an exchange scheme and a supernumerary explanation on Government Authorised Exchange, a
 *       seasonal sector on Seasonal Worker, a registered contract on GBM Service Supplier and Secondment Worker, an
 *       ATAS answer on the routes whose rules ask for one (docs/sources.md#rules-cos-content);
 *   <li>a Child Student CAS has no work placement and no evidence block (BDT schema v2.1 {@code ChildCASStructure});
 *   <li>gross salary and its period only on a CoS (a CAS holds course fees, not salary); the salary is not negative;
 *   <li>a {@code CREATED} certificate has no assignment or use date; dates run created ≤ assigned ≤ used, and the end
 *       date is not before the start date.
 * </ul>
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableCertificate.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableCertificate.class)
@JsonDeserialize(as = ImmutableCertificate.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableCertificate.class)
public abstract class Certificate implements WithCertificate {

  /** {@return CoS or CAS; it must agree with {@link #route()}'s certificate kind} */
  public abstract CertificateKind kind();

  /** {@return the CoS number; only on a CoS} */
  public abstract Optional<CosNumber> cosNumber();

  /** {@return the CAS number; only on a CAS} */
  public abstract Optional<CasNumber> casNumber();

  /** {@return where the certificate is in its lifecycle: CREATED, ASSIGNED, USED, then a final status} */
  public abstract CertificateStatus status();

  /** {@return the route the certificate sponsors} */
  public abstract Route route();

  /** {@return the user who created it or had it transferred to them: the only Level 2 user who can see it} */
  public abstract SmsUserId owner();

  /** {@return the person the certificate is for, as the SMS records them} */
  public abstract MigrantDetails migrant();

  /** {@return "Main work/study address", "mandatory for assignment"} */
  public abstract Optional<Address> mainAddress();

  /** {@return "Gross salary" (CoS only); entered as {@code 1234} or {@code 1234.99}} */
  public abstract Optional<Money> grossSalary();

  /** {@return "For each": the period of {@link #grossSalary()} (CoS only)} */
  public abstract Optional<SalaryPeriod> salaryPeriod();

  /** {@return defined or undefined (CoS only)} */
  public abstract Optional<CosType> cosType();

  /** {@return "Tick to confirm sponsor certifies maintenance for the migrant"; empty when not answered} */
  public abstract Optional<Boolean> maintenanceCertified();

  /** {@return the day the certificate was saved (created)} */
  public abstract LocalDate createdOn();

  /** {@return the day the certificate was assigned; present once it has been assigned} */
  public abstract Optional<LocalDate> assignedOn();

  /** {@return the day the certificate was used in a visa application, once used} */
  public abstract Optional<LocalDate> usedOn();

  /** {@return employment or course start date} */
  public abstract Optional<LocalDate> startDate();

  /** {@return employment or expected course end date} */
  public abstract Optional<LocalDate> endDate();

  /** {@return sponsor notes, oldest first} */
  public abstract List<SponsorNote> sponsorNotes();

  /** {@return what the CoS says about the job (CoS only)} */
  public abstract Optional<JobDetails> job();

  /** {@return what the CAS says about the course, institutions, evidence and fees (CAS only)} */
  public abstract Optional<CasDetails> cas();

  /** The routes whose validity rules ask the CoS to confirm whether ATAS applies (SW, SNR, GTR, UKX, SSU, SEC,
   * SCU 5.1(f); GAE 5.1(h); IA 4.1(f)). */
  static final Set<Route> ATAS_ROUTES = EnumSet.of(Route.SKILLED_WORKER, Route.GBM_SENIOR_OR_SPECIALIST_WORKER,
      Route.GBM_GRADUATE_TRAINEE, Route.GBM_UK_EXPANSION_WORKER, Route.GBM_SERVICE_SUPPLIER,
      Route.GBM_SECONDMENT_WORKER, Route.SCALE_UP, Route.GOVERNMENT_AUTHORISED_EXCHANGE,
      Route.INTERNATIONAL_AGREEMENT);

  /** {@return the number, whichever kind it is} */
  @JsonIgnore
  public Optional<CertificateNumber> number() {
    return kind() == CertificateKind.COS ? cosNumber().map(CertificateNumber.class::cast)
        : casNumber().map(CertificateNumber.class::cast);
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code Certificate}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableCertificate.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    List<Violation> v = new ArrayList<>(ValueValidation.violations(this));
    boolean cos = kind() == CertificateKind.COS;
    if (route().certificateKind() != kind()) {
      v.add(Violation.of("route", route().name(), "RouteKind", "the " + route().displayName() + " route uses a "
          + route().certificateKind() + ", not a " + kind()));
    }
    if (!cos && cosNumber().isPresent()) {
      v.add(Violation.of("cosNumber", cosNumber().get().value(), "NumberKind", "a CAS cannot have a CoS number"));
    }
    if (cos && casNumber().isPresent()) {
      v.add(Violation.of("casNumber", casNumber().get().value(), "NumberKind", "a CoS cannot have a CAS number"));
    }
    casNumber().filter(n -> route().certificateKind() == CertificateKind.CAS
            && n.isChildStudent() != (route() == Route.CHILD_STUDENT))
        .ifPresent(n -> v.add(Violation.of("casNumber", n.value(), "NumberRoute",
            "E4C numbers are for Child Student and E4G numbers for Student (BDT schema v2.1 CASNumberType); "
                + "route is " + route().displayName())));
    if (status() != CertificateStatus.CREATED && number().isEmpty()) {
      v.add(Violation.of(cos ? "cosNumber" : "casNumber", "null", "Required",
          "is required once a certificate is " + status() + " (only a CREATED draft may lack a number)"));
    }
    if (!cos && cosType().isPresent()) {
      v.add(Violation.of("cosType", cosType().get().name(), "CosOnly", "a CAS has no defined/undefined type"));
    }
    if (cosType().filter(t -> t == CosType.DEFINED).isPresent() && route() != Route.SKILLED_WORKER) {
      v.add(Violation.of("cosType", "DEFINED", "DefinedRoute",
          "defined CoS exist only for Skilled Worker (docs/sources.md#sms-manual-12, SMS Manual 12)"));
    }
    if (!cos && grossSalary().isPresent()) {
      v.add(Violation.of("grossSalary", grossSalary().get().toPlainString(), "CosOnly", "a CAS has no salary"));
    }
    if (!cos && salaryPeriod().isPresent()) {
      v.add(Violation.of("salaryPeriod", salaryPeriod().get().name(), "CosOnly", "a CAS has no salary"));
    }
    if (!cos && job().isPresent()) {
      v.add(Violation.of("job", "present", "CosOnly", "a CAS has no job details"));
    }
    if (cos && cas().isPresent()) {
      v.add(Violation.of("cas", "present", "CasOnly", "a CoS has no course details"));
    }
    job().ifPresent(j -> routeItems(j, v));
    cas().filter(c -> route() == Route.CHILD_STUDENT).ifPresent(c -> {
      c.workPlacement().ifPresent(w -> v.add(Violation.of("cas.workPlacement", "present", "ChildCas",
          "a Child Student CAS has no work placement (BDT schema v2.1 ChildCASStructure)")));
      c.evidence().ifPresent(e -> v.add(Violation.of("cas.evidence", "present", "ChildCas",
          "a Child Student CAS has no evidence block (BDT schema v2.1 ChildCASStructure)")));
    });
    grossSalary().filter(Money::isNegative).ifPresent(m -> v.add(Violation.of("grossSalary", m.toPlainString(),
        "NotNegative", "must not be negative")));
    if (status() == CertificateStatus.CREATED) {
      assignedOn().ifPresent(d -> v.add(Violation.of("assignedOn", d.toString(), "StatusDate",
          "a CREATED certificate has not been assigned")));
      usedOn().ifPresent(d -> v.add(Violation.of("usedOn", d.toString(), "StatusDate",
          "a CREATED certificate has not been used")));
    }
    assignedOn().filter(d -> d.isBefore(createdOn())).ifPresent(d -> v.add(Violation.of("assignedOn",
        d.toString(), "DateOrder", "must not be before createdOn " + createdOn())));
    usedOn().filter(d -> d.isBefore(assignedOn().orElse(createdOn()))).ifPresent(d -> v.add(Violation.of("usedOn",
        d.toString(), "DateOrder", "must not be before " + (assignedOn().isPresent() ? "assignedOn " : "createdOn ")
            + assignedOn().orElse(createdOn()))));
    if (startDate().isPresent() && endDate().filter(e -> e.isBefore(startDate().get())).isPresent()) {
      v.add(Violation.of("endDate", endDate().get().toString(), "DateOrder",
          "must not be before startDate " + startDate().get()));
    }
    ValueValidation.requireNone(kind() == CertificateKind.CAS ? "Certificate (CAS)" : "Certificate (CoS)", v);
  }

  private void routeItems(JobDetails j, List<Violation> v) {
    only(v, j.sportsEndorsementNumber().isPresent(), "job.sportsEndorsementNumber", "ISP 5.2(f)",
        EnumSet.of(Route.INTERNATIONAL_SPORTSPERSON));
    only(v, j.exchangeScheme().isPresent(), "job.exchangeScheme", "GAE 5.1(e)",
        EnumSet.of(Route.GOVERNMENT_AUTHORISED_EXCHANGE));
    only(v, j.supernumeraryExplanation().isPresent(), "job.supernumeraryExplanation", "GAE 5.1(f)",
        EnumSet.of(Route.GOVERNMENT_AUTHORISED_EXCHANGE));
    only(v, j.seasonalSector().isPresent(), "job.seasonalSector", "SAW 4.1(f)", EnumSet.of(Route.SEASONAL_WORKER));
    only(v, j.registeredContract().isPresent(), "job.registeredContract", "SSU 5.1(g)",
        EnumSet.of(Route.GBM_SERVICE_SUPPLIER, Route.GBM_SECONDMENT_WORKER));
    only(v, j.atasRequired().isPresent(), "job.atasRequired", "SW 5.1(f) and the like", ATAS_ROUTES);
  }

  private void only(List<Violation> v, boolean present, String path, String rule, Set<Route> routes) {
    if (present && !routes.contains(route())) {
      v.add(Violation.of(path, "present", "RouteItem", "is asked only for " + routes.stream()
          .map(Route::displayName).collect(java.util.stream.Collectors.joining(", ")) + " (Immigration Rules "
          + rule + "); route is " + route().displayName()));
    }
  }
}
