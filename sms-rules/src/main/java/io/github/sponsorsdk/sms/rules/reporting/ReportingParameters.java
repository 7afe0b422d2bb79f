package io.github.sponsorsdk.sms.rules.reporting;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.event.PayReductionReason;
import io.github.sponsorsdk.sms.core.event.UnpaidLeaveException;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.Violation;
import io.github.sponsorsdk.sms.rules.effective.DateEffective;
import io.github.sponsorsdk.sms.rules.effective.ParameterSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The parameters of the reporting-duties rules: the {@link DutyCatalogue} the engine reads, thresholds, the dated
 * switches of the guidance, the two deadlines the sources disagree on, the "as soon as reasonably practicable"
 * horizon and the day-counting convention. Each dated parameter is a {@link DateEffective} looked up on the day the
 * event happened (the rules in force then apply; an event on the day a new version takes effect gets the new one).
 * {@link #defaults()} holds the documented defaults; build your own with
 * {@code ReportingParameters.builder().from(ReportingParameters.defaults()).breachOfConditionsDeadline(...).build()}.
 *
 * <p>Every parameter covers {@link #COVERAGE_FROM} (1 December 2020, when the Worker and Temporary Worker routes
 * and their sponsor guidance replaced Tiers 2 and 5) onwards without end; an event before it gets
 * {@link DutyStatus#UNDETERMINED}, never a guess. The facts behind each default and its dates are in
 * {@code docs/sources.md} (each version's citation names the section); the readings and choices where the sources
 * disagree in decision record 0460 ({@code docs/decisions/0460-duties-catalogue-and-derivation.md}); every version
 * is listed in {@code docs/duties-catalogue.md}.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableReportingParameters.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableReportingParameters.class)
@JsonDeserialize(as = ImmutableReportingParameters.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableReportingParameters.class)
public abstract class ReportingParameters implements ParameterSet, WithReportingParameters {

  /** The first day every default parameter covers. */
  public static final LocalDate COVERAGE_FROM = LocalDate.of(2020, 12, 1);

  /** Name of {@link #dayCounting()}. */
  public static final String DAY_COUNTING = "reporting.dayCounting";
  /** Name of {@link #startWindowDays()}. */
  public static final String START_WINDOW_DAYS = "reporting.startDelay.windowDays";
  /** Name of {@link #absenceWorkingDays()}. */
  public static final String ABSENCE_WORKING_DAYS = "reporting.unauthorisedAbsence.workingDays";
  /** Name of {@link #unpaidLeaveWeeks()}. */
  public static final String UNPAID_LEAVE_WEEKS = "reporting.unpaidLeave.weeks";
  /** Name of {@link #unpaidLeaveReportedWithException()}. */
  public static final String UNPAID_LEAVE_REPORTED_WITH_EXCEPTION = "reporting.unpaidLeave.reportedWithException";
  /** Name of {@link #unpaidLeaveExceptions()}. */
  public static final String UNPAID_LEAVE_EXCEPTIONS = "reporting.unpaidLeave.exceptions";
  /** Name of {@link #permittedPayReductions()}. */
  public static final String PERMITTED_PAY_REDUCTIONS = "reporting.payReduction.permitted";
  /** Name of {@link #hybridWorkingReportable()}. */
  public static final String HYBRID_WORKING_REPORTABLE = "reporting.hybridWorking.reportable";
  /** Name of {@link #breachOfConditionsDeadline()}. */
  public static final String BREACH_OF_CONDITIONS_DEADLINE = "reporting.breachOfConditions.deadline";
  /** Name of {@link #newOwnerApplicationDeadline()}. */
  public static final String NEW_OWNER_APPLICATION_DEADLINE = "reporting.newOwnerApplication.deadline";
  /** Name of {@link #asrpHorizon()}. */
  public static final String ASRP_HORIZON = "reporting.asrp.horizon";
  /** Name of {@link #missedContacts()}. */
  public static final String MISSED_CONTACTS = "reporting.missedContacts.threshold";
  /** Name of {@link #studyingElsewhereWorkingDays()}. */
  public static final String STUDYING_ELSEWHERE_WORKING_DAYS = "reporting.studyingElsewhere.workingDays";
  /** Name of {@link #renewalWindowMonths()}. */
  public static final String RENEWAL_WINDOW_MONTHS = "reporting.allocationRenewal.windowMonths";

  /** {@return the duties as data} Default: {@link DutyCatalogue#standard()}. */
  @Value.Default
  public DutyCatalogue catalogue() {
    return DutyCatalogue.standard();
  }

  /** {@return whether the clock-start day counts: {@link DayCounting}} Default: it is day 0 (decision 0420). */
  public abstract DateEffective<DayCounting> dayCounting();

  /**
   * {@return W1: days after the latest start-window date within which a start is not reportable (0 to 366)} Default 28
   * from 9 November 2022; 0 before it (any delay was reported; a delay of more than 28 days meant stopping
   * sponsorship).
   */
  public abstract DateEffective<Integer> startWindowDays();

  /**
   * {@return W2: an absence is reportable when it lasts more than this many consecutive working days, and the clock
   * starts on that (the tenth) working day} Default 10.
   */
  public abstract DateEffective<Integer> absenceWorkingDays();

  /**
   * {@return W3: unpaid or reduced-pay absence is reportable above this many weeks in a calendar year, counted on the
   * worker's normal working pattern (4 weeks = 20 days for a 5-day week)} Default 4.
   */
  public abstract DateEffective<Integer> unpaidLeaveWeeks();

  /**
   * {@return W3: whether absence over the limit is reported even when a permitted exception covers it} Default: false
   * until 30 March 2023, true from 31 March 2023 (Part 3 guidance of 31 March 2023; one source says in force 12 April
   * 2023, the documented alternative).
   */
  public abstract DateEffective<Boolean> unpaidLeaveReportedWithException();

  /**
   * {@return W3: the permitted reasons (Immigration Rules, Part Suitability SUI 36.1) in force: jury service from July
   * 2023 (uncertain day, 27 July 2023 by default), neonatal care leave from 9 April 2025}
   */
  public abstract DateEffective<Set<UnpaidLeaveException>> unpaidLeaveExceptions();

  /**
   * {@return W4: the permitted reasons for a pay reduction (SUI 37.3) in force: the health-related reduction in hours
   * from 9 November 2022 (HC 719)}
   */
  public abstract DateEffective<Set<PayReductionReason>> permittedPayReductions();

  /** {@return W5: whether a change of hybrid working pattern is reportable: from 31 March 2023 until 4 March 2024} */
  public abstract DateEffective<Boolean> hybridWorkingReportable();

  /**
   * {@return W7: the deadline for reporting a breach of conditions} The sources disagree: "as soon as reasonably
   * practicable" (reissedwards, April 2022, quoting the guidance) against 10 working days (older guidance).
   * Default: as soon as reasonably practicable, the more recent reading; it gives no due date, so a caller wanting
   * a hard backstop sets {@code Deadline.workingDays(10)}.
   */
  public abstract DateEffective<Deadline> breachOfConditionsDeadline();

  /**
   * {@return O3.A: the deadline for an unlicensed new owner's licence application after a transfer} The sources
   * disagree: "within 28 days of the date of a transfer" (Immigration Rules, Part Suitability SUI 34.1(b)(ii), primary
   * text) against 20 working days (guidance as quoted by secondary sources). Default: 28 calendar days, the primary
   * text, which is never later than 20 working days from a working day, so meeting it meets both.
   */
  public abstract DateEffective<Deadline> newOwnerApplicationDeadline();

  /**
   * {@return the horizon after which an "as soon as reasonably practicable" duty with no report is flagged
   * ({@link DutyReason#ASRP_HORIZON_PASSED}); it never becomes OVERDUE} Working or calendar days from the clock start.
   * Default 10 working days, the fixed deadline older guidance gave for breaches of conditions.
   */
  public abstract DateEffective<Deadline> asrpHorizon();

  /**
   * {@return S2: consecutive missed expected contacts that make the student reportable} Default 10 (Tier 4-era rule).
   */
  public abstract DateEffective<Integer> missedContacts();

  /**
   * {@return S8: working days of study elsewhere that must be notified} Default 10 (one university's reading,
   * uncertain).
   */
  public abstract DateEffective<Integer> studyingElsewhereWorkingDays();

  /** {@return O8: months before an allocation expires in which its renewal is requested} Default 3. */
  public abstract DateEffective<Integer> renewalWindowMonths();

  @Override
  @JsonIgnore
  public List<DateEffective<?>> parameters() {
    return List.of(dayCounting(), startWindowDays(), absenceWorkingDays(), unpaidLeaveWeeks(),
        unpaidLeaveReportedWithException(), unpaidLeaveExceptions(), permittedPayReductions(),
        hybridWorkingReportable(), breachOfConditionsDeadline(), newOwnerApplicationDeadline(), asrpHorizon(),
        missedContacts(), studyingElsewhereWorkingDays(), renewalWindowMonths());
  }

  /** {@return the defaults from the sources, each cited} */
  public static ReportingParameters defaults() {
    return Defaults.INSTANCE;
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code ReportingParameters}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableReportingParameters.Builder {
    Builder() {}
  }

  /** Every violation at once: names, ranges (both edges), deadline kinds. */
  @Value.Check
  void check() {
    List<Violation> v = new ArrayList<>();
    String[] expected = {DAY_COUNTING, START_WINDOW_DAYS, ABSENCE_WORKING_DAYS, UNPAID_LEAVE_WEEKS,
        UNPAID_LEAVE_REPORTED_WITH_EXCEPTION, UNPAID_LEAVE_EXCEPTIONS, PERMITTED_PAY_REDUCTIONS,
        HYBRID_WORKING_REPORTABLE, BREACH_OF_CONDITIONS_DEADLINE, NEW_OWNER_APPLICATION_DEADLINE, ASRP_HORIZON,
        MISSED_CONTACTS, STUDYING_ELSEWHERE_WORKING_DAYS, RENEWAL_WINDOW_MONTHS};
    List<DateEffective<?>> params = parameters();
    for (int i = 0; i < expected.length; i++) {
      if (!params.get(i).name().equals(expected[i])) {
        v.add(Violation.of("parameters[" + i + "].name", params.get(i).name(), "Name", "must be " + expected[i]));
      }
    }
    range(v, startWindowDays(), 0, 366);
    range(v, unpaidLeaveWeeks(), 1, 52);
    for (DateEffective<Integer> p : List.of(absenceWorkingDays(), missedContacts(), studyingElsewhereWorkingDays(),
        renewalWindowMonths())) {
      range(v, p, 1, 366);
    }
    for (DateEffective<Deadline> p : List.of(breachOfConditionsDeadline(), newOwnerApplicationDeadline())) {
      p.versions().stream().filter(dv -> dv.value().kind() == DeadlineKind.LAST_WORKING_DAY_BEFORE_EVENT)
          .forEach(dv -> v.add(Violation.of(p.name(), dv.value().toString(), "DeadlineKind",
              "must be counted from the event, not before it")));
    }
    asrpHorizon().versions().stream().filter(dv -> !dv.value().isCounted())
        .forEach(dv -> v.add(Violation.of(ASRP_HORIZON, dv.value().toString(), "DeadlineKind",
            "must be a number of working or calendar days")));
    if (!v.isEmpty()) {
      throw new InvalidValueException("ReportingParameters", v);
    }
  }

  private static void range(List<Violation> v, DateEffective<Integer> p, int min, int max) {
    p.versions().stream().filter(dv -> dv.value() < min || dv.value() > max).forEach(dv -> v.add(Violation.of(
        p.name(), String.valueOf(dv.value()), "Range", "must be " + min + " to " + max)));
  }

  /** Built once; holder idiom keeps class initialisation lazy and thread-safe. */
  private static final class Defaults {
    static final ReportingParameters INSTANCE = build();
    static final String RECORD = "0460-duties-catalogue-and-derivation";

    private static Citation part3(String section, LocalDate from, String note) {
      return Citation.of(Source.WORKER_GUIDANCE_PART_3, section, from).withNote(note);
    }

    private static Citation decision(String section, LocalDate accepted, String note) {
      return Citation.of(Source.PROJECT_DECISION, section, accepted).withNote(note);
    }

    private static Citation suitability(String section, LocalDate from, String note) {
      return Citation.of(Source.RULES_PART_SUITABILITY, section, from).withNote(note);
    }

    private static Citation part2(String section, LocalDate from, String note) {
      return Citation.of(Source.WORKER_GUIDANCE_PART_2, section, from).withNote(note);
    }

    private static ReportingParameters build() {
      Citation routesOpen = part3("Routes in force", COVERAGE_FROM,
          "Worker and Temporary Worker routes replaced Tiers 2 and 5 on 1 December 2020; the SDK's coverage starts then.");
      Set<UnpaidLeaveException> before2023 = EnumSet.of(UnpaidLeaveException.MATERNITY, UnpaidLeaveException.PATERNITY,
          UnpaidLeaveException.SHARED_PARENTAL, UnpaidLeaveException.PARENTAL, UnpaidLeaveException.ADOPTION,
          UnpaidLeaveException.SICK_LEAVE, UnpaidLeaveException.HUMANITARIAN_OR_ENVIRONMENTAL_CRISIS,
          UnpaidLeaveException.INDUSTRIAL_ACTION, UnpaidLeaveException.COURT_WITNESS);
      Set<UnpaidLeaveException> withJury = EnumSet.copyOf(before2023);
      withJury.add(UnpaidLeaveException.JURY_SERVICE);
      Set<UnpaidLeaveException> withNeonatal = EnumSet.copyOf(withJury);
      withNeonatal.add(UnpaidLeaveException.NEONATAL_CARE);
      Set<PayReductionReason> reductions = EnumSet.of(PayReductionReason.PERMITTED_ABSENCE,
          PayReductionReason.GROUP_WORK_OUTSIDE_UK, PayReductionReason.STILL_MEETS_SALARY_REQUIREMENT);
      Set<PayReductionReason> withHealth = EnumSet.copyOf(reductions);
      withHealth.add(PayReductionReason.HEALTH_REDUCED_HOURS);
      return builder()
          .dayCounting(DateEffective.of(DAY_COUNTING, COVERAGE_FROM, DayCounting.EVENT_DAY_IS_DAY_ZERO,
              decision("0420-reporting-duties", LocalDate.of(2026, 11, 25), "The guidance says \"within 10 working days of\" and is silent on "
                  + "whether the event day counts; default: the event day is day 0.")))
          .startWindowDays(DateEffective.of(START_WINDOW_DAYS, COVERAGE_FROM, 0,
                  part2("S3.9 (before 9 November 2022): start date delayed", COVERAGE_FROM,
                      "UNCERTAIN. Old S3.9 (freemovement, carterthomas quoting it): stop sponsoring if the start is "
                          + "delayed by more than 28 days; freeths (2023): \"all delays to start dates were required "
                          + "to be reported\". Modelled as a window of 0 days. docs/sources.md#start-delays."))
              .then(LocalDate.of(2022, 11, 9), 28, part2("S3 (9 November 2022): start within 28 days",
                  LocalDate.of(2022, 11, 9), "\"No later than 28 days after whichever is the latest of\" four dates; "
                      + "report within 10 working days after the 28-day period (narasolicitors, kingsleynapley "
                      + "16 Nov 2022). docs/sources.md#start-delays.")))
          .absenceWorkingDays(DateEffective.of(ABSENCE_WORKING_DAYS, COVERAGE_FROM, 10,
              part3("Reporting duties: unauthorised absence", COVERAGE_FROM,
                  "\"Absent from work without your permission for more than 10 consecutive working days ... no later "
                      + "than 10 working days after the tenth day of absence\" (narasolicitors quoting the guidance; "
                      + "getborderless). docs/sources.md#unauthorised-absence.")))
          .unpaidLeaveWeeks(DateEffective.of(UNPAID_LEAVE_WEEKS, COVERAGE_FROM, 4,
              suitability("SUI 36.1", COVERAGE_FROM, "\"More than 4 weeks during any calendar year\" (Rules); \"the "
                  + "4 weeks is calculated according to the sponsored worker's normal working pattern ... 20 working "
                  + "days\" for 5 days a week (Workers guidance Part 2 S4 quoted by narasolicitors). docs/sources.md#unpaid-leave-counting.")))
          .unpaidLeaveReportedWithException(DateEffective.of(UNPAID_LEAVE_REPORTED_WITH_EXCEPTION, COVERAGE_FROM,
                  false, part3("Reporting duties: absence without pay", COVERAGE_FROM,
                      "Before the 31 March 2023 guidance, absences covered by a permitted exception were not "
                          + "reported (hcrlaw, Dec 2022). docs/sources.md#unpaid-leave-reported-in-all-cases."))
              .then(LocalDate.of(2023, 3, 31), true, part3("Reporting duties: absence without pay",
                  LocalDate.of(2023, 3, 31), "\"Requirement to report worker absences for more than 4 weeks under "
                      + "all circumstances\" (mondaq; newlandchase: \"effective immediately\", 31 March 2023; "
                      + "bateswells). DISAGREE: mondaq says in force 12 April 2023, the alternative. docs/sources.md#unpaid-leave-reported-in-all-cases.")))
          .unpaidLeaveExceptions(DateEffective.of(UNPAID_LEAVE_EXCEPTIONS, COVERAGE_FROM, before2023,
                  suitability("SUI 36.1(a)-(e),(g)", COVERAGE_FROM, "Maternity, paternity, shared parental, parental, "
                      + "adoption, sick leave, humanitarian or environmental crisis, industrial action, court witness. "
                      + "Parental leave and court witness: in the Rules as at 6 December 2025, start UNCERTAIN, taken "
                      + "as in force throughout. docs/sources.md#absence-exceptions."))
              .then(LocalDate.of(2023, 7, 27), withJury, suitability("SUI 36.1(f) jury service",
                  LocalDate.of(2023, 7, 27), "UNCERTAIN day: \"a new concession has also been added to recognise "
                      + "jury service\" (Birketts, 27 July 2023); the article's date is used. docs/sources.md#absence-exceptions."))
              .then(LocalDate.of(2025, 4, 9), withNeonatal, suitability("SUI 36.1(a) neonatal care leave",
                  LocalDate.of(2025, 4, 9), "\"Statutory neonatal care leave is now a permissible reason\" (squareslaw, "
                      + "guidance of 9 April 2025). docs/sources.md#absence-exceptions.")))
          .permittedPayReductions(DateEffective.of(PERMITTED_PAY_REDUCTIONS, COVERAGE_FROM, reductions,
                  suitability("SUI 37.3(a)-(c)", COVERAGE_FROM, "Reductions coinciding with a permitted absence, "
                      + "group work outside the UK (ICT/GBM), or still scoring the same salary option. docs/sources.md#permitted-pay-reductions."))
              .then(LocalDate.of(2022, 11, 9), withHealth, suitability("SUI 37.3(d)", LocalDate.of(2022, 11, 9),
                  "Temporary reduction in hours or phased return for health reasons with an occupational health "
                      + "assessment, from HC 719 of 9 November 2022 (mondaq 1257172). docs/sources.md#permitted-pay-reductions.")))
          .hybridWorkingReportable(DateEffective.of(HYBRID_WORKING_REPORTABLE, COVERAGE_FROM, false, routesOpen
                  .withNote("Before the 31 March 2023 version the guidance did not list hybrid working patterns "
                      + "(uncertain; changes of work location were reportable)."))
              .then(LocalDate.of(2023, 3, 31), true, part3("Reporting duties: changes to work location",
                  LocalDate.of(2023, 3, 31), "Version of 31 March 2023 added hybrid working (mondaq, newlandchase)."))
              .then(LocalDate.of(2024, 3, 5), false, part3("Reporting duties: changes to work location",
                  LocalDate.of(2024, 3, 5), "Version of 5 March 2024: hybrid working patterns no longer reportable "
                      + "(imminex quoting the text; Part 3 change history 2024-03-05).")))
          .breachOfConditionsDeadline(DateEffective.of(BREACH_OF_CONDITIONS_DEADLINE, COVERAGE_FROM,
              Deadline.asSoonAsReasonablyPracticable(), part3("Reporting duties: breach of conditions", COVERAGE_FROM,
                  "DISAGREE: \"as soon as reasonably practicable\" (reissedwards, April 2022) vs 10 working days "
                      + "(ukvisaandimmigration, 2011). Default: the more recent reading. docs/sources.md#reporting-duties, row W7.")))
          .newOwnerApplicationDeadline(DateEffective.of(NEW_OWNER_APPLICATION_DEADLINE, COVERAGE_FROM,
              Deadline.calendarDays(28), suitability("SUI 34.1(b)(ii)", COVERAGE_FROM, "DISAGREE: 28 days (Rules) vs "
                  + "20 working days (guidance via dmhstallard, gherson). Default: the Rules, never later than the "
                  + "guidance. docs/sources.md#rules-part-suitability.")))
          .asrpHorizon(DateEffective.of(ASRP_HORIZON, COVERAGE_FROM, Deadline.workingDays(10),
              decision(RECORD, LocalDate.of(2026, 12, 5), "No source gives a horizon for \"as soon as reasonably practicable\"; default 10 "
                  + "working days, the fixed deadline older guidance gave for breaches (ukvisaandimmigration, 2011).")))
          .missedContacts(DateEffective.of(MISSED_CONTACTS, COVERAGE_FROM, 10,
              Citation.of(Source.STUDENT_GUIDANCE_DOC_2, "Reporting duties: missed contact points")
                  .withNote("Tier 4-era rule (lexology; commonwealthcontractors 22 Feb 2010); current status uncertain. "
                      + "docs/sources.md#student-reporting-duties, row S2.")))
          .studyingElsewhereWorkingDays(DateEffective.of(STUDYING_ELSEWHERE_WORKING_DAYS, COVERAGE_FROM, 10,
              Citation.of(Source.STUDENT_GUIDANCE_DOC_2, "Study away from the sponsor")
                  .withNote("One university's policy reading (shu.ac.uk); uncertain. "
                      + "docs/sources.md#student-reporting-duties, row S8.")))
          .renewalWindowMonths(DateEffective.of(RENEWAL_WINDOW_MONTHS, COVERAGE_FROM, 3,
              Citation.of(Source.SMS_MANUAL_1, "Troubleshooting: allocations")
                  .withNote("Request in the 3 months before expiry (getborderless; UKBA Q&A 2009). "
                      + "docs/sources.md#sponsor-reporting-duties, row O8.")))
          .build();
    }
  }
}
