package io.github.sponsorsdk.sms.rules.testing;

import io.github.sponsorsdk.sms.core.identifier.NationalInsuranceNumber;
import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.identifier.SponsorLicenceNumber;
import io.github.sponsorsdk.sms.core.licence.Licence;
import io.github.sponsorsdk.sms.core.licence.LicenceStatus;
import io.github.sponsorsdk.sms.core.licence.Rating;
import io.github.sponsorsdk.sms.core.place.Address;
import io.github.sponsorsdk.sms.core.place.UkPostcode;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.route.RouteCategory;
import io.github.sponsorsdk.sms.core.user.SmsUser;
import io.github.sponsorsdk.sms.core.user.UserProfile;
import io.github.sponsorsdk.sms.core.user.NinoDeclaration;
import io.github.sponsorsdk.sms.core.user.UserLevel;
import io.github.sponsorsdk.sms.core.user.UserStatus;
import io.github.sponsorsdk.sms.rules.permission.PermissionRequest;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Values for the rules' tests, with the user IDs and names of SMS Manual 1's screens (Guides 3 and 4). */
public final class PermissionFixtures {
  private PermissionFixtures() {}

  /** Manual 1, Guide 4 screens: DJ Don (Level 1), Floyd White (Level 1), John Smith (Level 2). */
  public static final SmsUserId DJ_DON = SmsUserId.of("OsNBX7uVOL");
  public static final SmsUserId FLOYD_WHITE = SmsUserId.of("KrxT1vuh7");
  public static final SmsUserId JOHN_SMITH = SmsUserId.of("yAy9d5dp");

  public static Address workAddress() {
    return Address.builder().line1("2 Marsham Street").townOrCity("London").postcode(UkPostcode.of("SW1P 4DF"))
        .build();
  }

  public static Address otherAddress() {
    return Address.builder().line1("1 Princes Street").townOrCity("Edinburgh").postcode(UkPostcode.of("EH2 2EQ"))
        .build();
  }

  public static UserProfile profile(String forenames, String surname, boolean settled) {
    return UserProfile.builder().title("Mr").forenames(forenames).surname(surname)
        .email(forenames.toLowerCase() + "@sponsororg.com").position("HR Manager").workAddress(workAddress())
        .settledWorker(settled).ninoDeclaration(NinoDeclaration.of(NationalInsuranceNumber.of("AB123456C")))
        .build();
  }

  public static SmsUser user(SmsUserId id, UserLevel level, UserStatus status, boolean settled) {
    return SmsUser.builder().userId(id).level(level).status(status).profile(profile("Floyd", "White", settled))
        .createdOn(LocalDate.of(2021, 3, 1)).build();
  }

  public static SmsUser level1() {
    return user(DJ_DON, UserLevel.LEVEL_1, UserStatus.ACTIVE, true);
  }

  public static SmsUser otherLevel1() {
    return user(FLOYD_WHITE, UserLevel.LEVEL_1, UserStatus.ACTIVE, true);
  }

  public static SmsUser level2() {
    return user(JOHN_SMITH, UserLevel.LEVEL_2, UserStatus.ACTIVE, true);
  }

  /** A licence with {@code routes}, rated {@code worker} / Student Sponsor as applicable, expiring {@code expiry}. */
  public static Licence licence(LicenceStatus status, Rating worker, LocalDate expiry, Route... routes) {
    Set<Route> set = EnumSet.noneOf(Route.class);
    Map<RouteCategory, Rating> ratings = new EnumMap<>(RouteCategory.class);
    for (Route r : routes) {
      set.add(r);
      ratings.put(r.category(), r.category() == RouteCategory.STUDENT ? Rating.STUDENT_SPONSOR
          : r.category() == RouteCategory.TEMPORARY_WORKER && worker == Rating.PROVISIONAL ? Rating.A : worker);
    }
    return Licence.builder().number(SponsorLicenceNumber.of("QHDGHB91X")).organisationName("Sponsor Org Ltd")
        .status(status).ratings(ratings).routes(set).startDate(LocalDate.of(2020, 1, 1)).expiryDate(expiry)
        .build();
  }

  /** A fully active, A-rated Skilled Worker, Creative Worker and Student licence expiring 2034-09-30. */
  public static Licence licence() {
    return licence(LicenceStatus.LICENSED_AND_FULLY_ACTIVE, Rating.A, LocalDate.of(2034, 9, 30),
        Route.SKILLED_WORKER, Route.CREATIVE_WORKER, Route.STUDENT);
  }

  /** The request of {@code user} on {@link #licence()} on 2 June 2025. */
  public static PermissionRequest request(SmsUser user) {
    return PermissionRequest.of(user, licence(), LocalDate.of(2025, 6, 2));
  }
}
