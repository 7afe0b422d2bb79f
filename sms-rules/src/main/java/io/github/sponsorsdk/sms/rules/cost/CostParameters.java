package io.github.sponsorsdk.sms.rules.cost;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.job.OccupationCode;
import io.github.sponsorsdk.sms.core.job.SocVersion;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.route.CertificateKind;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.Violation;
import io.github.sponsorsdk.sms.rules.effective.DateEffective;
import io.github.sponsorsdk.sms.rules.effective.ParameterSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The date-effective figures of {@link AssignmentCosts}: the CoS fees, which route pays which, the Immigration Skills
 * Charge rates, routes and exempt occupations, and since when a cost may not be passed on to the worker. The
 * evaluation date is the day the CoS is assigned: "The new rates apply to all Certificates of Sponsorship assigned on
 * or after 16 December 2025" (docs/sources.md#isc-regulations).
 *
 * <p>{@link #defaults()}, each version cited:
 * <ul>
 *   <li>CoS fee (docs/sources.md#fees-regulations): Worker £199 and Temporary Worker £21 as in force when the
 *       points-based Worker routes opened on 1 December 2020 (the amounts' own start date was not read: earlier dates
 *       are not covered); £239 and £25 from 4 October 2023 (the change took effect at 9:00 that day; the SDK counts
 *       whole days); £525 and £55 from 9 April 2025;
 *   <li>fee class per route: Skilled Worker, Senior or Specialist Worker, Minister of Religion, International
 *       Sportsperson and the former Intra-company routes pay the Worker fee; Seasonal, Religious, Charity, Creative,
 *       Government Authorised Exchange and International Agreement workers the Temporary Worker fee (both confirmed);
 *       Scale-up the Worker fee and GBM Graduate Trainee, UK Expansion Worker, Service Supplier and Secondment Worker
 *       the Temporary Worker fee (inferred, UNCERTAIN);
 *   <li>Immigration Skills Charge (docs/sources.md#isc-regulations): from 6 April 2017 £1,000 then £500 per further
 *       6 months for medium or large sponsors and £364 then £182 for small or charitable sponsors; from 16 December
 *       2025 £1,320 then £660, and £480 then £240 (SI 2025/1078, through secondary sources); charged on Skilled
 *       Worker (and the former Intra-company routes) from 6 April 2017 and on Senior or Specialist Worker from
 *       11 April 2022; not charged when a worker applying from outside the UK is sponsored for less than 6 months;
 *   <li>exempt occupations (docs/sources.md#isc-exemptions): SOC 2010 2111, 2112, 2113, 2114, 2119, 2150, 2311 from
 *       6 April 2017; also 2444, 3441, 3442 from 30 November 2022 at the latest (the date of the page that lists
 *       them; the amendment's own date was not read, UNCERTAIN); from 4 April 2024 (the move to SOC 2020, UNCERTAIN
 *       as the date of this list) SOC 2020 2111, 2112, 2113, 2114, 2115, 2119, 2161, 2162, 2311; the EU temporary
 *       transfer exemption of Senior or Specialist Workers from 1 January 2023;
 *   <li>not to be passed on to the worker (docs/sources.md#worker-guidance-part-1): the Immigration Skills Charge
 *       from 6 April 2017 (the guidance says earlier guidance already forbade it; the start is UNCERTAIN); the
 *       Skilled Worker CoS fee for CoS assigned on or after 31 December 2024; every other Worker and Temporary Worker
 *       CoS fee for CoS assigned on or after 9 April 2025.
 * </ul>
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableCostParameters.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableCostParameters.class)
@JsonDeserialize(as = ImmutableCostParameters.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableCostParameters.class)
public abstract class CostParameters implements ParameterSet, WithCostParameters {

  /** The first day of the Worker and Temporary Worker fee tables: 1 December 2020. */
  public static final LocalDate WORKER_ROUTES_OPENED = LocalDate.of(2020, 12, 1);
  /** The Global Business Mobility routes opened: 11 April 2022. */
  public static final LocalDate GBM_OPENED = LocalDate.of(2022, 4, 11);
  /** The Scale-up route opened: 22 August 2022. */
  public static final LocalDate SCALE_UP_OPENED = LocalDate.of(2022, 8, 22);
  /** The CoS fees went up (at 9:00): 4 October 2023. */
  public static final LocalDate FEES_OCTOBER_2023 = LocalDate.of(2023, 10, 4);
  /** The CoS fees went up again, and the no-recovery rule reached every route: 9 April 2025. */
  public static final LocalDate FEES_APRIL_2025 = LocalDate.of(2025, 4, 9);
  /** The Immigration Skills Charge Regulations 2017 came into force: 6 April 2017. */
  public static final LocalDate ISC_START = LocalDate.of(2017, 4, 6);
  /** SI 2025/1078: new Immigration Skills Charge rates from 16 December 2025. */
  public static final LocalDate ISC_DECEMBER_2025 = LocalDate.of(2025, 12, 16);
  /** The Skilled Worker CoS fee may not be recovered from the worker for CoS assigned from 31 December 2024. */
  public static final LocalDate NO_RECOVERY_SKILLED_WORKER = LocalDate.of(2024, 12, 31);

  /** {@return the CoS fee of each class} */
  public abstract Map<FeeClass, DateEffective<Money>> cosFees();

  /** {@return the fee class of each CoS route, over the life of the route} */
  public abstract Map<Route, DateEffective<RouteFeeClass>> feeClasses();

  /** {@return the Immigration Skills Charge of each sponsor size} */
  public abstract Map<SponsorSize, DateEffective<IscRate>> iscRates();

  /** {@return the routes that pay the Immigration Skills Charge} */
  public abstract DateEffective<Set<Route>> iscRoutes();

  /** {@return the occupation codes exempt from the Immigration Skills Charge} */
  public abstract DateEffective<Set<OccupationCode>> iscExemptOccupations();

  /** {@return a worker applying from outside the UK sponsored for fewer months than this pays no charge: 6} */
  public abstract DateEffective<Integer> iscMinimumEntryClearanceMonths();

  /** {@return whether a Senior or Specialist Worker's EU temporary transfer exempts the CoS from the charge} */
  public abstract DateEffective<Boolean> iscEuTransferExemption();

  /** {@return whether the Immigration Skills Charge may be passed on to the worker} */
  public abstract DateEffective<Recovery> iscRecovery();

  /** {@return the routes whose CoS fee may not be passed on to the worker, by the day the CoS is assigned} */
  public abstract DateEffective<Set<Route>> cosFeeNotRecoverable();

  @Override
  public List<DateEffective<?>> parameters() {
    List<DateEffective<?>> all = new ArrayList<>(cosFees().values());
    all.addAll(feeClasses().values());
    all.addAll(iscRates().values());
    all.addAll(List.of(iscRoutes(), iscExemptOccupations(), iscMinimumEntryClearanceMonths(),
        iscEuTransferExemption(), iscRecovery(), cosFeeNotRecoverable()));
    return all;
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code CostParameters}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableCostParameters.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    List<Violation> v = new ArrayList<>();
    for (FeeClass c : FeeClass.values()) {
      if (!cosFees().containsKey(c)) {
        v.add(Violation.of("cosFees", c.name(), "EveryClass", "needs a fee for " + c));
      }
    }
    for (SponsorSize s : SponsorSize.values()) {
      if (!iscRates().containsKey(s)) {
        v.add(Violation.of("iscRates", s.name(), "EverySize", "needs a rate for " + s));
      }
    }
    for (Route r : feeClasses().keySet()) {
      if (r.certificateKind() != CertificateKind.COS) {
        v.add(Violation.of("feeClasses", r.name(), "CosRoute", "only a route with a CoS pays a CoS fee"));
      }
    }
    if (!v.isEmpty()) {
      throw new InvalidValueException("CostParameters", v);
    }
  }

  // ------------------------------------------------------------------ defaults

  private static Citation fee(String section, LocalDate from, String note) {
    return Citation.of(Source.FEES_REGULATIONS, section, from).withNote(note);
  }

  private static DateEffective<Money> fees(FeeClass c, long y2020, long y2023, long y2025) {
    String what = c == FeeClass.WORKER ? "Certificate of Sponsorship (Worker)" : "Certificate of Sponsorship "
        + "(Temporary Worker)";
    return DateEffective.of("cost.cosFee." + c, WORKER_ROUTES_OPENED, Money.ofPounds(y2020),
            fee("Schedule 4, " + what, WORKER_ROUTES_OPENED, "In force when the Worker routes opened (SI 2020/1147 "
                + "reg 11 amends Schedule 4 for them); amount through scribd-uni (September 2021: 'a fee of £199 is "
                + "charged at the point that the CoS is assigned') and mondaq (2023); its own start date not read."))
        .then(FEES_OCTOBER_2023, Money.ofPounds(y2023),
            fee("Schedule 4, " + what + ", as amended from 4 October 2023", FEES_OCTOBER_2023, "Through mondaq (25 September 2023; 'from 9:00 am on 4 October 2023'), tlt and "
                + "laytons; the SDK counts whole days, so a CoS assigned before 9:00 that day is costed at the new "
                + "fee (UNCERTAIN by the hour)."))
        .then(FEES_APRIL_2025, Money.ofPounds(y2025), fee("Schedule 4, " + what + ", as amended from 9 April 2025",
            FEES_APRIL_2025, "Through birketts (March 2025: 'Certificate of Sponsorship (Temporary Worker) £25 → £55; "
                + "Certificate of Sponsorship (Skilled Worker) £239 → £525'); regulations laid 16 January 2025 "
                + "(brodies)."));
  }

  private static DateEffective<RouteFeeClass> routeClass(Route r, LocalDate from, RouteFeeClass c, String note) {
    return DateEffective.of("cost.feeClass." + r, from, c, fee("Schedule 4, fee by route", from, note));
  }

  private static Citation isc(String section, LocalDate from, String note) {
    return Citation.of(Source.IMMIGRATION_SKILLS_CHARGE_REGULATIONS, section, from).withNote(note);
  }

  private static Set<OccupationCode> codes(SocVersion version, String... codes) {
    return Arrays.stream(codes).map(c -> OccupationCode.of(version, c))
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** {@return today's figures, each cited; see the class comment} */
  public static CostParameters defaults() {
    Map<Route, DateEffective<RouteFeeClass>> classes = new EnumMap<>(Route.class);
    String worker = "Worker fee: mondaq (2023) names the fee 'for Skilled Workers or Senior or Specialist Workers'.";
    String workerRoute = "A Worker route in the guidance's list (Part 1), so the Worker fee (confirmed by the fee's "
        + "name, 'Certificate of Sponsorship (Worker)').";
    String temporary = "SI 2020/1147 reg 11 defines the temporary workers of Schedule 4 as applicants under the "
        + "Seasonal Worker, Religious Worker, Charity Worker, Creative or Sporting Worker, International Agreement "
        + "Worker and Government Authorised Exchange Worker routes.";
    String inferred = "UNCERTAIN: the route was created after SI 2020/1147 and the amending regulations of 2022 were "
        + "not read; the class follows the licence type the guidance lists the route under.";
    classes.put(Route.SKILLED_WORKER, routeClass(Route.SKILLED_WORKER, WORKER_ROUTES_OPENED,
        RouteFeeClass.confirmed(FeeClass.WORKER), worker));
    classes.put(Route.INTRA_COMPANY, routeClass(Route.INTRA_COMPANY, WORKER_ROUTES_OPENED,
        RouteFeeClass.confirmed(FeeClass.WORKER), workerRoute).until(GBM_OPENED));
    classes.put(Route.MINISTER_OF_RELIGION, routeClass(Route.MINISTER_OF_RELIGION, WORKER_ROUTES_OPENED,
        RouteFeeClass.confirmed(FeeClass.WORKER), workerRoute));
    classes.put(Route.INTERNATIONAL_SPORTSPERSON, routeClass(Route.INTERNATIONAL_SPORTSPERSON, WORKER_ROUTES_OPENED,
        RouteFeeClass.confirmed(FeeClass.WORKER), workerRoute));
    classes.put(Route.GBM_SENIOR_OR_SPECIALIST_WORKER, routeClass(Route.GBM_SENIOR_OR_SPECIALIST_WORKER, GBM_OPENED,
        RouteFeeClass.confirmed(FeeClass.WORKER), worker));
    for (Route r : List.of(Route.GBM_GRADUATE_TRAINEE, Route.GBM_UK_EXPANSION_WORKER, Route.GBM_SERVICE_SUPPLIER,
        Route.GBM_SECONDMENT_WORKER)) {
      classes.put(r, routeClass(r, GBM_OPENED, RouteFeeClass.inferred(FeeClass.TEMPORARY_WORKER), inferred));
    }
    classes.put(Route.SCALE_UP, routeClass(Route.SCALE_UP, SCALE_UP_OPENED, RouteFeeClass.inferred(FeeClass.WORKER),
        inferred));
    for (Route r : List.of(Route.CREATIVE_WORKER, Route.CHARITY_WORKER, Route.RELIGIOUS_WORKER,
        Route.GOVERNMENT_AUTHORISED_EXCHANGE, Route.INTERNATIONAL_AGREEMENT, Route.SEASONAL_WORKER)) {
      classes.put(r, routeClass(r, WORKER_ROUTES_OPENED, RouteFeeClass.confirmed(FeeClass.TEMPORARY_WORKER),
          temporary));
    }
    Map<FeeClass, DateEffective<Money>> fees = new EnumMap<>(FeeClass.class);
    fees.put(FeeClass.WORKER, fees(FeeClass.WORKER, 199, 239, 525));
    fees.put(FeeClass.TEMPORARY_WORKER, fees(FeeClass.TEMPORARY_WORKER, 21, 25, 55));

    String iscNote2017 = "In force 6 April 2017 (SI 2017/499); figures through lexology (2017) and the GOV.UK page's "
        + "older copy.";
    String iscNote2025 = "SI 2025/1078, laid 15 October 2025; figures through willans (3 December 2025), "
        + "narasolicitors, ein, twobirds and morganlewis (16 October 2025), which agree; its text was not read. 'The "
        + "new rates apply to all Certificates of Sponsorship assigned on or after 16 December 2025' (narasolicitors).";
    Map<SponsorSize, DateEffective<IscRate>> rates = new EnumMap<>(SponsorSize.class);
    rates.put(SponsorSize.MEDIUM_OR_LARGE, DateEffective.of("cost.isc." + SponsorSize.MEDIUM_OR_LARGE, ISC_START,
            IscRate.of(1000, 500), isc("Schedule (amount of the charge), medium or large sponsors", ISC_START,
                iscNote2017))
        .then(ISC_DECEMBER_2025, IscRate.of(1320, 660), isc("SI 2025/1078, medium or large sponsors",
            ISC_DECEMBER_2025, iscNote2025)));
    rates.put(SponsorSize.SMALL_OR_CHARITABLE, DateEffective.of("cost.isc." + SponsorSize.SMALL_OR_CHARITABLE,
            ISC_START, IscRate.of(364, 182), isc("Schedule (amount of the charge), small or charitable sponsors "
                + "(regulation 2)", ISC_START, iscNote2017))
        .then(ISC_DECEMBER_2025, IscRate.of(480, 240), isc("SI 2025/1078, small or charitable sponsors",
            ISC_DECEMBER_2025, iscNote2025)));

    Set<OccupationCode> soc2010 = codes(SocVersion.SOC_2010, "2111", "2112", "2113", "2114", "2119", "2150", "2311");
    Set<OccupationCode> soc2010Later = new LinkedHashSet<>(soc2010);
    soc2010Later.addAll(codes(SocVersion.SOC_2010, "2444", "3441", "3442"));
    return builder()
        .putAllCosFees(fees)
        .putAllFeeClasses(classes)
        .putAllIscRates(rates)
        .iscRoutes(DateEffective.<Set<Route>>of("cost.iscRoutes", ISC_START,
                EnumSet.of(Route.SKILLED_WORKER, Route.INTRA_COMPANY),
                isc("Regulation 3 (the charge on assigning a CoS to a skilled worker)", ISC_START,
                    "Tier 2 (General) and Intra-company Transfer then; the SDK's routes SKILLED_WORKER and "
                        + "INTRA_COMPANY stand for them."))
            .then(GBM_OPENED, EnumSet.of(Route.SKILLED_WORKER, Route.GBM_SENIOR_OR_SPECIALIST_WORKER),
                Citation.of(Source.GOVUK_IMMIGRATION_SKILLS_CHARGE, "Who pays", GBM_OPENED)
                    .withNote("'when you assign a certificate of sponsorship to someone applying for a Skilled "
                    + "Worker or Senior or Specialist Worker visa'; the Senior or Specialist Worker route replaced "
                    + "Intra-company Transfer on 11 April 2022.")))
        .iscExemptOccupations(DateEffective.<Set<OccupationCode>>of("cost.iscExemptOccupations", ISC_START, soc2010,
                isc("Regulation 4(a)", ISC_START, "'codes in version 5.1 of the Standard Occupational "
                    + "Classification 2010 Index' (bararassociates quoting regulation 4); chemical, biological, "
                    + "biochemical, physical and other natural scientists, R&D managers, higher education teaching "
                    + "professionals."))
            .then(LocalDate.of(2022, 11, 30), soc2010Later, Citation.of(Source.GOVUK_IMMIGRATION_SKILLS_CHARGE,
                "Exemptions (older copy, SOC 2010 codes)", LocalDate.of(2022, 11, 30)).withNote("UNCERTAIN start: "
                + "lawfirmuk (30 November 2022) lists 2444 clergy, 3441 sports players and 3442 sports coaches, "
                + "instructors or officials as exempt; when they were added was not read."))
            .then(LocalDate.of(2024, 4, 4), codes(SocVersion.SOC_2020, "2111", "2112", "2113", "2114", "2115",
                "2119", "2161", "2162", "2311"), Citation.of(Source.GOVUK_IMMIGRATION_SKILLS_CHARGE,
                "Exemptions (SOC 2020 codes)", LocalDate.of(2024, 4, 4)).withNote("UNCERTAIN start: the page lists "
                + "the SOC 2020 codes undated; the SDK starts them with the move to SOC 2020 on 4 April 2024.")))
        .iscMinimumEntryClearanceMonths(DateEffective.of("cost.iscMinimumEntryClearanceMonths", ISC_START, 6,
            Citation.of(Source.GOVUK_IMMIGRATION_SKILLS_CHARGE, "When you must pay", ISC_START)
                .withNote("'You must pay the "
                + "immigration skills charge if they're applying for a visa from: outside the UK to work in the UK "
                + "for 6 months or more; inside the UK for any length of time.'")))
        .iscEuTransferExemption(DateEffective.of("cost.iscEuTransferExemption", ISC_START, false,
                isc("Regulation 4", ISC_START, "No EU exemption before 1 January 2023."))
            .then(LocalDate.of(2023, 1, 1), true, Citation.of(Source.GOVUK_IMMIGRATION_SKILLS_CHARGE,
                "Exemptions: Senior or Specialist Workers from the EU", LocalDate.of(2023, 1, 1)).withNote(
                "'assigned a certificate of sponsorship on or after 1 January 2023; they are a national of an EU "
                    + "country or hold a Latvian non-citizen's passport; they normally work in the EU for your EU "
                    + "business'; in force 1 January 2023 (lawfirmuk).")))
        .iscRecovery(DateEffective.of("cost.iscRecovery", ISC_START, Recovery.MAY_NOT_BE_RECOVERED,
            Citation.of(Source.WORKER_GUIDANCE_PART_1, "Sponsorship fees: recouping costs", ISC_START).withNote(
                "UNCERTAIN start: carterthomas (31 December 2024): 'Previous sponsor guidance already confirmed "
                    + "that sponsors were not permitted to pass on the cost of the Immigration Skills Charge'; the "
                    + "SDK dates the rule from the charge's start.")))
        .cosFeeNotRecoverable(DateEffective.<Set<Route>>of("cost.cosFeeNotRecoverable", WORKER_ROUTES_OPENED,
                EnumSet.noneOf(Route.class), Citation.of(Source.WORKER_GUIDANCE_PART_1,
                    "Sponsorship fees: recouping costs", WORKER_ROUTES_OPENED).withNote("No rule read before 31 "
                    + "December 2024."))
            .then(NO_RECOVERY_SKILLED_WORKER, EnumSet.of(Route.SKILLED_WORKER), Citation.of(
                Source.WORKER_GUIDANCE_PART_1, "Sponsorship fees: recouping costs", NO_RECOVERY_SKILLED_WORKER)
                .withNote("'the Certificate of Sponsorship fee for a Skilled Worker, where that Certificate was "
                    + "assigned on or after 31 December 2024' (carterthomas quoting Part 1)."))
            .then(FEES_APRIL_2025, cosRoutes(), Citation.of(Source.WORKER_GUIDANCE_PART_3,
                "Annex C2 (cc), (dd)", FEES_APRIL_2025).withNote("'The ban on sponsors recovering licence and "
                    + "Certificate of Sponsorship (CoS) fees, previously for Skilled Workers, now applies to all "
                    + "Worker and Temporary Worker routes' (squareslaw, April 2025).")))
        .build();
  }

  private static Set<Route> cosRoutes() {
    return Arrays.stream(Route.values()).filter(r -> r.certificateKind() == CertificateKind.COS)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Route.class)));
  }
}
