package io.github.sponsorsdk.sms.rules.cost;

import static io.github.sponsorsdk.sms.rules.cost.CostReasonCode.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.instancio.Select.field;

import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.decision.Reason;
import io.github.sponsorsdk.sms.core.job.OccupationCode;
import io.github.sponsorsdk.sms.core.job.SocVersion;
import io.github.sponsorsdk.sms.core.job.SponsorshipPurpose;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.rules.effective.DateEffective;
import io.github.sponsorsdk.sms.rules.testing.Fixtures;
import io.github.sponsorsdk.sms.rules.testing.Json;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.instancio.Instancio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Costs at assignment: the figures and dates are those of docs/sources.md#fees-regulations and
 * docs/sources.md#isc-regulations (each boundary is tested on the day before and the day of the change).
 */
class AssignmentCostsTest {
  private static final AssignmentCosts COSTS = AssignmentCosts.defaults();

  private static CostQuery.Builder sw(LocalDate assignedOn, SponsorSize size, LocalDate start, LocalDate end) {
    return CostQuery.builder().route(Route.SKILLED_WORKER).assignedOn(assignedOn).sponsorSize(size)
        .startDate(start).endDate(end).purpose(SponsorshipPurpose.ENTRY_CLEARANCE);
  }

  private static CostQuery fiveYears(LocalDate assignedOn, SponsorSize size) {
    return sw(assignedOn, size, LocalDate.of(2026, 2, 1), LocalDate.of(2031, 1, 31)).build();
  }

  /** The class Javadoc's example: £525 fee + £1,320 + 8 × £660 for five years at a large sponsor. */
  @Test
  void fiveYearSkilledWorkerCosAtALargeSponsor() {
    CostOutcome cost = COSTS.assess(fiveYears(LocalDate.of(2026, 1, 5), SponsorSize.MEDIUM_OR_LARGE));
    assertThat(cost.decision().isAllowed()).isTrue();
    assertThat(cost.total()).contains(Money.ofPounds(7_125));
    assertThat(cost.payableOn()).isEqualTo(LocalDate.of(2026, 1, 5));
    CostItem fee = cost.item(CostKind.COS_FEE).orElseThrow();
    assertThat(fee.amount()).isEqualTo(Money.ofPounds(525));
    assertThat(fee.recovery()).isEqualTo(Recovery.MAY_NOT_BE_RECOVERED);
    assertThat(fee.amountRule().effectiveFrom()).isEqualTo(LocalDate.of(2025, 4, 9));
    CostItem isc = cost.item(CostKind.IMMIGRATION_SKILLS_CHARGE).orElseThrow();
    assertThat(isc.amount()).isEqualTo(Money.ofPounds(6_600));
    assertThat(isc.chargedMonths()).contains(60);
    assertThat(isc.amountRule().effectiveFrom()).isEqualTo(LocalDate.of(2025, 12, 16));
    assertThat(isc.recovery()).isEqualTo(Recovery.MAY_NOT_BE_RECOVERED);
    assertThat(cost.items()).extracting(CostItem::kind)
        .containsExactly(CostKind.COS_FEE, CostKind.IMMIGRATION_SKILLS_CHARGE);
    Reason due = reason(cost, SKILLS_CHARGE_DUE);
    assertThat(due.parameters()).containsEntry("months", "60").containsEntry("chargedMonths", "60")
        .containsEntry("furtherPeriods", "8").containsEntry("amount", "6600.00");
    assertThat(due.message()).contains("£1320.00 for the first 12 months", "£660.00 for each of 8 further");
  }

  /** The rate is the one in force on the day of assignment: 16 December 2025 for the charge (SI 2025/1078). */
  @ParameterizedTest
  @CsvSource({
      "2025-12-15, MEDIUM_OR_LARGE, 5000", "2025-12-16, MEDIUM_OR_LARGE, 6600",
      "2025-12-15, SMALL_OR_CHARITABLE, 1820", "2025-12-16, SMALL_OR_CHARITABLE, 2400"})
  void theSkillsChargeRateIsTheOneInForceOnTheDayOfAssignment(LocalDate on, SponsorSize size, long pounds) {
    CostItem isc = COSTS.assess(fiveYears(on, size)).item(CostKind.IMMIGRATION_SKILLS_CHARGE).orElseThrow();
    assertThat(isc.amount()).isEqualTo(Money.ofPounds(pounds));
  }

