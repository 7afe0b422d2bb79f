package io.github.sponsorsdk.sms.rules.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.instancio.Select.field;

import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.licence.Allocation;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.rules.testing.Json;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.instancio.Instancio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AllocationRulesTest {

  static final AllocationRules RULES = AllocationRules.defaults();
  static final LocalDate D = LocalDate.of(2025, 6, 2);

  /** "12 months from the date your licence was granted"; a year from 29 February ends on 28 February. */
  @ParameterizedTest(name = "year from {0} ends after {1}")
  @CsvSource({
      "2025-06-02, 2026-06-01",
      "2024-02-29, 2025-02-28",
      "2023-02-28, 2024-02-27",  // the corresponding date exists in the leap year
      "2025-01-31, 2026-01-30",
      "2024-11-30, 2025-11-29",
      "2025-12-31, 2026-12-30"
  })
  void yearFromGrant(LocalDate granted, LocalDate lastDay) {
    Allocation a = RULES.openYear(Route.SKILLED_WORKER, granted, 5, AllocationYearBasis.FROM_GRANT);
    assertThat(a.yearStart()).isEqualTo(granted);
    assertThat(RULES.expiresOn(a)).isEqualTo(lastDay);
    assertThat(a.covers(lastDay)).isTrue();
    assertThat(a.covers(lastDay.plusDays(1))).isFalse();
  }

  /** Licences converted from Tier 2 on 1 December 2020: 6 April to 5 April. */
  @ParameterizedTest(name = "converted licence on {0}: year from {1}")
  @CsvSource({
      "2020-12-01, 2020-04-06",
      "2025-04-05, 2024-04-06",
      "2025-04-06, 2025-04-06",
      "2026-02-28, 2025-04-06"
  })
  void tier2ConvertedYear(LocalDate on, LocalDate start) {
    Allocation a = RULES.openYear(Route.SKILLED_WORKER, on, 5, AllocationYearBasis.TIER_2_CONVERSION);
    assertThat(a.yearStart()).isEqualTo(start);
    assertThat(a.yearEndExclusive()).isEqualTo(start.plusYears(1));
    assertThat(RULES.expiresOn(a)).isEqualTo(LocalDate.of(start.getYear() + 1, 4, 5));
  }

  /** Manual 1 Troubleshooting: the SMS's own refusal, and the allocation untouched. */
  @Test
  void insufficientRemainingCosInYourAllocation() {
    Allocation one = RULES.openYear(Route.SKILLED_WORKER, D, 1, AllocationYearBasis.FROM_GRANT);
    AllocationOutcome first = RULES.assign(one, D);
    assertThat(first.isAllowed()).isTrue();
    assertThat(first.allocation().used()).isEqualTo(1);
    assertThat(first.allocation().remaining()).isZero();
    AllocationOutcome second = RULES.assign(first.allocation(), D.plusDays(1));
    assertThat(second.decision().codes()).containsExactly(AllocationReasonCode.INSUFFICIENT_ALLOCATION.code());
    assertThat(second.decision().refusals().get(0).message()).isEqualTo(
        "The assignment could not be processed due to there being insufficient remaining CoS in your allocation");
    assertThat(second.decision().refusals().get(0).parameters()).isEmpty();
    assertThat(second.allocation()).isEqualTo(first.allocation());
    // a batch is all or nothing
    Allocation three = RULES.openYear(Route.STUDENT, D, 3, AllocationYearBasis.FROM_GRANT);
    AllocationOutcome batch = RULES.assign(RULES.assign(three, D).allocation(), 3, D);
    assertThat(batch.isAllowed()).isFalse();
    assertThat(batch.allocation().used()).isEqualTo(1);
    assertThat(batch.decision().codes()).containsExactly("allocation.INSUFFICIENT_ALLOCATION");
    assertThat(batch.allocation().remaining()).as("the counts are in the outcome").isEqualTo(2);
    assertThat(RULES.assign(three, 3, D).allocation().remaining()).isZero();
  }

  @Test
  void onlyWithinTheYearAndForAPositiveCount() {
    Allocation a = RULES.openYear(Route.SKILLED_WORKER, D, 5, AllocationYearBasis.FROM_GRANT);
    assertThat(RULES.assign(a, D.minusDays(1)).decision().codes())
        .containsExactly(AllocationReasonCode.OUTSIDE_ALLOCATION_YEAR.code());
    assertThat(RULES.assign(a, a.yearEndExclusive()).decision().codes())
        .containsExactly(AllocationReasonCode.OUTSIDE_ALLOCATION_YEAR.code());
    assertThat(RULES.assign(a, RULES.expiresOn(a)).isAllowed()).isTrue();
    assertThat(RULES.assign(a, 0, D).decision().codes()).containsExactly(AllocationReasonCode.INVALID_COUNT.code());
    assertThat(RULES.increase(a, -2, a.yearEndExclusive()).decision().codes()).containsExactly(
        AllocationReasonCode.INVALID_COUNT.code(), AllocationReasonCode.OUTSIDE_ALLOCATION_YEAR.code());
  }

  /** "Request CoS/CAS allocation increase ... at any time"; a reduction never goes below what is used. */
  @Test
  void increasesAndReductions() {
    Allocation a = RULES.openYear(Route.SKILLED_WORKER, D, 2, AllocationYearBasis.FROM_GRANT);
    a = RULES.assign(a, 2, D).allocation();
    AllocationOutcome more = RULES.increase(a, 3, D.plusMonths(11));
    assertThat(more.allocation().granted()).isEqualTo(5);
    assertThat(more.allocation().remaining()).isEqualTo(3);
    AllocationOutcome toZero = RULES.reduceTo(more.allocation(), 0, D.plusMonths(11));
    assertThat(toZero.allocation().granted()).isEqualTo(2);
    assertThat(toZero.allocation().remaining()).isZero();
    assertThat(toZero.decision().codes()).containsExactly(AllocationReasonCode.REDUCED.code(),
        AllocationReasonCode.REDUCED_ONLY_TO_USED.code());
    assertThat(RULES.reduceTo(more.allocation(), 4, D).allocation().granted()).isEqualTo(4);
    assertThat(RULES.reduceTo(more.allocation(), 9, D).allocation().granted()).as("never raises").isEqualTo(5);
  }

  /** The window opens 3 months before expiry; "no routes are displayed" before it or once renewed automatically. */
  @Test
  void renewalWindow() {
    Allocation a = RULES.openYear(Route.SKILLED_WORKER, LocalDate.of(2025, 4, 6), 5,
        AllocationYearBasis.TIER_2_CONVERSION);
    assertThat(RULES.expiresOn(a)).isEqualTo(LocalDate.of(2026, 4, 5));
    assertThat(RULES.renewalWindowOpens(a)).isEqualTo(LocalDate.of(2026, 1, 5));
    Decision early = RULES.decideRenewalRequest(a, LocalDate.of(2026, 1, 4), AutomaticRenewal.NOT_RENEWED);
    assertThat(early.codes()).containsExactly(AllocationReasonCode.ALLOCATION_RENEWAL_WINDOW_NOT_OPEN.code());
    assertThat(early.refusals().get(0).parameters()).containsEntry("opens", "2026-01-05");
    assertThat(RULES.decideRenewalRequest(a, LocalDate.of(2026, 1, 5), AutomaticRenewal.NOT_RENEWED).codes())
        .containsExactly(AllocationReasonCode.ALLOCATION_RENEWAL_WINDOW_OPEN.code());
    assertThat(RULES.decideRenewalRequest(a, LocalDate.of(2026, 4, 5), AutomaticRenewal.NOT_RENEWED).isAllowed()).isTrue();
    assertThat(RULES.decideRenewalRequest(a, LocalDate.of(2026, 4, 6), AutomaticRenewal.NOT_RENEWED).codes())
        .containsExactly(AllocationReasonCode.OUTSIDE_ALLOCATION_YEAR.code());
    assertThat(RULES.decideRenewalRequest(a, LocalDate.of(2026, 2, 1), AutomaticRenewal.ALREADY_RENEWED).codes())
        .containsExactly(AllocationReasonCode.ALREADY_RENEWED_AUTOMATICALLY.code());
    // month end: expiry 31 May opens on 28 February (29 in a leap year)
    Allocation june = RULES.openYear(Route.STUDENT, LocalDate.of(2025, 6, 1), 5, AllocationYearBasis.FROM_GRANT);
    assertThat(RULES.renewalWindowOpens(june)).isEqualTo(LocalDate.of(2026, 2, 28));
    Allocation june27 = RULES.openYear(Route.STUDENT, LocalDate.of(2027, 6, 1), 5, AllocationYearBasis.FROM_GRANT);
    assertThat(RULES.renewalWindowOpens(june27)).isEqualTo(LocalDate.of(2028, 2, 29));
  }

  /** "Any CoS that remain unused at the end of your CoS year will be removed ... You cannot carry over". */
  @Test
  void unusedCertificatesLapseAtYearEnd() {
    Allocation a = RULES.assign(RULES.openYear(Route.SKILLED_WORKER, D, 10, AllocationYearBasis.FROM_GRANT), 3, D)
        .allocation();
    YearEndOutcome tooSoon = RULES.endYear(a, RULES.expiresOn(a), Optional.empty(), AllocationYearBasis.FROM_GRANT);
    assertThat(tooSoon.decision().codes()).containsExactly(AllocationReasonCode.YEAR_NOT_ENDED.code());
    assertThat(tooSoon.lapsed()).isZero();
    YearEndOutcome none = RULES.endYear(a, a.yearEndExclusive(), Optional.empty(), AllocationYearBasis.FROM_GRANT);
    assertThat(none.lapsed()).isEqualTo(7);
    assertThat(none.next()).isEmpty();
    assertThat(none.decision().codes()).containsExactly(AllocationReasonCode.UNUSED_LAPSED.code(),
        AllocationReasonCode.NOT_RENEWED.code());
    // automatic renewal: the next year starts the day the old one ends, with nothing carried over
    YearEndOutcome auto = RULES.endYear(a, a.yearEndExclusive(),
        Optional.of(Renewal.automatic(4, a.yearEndExclusive())), AllocationYearBasis.FROM_GRANT);
    Allocation next = auto.next().orElseThrow();
    assertThat(next.yearStart()).isEqualTo(LocalDate.of(2026, 6, 2));
    assertThat(next.granted()).isEqualTo(4);
    assertThat(next.used()).isZero();
    // renewal granted late: 12 months from the grant
    YearEndOutcome late = RULES.endYear(a, LocalDate.of(2026, 7, 1),
        Optional.of(Renewal.requested(6, LocalDate.of(2026, 7, 1))), AllocationYearBasis.FROM_GRANT);
    assertThat(late.next().orElseThrow().yearStart()).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(RULES.expiresOn(late.next().get())).isEqualTo(LocalDate.of(2027, 6, 30));
    // converted licences keep 6 April
    Allocation t2 = RULES.openYear(Route.SKILLED_WORKER, LocalDate.of(2025, 9, 1), 2,
        AllocationYearBasis.TIER_2_CONVERSION);
    YearEndOutcome t2End = RULES.endYear(t2, LocalDate.of(2026, 4, 20),
        Optional.of(Renewal.requested(2, LocalDate.of(2026, 4, 20))), AllocationYearBasis.TIER_2_CONVERSION);
    assertThat(t2End.next().orElseThrow().yearStart()).isEqualTo(LocalDate.of(2026, 4, 6));
  }

  record Op(int kind, int count, int day) {}

  record Year(int granted, List<Op> ops) {}

  /**
   * Generated years (fixed seed) of assignments, increases and reductions on random days, then the year end: no
   * allocation goes negative, a refused operation changes nothing, and granted = used + remaining + lapsed.
   */
  @Test
  void generatedYearsConserveCounts() {
    List<Year> years = Instancio.ofList(Year.class).size(300).withSeed(20_201_201L)
        .generate(field(Year.class, "granted"), g -> g.ints().range(0, 20))
        .generate(field(Year.class, "ops"), g -> g.collection().minSize(1).maxSize(60))
        .generate(field(Op.class, "kind"), g -> g.ints().range(0, 2))
        .generate(field(Op.class, "count"), g -> g.ints().range(-1, 6))
        .generate(field(Op.class, "day"), g -> g.ints().range(-5, 370))
        .create();
    int refusedForLack = 0;
    int lapsedTotal = 0;
    for (Year y : years) {
      Allocation a = RULES.openYear(Route.SKILLED_WORKER, D, y.granted(), AllocationYearBasis.FROM_GRANT);
      int granted = y.granted();
      int used = 0;
      for (Op op : y.ops().stream().sorted(Comparator.comparingInt(Op::day)).collect(Collectors.toList())) {
        LocalDate day = D.plusDays(op.day());
        AllocationOutcome o;
        switch (op.kind()) {
          case 0:
            o = RULES.assign(a, op.count(), day);
            if (o.isAllowed()) {
              used += op.count();
            } else if (o.decision().has(AllocationReasonCode.INSUFFICIENT_ALLOCATION)) {
              refusedForLack++;
            }
            break;
          case 1:
            o = RULES.increase(a, op.count(), day);
            if (o.isAllowed()) {
              granted += op.count();
            }
            break;
          default:
            o = RULES.reduceTo(a, a.granted() - op.count(), day);
            if (o.isAllowed()) {
              granted = Math.max(Math.min(a.granted() - op.count(), a.granted()), a.used());
            }
        }
        if (!o.isAllowed()) {
          assertThat(o.allocation()).as("refused %s", op).isEqualTo(a);
        }
        a = o.allocation();
        assertThat(a.remaining()).isNotNegative();
        assertThat(a.used()).isEqualTo(used);
        assertThat(a.granted()).isEqualTo(granted).isEqualTo(a.used() + a.remaining());
      }
      YearEndOutcome end = RULES.endYear(a, a.yearEndExclusive(), Optional.empty(), AllocationYearBasis.FROM_GRANT);
      assertThat(end.decision().isAllowed()).isTrue();
      assertThat(end.lapsed()).isEqualTo(granted - used);
      assertThat(end.closed().granted()).isEqualTo(end.closed().used() + end.lapsed());
      lapsedTotal += end.lapsed();
    }
    assertThat(refusedForLack).as("the generator reaches the insufficient-allocation refusal").isGreaterThan(50);
    assertThat(lapsedTotal).as("and leaves some to lapse").isGreaterThan(50);
  }

  @Test
  void roundTripsThroughJson() {
    Allocation a = RULES.openYear(Route.SKILLED_WORKER, D, 1, AllocationYearBasis.FROM_GRANT);
    AllocationOutcome o = RULES.assign(RULES.assign(a, D).allocation(), D);
    assertThat(Json.roundTrip(o, AllocationOutcome.class)).isEqualTo(o);
    YearEndOutcome end = RULES.endYear(a, a.yearEndExclusive(), Optional.of(Renewal.automatic(3, a.yearEndExclusive())),
        AllocationYearBasis.FROM_GRANT);
    assertThat(Json.roundTrip(end, YearEndOutcome.class)).isEqualTo(end);
    assertThat(Json.roundTrip(AllocationParameters.defaults(), AllocationParameters.class))
        .isEqualTo(AllocationParameters.defaults());
  }

  /**
   * A reduction "possibly to zero" (REDUCTION citation) never goes below what is used: reducing to exactly the number
   * used is a plain reduction, one fewer is clamped to it and says so; a negative count is refused and changes nothing.
   */
  @Test
  void reducingToExactlyTheNumberUsed() {
    Allocation a = RULES.assign(RULES.openYear(Route.SKILLED_WORKER, D, 5, AllocationYearBasis.FROM_GRANT), 3, D)
        .allocation();
    assertThat(a.used()).isEqualTo(3);
    AllocationOutcome exact = RULES.reduceTo(a, 3, D);
    assertThat(exact.isAllowed()).isTrue();
    assertThat(exact.allocation().granted()).isEqualTo(3);
    assertThat(exact.allocation().remaining()).isZero();
    assertThat(exact.decision().codes()).containsExactly(AllocationReasonCode.REDUCED.code());
    AllocationOutcome below = RULES.reduceTo(a, 2, D);
    assertThat(below.allocation().granted()).isEqualTo(3);
    assertThat(below.decision().codes()).containsExactly(AllocationReasonCode.REDUCED.code(),
        AllocationReasonCode.REDUCED_ONLY_TO_USED.code());
    AllocationOutcome negative = RULES.reduceTo(a, -1, D);
    assertThat(negative.isAllowed()).isFalse();
    assertThat(negative.decision().codes()).contains(AllocationReasonCode.INVALID_COUNT.code());
    assertThat(negative.allocation()).isEqualTo(a);
  }
}
