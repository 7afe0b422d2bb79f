package io.github.sponsorsdk.sms.rules.meta;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.licence.Allocation;
import io.github.sponsorsdk.sms.core.licence.LicenceStatus;
import io.github.sponsorsdk.sms.core.licence.Rating;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.route.CertificateKind;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.user.UserLevel;
import io.github.sponsorsdk.sms.rules.allocation.AllocationOutcome;
import io.github.sponsorsdk.sms.rules.allocation.AllocationRules;
import io.github.sponsorsdk.sms.rules.allocation.AllocationYearBasis;
import io.github.sponsorsdk.sms.rules.allocation.Renewal;
import io.github.sponsorsdk.sms.rules.allocation.YearEndOutcome;
import io.github.sponsorsdk.sms.rules.certificate.Actor;
import io.github.sponsorsdk.sms.rules.certificate.AssignmentReadiness;
import io.github.sponsorsdk.sms.rules.certificate.CertificateAction;
import io.github.sponsorsdk.sms.rules.certificate.CertificateLifecycle;
import io.github.sponsorsdk.sms.rules.certificate.CertificateState;
import io.github.sponsorsdk.sms.rules.certificate.CertificateValidity;
import io.github.sponsorsdk.sms.rules.certificate.DefinedCosEvent;
import io.github.sponsorsdk.sms.rules.certificate.DefinedCosOutcome;
import io.github.sponsorsdk.sms.rules.certificate.DefinedCosRequest;
import io.github.sponsorsdk.sms.rules.certificate.DefinedCosRules;
import io.github.sponsorsdk.sms.rules.certificate.LifecycleOutcome;
import io.github.sponsorsdk.sms.rules.period.CalendarMonths;
import io.github.sponsorsdk.sms.rules.period.MonthEndPolicy;
import io.github.sponsorsdk.sms.rules.salary.SalaryOutcome;
import io.github.sponsorsdk.sms.rules.salary.SalaryOffer;
import io.github.sponsorsdk.sms.rules.salary.SalaryOption;
import io.github.sponsorsdk.sms.rules.salary.SkilledWorkerSalaryCheck;
import io.github.sponsorsdk.sms.rules.testing.Fixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The README quick-start snippets of the lifecycle engines, kept compiling and true. */
class LifecycleReadmeSnippetsTest {

  @Test
  void certificateLifecycleAndValidity() {
    Certificate cos = Fixtures.readyCos();                    // a saved (CREATED) Skilled Worker CoS
    Decision ready = AssignmentReadiness.defaults().decide(cos, LocalDate.of(2026, 1, 5),
        Optional.of("£41,700"));
    // ready.codes() -> [GROSS_SALARY_FORMAT]: "1234" or "1234.99", no symbols
    assertThat(ready.codes()).containsExactly("readiness.GROSS_SALARY_FORMAT");

    CertificateLifecycle lifecycle = CertificateLifecycle.defaults();
    LifecycleOutcome assign = lifecycle.apply(CertificateState.of(cos, Optional.empty()),
        CertificateAction.ASSIGN, Actor.LEVEL_2_OWNER);
    CertificateState assigned = assign.newState().orElseThrow();          // COS ASSIGNED
    lifecycle.apply(assigned, CertificateAction.REPORT_ACTIVITY, Actor.LEVEL_1_USER)
        .decision().codes();                                              // [REPORT_ONLY_ONCE_USED]
    assertThat(lifecycle.apply(assigned, CertificateAction.REPORT_ACTIVITY, Actor.LEVEL_1_USER).decision().codes())
        .containsExactly("lifecycle.REPORT_ONLY_ONCE_USED");

    CertificateValidity validity = CertificateValidity.defaults();
    validity.lastDayToApply(CertificateKind.COS, LocalDate.of(2024, 11, 30)); // 2025-02-28 (3 months)
    validity.lastDayToApply(CertificateKind.CAS, LocalDate.of(2024, 8, 31));  // 2025-02-28 (6 months)
    CalendarMonths.plus(LocalDate.of(2025, 1, 31), 1, MonthEndPolicy.FIRST_DAY_OF_NEXT_MONTH); // 2025-03-01
    assertThat(validity.lastDayToApply(CertificateKind.COS, LocalDate.of(2024, 11, 30)))
        .isEqualTo(LocalDate.of(2025, 2, 28));
    assertThat(validity.lastDayToApply(CertificateKind.CAS, LocalDate.of(2024, 8, 31)))
        .isEqualTo(LocalDate.of(2025, 2, 28));
    assertThat(CalendarMonths.plus(LocalDate.of(2025, 1, 31), 1, MonthEndPolicy.FIRST_DAY_OF_NEXT_MONTH))
        .isEqualTo(LocalDate.of(2025, 3, 1));
  }