  /** CoS fee history: £199/£21, £239/£25 from 4 October 2023, £525/£55 from 9 April 2025. */
  @ParameterizedTest
  @CsvSource({
      "SKILLED_WORKER, 2023-10-03, 199", "SKILLED_WORKER, 2023-10-04, 239",
      "SKILLED_WORKER, 2025-04-08, 239", "SKILLED_WORKER, 2025-04-09, 525",
      "CREATIVE_WORKER, 2023-10-03, 21", "CREATIVE_WORKER, 2023-10-04, 25",
      "CREATIVE_WORKER, 2025-04-08, 25", "CREATIVE_WORKER, 2025-04-09, 55",
      "SEASONAL_WORKER, 2026-01-05, 55", "GBM_SENIOR_OR_SPECIALIST_WORKER, 2026-01-05, 525",
      "MINISTER_OF_RELIGION, 2026-01-05, 525", "INTERNATIONAL_SPORTSPERSON, 2026-01-05, 525"})
  void theCosFeeByRouteAndDay(Route route, LocalDate on, long pounds) {
    CostOutcome cost = COSTS.assess(CostQuery.builder().route(route).assignedOn(on)
        .sponsorSize(SponsorSize.MEDIUM_OR_LARGE).startDate(on.plusMonths(1)).endDate(on.plusMonths(13))
        .purpose(SponsorshipPurpose.ENTRY_CLEARANCE).build());
    assertThat(cost.item(CostKind.COS_FEE).orElseThrow().amount()).isEqualTo(Money.ofPounds(pounds));
    assertThat(reason(cost, COS_FEE_DUE).citation().effectiveFrom())
        .isEqualTo(cost.item(CostKind.COS_FEE).orElseThrow().amountRule().effectiveFrom());
  }

  /** Only Skilled Worker and Senior or Specialist Worker pay the charge; the others pay the fee alone. */
  @Test
  void temporaryWorkRoutesPayTheFeeAlone() {
    CostOutcome cost = COSTS.assess(CostQuery.builder().route(Route.CREATIVE_WORKER)
        .assignedOn(LocalDate.of(2026, 1, 5)).sponsorSize(SponsorSize.MEDIUM_OR_LARGE).build());
    assertThat(cost.decision().isAllowed()).isTrue();
    assertThat(cost.items()).extracting(CostItem::kind).containsExactly(CostKind.COS_FEE);
    assertThat(cost.total()).contains(Money.ofPounds(55));
    assertThat(cost.decision().has(SKILLS_CHARGE_NOT_ON_ROUTE)).isTrue();
  }

  /**
   * "A Certificate of Sponsorship covering one year and four months will attract a charge for eighteen months ... one
   * year and seven months ... twenty four months"; over 6 months but less than a year is charged as 12.
   */
  @ParameterizedTest
  @CsvSource({
      "2026-02-01, 2027-05-31, 16, 18", "2026-02-01, 2027-08-31, 19, 24", "2026-02-01, 2027-01-31, 12, 12",
      "2026-02-01, 2027-02-01, 13, 18", "2026-02-01, 2026-09-30, 8, 12", "2026-02-15, 2027-02-14, 12, 12",
      "2026-02-01, 2027-07-31, 18, 18"})
  void monthsAreCountedWithPartMonthsAsWholeAndChargedInSixMonthBlocks(LocalDate start, LocalDate end, int months,
      int charged) {
    assertThat(AssignmentCosts.months(start, end)).isEqualTo(months);
    CostItem isc = COSTS.assess(sw(LocalDate.of(2026, 1, 5), SponsorSize.SMALL_OR_CHARITABLE, start, end).build())
        .item(CostKind.IMMIGRATION_SKILLS_CHARGE).orElseThrow();
    assertThat(isc.chargedMonths()).contains(charged);
    assertThat(isc.amount()).isEqualTo(Money.ofPounds(480 + 240L * (charged - 12) / 6));
  }

