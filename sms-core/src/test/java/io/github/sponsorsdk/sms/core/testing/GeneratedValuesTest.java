package io.github.sponsorsdk.sms.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.instancio.Select.field;

import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.certificate.CertificateStatus;
import io.github.sponsorsdk.sms.core.certificate.CosType;
import io.github.sponsorsdk.sms.core.certificate.Gender;
import io.github.sponsorsdk.sms.core.certificate.MigrantDetails;
import io.github.sponsorsdk.sms.core.certificate.Nationality;
import io.github.sponsorsdk.sms.core.certificate.SalaryPeriod;
import io.github.sponsorsdk.sms.core.certificate.SponsorNote;
import io.github.sponsorsdk.sms.core.identifier.CasNumber;
import io.github.sponsorsdk.sms.core.identifier.CosNumber;
import io.github.sponsorsdk.sms.core.identifier.NationalInsuranceNumber;
import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.message.BoardMessage;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.place.Address;
import io.github.sponsorsdk.sms.core.place.UkPostcode;
import io.github.sponsorsdk.sms.core.route.CertificateKind;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.user.SmsUser;
import io.github.sponsorsdk.sms.core.user.KeyPerson;
import io.github.sponsorsdk.sms.core.user.KeyPersonnelRole;
import io.github.sponsorsdk.sms.core.user.NinoDeclaration;
import io.github.sponsorsdk.sms.core.user.Representative;
import io.github.sponsorsdk.sms.core.user.UserLevel;
import io.github.sponsorsdk.sms.core.user.UserProfile;
import io.github.sponsorsdk.sms.core.user.UserStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.instancio.Instancio;
import org.instancio.Model;
import org.junit.jupiter.api.Test;

/**
 * Generated values: Instancio fills plain seed records (fixed seeds), generators are narrowed to the documented
 * formats, and the records are turned into values through the public builders, so every check runs. Each generated
 * value must build (the generators produce only valid input) and survive a JSON round trip unchanged.
 */
class GeneratedValuesTest {

  static final long SEED = 20261125L;
  static final int COUNT = 300;
  static final LocalDate EARLIEST = LocalDate.of(2008, 11, 27); // SMS opened with the points-based system
  static final LocalDate LATEST = LocalDate.of(2030, 12, 31);

  record AddressSeed(String line1, String line2, String line3, String town, String county, String postcode) {}

  record ProfileSeed(AddressSeed address, String title, String forenames, String surname, String emailLocal,
      String emailDomain, String position, String phone, int ninoKind, String nino, String exemption,
      boolean settled, String note) {}

  record UserSeed(ProfileSeed profile, String userId, UserLevel level, UserStatus status, LocalDate created,
      int daysToDeactivation, String deactivator, boolean authorisingOfficer, boolean keyContact,
      boolean representative, String representativeRef) {}

  record MigrantSeed(String familyName, String givenNames, String nationality, LocalDate dateOfBirth,
      Gender gender, String passport, String reference) {}

  record CertificateSeed(Route route, CertificateStatus status, boolean numbered, String casBody, String cosNumber,
      MigrantSeed migrant, AddressSeed address, boolean hasAddress, long salaryPence, SalaryPeriod period,
      CosType cosType, Boolean maintenance, String owner, LocalDate created, int daysToAssign, int daysToUse,
      int daysToStart, int length, List<String> notes) {}

  record MessageSeed(String id, String title, String text, LocalDate published, int days, Set<Route> routes) {}

