package io.github.sponsorsdk.sms.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.certificate.CertificateStatus;
import io.github.sponsorsdk.sms.core.certificate.CosType;
import io.github.sponsorsdk.sms.core.certificate.Gender;
import io.github.sponsorsdk.sms.core.certificate.MigrantDetails;
import io.github.sponsorsdk.sms.core.certificate.Nationality;
import io.github.sponsorsdk.sms.core.certificate.SalaryPeriod;
import io.github.sponsorsdk.sms.core.identifier.CosNumber;
import io.github.sponsorsdk.sms.core.identifier.NationalInsuranceNumber;
import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.place.Address;
import io.github.sponsorsdk.sms.core.place.UkPostcode;
import io.github.sponsorsdk.sms.core.route.CertificateKind;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.user.KeyPersonnelRole;
import io.github.sponsorsdk.sms.core.user.NinoDeclaration;
import io.github.sponsorsdk.sms.core.user.SmsUser;
import io.github.sponsorsdk.sms.core.user.UserLevel;
import io.github.sponsorsdk.sms.core.user.UserProfile;
import io.github.sponsorsdk.sms.core.user.UserStatus;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.Violation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The README quick-start for users and certificates, kept compiling and passing. */
class ReadmeSnippetTest {

  @Test
  void quickStart() {
    Address work = Address.builder().line1("2 Marsham Street").townOrCity("London")
        .postcode(UkPostcode.of("sw1p 4df")).build();
    SmsUser user = SmsUser.builder()
        .userId(SmsUserId.of("OsNBX7uVOL")).level(UserLevel.LEVEL_1).status(UserStatus.ACTIVE)
        .addKeyPersonnelRole(KeyPersonnelRole.AUTHORISING_OFFICER).createdOn(LocalDate.of(2021, 3, 1))
        .profile(UserProfile.builder().title("Mr").forenames("DJ").surname("Don")
            .email("dj.don@sponsor.example").position("HR Director").workAddress(work).settledWorker(true)
            .ninoDeclaration(NinoDeclaration.of(NationalInsuranceNumber.of("AB 12 34 56 C"))).build())
        .build();

    Certificate cos = Certificate.builder()
        .kind(CertificateKind.COS).route(Route.SKILLED_WORKER).status(CertificateStatus.ASSIGNED)
        .cosNumber(CosNumber.of("C2G7H9K3")).cosType(CosType.UNDEFINED).owner(user.userId())
        .migrant(MigrantDetails.builder().familyName("Okafor").givenNames("Chidi").nationality(Nationality.of("NGA"))
            .dateOfBirth(LocalDate.of(1994, 2, 17)).gender(Gender.MALE).passportNumber("A01234567").build())
        .mainAddress(work).grossSalary(Money.parseSmsAmount("41700")).salaryPeriod(SalaryPeriod.YEAR)
        .createdOn(LocalDate.of(2026, 1, 5)).assignedOn(LocalDate.of(2026, 1, 6))
        .build();

    assertThat(user.roles()).contains(KeyPersonnelRole.LEVEL_1_USER, KeyPersonnelRole.AUTHORISING_OFFICER);
    assertThat(user.status().canLogIn()).isTrue();
    assertThat(cos.status().isLive()).isTrue();
    assertThat(cos.number()).map(n -> n.value()).contains("C2G7H9K3");

    // A CAS route on a CoS, and a use date before assignment: one exception listing both.
    assertThatThrownBy(() -> Certificate.builder().from(cos).route(Route.STUDENT)
        .usedOn(LocalDate.of(2026, 1, 5)).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
            .extracting(Violation::path).containsExactlyInAnyOrder("route", "usedOn"));
  }
}
