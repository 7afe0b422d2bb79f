package io.github.sponsorsdk.sms.rules.reporting;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.Violation;
import io.github.sponsorsdk.sms.rules.effective.DateEffective;
import io.github.sponsorsdk.sms.rules.effective.ParameterSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * The parameters of the reporting-duties rules: thresholds, date-effective exclusions, the two deadlines the
 * sources disagree on, and the day-counting convention. Each is a {@link DateEffective} looked up on the day the
 * event happened (the rules in force then apply). {@link #defaults()} holds the documented defaults; build your own
 * with {@code ReportingParameters.builder().from(defaults()).breachOfConditionsDeadline(...)}.
 *
 * <p>Every parameter covers {@link #COVERAGE_FROM} (1 December 2020, when the Worker and Temporary Worker routes
 * and their sponsor guidance replaced Tiers 2 and 5) onwards without end; an event before it gets
 * {@link DutyStatus#UNDETERMINED}, never a guess.
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

  /** The name of the day-counting rule. */
  public static final String DAY_COUNTING = "reporting.dayCounting";
  /** The name of W1's start window in days. */
  public static final String START_WINDOW_DAYS = "reporting.startDelay.windowDays";
  /** The name of W2's absence threshold in working days. */
  public static final String ABSENCE_WORKING_DAYS = "reporting.unauthorisedAbsence.workingDays";
  /** The name of W3's unpaid leave threshold in days. */
  public static final String UNPAID_LEAVE_DAYS = "reporting.unpaidLeave.thresholdDays";
  /** The name of W5's hybrid working switch. */
  public static final String HYBRID_WORKING_REPORTABLE = "reporting.hybridWorking.reportable";
  /** The name of W9's offshore reporting switch. */
  public static final String OFFSHORE_REPORTING_IN_FORCE = "reporting.offshoreMovement.inForce";
  /** The name of W7's breach-of-conditions deadline. */
  public static final String BREACH_OF_CONDITIONS_DEADLINE = "reporting.breachOfConditions.deadline";
  /** The name of O3.A's new-owner application deadline. */
  public static final String NEW_OWNER_APPLICATION_DEADLINE = "reporting.newOwnerApplication.deadline";
  /** The name of S2's missed-contacts threshold. */
  public static final String MISSED_CONTACTS = "reporting.missedContacts.threshold";
  /** The name of S8's study-elsewhere threshold in working days. */
  public static final String STUDYING_ELSEWHERE_WORKING_DAYS = "reporting.studyingElsewhere.workingDays";
  /** The name of the allocation renewal window in months. */
  public static final String RENEWAL_WINDOW_MONTHS = "reporting.allocationRenewal.windowMonths";

  /** {@return whether the clock-start day counts: {@link DayCounting}} Default: it is day 0 (decision 0420). */
  public abstract DateEffective<DayCounting> dayCounting();

  /** {@return W1: days after the latest start-window date within which a start is not reportable} Default 28. */
  public abstract DateEffective<Integer> startWindowDays();

  /**
   * {@return W2: an absence is reportable when it lasts more than this many consecutive working days, and the clock
   * starts on that (the tenth) working day} Default 10.
   */
  public abstract DateEffective<Integer> absenceWorkingDays();

  /**
   * {@return W3: unpaid or reduced-pay absence is reportable above this many calendar days (4 weeks) in a calendar
   * year}
   */
  public abstract DateEffective<Integer> unpaidLeaveDays();

  /** {@return W5: whether a change of hybrid working pattern is reportable: from 31 March 2023 until 4 March 2024} */
  public abstract DateEffective<Boolean> hybridWorkingReportable();

  /** {@return W9: whether offshore workers' arrivals and departures must be reported: from 12 April 2023} */
  public abstract DateEffective<Boolean> offshoreReportingInForce();

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
    return List.of(dayCounting(), startWindowDays(), absenceWorkingDays(), unpaidLeaveDays(),
        hybridWorkingReportable(), offshoreReportingInForce(), breachOfConditionsDeadline(),
        newOwnerApplicationDeadline(), missedContacts(), studyingElsewhereWorkingDays(), renewalWindowMonths());
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

  @Value.Check
  void check() {
    List<Violation> v = new ArrayList<>();
    String[] expected = {DAY_COUNTING, START_WINDOW_DAYS, ABSENCE_WORKING_DAYS, UNPAID_LEAVE_DAYS,
        HYBRID_WORKING_REPORTABLE, OFFSHORE_REPORTING_IN_FORCE, BREACH_OF_CONDITIONS_DEADLINE,
        NEW_OWNER_APPLICATION_DEADLINE, MISSED_CONTACTS, STUDYING_ELSEWHERE_WORKING_DAYS, RENEWAL_WINDOW_MONTHS};
    List<DateEffective<?>> params = parameters();
    for (int i = 0; i < expected.length; i++) {
      if (!params.get(i).name().equals(expected[i])) {
        v.add(Violation.of("parameters[" + i + "].name", params.get(i).name(), "Name", "must be " + expected[i]));
      }
    }
    for (DateEffective<Integer> p : List.of(startWindowDays(), absenceWorkingDays(), unpaidLeaveDays(),
        missedContacts(), studyingElsewhereWorkingDays(), renewalWindowMonths())) {
      p.versions().stream().filter(dv -> dv.value() < 1 || dv.value() > 366).forEach(dv -> v.add(Violation.of(
          p.name(), String.valueOf(dv.value()), "Range", "must be 1 to 366")));
    }
    for (DateEffective<Deadline> p : List.of(breachOfConditionsDeadline(), newOwnerApplicationDeadline())) {
      p.versions().stream().filter(dv -> dv.value().kind() == DeadlineKind.LAST_WORKING_DAY_BEFORE_EVENT)
          .forEach(dv -> v.add(Violation.of(p.name(), dv.value().toString(), "DeadlineKind",
              "must be counted from the event, not before it")));
    }
    if (!v.isEmpty()) {
      throw new InvalidValueException("ReportingParameters", v);
    }
  }

  /** Built once; holder idiom keeps class initialisation lazy and thread-safe. */
  private static final class Defaults {
    static final ReportingParameters INSTANCE = build();

    private static Citation part3(String section, LocalDate from, String note) {
      return Citation.of(Source.WORKER_GUIDANCE_PART_3, section, from).withNote(note);
    }

    private static ReportingParameters build() {
      Citation routesOpen = part3("Routes in force", COVERAGE_FROM,
          "Worker and Temporary Worker routes replaced Tiers 2 and 5 on 1 December 2020; the SDK's coverage starts then.");
      return builder()
          .dayCounting(DateEffective.of(DAY_COUNTING, COVERAGE_FROM, DayCounting.EVENT_DAY_IS_DAY_ZERO,
              Citation.of(Source.PROJECT_DECISION, "0420-reporting-duties")
                  .withNote("The guidance says \"within 10 working days of\" and is silent on whether the event day "
                      + "counts (docs/sources.md#reporting-duties); default: the event day is day 0.")))
          .startWindowDays(DateEffective.of(START_WINDOW_DAYS, COVERAGE_FROM, 28,
              part3("Reporting duties: worker does not start work", COVERAGE_FROM,
                  "\"More than 28 days\" after the latest start-window date; narasolicitors, diverseboards "
                      + "(guidance of 9 Nov 2022). docs/sources.md#reporting-duties, row W1.")))
          .absenceWorkingDays(DateEffective.of(ABSENCE_WORKING_DAYS, COVERAGE_FROM, 10,
              part3("Reporting duties: unauthorised absence", COVERAGE_FROM,
                  "More than 10 consecutive working days; report within 10 working days of the tenth day. "
                      + "narasolicitors, getborderless. docs/sources.md#reporting-duties, row W2.")))
          .unpaidLeaveDays(DateEffective.of(UNPAID_LEAVE_DAYS, COVERAGE_FROM, 28,
              Citation.of(Source.RULES_PART_SUITABILITY, "SUI 36.1")
                  .withNote("\"More than 4 weeks in total in any calendar year\", counted as 28 calendar days; "
                      + "Workers guidance Part 2 S4 (wbbi). docs/sources.md#reporting-duties, row W3.")))
          .hybridWorkingReportable(DateEffective.of(HYBRID_WORKING_REPORTABLE, COVERAGE_FROM, false, routesOpen
                  .withNote("Before the 31 March 2023 version the guidance did not list hybrid working patterns "
                      + "(uncertain; changes of work location were reportable)."))
              .then(LocalDate.of(2023, 3, 31), true, part3("Reporting duties: changes to work location",
                  LocalDate.of(2023, 3, 31), "Version of 31 March 2023 added hybrid working (mondaq, newlandchase)."))
              .then(LocalDate.of(2024, 3, 5), false, part3("Reporting duties: changes to work location",
                  LocalDate.of(2024, 3, 5), "Version of 5 March 2024: hybrid working patterns no longer reportable "
                      + "(imminex quoting the text; P3L change history 2024-03-05).")))
          .offshoreReportingInForce(DateEffective.of(OFFSHORE_REPORTING_IN_FORCE, COVERAGE_FROM, false, routesOpen
                  .withNote("No offshore-worker duty before 12 April 2023."))
              .then(LocalDate.of(2023, 4, 12), true, part3("Reporting duties: offshore workers",
                  LocalDate.of(2023, 4, 12), "In force from 12 April 2023 (shma, 3 April 2023; newlandchase).")))
          .breachOfConditionsDeadline(DateEffective.of(BREACH_OF_CONDITIONS_DEADLINE, COVERAGE_FROM,
              Deadline.asSoonAsReasonablyPracticable(), part3("Reporting duties: breach of conditions", COVERAGE_FROM,
                  "DISAGREE: \"as soon as reasonably practicable\" (reissedwards, April 2022) vs 10 working days "
                      + "(ukvisaandimmigration, 2011). Default: the more recent reading. docs/sources.md#reporting-duties.")))
          .newOwnerApplicationDeadline(DateEffective.of(NEW_OWNER_APPLICATION_DEADLINE, COVERAGE_FROM,
              Deadline.calendarDays(28), Citation.of(Source.RULES_PART_SUITABILITY, "SUI 34.1(b)(ii)")
                  .withNote("DISAGREE: 28 days (Rules) vs 20 working days (guidance via "
                      + "dmhstallard, gherson). Default: the Rules, never later than the guidance. docs/sources.md#rules-part-suitability.")))
          .missedContacts(DateEffective.of(MISSED_CONTACTS, COVERAGE_FROM, 10,
              Citation.of(Source.STUDENT_GUIDANCE_DOC_2, "Reporting duties: missed contact "
                  + "points").withNote("Tier 4-era rule (lexology); current status uncertain. docs/sources.md#student-reporting-duties, row S2.")))
          .studyingElsewhereWorkingDays(DateEffective.of(STUDYING_ELSEWHERE_WORKING_DAYS, COVERAGE_FROM, 10,
              Citation.of(Source.STUDENT_GUIDANCE_DOC_2, "Study away from the sponsor")
                  .withNote("One university's policy reading (shu.ac.uk); uncertain. docs/sources.md#student-reporting-duties, row S8.")))
          .renewalWindowMonths(DateEffective.of(RENEWAL_WINDOW_MONTHS, COVERAGE_FROM, 3,
              Citation.of(Source.SMS_MANUAL_1, "Troubleshooting: allocations")
                  .withNote("Request in the 3 months before expiry (getborderless; UKBA Q&A 2009). docs/sources.md#sponsor-reporting-duties, row O8.")))
          .build();
    }
  }
}
