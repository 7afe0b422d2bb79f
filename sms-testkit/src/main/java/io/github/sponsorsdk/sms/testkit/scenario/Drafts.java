package io.github.sponsorsdk.sms.testkit.scenario;

import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.certificate.CosType;
import io.github.sponsorsdk.sms.core.certificate.Gender;
import io.github.sponsorsdk.sms.core.certificate.MigrantDetails;
import io.github.sponsorsdk.sms.core.certificate.Nationality;
import io.github.sponsorsdk.sms.core.certificate.SalaryPeriod;
import io.github.sponsorsdk.sms.core.job.JobDetails;
import io.github.sponsorsdk.sms.core.job.OccupationCode;
import io.github.sponsorsdk.sms.core.job.PayeReference;
import io.github.sponsorsdk.sms.core.job.SocVersion;
import io.github.sponsorsdk.sms.core.job.SponsorshipPurpose;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.port.CertificateDraft;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.study.CasCourse;
import io.github.sponsorsdk.sms.core.study.CasDetails;
import io.github.sponsorsdk.sms.core.study.CasDocumentation;
import io.github.sponsorsdk.sms.core.study.CasEvidence;
import io.github.sponsorsdk.sms.core.study.CasFinances;
import io.github.sponsorsdk.sms.core.study.CasWorkPlacement;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;

/**
 * Certificate drafts with every field the SMS needs to assign (Manual 1, Troubleshooting's "often missed" list, and
 * the job or course content {@code AssignmentReadiness} asks for).
 */
public final class Drafts {
  private Drafts() {}

  /**
   * {@return a migrant, Nigerian, born 17 February 1994, with every field assignment needs}
   *
   * @param passport the passport number
   */
  public static MigrantDetails migrant(String passport) {
    return MigrantDetails.builder().familyName("Okafor").givenNames("Chidi Daniel").nationality(Nationality.of("NGA"))
        .dateOfBirth(LocalDate.of(1994, 2, 17)).gender(Gender.MALE).passportNumber(passport).build();
  }

  /** {@return a software developer's job (SOC 2020 2136), 37.5 hours a week, PAYE reference 123/AB456, no ATAS} */
  public static JobDetails softwareDeveloper() {
    return JobDetails.builder().title("Software developer").occupation(OccupationCode.of(SocVersion.SOC_2020, "2136"))
        .description("Designs, writes and tests the payroll system's services.").weeklyHours(new BigDecimal("37.5"))
        .payeReference(PayeReference.of("123/AB456")).atasRequired(false)
        .purpose(SponsorshipPurpose.ENTRY_CLEARANCE).build();
  }

  /**
   * {@return a master's course: no SELT needed (majority English-speaking country), no previous UK study, no placement}
   */
  public static CasDetails masters() {
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

  /**
   * {@return an undefined Skilled Worker CoS, £41,700 a year, ready to assign}
   *
   * @param passport the migrant's passport number, to find the certificate again
   */
  public static CertificateDraft skilledWorker(String passport) {
    return CertificateDraft.builder().route(Route.SKILLED_WORKER).migrant(migrant(passport))
        .mainAddress(SponsorScenario.defaultAddress()).grossSalary(Money.parseSmsAmount("41700"))
        .salaryPeriod(SalaryPeriod.YEAR).cosType(CosType.UNDEFINED).maintenanceCertified(true)
        .startDate(LocalDate.of(2026, 4, 6)).endDate(LocalDate.of(2029, 4, 5)).job(softwareDeveloper()).build();
  }

  /**
   * {@return a Creative Worker CoS, ready to assign: {@link #skilledWorker}'s worker and pay on the Creative Worker
   * route (its job says nothing about ATAS, which only some Worker routes ask about)}
   *
   * @param passport the migrant's passport number, to find the certificate again
   */
  public static CertificateDraft creativeWorker(String passport) {
    CertificateDraft sw = skilledWorker(passport);
    return CertificateDraft.builder().from(sw).route(Route.CREATIVE_WORKER)
        .job(JobDetails.builder().from(softwareDeveloper()).atasRequired(java.util.Optional.empty()).build()).build();
  }

  /**
   * {@return a Student CAS, ready to assign}
   *
   * @param passport the student's passport number, to find the certificate again
   */
  public static CertificateDraft student(String passport) {
    return CertificateDraft.builder().route(Route.STUDENT).migrant(migrant(passport))
        .mainAddress(SponsorScenario.defaultAddress()).maintenanceCertified(true)
        .startDate(LocalDate.of(2026, 9, 21)).endDate(LocalDate.of(2029, 6, 30)).cas(masters()).build();
  }

  /**
   * {@return {@code cas}'s content with the answers a CAS uploaded "not ready to go" lacks supplied, as a sponsor would
   * supply them online ({@code SmsCertificates.update}): where absent, SELT not required (the student is a national of
   * a majority English-speaking country, {@code ENG_COUNTRY}), no previous UK study, and a work placement of 20 % of
   * the course. Answers the CAS already holds are kept}
   *
   * @param cas the cas
   */
  public static CertificateDraft readyToGo(Certificate cas) {
    CasDetails d = cas.cas().orElseThrow(() -> new IllegalArgumentException("not a CAS: " + cas.number()));
    CasEvidence e = d.evidence().orElse(CasEvidence.builder().build());
    if (e.seltRequired().isEmpty()) {
      e = e.withSeltRequired(false).withReasonSeltNotRequired("ENG_COUNTRY");
    }
    if (e.previousUkStudy().isEmpty()) {
      e = e.withPreviousUkStudy(false);
    }
    CasDetails fixed = d.withEvidence(e);
    if (d.course().hasWorkPlacement()) {
      CasWorkPlacement w = d.workPlacement().orElse(CasWorkPlacement.builder().build());
      fixed = fixed.withWorkPlacement(w.percentage().isPresent() ? w : w.withPercentage(BigInteger.valueOf(20)));
    }
    return CertificateDraft.of(cas).withCas(fixed);
  }
}
