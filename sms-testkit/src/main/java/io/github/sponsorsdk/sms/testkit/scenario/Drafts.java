package io.github.sponsorsdk.sms.testkit.scenario;

import io.github.sponsorsdk.sms.core.certificate.CosType;
import io.github.sponsorsdk.sms.core.certificate.Gender;
import io.github.sponsorsdk.sms.core.certificate.MigrantDetails;
import io.github.sponsorsdk.sms.core.certificate.Nationality;
import io.github.sponsorsdk.sms.core.certificate.SalaryPeriod;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.port.CertificateDraft;
import io.github.sponsorsdk.sms.core.route.Route;
import java.time.LocalDate;

/** Certificate drafts with every field the SMS needs to assign (Manual 1, Troubleshooting's "often missed" list). */
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

  /**
   * {@return an undefined Skilled Worker CoS, £41,700 a year, ready to assign}
   *
   * @param passport the migrant's passport number, to find the certificate again
   */
  public static CertificateDraft skilledWorker(String passport) {
    return CertificateDraft.builder().route(Route.SKILLED_WORKER).migrant(migrant(passport))
        .mainAddress(SponsorScenario.defaultAddress()).grossSalary(Money.parseSmsAmount("41700"))
        .salaryPeriod(SalaryPeriod.YEAR).cosType(CosType.UNDEFINED).maintenanceCertified(true)
        .startDate(LocalDate.of(2026, 4, 6)).endDate(LocalDate.of(2029, 4, 5)).build();
  }

  /**
   * {@return a Student CAS, ready to assign}
   *
   * @param passport the student's passport number, to find the certificate again
   */
  public static CertificateDraft student(String passport) {
    return CertificateDraft.builder().route(Route.STUDENT).migrant(migrant(passport))
        .mainAddress(SponsorScenario.defaultAddress()).maintenanceCertified(true)
        .startDate(LocalDate.of(2026, 9, 21)).endDate(LocalDate.of(2029, 6, 30)).build();
  }
}