  @Test
  void exemptOccupationsAreTheListInForceOnTheDay() {
    LocalDate on = LocalDate.of(2026, 1, 5);
    CostOutcome lecturer = COSTS.assess(fiveYears(on, SponsorSize.MEDIUM_OR_LARGE)
        .withOccupation(OccupationCode.of(SocVersion.SOC_2020, "2311")));
    assertThat(lecturer.item(CostKind.IMMIGRATION_SKILLS_CHARGE).orElseThrow().amount()).isEqualTo(Money.ZERO);
    assertThat(lecturer.total()).contains(Money.ofPounds(525));
    assertThat(lecturer.decision().has(SKILLS_CHARGE_EXEMPT_OCCUPATION)).isTrue();
    // 2150 (SOC 2010 R&D managers) was exempt before SOC 2020 came in on 4 April 2024, not after.
    OccupationCode rd2010 = OccupationCode.of(SocVersion.SOC_2010, "2150");
    assertThat(COSTS.assess(fiveYears(LocalDate.of(2024, 4, 3), SponsorSize.MEDIUM_OR_LARGE).withOccupation(rd2010))
        .decision().has(SKILLS_CHARGE_EXEMPT_OCCUPATION)).isTrue();
    assertThat(COSTS.assess(fiveYears(LocalDate.of(2024, 4, 4), SponsorSize.MEDIUM_OR_LARGE).withOccupation(rd2010))
        .decision().has(SKILLS_CHARGE_EXEMPT_OCCUPATION)).isFalse();
    // A developer (2136) is not exempt.
    assertThat(COSTS.assess(fiveYears(on, SponsorSize.MEDIUM_OR_LARGE)
        .withOccupation(OccupationCode.of(SocVersion.SOC_2020, "2136"))).total()).contains(Money.ofPounds(7_125));
  }

  /** Outside the UK for less than 6 months: no charge; inside the UK: charged whatever the length. */
  @Test
  void shortStaysAreExemptOnlyFromOutsideTheUk() {
    LocalDate on = LocalDate.of(2026, 1, 5);
    CostQuery fiveMonths = sw(on, SponsorSize.MEDIUM_OR_LARGE, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 6, 30))
        .build();
    CostOutcome abroad = COSTS.assess(fiveMonths);
    assertThat(abroad.item(CostKind.IMMIGRATION_SKILLS_CHARGE).orElseThrow().amount()).isEqualTo(Money.ZERO);
    assertThat(reason(abroad, SKILLS_CHARGE_EXEMPT_SHORT_STAY).parameters()).containsEntry("months", "5");

    CostOutcome inUk = COSTS.assess(fiveMonths.withPurpose(SponsorshipPurpose.CHANGE_OF_EMPLOYMENT));
    assertThat(inUk.item(CostKind.IMMIGRATION_SKILLS_CHARGE).orElseThrow().amount())
        .isEqualTo(Money.ofPounds(1_320));
    assertThat(inUk.decision().warnings()).isEmpty();

