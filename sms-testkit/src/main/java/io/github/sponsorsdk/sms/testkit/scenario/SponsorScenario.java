package io.github.sponsorsdk.sms.testkit.scenario;

import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.identifier.SponsorLicenceNumber;
import io.github.sponsorsdk.sms.core.licence.Allocation;
import io.github.sponsorsdk.sms.core.licence.Licence;
import io.github.sponsorsdk.sms.core.licence.LicenceStatus;
import io.github.sponsorsdk.sms.core.licence.Rating;
import io.github.sponsorsdk.sms.core.place.Address;
import io.github.sponsorsdk.sms.core.place.UkPostcode;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.route.RouteCategory;
import io.github.sponsorsdk.sms.core.user.UserProfile;
import io.github.sponsorsdk.sms.core.user.KeyPersonnelRole;
import io.github.sponsorsdk.sms.testkit.InMemorySms;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A sponsor to set up in a fake SMS in one expression (WireMock scenarios, the "given" of a test): a licence with
 * its routes, ratings and allocations, and its first Level 1 user. Start from {@link Scenarios}; every setting has a
 * default, so a test states only what matters to it.
 */
public final class SponsorScenario {
  private SponsorLicenceNumber number = SponsorLicenceNumber.of("QHDGHB91X");
  private String organisation = "Sponsor Org Ltd";
  private final Set<Route> routes = EnumSet.noneOf(Route.class);
  private final Map<RouteCategory, Rating> ratings = new EnumMap<>(RouteCategory.class);
  private final Map<Route, Integer> allocations = new EnumMap<>(Route.class);
  private LicenceStatus status = LicenceStatus.LICENSED_AND_FULLY_ACTIVE;
  private UserProfile firstUser = defaultFirstUser();
  private java.util.Optional<LocalDate> expiry = java.util.Optional.empty();
  private Set<KeyPersonnelRole> roles = EnumSet.of(KeyPersonnelRole.AUTHORISING_OFFICER);

  SponsorScenario() {}

  /** {@return the manual's Level 1 user: Floyd Rose, HR director, settled worker} */
  public static UserProfile defaultFirstUser() {
    return UserProfile.builder().title("Ms").forenames("Floyd").surname("Rose").email("floyd.rose@sponsororg.com")
        .position("HR Director").workAddress(defaultAddress()).settledWorker(true).build();
  }

  /** {@return the address the scenarios use: 2 Marsham Street, London SW1P 4DF} */
  public static Address defaultAddress() {
    return Address.builder().line1("2 Marsham Street").townOrCity("London").postcode(UkPostcode.of("SW1P 4DF"))
        .build();
  }

  /**
   * Sets the licence number.
   *
   * @param number the number
   * @return this scenario
   */
  public SponsorScenario licenceNumber(String number) {
    this.number = SponsorLicenceNumber.of(number);
    return this;
  }

  /**
   * Sets the organisation name.
   *
   * @param name the name
   * @return this scenario
   */
  public SponsorScenario organisation(String name) {
    this.organisation = Objects.requireNonNull(name);
    return this;
  }

  /**
   * Adds a route with the rating of its category (a licence is rated per category).
   *
   * @param route the route
   * @param rating the rating of its category
   * @return this scenario
   */
  public SponsorScenario route(Route route, Rating rating) {
    routes.add(route);
    ratings.put(route.category(), rating);
    return this;
  }

  /**
   * Adds an allocation of {@code granted} certificates for {@code route}, for the 12 months from the scenario's day.
   *
   * @param route the route
   * @param granted how many
   * @return this scenario
   */
  public SponsorScenario allocation(Route route, int granted) {
    allocations.put(route, granted);
    return this;
  }

  /**
   * Sets the licence expiry date (default: four years after the grant).
   *
   * @param day the expiry date
   * @return this scenario
   */
  public SponsorScenario expiresOn(LocalDate day) {
    this.expiry = java.util.Optional.of(day);
    return this;
  }

  /**
   * Sets the licence status.
   *
   * @param status the status
   * @return this scenario
   */
  public SponsorScenario status(LicenceStatus status) {
    this.status = status;
    return this;
  }

  /**
   * Sets the first Level 1 user.
   *
   * @param profile the user's details
   * @param roles key personnel roles they also hold
   * @return this scenario
   */
  public SponsorScenario firstUser(UserProfile profile, KeyPersonnelRole... roles) {
    this.firstUser = profile;
    this.roles = roles.length == 0 ? EnumSet.noneOf(KeyPersonnelRole.class) : EnumSet.of(roles[0], roles);
    return this;
  }

  /**
   * {@return the licence this scenario grants on {@code day}: four years, allocations for the year from {@code day}}
   *
   * @param day the grant day
   */
  public Licence licence(LocalDate day) {
    List<Allocation> list = new ArrayList<>();
    allocations.forEach((route, granted) -> list.add(Allocation.of(route, day, day.plusYears(1), granted)));
    return Licence.builder().number(number).organisationName(organisation).status(status).routes(routes)
        .ratings(ratings).startDate(day).expiryDate(expiry.orElse(day.plusYears(4))).allocations(list).build();
  }

  /**
   * Grants the licence in {@code sms} (through its Home Office side) and returns the handle.
   *
   * @param sms the fake
   * @return the sponsor's handle
   */
  public Sponsor grant(InMemorySms sms) {
    Licence licence = licence(sms.clock().today());
    SmsUserId first = sms.homeOffice().grantLicence(licence, firstUser, roles.toArray(new KeyPersonnelRole[0]));
    return new Sponsor(sms, licence.number(), first);
  }
}
