package io.github.sponsorsdk.sms.core.testing;

import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.certificate.CertificateStatus;
import io.github.sponsorsdk.sms.core.certificate.CosType;
import io.github.sponsorsdk.sms.core.certificate.Gender;
import io.github.sponsorsdk.sms.core.certificate.MigrantDetails;
import io.github.sponsorsdk.sms.core.certificate.Nationality;
import io.github.sponsorsdk.sms.core.certificate.SalaryPeriod;
import io.github.sponsorsdk.sms.core.identifier.CasNumber;
import io.github.sponsorsdk.sms.core.identifier.CosNumber;
import io.github.sponsorsdk.sms.core.identifier.NationalInsuranceNumber;
import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.place.Address;
import io.github.sponsorsdk.sms.core.place.UkPostcode;
import io.github.sponsorsdk.sms.core.route.CertificateKind;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.user.SmsUser;
import io.github.sponsorsdk.sms.core.user.UserProfile;
import io.github.sponsorsdk.sms.core.user.NinoDeclaration;
import io.github.sponsorsdk.sms.core.user.UserLevel;
import io.github.sponsorsdk.sms.core.user.UserStatus;
import java.time.LocalDate;

/** Valid values built from the examples in SMS Manual 1 (user IDs and names from the Guide 3 and 4 screens). */
public final class Examples {
  private Examples() {}

  public static final SmsUserId DJ_DON = SmsUserId.of("OsNBX7uVOL");
  public static final SmsUserId JOHN_SMITH = SmsUserId.of("yAy9d5dp");
  public static final SmsUserId FLOYD_ROSE = SmsUserId.of("kkNqt5v4");

  public static Address workAddress() {
    return Address.builder().line1("2 Marsham Street").townOrCity("London").postcode(UkPostcode.of("SW1P 4DF"))
        .build();
  }

  /** Manual 1, Guide 4, step 4: John Smith, john@sponsororg.com, "Training Lead", Level 2. */
  public static UserProfile johnSmith() {
    return UserProfile.builder().title("Mr").forenames("John").surname("Smith").email("john@sponsororg.com")
        .position("Training Lead").workAddress(workAddress()).settledWorker(true).build();
  }

  public static UserProfile djDon() {
    return UserProfile.builder().title("Mr").forenames("DJ").surname("Don").email("dj.don@sponsororg.com")
        .position("HR Director").workAddress(workAddress()).settledWorker(true)
        .ninoDeclaration(NinoDeclaration.of(NationalInsuranceNumber.of("AB123456C"))).build();
  }

  /** Manual 1, Guide 4, step 4 screen: yAy9d5dp, Level 2, Active. */
  public static SmsUser level2User() {
    return SmsUser.builder().userId(JOHN_SMITH).level(UserLevel.LEVEL_2).status(UserStatus.ACTIVE)
        .profile(johnSmith()).createdOn(LocalDate.of(2023, 1, 9)).build();
  }

  public static SmsUser level1User() {
    return SmsUser.builder().userId(DJ_DON).level(UserLevel.LEVEL_1).status(UserStatus.ACTIVE)
        .profile(djDon()).createdOn(LocalDate.of(2021, 3, 1)).build();
  }

  public static MigrantDetails migrant() {
    return MigrantDetails.builder().familyName("Okafor").givenNames("Chidi Daniel").nationality(Nationality.of("NGA"))
        .dateOfBirth(LocalDate.of(1994, 2, 17)).gender(Gender.MALE).passportNumber("A01234567")
        .applicantReference("HR-2026-0042").build();
  }

  /** An assigned Skilled Worker CoS, salary £41,700 a year (Appendix Skilled Worker option A threshold). */
  public static Certificate assignedCos() {
    return Certificate.builder().kind(CertificateKind.COS).cosNumber(CosNumber.of("C2G7H9K3"))
        .status(CertificateStatus.ASSIGNED).route(Route.SKILLED_WORKER).owner(DJ_DON).migrant(migrant())
        .mainAddress(workAddress()).grossSalary(Money.parseSmsAmount("41700")).salaryPeriod(SalaryPeriod.YEAR)
        .cosType(CosType.UNDEFINED).maintenanceCertified(true).createdOn(LocalDate.of(2026, 1, 5))
        .assignedOn(LocalDate.of(2026, 1, 6)).startDate(LocalDate.of(2026, 3, 2))
        .endDate(LocalDate.of(2029, 3, 1)).build();
  }

  /** A used Student CAS with the BDT example number E4G0AA0A00A0A1. */
  public static Certificate usedCas() {
    return Certificate.builder().kind(CertificateKind.CAS).casNumber(CasNumber.of("E4G0AA0A00A0A1"))
        .status(CertificateStatus.USED).route(Route.STUDENT).owner(JOHN_SMITH).migrant(migrant())
        .mainAddress(workAddress()).createdOn(LocalDate.of(2026, 5, 1)).assignedOn(LocalDate.of(2026, 5, 4))
        .usedOn(LocalDate.of(2026, 6, 10)).startDate(LocalDate.of(2026, 9, 21)).endDate(LocalDate.of(2027, 9, 20))
        .build();
  }
}
