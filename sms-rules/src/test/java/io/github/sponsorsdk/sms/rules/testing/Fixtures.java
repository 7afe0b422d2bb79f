package io.github.sponsorsdk.sms.rules.testing;

import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.certificate.CertificateStatus;
import io.github.sponsorsdk.sms.core.certificate.CosType;
import io.github.sponsorsdk.sms.core.certificate.Gender;
import io.github.sponsorsdk.sms.core.certificate.MigrantDetails;
import io.github.sponsorsdk.sms.core.certificate.Nationality;
import io.github.sponsorsdk.sms.core.certificate.SalaryPeriod;
import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.job.JobDetails;
import io.github.sponsorsdk.sms.core.job.OccupationCode;
import io.github.sponsorsdk.sms.core.job.PayeReference;
import io.github.sponsorsdk.sms.core.job.SocVersion;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.place.Address;
import io.github.sponsorsdk.sms.core.place.UkPostcode;
import io.github.sponsorsdk.sms.core.route.CertificateKind;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.study.CasCourse;
import io.github.sponsorsdk.sms.core.study.CasDetails;
import io.github.sponsorsdk.sms.core.study.CasDocumentation;
import io.github.sponsorsdk.sms.core.study.CasEvidence;
import io.github.sponsorsdk.sms.core.study.CasFinances;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Valid certificates for the engines' tests (user IDs from the SMS Manual 1 screens). */
public final class Fixtures {
  private Fixtures() {}

  public static final SmsUserId DJ_DON = SmsUserId.of("OsNBX7uVOL");
  public static final SmsUserId JOHN_SMITH = SmsUserId.of("yAy9d5dp");

  public static Address workAddress() {
    return Address.builder().line1("2 Marsham Street").townOrCity("London").postcode(UkPostcode.of("SW1P 4DF"))
        .build();
  }

  public static MigrantDetails migrant(boolean withGender) {
    io.github.sponsorsdk.sms.core.certificate.MigrantDetails.Builder b = MigrantDetails.builder().familyName("Okafor").givenNames("Chidi Daniel")
        .nationality(Nationality.of("NGA")).dateOfBirth(LocalDate.of(1994, 2, 17)).passportNumber("A01234567");
    if (withGender) {
      b.gender(Gender.MALE);
    }
    return b.build();
  }

  /** A Skilled Worker job with every field assignment needs (a programmer, SOC 2020 2136). */
  public static JobDetails job() {
    return JobDetails.builder().title("Software developer").occupation(OccupationCode.of(SocVersion.SOC_2020, "2136"))
        .description("Designs, writes and tests the payroll system's services.").weeklyHours(new BigDecimal("37.5"))
        .payeReference(PayeReference.of("123/AB456")).atasRequired(false).build();
  }

  /** A created Skilled Worker CoS with every field assignment needs, owned by John Smith (Level 2). */
  public static Certificate readyCos() {
    return Certificate.builder().kind(CertificateKind.COS).status(CertificateStatus.CREATED)
        .route(Route.SKILLED_WORKER).owner(JOHN_SMITH).migrant(migrant(true)).mainAddress(workAddress())
        .grossSalary(Money.parseSmsAmount("41700")).salaryPeriod(SalaryPeriod.YEAR).cosType(CosType.UNDEFINED)
        .maintenanceCertified(true).createdOn(LocalDate.of(2026, 1, 5)).startDate(LocalDate.of(2026, 2, 2))
        .endDate(LocalDate.of(2029, 2, 1)).job(job()).build();
  }

  /** Course details a Student CAS needs to be ready to go (SELT not required, no previous UK study). */
  public static CasDetails casDetails() {
    return CasDetails.builder()
        .course(CasCourse.builder().title("MSc Computer Science").academicLevel("RQF7").fullTime(true)
            .hoursPerWeek(new BigDecimal("0.0")).hasWorkPlacement(false).build())
        .documentation(CasDocumentation.builder().documentsUsedToObtainOffer("BSc transcript")
            .courseRequiresAtas(false).postgraduateDeanCertificateRequired(false).build())
        .evidence(CasEvidence.builder().seltRequired(false).reasonSeltNotRequired("ENG_COUNTRY")
            .previousUkStudy(false).build())
        .finances(CasFinances.builder().courseFeeIncludesAccommodationCosts(false)
            .courseFeesForFirstYearOnly(new BigDecimal("26000")).boardingFeesForFirstYearOnly(BigDecimal.ZERO)
            .build())
        .build();
  }

  /** A created CAS with every field assignment needs. */
  public static Certificate readyCas() {
    return Certificate.builder().kind(CertificateKind.CAS).status(CertificateStatus.CREATED).route(Route.STUDENT)
        .owner(DJ_DON).migrant(migrant(true)).mainAddress(workAddress()).maintenanceCertified(true)
        .createdOn(LocalDate.of(2026, 1, 5)).startDate(LocalDate.of(2026, 9, 21))
        .endDate(LocalDate.of(2027, 9, 20)).cas(casDetails()).build();
  }
}
