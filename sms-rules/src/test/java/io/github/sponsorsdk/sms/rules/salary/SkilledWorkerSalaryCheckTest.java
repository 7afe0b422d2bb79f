package io.github.sponsorsdk.sms.rules.salary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.instancio.Select.field;

import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.rules.testing.Json;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.instancio.Instancio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SkilledWorkerSalaryCheckTest {

  static final SkilledWorkerSalaryCheck CHECK = SkilledWorkerSalaryCheck.defaults();
  static final BigDecimal FULL_TIME = new BigDecimal("37.5");

  static SalaryOffer offer(String salary, String hours, String goingRate) {
    return SalaryOffer.of(Money.parseSmsAmount(salary), new BigDecimal(hours), Money.parseSmsAmount(goingRate));
  }

  /** General threshold (option A) on each side of every change; going rate set low so only the floor bites. */
  @ParameterizedTest(name = "option A on {0}: floor {1}")
  @CsvSource({
      "2020-12-01, 25600.00",
      "2023-04-11, 25600.00",
      "2023-04-12, 26200.00",
      "2024-04-03, 26200.00",  // the day before HC 590
      "2024-04-04, 38700.00",  // HC 590 in force
      "2025-07-21, 38700.00",  // the day before HC 997
      "2025-07-22, 41700.00",  // HC 997 in force
      "2026-11-25, 41700.00"
  })
  void optionAFloorByDate(LocalDate date, String floor) {
    SalaryOutcome a = CHECK.assess(offer("30000", "37.5", "10000"), SalaryOption.A, date);
    assertThat(a.floor()).contains(Money.parseSmsAmount(floor));
  }

  @Test
  void aSalaryThatPassedOnThe3rdFailsOnThe4thOfApril2024() {
    SalaryOffer o = offer("38000", "37.5", "30000");
    SalaryOutcome before = CHECK.assess(o, SalaryOption.A, LocalDate.of(2024, 4, 3));
    SalaryOutcome after = CHECK.assess(o, SalaryOption.A, LocalDate.of(2024, 4, 4));
    assertThat(before.passes()).isTrue();
    assertThat(before.floorMargin()).contains(Money.ofPounds(11_800));
    assertThat(after.passes()).isFalse();
    assertThat(after.decision().codes()).contains(SalaryReasonCode.FLOOR_NOT_MET.code());
    assertThat(after.floorMargin()).contains(Money.ofPounds(-700));
    assertThat(after.decision().refusals().get(0).message()).contains("margin -700.00").contains("38700.00");
    assertThat(after.decision().refusals().get(0).citation().effectiveFrom()).isEqualTo(LocalDate.of(2024, 4, 4));
  }

  @Test
  void aSalaryThatPassedOnThe21stFailsOnThe22ndOfJuly2025() {
    SalaryOffer o = offer("40000", "37.5", "30000");
    assertThat(CHECK.assess(o, SalaryOption.A, LocalDate.of(2025, 7, 21)).passes()).isTrue();
    SalaryOutcome after = CHECK.assess(o, SalaryOption.A, LocalDate.of(2025, 7, 22));
    assertThat(after.passes()).isFalse();
    assertThat(after.floorMargin()).contains(Money.ofPounds(-1_700));
    // option E (new entrant) on the same day: £33,400 and 70% of the going rate
    SalaryOutcome e = CHECK.assess(o, SalaryOption.E, LocalDate.of(2025, 7, 22));
    assertThat(e.passes()).isTrue();
    assertThat(e.requiredGoingRate()).contains(Money.ofPounds(21_000));
  }

  /** Every option, on both sides of 22 July 2025, exactly at its floor passes and a penny below fails. */
  @ParameterizedTest(name = "option {0}: {1} on 21 July 2025, {2} from 22 July 2025, {3}% of the going rate")
  @CsvSource({
      "A, 38700, 41700, 100", "B, 34830, 37500, 90", "C, 30960, 33400, 80", "D, 30960, 33400, 100",
      "E, 30960, 33400, 70", "F, 29000, 31300, 100", "G, 26100, 28200, 90", "H, 23200, 25000, 80",
      "I, 23200, 25000, 100", "J, 23200, 25000, 70", "K, 23200, 25000, 100"
  })
  void everyOptionExactlyAtItsFloor(SalaryOption option, long floor2024, long floor2025, int percent) {
    for (LocalDate date : List.of(LocalDate.of(2025, 7, 21), LocalDate.of(2025, 7, 22))) {
      long floor = date.isBefore(SalaryParameters.JULY_2025) ? floor2024 : floor2025;
      Money atFloor = Money.ofPounds(floor);
      SalaryOffer exact = SalaryOffer.of(atFloor, FULL_TIME, Money.ofPounds(1_000));
      SalaryOutcome a = CHECK.assess(exact, option, date);
      assertThat(a.passes()).as("%s on %s", option, date).isTrue();
      assertThat(a.floorMargin()).contains(Money.ZERO);
      SalaryOffer pennyShort = SalaryOffer.of(atFloor.minus(Money.ofPence(1)), FULL_TIME, Money.ofPounds(1_000));
      assertThat(CHECK.assess(pennyShort, option, date).floorMargin()).contains(Money.ofPence(-1));
      assertThat(CHECK.assess(pennyShort, option, date).passes()).isFalse();
      // the going-rate share: a going rate of exactly salary / share is met to the penny
      Money goingRate = Money.of(atFloor.amount().multiply(BigDecimal.valueOf(100))
          .divide(BigDecimal.valueOf(percent), 2, java.math.RoundingMode.DOWN));
      SalaryOutcome rate = CHECK.assess(SalaryOffer.of(atFloor, FULL_TIME, goingRate), option, date);
      assertThat(rate.goingRateMargin().orElseThrow().isNegative()).isFalse();
      assertThat(rate.goingRateMargin().orElseThrow()).isLessThan(Money.ofPence(100));
    }
  }

  @Test
  void optionsBToKHaveNoFiguresBefore4April2024() {
    SalaryOffer o = offer("50000", "37.5", "30000");
    for (SalaryOption option : SalaryOption.values()) {
      SalaryOutcome a = CHECK.assess(o, option, LocalDate.of(2024, 4, 3));
      if (option == SalaryOption.A) {
        assertThat(a.passes()).isTrue();
      } else {
        assertThat(a.decision().codes()).containsExactly(SalaryReasonCode.OPTION_NOT_IN_FORCE.code());
        assertThat(a.floor()).isEmpty();
        assertThat(CHECK.assess(o, option, LocalDate.of(2024, 4, 4)).floor()).isPresent();
      }
    }
    assertThat(CHECK.assessAll(o, LocalDate.of(2024, 4, 3))).containsOnlyKeys(SalaryOption.A);
    assertThat(CHECK.assessAll(o, LocalDate.of(2024, 4, 4))).hasSize(11);
  }

  /** SW 14.3's own example: 60 hours a week at £15 an hour counts as £37,440 (15 x 48 x 52), not £46,800. */
  @Test
  void only48HoursCountTowardsTheFloor() {
    SalaryOutcome a = CHECK.assess(offer("46800", "60", "20000"), SalaryOption.A, LocalDate.of(2025, 8, 1));
    assertThat(a.countedSalary()).contains(Money.ofPounds(37_440));
    assertThat(a.decision().has(SalaryReasonCode.HOURS_CAPPED)).isTrue();
    assertThat(a.floorMargin()).contains(Money.ofPounds(37_440 - 41_700));
    // SW 14.4(d): the going rate is pro-rated to the full 60 hours: 20,000 x 60 / 37.5 = 32,000
    assertThat(a.requiredGoingRate()).contains(Money.ofPounds(32_000));
    assertThat(a.goingRateMargin()).contains(Money.ofPounds(14_800));
    // exactly 48 hours: nothing is cut
    SalaryOutcome at48 = CHECK.assess(offer("46800", "48", "20000"), SalaryOption.A, LocalDate.of(2025, 8, 1));
    assertThat(at48.countedSalary()).contains(Money.ofPounds(46_800));
    assertThat(at48.decision().has(SalaryReasonCode.HOURS_CAPPED)).isFalse();
  }

  /** SW 14.4: going rate x weekly hours / 37.5, then the option's share; part time lowers the going rate only. */
  @Test
  void goingRatesAreProRatedButTheFloorIsNot() {
    SalaryOutcome a = CHECK.assess(offer("42000", "30", "37500"), SalaryOption.A, LocalDate.of(2025, 8, 1));
    assertThat(a.requiredGoingRate()).contains(Money.ofPounds(30_000));
    assertThat(a.floor()).contains(Money.ofPounds(41_700));
    SalaryOutcome e = CHECK.assess(offer("42000", "30", "37500"), SalaryOption.E, LocalDate.of(2025, 8, 1));
    assertThat(e.requiredGoingRate()).contains(Money.ofPounds(21_000));
  }

  /** The counted salary rounds down and the requirement rounds up: rounding never makes a salary pass. */
  @Test
  void roundingNeverHelpsABorderlineCase() {
    // 33,333.33 x 37 / 37.5 = 32,888.8856 -> 32,888.89
    SalaryOutcome up = CHECK.assess(offer("32888.88", "37", "33333.33"), SalaryOption.A, LocalDate.of(2025, 8, 1));
    assertThat(up.requiredGoingRate()).contains(Money.parseSmsAmount("32888.89"));
    assertThat(up.goingRateMargin()).contains(Money.ofPence(-1));
    assertThat(up.decision().has(SalaryReasonCode.GOING_RATE_NOT_MET)).isTrue();
    // 50,000 x 48 / 49 = 48,979.5918 -> 48,979.59
    SalaryOutcome down = CHECK.assess(offer("50000", "49", "10000"), SalaryOption.A, LocalDate.of(2025, 8, 1));
    assertThat(down.countedSalary()).contains(Money.parseSmsAmount("48979.59"));
  }

  record Generated(long salaryPence, int hoursTenths, long goingRatePounds, int optionIndex, int dayOffset) {}

  /** Generated offers (fixed seed): a decision passes exactly when both margins are non-negative, and more pay never hurts. */
  @Test
  void generatedOffersAreConsistent() {
    List<Generated> cases = Instancio.ofList(Generated.class).size(2_000).withSeed(20261125L)
        .generate(field(Generated.class, "salaryPence"), g -> g.longs().range(0L, 12_000_000L))
        .generate(field(Generated.class, "hoursTenths"), g -> g.ints().range(10, 900))
        .generate(field(Generated.class, "goingRatePounds"), g -> g.longs().range(0L, 90_000L))
        .generate(field(Generated.class, "optionIndex"), g -> g.ints().range(0, SalaryOption.values().length - 1))
        .generate(field(Generated.class, "dayOffset"), g -> g.ints().range(0, 3_000))
        .create();
    for (Generated c : cases) {
      SalaryOffer o = SalaryOffer.of(Money.ofPence(c.salaryPence()), BigDecimal.valueOf(c.hoursTenths(), 1),
          Money.ofPounds(c.goingRatePounds()));
      SalaryOption option = SalaryOption.values()[c.optionIndex()];
      LocalDate date = SalaryParameters.APRIL_2024.plusDays(c.dayOffset());
      SalaryOutcome a = CHECK.assess(o, option, date);
      boolean marginsOk = !a.floorMargin().orElseThrow().isNegative() && !a.goingRateMargin().orElseThrow()
          .isNegative();
      assertThat(a.passes()).as("%s", c).isEqualTo(marginsOk);
      assertThat(a.countedSalary().orElseThrow()).isLessThanOrEqualTo(o.annualSalary());
      SalaryOffer more = SalaryOffer.of(o.annualSalary().plus(Money.ofPounds(1)), o.weeklyHours(), o.goingRate());
      if (a.passes()) {
        assertThat(CHECK.assess(more, option, date).passes()).as("raise of %s", c).isTrue();
      }
    }
  }

  /** SW 14.3's example reckons a year as 52 weeks: £15 an hour for 48 hours is £37,440. */
  @Test
  void annualisingTheCosSalaryByItsPeriod() {
    BigDecimal h48 = new BigDecimal("48");
    assertThat(SalaryOffer.annualise(Money.ofPounds(15), io.github.sponsorsdk.sms.core.certificate.SalaryPeriod.HOUR,
        h48)).contains(Money.ofPounds(37_440));
    assertThat(SalaryOffer.annualise(Money.parseSmsAmount("3475"),
        io.github.sponsorsdk.sms.core.certificate.SalaryPeriod.MONTH, h48)).contains(Money.ofPounds(41_700));
    assertThat(SalaryOffer.annualise(Money.parseSmsAmount("801.93"),
        io.github.sponsorsdk.sms.core.certificate.SalaryPeriod.WEEK, h48)).contains(Money.parseSmsAmount("41700.36"));
    assertThat(SalaryOffer.annualise(Money.ofPounds(160), io.github.sponsorsdk.sms.core.certificate.SalaryPeriod.DAY,
        h48)).isEmpty();
    var cos = io.github.sponsorsdk.sms.rules.testing.Fixtures.readyCos(); // £41,700 a year
    SalaryOffer fromCos = SalaryOffer.of(cos, FULL_TIME, Money.ofPounds(30_000)).orElseThrow();
    assertThat(CHECK.assess(fromCos, SalaryOption.A, LocalDate.of(2025, 7, 22)).floorMargin()).contains(Money.ZERO);
    assertThat(SalaryOffer.of(cos
        .withSalaryPeriod(java.util.Optional.empty()), FULL_TIME, Money.ofPounds(1))).isEmpty();
  }

  @Test
  void badOffersFailWithEveryViolation() {
    assertThatThrownBy(() -> SalaryOffer.of(Money.ofPounds(-1), BigDecimal.ZERO, Money.ofPounds(-2)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("annualSalary").hasMessageContaining("weeklyHours").hasMessageContaining("goingRate");
  }

  @Test
  void roundTripsThroughJson() {
    SalaryOffer o = offer("46800", "60", "20000");
    assertThat(Json.roundTrip(o, SalaryOffer.class)).isEqualTo(o);
    SalaryOutcome a = CHECK.assess(o, SalaryOption.A, LocalDate.of(2025, 8, 1));
    assertThat(Json.roundTrip(a, SalaryOutcome.class)).isEqualTo(a);
    OptionThreshold t = OptionThreshold.of(41_700, 100);
    assertThat(Json.roundTrip(t, OptionThreshold.class)).isEqualTo(t);
    SalaryParameters p = SalaryParameters.defaults();
    SalaryParameters back = Json.roundTrip(p, SalaryParameters.class);
    assertThat(back).isEqualTo(p);
    assertThat(SkilledWorkerSalaryCheck.of(back).assessAll(o, LocalDate.of(2025, 8, 1)))
        .isEqualTo(CHECK.assessAll(o, LocalDate.of(2025, 8, 1)));
  }

  @Test
  void everyOptionHasItsParameter() {
    Map<SalaryOption, ?> options = SalaryParameters.defaults().options();
    assertThat(options).containsOnlyKeys(SalaryOption.values());
    assertThatThrownBy(() -> SalaryParameters.builder().from(SalaryParameters.defaults())
        .options(Map.of(SalaryOption.A, SalaryParameters.defaults().options().get(SalaryOption.A))).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("option B");
  }
}