  static Model<AddressSeed> addressModel() {
    return Instancio.of(AddressSeed.class)
        .generate(field(AddressSeed.class, "line1"), gen -> gen.string().mixedCase().alphaNumeric().maxLength(35))
        .generate(field(AddressSeed.class, "line2"), gen -> gen.string().alphaNumeric().maxLength(35).nullable())
        .generate(field(AddressSeed.class, "line3"), gen -> gen.string().maxLength(35).nullable())
        .generate(field(AddressSeed.class, "town"), gen -> gen.string().mixedCase().maxLength(35))
        .generate(field(AddressSeed.class, "county"), gen -> gen.string().maxLength(35).nullable())
        .generate(field(AddressSeed.class, "postcode"),
            gen -> gen.oneOf("SW1A 2AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "EC1A 1BB", "GIR 0AA"))
        .toModel();
  }

  static Model<ProfileSeed> profileModel() {
    return Instancio.of(ProfileSeed.class)
        .setModel(field(ProfileSeed.class, "address"), addressModel())
        .generate(field(ProfileSeed.class, "title"), gen -> gen.oneOf("Mr", "Mrs", "Miss", "Ms", "Dr", "Mx"))
        .generate(field(ProfileSeed.class, "forenames"), gen -> gen.string().mixedCase().maxLength(50))
        .generate(field(ProfileSeed.class, "surname"), gen -> gen.string().mixedCase().maxLength(50))
        .generate(field(ProfileSeed.class, "emailLocal"), gen -> gen.string().alphaNumeric().lowerCase().maxLength(40))
        .generate(field(ProfileSeed.class, "emailDomain"), gen -> gen.string().lowerCase().maxLength(30))
        .generate(field(ProfileSeed.class, "position"), gen -> gen.string().mixedCase().maxLength(100))
        .generate(field(ProfileSeed.class, "phone"), gen -> gen.text().pattern("+44 #d#d#d#d #d#d#d#d#d#d")
            .nullable())
        .generate(field(ProfileSeed.class, "ninoKind"), gen -> gen.ints().range(0, 2))
        .generate(field(ProfileSeed.class, "nino"), gen -> gen.text().pattern("AB#d#d#d#d#d#dC"))
        .generate(field(ProfileSeed.class, "exemption"), gen -> gen.string().mixedCase().maxLength(1000))
        .generate(field(ProfileSeed.class, "note"), gen -> gen.string().maxLength(500).nullable())
        .toModel();
  }

  static Model<UserSeed> userModel() {
    return Instancio.of(UserSeed.class)
        .setModel(field(UserSeed.class, "profile"), profileModel())
        .generate(field(UserSeed.class, "userId"), gen -> gen.string().alphaNumeric().mixedCase().minLength(6)
            .maxLength(20))
        .generate(field(UserSeed.class, "deactivator"), gen -> gen.string().alphaNumeric().mixedCase()
            .minLength(6).maxLength(20).nullable())
        .generate(field(UserSeed.class, "created"), gen -> gen.temporal().localDate().range(EARLIEST, LATEST))
        .generate(field(UserSeed.class, "daysToDeactivation"), gen -> gen.ints().range(0, 4000))
        .generate(field(UserSeed.class, "representativeRef"), gen -> gen.text().pattern("F#d#d#d#d#d#d#d")
            .nullable())
        .toModel();
  }

  static Model<CertificateSeed> certificateModel() {
    return Instancio.of(CertificateSeed.class)
        .setModel(field(CertificateSeed.class, "address"), addressModel())
        .generate(field(CertificateSeed.class, "casBody"), gen -> gen.text().pattern("#d#C#C#d#C#d#d#C#d#C#d"))
        .generate(field(CertificateSeed.class, "cosNumber"), gen -> gen.text().pattern("C#d#C#d#C#d#C#d#d#C"))
        .generate(field(MigrantSeed.class, "familyName"), gen -> gen.string().mixedCase().maxLength(35))
        .generate(field(MigrantSeed.class, "givenNames"), gen -> gen.string().mixedCase().maxLength(35).nullable())
        .generate(field(MigrantSeed.class, "nationality"), gen -> gen.text().pattern("#C#C#C"))
        .generate(field(MigrantSeed.class, "dateOfBirth"),
            gen -> gen.temporal().localDate().range(LocalDate.of(1940, 1, 1), LocalDate.of(2012, 12, 31)))
        .generate(field(MigrantSeed.class, "passport"), gen -> gen.string().alphaNumeric().minLength(6)
            .maxLength(35))
        .generate(field(MigrantSeed.class, "reference"), gen -> gen.string().maxLength(50).nullable())
        .generate(field(MigrantSeed.class, "gender"), gen -> gen.enumOf(Gender.class).nullable())
        .generate(field(CertificateSeed.class, "salaryPence"), gen -> gen.longs().range(0L, 50_000_000L))
        .generate(field(CertificateSeed.class, "maintenance"), gen -> gen.booleans().nullable())
        .generate(field(CertificateSeed.class, "owner"), gen -> gen.string().alphaNumeric().minLength(6)
            .maxLength(20))
        .generate(field(CertificateSeed.class, "created"), gen -> gen.temporal().localDate().range(EARLIEST, LATEST))
        .generate(field(CertificateSeed.class, "daysToAssign"), gen -> gen.ints().range(0, 200))
        .generate(field(CertificateSeed.class, "daysToUse"), gen -> gen.ints().range(0, 200))
        .generate(field(CertificateSeed.class, "daysToStart"), gen -> gen.ints().range(0, 200))
        .generate(field(CertificateSeed.class, "length"), gen -> gen.ints().range(0, 5 * 366))
        .toModel();
  }

  static Address address(AddressSeed s) {
    return Address.builder().line1(s.line1()).line2(Optional.ofNullable(s.line2()))
        .line3(Optional.ofNullable(s.line3())).townOrCity(s.town()).county(Optional.ofNullable(s.county()))
        .postcode(UkPostcode.of(s.postcode())).build();
  }

  static UserProfile profile(ProfileSeed s) {
    Optional<NinoDeclaration> nino = s.ninoKind() == 0 ? Optional.empty()
        : Optional.of(s.ninoKind() == 1 ? NinoDeclaration.of(NationalInsuranceNumber.of(s.nino()))
            : NinoDeclaration.exempt(s.exemption()));
    return UserProfile.builder().title(s.title()).forenames(s.forenames()).surname(s.surname())
        .email(s.emailLocal() + "@" + s.emailDomain() + ".example").position(s.position())
        .workAddress(address(s.address())).phone(Optional.ofNullable(s.phone())).ninoDeclaration(nino)
        .settledWorker(s.settled()).immigrationStatusNote(Optional.ofNullable(s.note())).build();
  }

  static SmsUser user(UserSeed s) {
    UserStatus status = s.level() == UserLevel.LEVEL_2
        && (s.status() == UserStatus.REQUESTED || s.status() == UserStatus.REFUSED) ? UserStatus.ACTIVE : s.status();
    SmsUser.Builder b = SmsUser.builder().userId(SmsUserId.of(s.userId())).level(s.level()).status(status)
        .profile(profile(s.profile())).createdOn(s.created());
    if (status.isDeactivated()) {
      b.deactivatedOn(s.created().plusDays(s.daysToDeactivation()));
    }
    if (status == UserStatus.DEACTIVATED_BY_SPONSOR && s.deactivator() != null
        && !s.deactivator().equals(s.userId())) {
      b.deactivatedBy(SmsUserId.of(s.deactivator()));
    }
    if (s.keyContact()) {
      b.addKeyPersonnelRole(KeyPersonnelRole.KEY_CONTACT);
    }
    if (s.representative()) {
      b.representative(Representative.builder().referenceNumber(Optional.ofNullable(s.representativeRef()))
          .build());
    } else if (s.authorisingOfficer()) {
      b.addKeyPersonnelRole(KeyPersonnelRole.AUTHORISING_OFFICER);
    }
    return b.build();
  }

  static Certificate certificate(CertificateSeed s) {
    CertificateKind kind = s.route().certificateKind();
    CertificateStatus status = s.numbered() ? s.status() : CertificateStatus.CREATED;
    MigrantSeed m = s.migrant();
    Certificate.Builder b = Certificate.builder().kind(kind).route(s.route()).status(status)
        .owner(SmsUserId.of(s.owner())).createdOn(s.created()).maintenanceCertified(Optional.ofNullable(s.maintenance()))
        .migrant(MigrantDetails.builder().familyName(m.familyName()).givenNames(Optional.ofNullable(m.givenNames()))
            .nationality(Nationality.of(m.nationality())).dateOfBirth(m.dateOfBirth())
            .gender(Optional.ofNullable(m.gender())).passportNumber(m.passport())
            .applicantReference(Optional.ofNullable(m.reference())).build());
    if (s.hasAddress()) {
      b.mainAddress(address(s.address()));
    }
    if (s.numbered() && kind == CertificateKind.CAS) {
      b.casNumber(CasNumber.of((s.route() == Route.CHILD_STUDENT ? "E4C" : "E4G") + s.casBody()));
    } else if (s.numbered()) {
      b.cosNumber(CosNumber.of(s.cosNumber()));
    }
    if (kind == CertificateKind.COS) {
      b.grossSalary(Money.ofPence(s.salaryPence())).salaryPeriod(s.period())
          .cosType(s.route() == Route.SKILLED_WORKER ? s.cosType() : CosType.UNDEFINED);
    }
    LocalDate assigned = s.created().plusDays(s.daysToAssign());
    if (status.hasBeenAssigned()) {
      b.assignedOn(assigned);
    }
    if (status == CertificateStatus.USED) {
      b.usedOn(assigned.plusDays(s.daysToUse()));
    }
    LocalDate start = assigned.plusDays(s.daysToStart());
    b.startDate(start).endDate(start.plusDays(s.length()));
    for (int i = 0; i < s.notes().size(); i++) {
      b.addSponsorNote(SponsorNote.of(s.created().plusDays(i), s.notes().get(i)));
    }
    return b.build();
  }

  @Test
  void generatedUsersAreValidAndRoundTrip() {
    List<UserSeed> seeds = Instancio.ofList(userModel()).size(COUNT).withSeed(SEED).create();
    for (UserSeed seed : seeds) {
      SmsUser u = user(seed);
      assertThat(Json.roundTrip(u, SmsUser.class)).as("seed %d, %s", SEED, u.userId()).isEqualTo(u);
      assertThat(Json.roundTrip(u.profile(), UserProfile.class)).isEqualTo(u.profile());
      assertThat(Json.roundTrip(u.profile().workAddress(), Address.class)).isEqualTo(u.profile().workAddress());
      u.profile().nationalInsuranceNumber().ifPresent(n -> assertThat(u.toString()).doesNotContain(n.value()));
    }
    // The generators reach every level, every status and all three NINO states.
    assertThat(seeds.stream().map(GeneratedValuesTest::user).map(SmsUser::status)).contains(UserStatus.values());
    assertThat(seeds.stream().map(s -> s.profile().ninoKind())).contains(0, 1, 2);
  }

  @Test
  void generatedKeyPeopleAreValidAndRoundTrip() {
    List<ProfileSeed> seeds = Instancio.ofList(profileModel()).size(COUNT).withSeed(SEED + 1).create();
    for (int i = 0; i < seeds.size(); i++) {
      var b = KeyPerson.builder().profile(profile(seeds.get(i)));
      if (i % 3 == 0) {
        b.addRole(KeyPersonnelRole.AUTHORISING_OFFICER).userId(SmsUserId.of("OsNBX7uVOL"));
      } else {
        b.addRole(KeyPersonnelRole.KEY_CONTACT).representative(Representative.builder().firm("Firm " + i).build());
      }
      KeyPerson p = b.build();
      assertThat(Json.roundTrip(p, KeyPerson.class)).as("seed %d #%d", SEED + 1, i).isEqualTo(p);
    }
  }

  @Test
  void generatedCertificatesAreValidAndRoundTrip() {
    List<CertificateSeed> seeds = Instancio.ofList(certificateModel()).size(COUNT).withSeed(SEED + 2).create();
    for (CertificateSeed seed : seeds) {
      Certificate c = certificate(seed);
      assertThat(Json.roundTrip(c, Certificate.class)).as("seed %d, %s", SEED + 2, c.number()).isEqualTo(c);
      assertThat(Json.roundTrip(c.migrant(), MigrantDetails.class)).isEqualTo(c.migrant());
      assertThat(c.toString()).doesNotContain(c.migrant().passportNumber());
    }
    assertThat(seeds.stream().map(GeneratedValuesTest::certificate).map(Certificate::kind))
        .contains(CertificateKind.values());
  }

  @Test
  void generatedBoardMessagesAreValidAndRoundTrip() {
    List<MessageSeed> seeds = Instancio.ofList(MessageSeed.class).size(COUNT).withSeed(SEED + 3)
        .generate(field(MessageSeed.class, "id"), gen -> gen.string().alphaNumeric().maxLength(50))
        .generate(field(MessageSeed.class, "title"), gen -> gen.string().mixedCase().maxLength(200).nullable())
        .generate(field(MessageSeed.class, "text"), gen -> gen.string().mixedCase().maxLength(4000))
        .generate(field(MessageSeed.class, "published"), gen -> gen.temporal().localDate().range(EARLIEST, LATEST))
        .generate(field(MessageSeed.class, "days"), gen -> gen.ints().range(0, 400))
        .generate(field(MessageSeed.class, "routes"), gen -> gen.collection().minSize(0).maxSize(4))
        .create();
    for (MessageSeed s : seeds) {
      BoardMessage m = BoardMessage.builder().id(s.id()).title(Optional.ofNullable(s.title())).text(s.text())
          .publishedOn(s.published())
          .expiresOn(s.days() == 0 ? Optional.empty() : Optional.of(s.published().plusDays(s.days())))
          .targetRoutes(s.routes()).build();
      assertThat(Json.roundTrip(m, BoardMessage.class)).as("seed %d, %s", SEED + 3, m.id()).isEqualTo(m);
      assertThat(m.isTargetedAt(List.of(Route.values()))).isTrue();
    }
  }
}
