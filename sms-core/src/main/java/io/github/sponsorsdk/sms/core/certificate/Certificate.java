package io.github.sponsorsdk.sms.core.certificate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.identifier.CasNumber;
import io.github.sponsorsdk.sms.core.identifier.CertificateNumber;
import io.github.sponsorsdk.sms.core.identifier.CosNumber;
import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.place.Address;
import io.github.sponsorsdk.sms.core.route.CertificateKind;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import io.github.sponsorsdk.sms.core.value.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Certificate of Sponsorship (CoS, workers) or Confirmation of Acceptance for Studies (CAS, students).
 *
 * <p>Fields the SMS lets a sponsor save without are optional here: gender, main work/study address, gross salary and
 * its "For each" period, the maintenance tick (SMS Manual 1, Troubleshooting lists them as "often missed" before
 * assignment). Which fields must be present to assign is a rule in {@code sms-rules}, not a constraint here.
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
 *   <li>{@link #cosType()} only on a CoS, and {@code DEFINED} only for Skilled Worker (docs/sources.md#sms-manual-12);
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
}