  @Test
  void allocations() {
    AllocationRules rules = AllocationRules.defaults();
    Allocation year = rules.openYear(Route.SKILLED_WORKER, LocalDate.of(2025, 6, 2), 1, AllocationYearBasis.FROM_GRANT);
    AllocationOutcome first = rules.assign(year, LocalDate.of(2025, 7, 1));         // used 1, remaining 0
    AllocationOutcome second = rules.assign(first.allocation(), LocalDate.of(2025, 7, 2));
    second.decision().refusals().get(0).message();
    // "The assignment could not be processed due to there being insufficient remaining CoS in your allocation"
    rules.renewalWindowOpens(year);                                                // 2026-03-01
    YearEndOutcome end = rules.endYear(rules.increase(first.allocation(), 2, LocalDate.of(2026, 1, 5)).allocation(),
        LocalDate.of(2026, 6, 2), Optional.of(Renewal.automatic(3, LocalDate.of(2026, 6, 2))),
        AllocationYearBasis.FROM_GRANT);
    end.lapsed();                                                                  // 2: none carry over
    end.next().get().yearStart();                                                  // 2026-06-02
    assertThat(first.allocation().remaining()).isZero();
    assertThat(second.decision().refusals().get(0).message()).isEqualTo(
        "The assignment could not be processed due to there being insufficient remaining CoS in your allocation");
    assertThat(rules.renewalWindowOpens(year)).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(end.lapsed()).isEqualTo(2);
    assertThat(end.next().get().yearStart()).isEqualTo(LocalDate.of(2026, 6, 2));
  }

  @Test
  void definedCos() {
    DefinedCosRules rules = DefinedCosRules.defaults();
    DefinedCosOutcome applied = rules.apply(DefinedCosRequest.builder().route(Route.SKILLED_WORKER)
        .entryClearance(true).rating(Rating.A).licenceStatus(LicenceStatus.LICENSED_AND_FULLY_ACTIVE)
        .userLevel(UserLevel.LEVEL_1).date(LocalDate.of(2023, 11, 29)).build());
    DefinedCosOutcome granted = rules.apply(applied.application().get(), DefinedCosEvent.GRANT, Actor.HOME_OFFICE,
        LocalDate.of(2023, 11, 30));
    rules.decideAssignment(granted.application().get(), Rating.A, LicenceStatus.LICENSED_AND_FULLY_ACTIVE,
        LocalDate.of(2024, 3, 1)).codes();                                   // [DEFINED_COS_EXPIRED]: 3 months
    assertThat(rules.decideAssignment(granted.application().get(), Rating.A, LicenceStatus.LICENSED_AND_FULLY_ACTIVE,
        LocalDate.of(2024, 3, 1)).codes()).containsExactly("validity.DEFINED_COS_EXPIRED");
  }

  @Test
  void salary() {
    SkilledWorkerSalaryCheck check = SkilledWorkerSalaryCheck.defaults();
    SalaryOffer offer = SalaryOffer.of(Money.parseSmsAmount("40000"), new BigDecimal("37.5"),
        Money.ofPounds(36_000));                          // going rate of the SOC code: the caller's
    SalaryOutcome before = check.assess(offer, SalaryOption.A, LocalDate.of(2025, 7, 21)); // passes: £38,700
    SalaryOutcome after = check.assess(offer, SalaryOption.A, LocalDate.of(2025, 7, 22));  // fails: £41,700
    after.floorMargin();                                  // Optional[GBP -1700.00]
    after.decision().refusals().get(0).message();         // "Salary £40000.00 is below option A's floor of ..."
    check.assessAll(offer, LocalDate.of(2025, 7, 22));    // options A to K, each with its margins
    assertThat(before.passes()).isTrue();
    assertThat(after.passes()).isFalse();
    assertThat(after.floorMargin()).contains(Money.ofPounds(-1_700));
    assertThat(after.decision().refusals().get(0).message())
        .isEqualTo("Salary £40000.00 is below option A's floor of £41700.00 (margin -1700.00)");
    assertThat(check.assessAll(offer, LocalDate.of(2025, 7, 22))).hasSize(11);
  }
}