    CostOutcome unknown = COSTS.assess(fiveMonths.withPurpose(Optional.empty()));
    assertThat(unknown.item(CostKind.IMMIGRATION_SKILLS_CHARGE).orElseThrow().amount())
        .isEqualTo(Money.ofPounds(1_320));
    assertThat(unknown.decision().warnings()).extracting(Reason::code)
        .containsExactly(SKILLS_CHARGE_APPLICATION_PLACE_UNKNOWN.code());
    // Six months exactly from outside the UK is charged.
    assertThat(COSTS.assess(fiveMonths.withEndDate(LocalDate.of(2026, 7, 31)))
        .item(CostKind.IMMIGRATION_SKILLS_CHARGE).orElseThrow().amount()).isEqualTo(Money.ofPounds(1_320));
  }

  @Test
  void aStudentSwitchingInTheUkIsExempt() {
    CostQuery q = fiveYears(LocalDate.of(2026, 1, 5), SponsorSize.MEDIUM_OR_LARGE)
        .withPurpose(SponsorshipPurpose.SWITCH_IN_UK).withPreviousRoute(Route.STUDENT);
    assertThat(COSTS.assess(q).item(CostKind.IMMIGRATION_SKILLS_CHARGE).orElseThrow().amount())
        .isEqualTo(Money.ZERO);
    assertThat(COSTS.assess(q).decision().has(SKILLS_CHARGE_EXEMPT_STUDENT_SWITCH)).isTrue();
    assertThat(COSTS.assess(q.withPreviousRoute(Route.CREATIVE_WORKER)).item(CostKind.IMMIGRATION_SKILLS_CHARGE)
        .orElseThrow().amount()).isEqualTo(Money.ofPounds(6_600));
  }

  /** Claimed EU temporary transfers on Senior or Specialist Worker are exempt from 1 January 2023 only. */
  @Test
  void euTemporaryTransfersAreExemptFromJanuary2023() {
    CostQuery q = CostQuery.builder().route(Route.GBM_SENIOR_OR_SPECIALIST_WORKER)
        .assignedOn(LocalDate.of(2023, 1, 1)).sponsorSize(SponsorSize.MEDIUM_OR_LARGE)
        .startDate(LocalDate.of(2023, 2, 1)).endDate(LocalDate.of(2024, 1, 31))
        .purpose(SponsorshipPurpose.ENTRY_CLEARANCE).addClaims(IscExemptionClaim.EU_TEMPORARY_TRANSFER).build();
    assertThat(COSTS.assess(q).item(CostKind.IMMIGRATION_SKILLS_CHARGE).orElseThrow().amount())
        .isEqualTo(Money.ZERO);
    assertThat(COSTS.assess(q.withAssignedOn(LocalDate.of(2022, 12, 31))).item(CostKind.IMMIGRATION_SKILLS_CHARGE)
        .orElseThrow().amount()).isEqualTo(Money.ofPounds(1_000));
    // The claim means nothing on Skilled Worker.
    assertThat(COSTS.assess(q.withRoute(Route.SKILLED_WORKER)).item(CostKind.IMMIGRATION_SKILLS_CHARGE)
        .orElseThrow().amount()).isEqualTo(Money.ofPounds(1_000));
  }

  /** The CoS fee may not be recovered: Skilled Worker from 31 December 2024, every route from 9 April 2025. */
  @ParameterizedTest
  @CsvSource({
      "SKILLED_WORKER, 2024-12-30, NO_RULE", "SKILLED_WORKER, 2024-12-31, MAY_NOT_BE_RECOVERED",
      "CREATIVE_WORKER, 2025-04-08, NO_RULE", "CREATIVE_WORKER, 2025-04-09, MAY_NOT_BE_RECOVERED",
      "SCALE_UP, 2025-04-09, MAY_NOT_BE_RECOVERED"})
  void theCosFeeMayNotBePassedOn(Route route, LocalDate on, Recovery recovery) {
    CostOutcome cost = COSTS.assess(CostQuery.builder().route(route).assignedOn(on)
        .sponsorSize(SponsorSize.MEDIUM_OR_LARGE).startDate(on).endDate(on.plusYears(1))
        .purpose(SponsorshipPurpose.EXTENSION_SAME_SPONSOR).build());
    CostItem fee = cost.item(CostKind.COS_FEE).orElseThrow();
    assertThat(fee.recovery()).isEqualTo(recovery);
    boolean said = cost.decision().reasons().stream().anyMatch(r -> r.code().equals(NOT_RECOVERABLE_FROM_WORKER.code())
        && r.message().contains("Certificate of Sponsorship fee"));
    assertThat(said).isEqualTo(recovery == Recovery.MAY_NOT_BE_RECOVERED);
  }

  @Test
  void theSkillsChargeMayNeverBePassedOn() {
    CostItem isc = COSTS.assess(fiveYears(LocalDate.of(2018, 1, 5), SponsorSize.MEDIUM_OR_LARGE)
        .withRoute(Route.INTRA_COMPANY)).item(CostKind.IMMIGRATION_SKILLS_CHARGE).orElseThrow();
    assertThat(isc.recovery()).isEqualTo(Recovery.MAY_NOT_BE_RECOVERED);
    assertThat(isc.recoveryRule().source()).isEqualTo(Source.WORKER_GUIDANCE_PART_1);
  }

  @Test
  void inferredFeeClassesWarn() {
    CostOutcome scaleUp = COSTS.assess(CostQuery.builder().route(Route.SCALE_UP).assignedOn(LocalDate.of(2026, 1, 5))
        .sponsorSize(SponsorSize.MEDIUM_OR_LARGE).build());
    assertThat(scaleUp.decision().isAllowed()).isTrue();
    assertThat(scaleUp.decision().warnings()).extracting(Reason::code).containsExactly(FEE_CLASS_INFERRED.code());
    assertThat(scaleUp.total()).contains(Money.ofPounds(525));
  }

  @Test
  void whatCannotBeCostedIsRefusedWithNoTotal() {
    CostOutcome cas = COSTS.assess(CostQuery.builder().route(Route.STUDENT).assignedOn(LocalDate.of(2026, 1, 5))
        .sponsorSize(SponsorSize.MEDIUM_OR_LARGE).build());
    assertThat(cas.decision().codes()).containsExactly(NOT_A_COS.code());
    assertThat(cas.total()).isEmpty();
    assertThat(cas.items()).isEmpty();

    CostOutcome noDates = COSTS.assess(CostQuery.builder().route(Route.SKILLED_WORKER)
        .assignedOn(LocalDate.of(2026, 1, 5)).sponsorSize(SponsorSize.MEDIUM_OR_LARGE).build());
    assertThat(noDates.decision().refusals()).extracting(Reason::code)
        .containsExactly(SKILLS_CHARGE_DATES_MISSING.code());
    assertThat(noDates.total()).isEmpty();
    assertThat(noDates.items()).extracting(CostItem::kind).containsExactly(CostKind.COS_FEE);

    CostOutcome before = COSTS.assess(fiveYears(LocalDate.of(2020, 11, 30), SponsorSize.MEDIUM_OR_LARGE));
    assertThat(before.decision().refusals()).extracting(Reason::code).containsExactly(NO_FIGURE_ON_DATE.code());
    assertThat(before.total()).isEmpty();
  }

  @Test
  void aCertificateIsCostedFromWhatItHolds() {
    CostOutcome cost = COSTS.assess(Fixtures.readyCos(), LocalDate.of(2026, 1, 5), SponsorSize.SMALL_OR_CHARITABLE);
    // 2 February 2026 to 1 February 2029: 36 months, 4 further blocks: £480 + 4 × £240 = £1,440; purpose unknown.
    assertThat(cost.item(CostKind.IMMIGRATION_SKILLS_CHARGE).orElseThrow().amount()).isEqualTo(Money.ofPounds(1_440));
    assertThat(cost.total()).contains(Money.ofPounds(1_965));
    assertThat(cost.query().occupation()).contains(OccupationCode.of(SocVersion.SOC_2020, "2136"));
  }

  /** One place per fact: changing the fee row changes the answer. */
  @Test
  void theEngineReadsItsParameters() {
    CostParameters p = CostParameters.defaults();
    Map<FeeClass, DateEffective<Money>> fees = new EnumMap<>(p.cosFees());
    fees.put(FeeClass.WORKER, fees.get(FeeClass.WORKER).then(LocalDate.of(2027, 4, 6), Money.ofPounds(600),
        p.cosFees().get(FeeClass.WORKER).versionOn(LocalDate.of(2026, 1, 1)).citation()));
    AssignmentCosts future = AssignmentCosts.of(CostParameters.builder().from(p).cosFees(fees).build());
    assertThat(future.parameters().cosFees().get(FeeClass.WORKER).on(LocalDate.of(2027, 4, 6)))
        .isEqualTo(Money.ofPounds(600));
    assertThat(future.assess(fiveYears(LocalDate.of(2027, 4, 6), SponsorSize.MEDIUM_OR_LARGE))
        .item(CostKind.COS_FEE).orElseThrow().amount()).isEqualTo(Money.ofPounds(600));
    assertThat(COSTS.assess(fiveYears(LocalDate.of(2027, 4, 6), SponsorSize.MEDIUM_OR_LARGE))
        .item(CostKind.COS_FEE).orElseThrow().amount()).isEqualTo(Money.ofPounds(525));
  }

  @Test
  void badParametersAndQueriesListEveryViolation() {
    CostParameters p = CostParameters.defaults();
    Map<Route, DateEffective<RouteFeeClass>> classes = new EnumMap<>(p.feeClasses());
    classes.put(Route.STUDENT, classes.get(Route.SKILLED_WORKER));
    assertThatThrownBy(() -> CostParameters.builder().from(p).cosFees(Map.of()).iscRates(Map.of())
        .feeClasses(classes).build())
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(((InvalidValueException) e).violations()).hasSize(5));
    assertThatThrownBy(() -> sw(LocalDate.of(2026, 1, 5), SponsorSize.MEDIUM_OR_LARGE, LocalDate.of(2026, 2, 1),
        LocalDate.of(2026, 1, 31)).build()).isInstanceOf(InvalidValueException.class).hasMessageContaining("endDate");
  }

  @Test
  void valuesRoundTripThroughJson() {
    CostOutcome cost = COSTS.assess(fiveYears(LocalDate.of(2026, 1, 5), SponsorSize.MEDIUM_OR_LARGE));
    assertThat(Json.roundTrip(cost, CostOutcome.class)).isEqualTo(cost);
    assertThat(Json.roundTrip(cost.query(), CostQuery.class)).isEqualTo(cost.query());
    assertThat(Json.roundTrip(IscRate.of(1320, 660), IscRate.class)).isEqualTo(IscRate.of(1320, 660));
    assertThat(Json.roundTrip(CostParameters.defaults(), CostParameters.class)).isEqualTo(CostParameters.defaults());
  }

  record Generated(int assignedOffset, int startOffset, int lengthDays, int sizeIndex, int purposeIndex) {}

  /**
   * Generated assignments (Instancio, fixed seed) on Skilled Worker from 2021 to 2027: the total is the sum of the
   * items; the charge covers the CoS in whole 6-month blocks after the first 12 months (never more than 5 months
   * over); it is the first-year rate plus the blocks at the rate of the day; every reason cites a source.
   */
  @Test
  void generatedAssignmentsAreConsistent() {
    List<Generated> cases = Instancio.ofList(Generated.class).size(2_000).withSeed(20261205L)
        .generate(field(Generated.class, "assignedOffset"), g -> g.ints().range(0, 2_500))
        .generate(field(Generated.class, "startOffset"), g -> g.ints().range(0, 90))
        .generate(field(Generated.class, "lengthDays"), g -> g.ints().range(0, 1_830))
        .generate(field(Generated.class, "sizeIndex"), g -> g.ints().range(0, 1))
        .generate(field(Generated.class, "purposeIndex"), g -> g.ints().range(0, 3))
        .create();
    for (Generated c : cases) {
      LocalDate on = LocalDate.of(2021, 1, 1).plusDays(c.assignedOffset());
      LocalDate start = on.plusDays(c.startOffset());
      SponsorSize size = SponsorSize.values()[c.sizeIndex()];
      SponsorshipPurpose purpose = SponsorshipPurpose.values()[c.purposeIndex()];
      CostQuery q = sw(on, size, start, start.plusDays(c.lengthDays())).purpose(purpose).build();
      CostOutcome cost = COSTS.assess(q);
      assertThat(cost.decision().isAllowed()).as("%s", c).isTrue();
      assertThat(cost.total()).as("%s", c)
          .contains(cost.items().stream().map(CostItem::amount).reduce(Money.ZERO, Money::plus));
      int months = AssignmentCosts.months(q.startDate().get(), q.endDate().get());
      CostItem isc = cost.item(CostKind.IMMIGRATION_SKILLS_CHARGE).orElseThrow();
      if (isc.amount().equals(Money.ZERO)) {
        assertThat(months).as("%s", c).isLessThan(6);
        assertThat(purpose).isEqualTo(SponsorshipPurpose.ENTRY_CLEARANCE);
        continue;
      }
      int charged = isc.chargedMonths().orElseThrow();
      assertThat(charged).as("%s", c).isGreaterThanOrEqualTo(months).isLessThan(Math.max(12, months) + 6);
      assertThat((charged - 12) % 6).isZero();
      IscRate rate = COSTS.parameters().iscRates().get(size).on(on);
      assertThat(isc.amount()).isEqualTo(rate.charge((charged - 12) / 6));
      assertThat(cost.decision().reasons()).allSatisfy(r -> assertThat(r.citation().effectiveFrom()).isNotNull());
    }
  }

  private static Reason reason(CostOutcome cost, CostReasonCode code) {
    return cost.decision().reasons().stream().filter(r -> r.code().equals(code.code())).findFirst().orElseThrow();
  }
}
