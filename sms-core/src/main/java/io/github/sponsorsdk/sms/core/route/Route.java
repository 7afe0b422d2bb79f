package io.github.sponsorsdk.sms.core.route;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The sponsored immigration routes an SMS licence can cover, with their category and certificate kind.
 *
 * <p>Sources: Workers and Temporary Workers guidance for sponsors, Part 1 (route list: Worker and Temporary Worker
 * routes since the Global Business Mobility routes opened on 11 April 2022); Student sponsor guidance (Student,
 * Child Student); the register of licensed sponsors' {@code Route} strings (docs/sources.md#register-workers). The
 * Health and Care visa is a form of Skilled Worker and has no route of its own here.
 * {@link #INTRA_COMPANY} is the pre-2022 Intra-company route still shown in older registers.
 */
public enum Route {
  /** Skilled Worker: the only route with defined CoS. */
  SKILLED_WORKER("Skilled Worker", RouteCategory.WORKER),
  /** Global Business Mobility: Senior or Specialist Worker. */
  GBM_SENIOR_OR_SPECIALIST_WORKER("Global Business Mobility: Senior or Specialist Worker", RouteCategory.WORKER),
  /** Global Business Mobility: Graduate Trainee. */
  GBM_GRADUATE_TRAINEE("Global Business Mobility: Graduate Trainee", RouteCategory.WORKER),
  /** Global Business Mobility: UK Expansion Worker (user management barred while the rating is provisional). */
  GBM_UK_EXPANSION_WORKER("Global Business Mobility: UK Expansion Worker", RouteCategory.WORKER),
  /** Global Business Mobility: Service Supplier. */
  GBM_SERVICE_SUPPLIER("Global Business Mobility: Service Supplier", RouteCategory.WORKER),
  /** Global Business Mobility: Secondment Worker. */
  GBM_SECONDMENT_WORKER("Global Business Mobility: Secondment Worker", RouteCategory.WORKER),
  /** Scale-up. */
  SCALE_UP("Scale-up", RouteCategory.WORKER),
  /** Minister of Religion. */
  MINISTER_OF_RELIGION("Minister of Religion", RouteCategory.WORKER),
  /** International Sportsperson. */
  INTERNATIONAL_SPORTSPERSON("International Sportsperson", RouteCategory.WORKER),
  /** Intra-company Transfer and Graduate Trainee before 11 April 2022; replaced by the GBM routes. */
  INTRA_COMPANY("Intra-company Routes", RouteCategory.WORKER),
  /** Temporary Work - Creative Worker. */
  CREATIVE_WORKER("Creative Worker", RouteCategory.TEMPORARY_WORKER),
  /** Temporary Work - Charity Worker. */
  CHARITY_WORKER("Charity Worker", RouteCategory.TEMPORARY_WORKER),
  /** Temporary Work - Religious Worker. */
  RELIGIOUS_WORKER("Religious Worker", RouteCategory.TEMPORARY_WORKER),
  /** Temporary Work - Government Authorised Exchange. */
  GOVERNMENT_AUTHORISED_EXCHANGE("Government Authorised Exchange", RouteCategory.TEMPORARY_WORKER),
  /** Temporary Work - International Agreement (diplomatic missions and international organisations among them). */
  INTERNATIONAL_AGREEMENT("International Agreement", RouteCategory.TEMPORARY_WORKER),
  /** Temporary Work - Seasonal Worker. */
  SEASONAL_WORKER("Seasonal Worker", RouteCategory.TEMPORARY_WORKER),
  /** Student (CAS numbers start {@code E4G}). */
  STUDENT("Student", RouteCategory.STUDENT),
  /** Child Student (CAS numbers start {@code E4C}). */
  CHILD_STUDENT("Child Student", RouteCategory.STUDENT);

  private final String displayName;
  private final RouteCategory category;

  Route(String displayName, RouteCategory category) {
    this.displayName = displayName;
    this.category = category;
  }

  /** {@return the route's name as GOV.UK writes it, e.g. "Global Business Mobility: Senior or Specialist Worker"} */
  public String displayName() {
    return displayName;
  }

  /** {@return the category the route belongs to: its rating and menus follow from it} */
  public RouteCategory category() {
    return category;
  }

  /** {@return CAS for the Student routes, CoS for every other} */
  public CertificateKind certificateKind() {
    return category == RouteCategory.STUDENT ? CertificateKind.CAS : CertificateKind.COS;
  }

  /** {@return true for the five Global Business Mobility routes} */
  public boolean isGlobalBusinessMobility() {
    return name().startsWith("GBM_");
  }

  /**
   * {@return the routes of {@code category}, in declaration order}
   *
   * @param category the route category
   */
  public static List<Route> inCategory(RouteCategory category) {
    return Arrays.stream(values()).filter(r -> r.category == category).collect(Collectors.toList());
  }
}
