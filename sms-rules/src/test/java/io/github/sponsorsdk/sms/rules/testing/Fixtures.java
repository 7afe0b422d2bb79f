package io.github.sponsorsdk.sms.rules.testing;

import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.certificate.CertificateStatus;
import io.github.sponsorsdk.sms.core.certificate.CosType;
import io.github.sponsorsdk.sms.core.certificate.Gender;
import io.github.sponsorsdk.sms.core.certificate.MigrantDetails;
import io.github.sponsorsdk.sms.core.certificate.Nationality;
import io.github.sponsorsdk.sms.core.certificate.SalaryPeriod;
import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.place.Address;
import io.github.sponsorsdk.sms.core.place.UkPostcode;
import io.github.sponsorsdk.sms.core.route.CertificateKind;
import io.github.sponsorsdk.sms.core.route.Route;
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

  /** A created Skilled Worker CoS with every field assignment needs, owned by John Smith (Level 2). */
  public static Certificate readyCos() {
    return Certificate.builder().kind(CertificateKind.COS).status(CertificateStatus.CREATED)
        .route(Route.SKILLED_WORKER).owner(JOHN_SMITH).migrant(migrant(true)).mainAddress(workAddress())
        .grossSalary(Money.parseSmsAmount("41700")).salaryPeriod(SalaryPeriod.YEAR).cosType(CosType.UNDEFINED)
        .maintenanceCertified(true).createdOn(LocalDate.of(2026, 1, 5)).build();
  }

  /** A created CAS with every field assignment needs. */
  public static Certificate readyCas() {
    return Certificate.builder().kind(CertificateKind.CAS).status(CertificateStatus.CREATED).route(Route.STUDENT)
        .owner(DJ_DON).migrant(migrant(true)).mainAddress(workAddress()).maintenanceCertified(true)
        .createdOn(LocalDate.of(2026, 1, 5)).build();
  }
}
