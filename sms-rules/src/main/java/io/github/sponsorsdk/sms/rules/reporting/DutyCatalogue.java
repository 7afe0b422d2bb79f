package io.github.sponsorsdk.sms.rules.reporting;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.event.EventKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The reporting duties of a sponsor, as data: one {@link DutyRule} per row of the project's reporting table
 * ({@code docs/sources.md#reporting-duties}, {@code #student-reporting-duties},
 * {@code #sponsor-reporting-duties}: W1–W11, S1–S8, O1–O8), plus {@code O3.A}, the new owner's licence application.
 *
 * <p>Every row cites its source. The current Part 3 reporting annex and Student Document 2 could be read only in
 * part (their landing pages and change histories), so several rows rest on secondary sources quoting them; the
 * citation's note says which. Deadlines the sources disagree on are {@link ReportingParameters} (named by
 * {@link DutyRule#deadlineParameter()}); thresholds and date-effective exclusions (28-day start window,
 * 10-day absence, 4-week unpaid leave, hybrid working) are parameters too.
 */
public final class DutyCatalogue {

  private static final Deadline TEN = Deadline.workingDays(10);
  private static final Deadline TWENTY = Deadline.workingDays(20);
  private static final Source PART_3 = Source.WORKER_GUIDANCE_PART_3;
  private static final Source DOC_2 = Source.STUDENT_GUIDANCE_DOC_2;
  private static final Source GOVR = Source.GOVUK_SPONSOR_RESPONSIBILITIES;
  private static final String GOVR_URL = "https://www.gov.uk/uk-visa-sponsorship-employers/your-responsibilities";

  private static final List<DutyRule> ROWS;
  private static final Map<EventKind, List<DutyRule>> BY_KIND;

  static {
    List<DutyRule> rows = new ArrayList<>();
    // ---- Workers (Workers and Temporary Workers guidance, Part 3, reporting annex)
    rows.add(row("W1", EventKind.WORKER_START_DELAYED, "Report that the worker did not start within 28 days of the "
            + "latest start-window date, with the new start date and reasons (or stop sponsoring)",
        ReportingParty.LEVEL_1_OR_OWNING_LEVEL_2_USER, ReportingChannel.SMS, TEN, ClockStart.END_OF_START_WINDOW,
        List.of("A start up to 28 days after the latest of the CoS start date, the vignette's valid-from date, the "
            + "grant date (Creative Worker concession) and the date the worker was told of the grant",
            "An earlier start, after permission was granted"),
        cite(PART_3, "Reporting duties: worker does not start work", LocalDate.of(2022, 11, 9),
            "Secondary sources quoting the guidance (narasolicitors, diverseboards, carterthomas); "
                + "Part Suitability SUI 33.1(a),(c). docs/sources.md#reporting-duties, row W1.")));
    rows.add(row("W2", EventKind.WORKER_UNAUTHORISED_ABSENCE, "Report an absence without permission of more than 10 "
            + "consecutive working days: first day, return or contact attempts, deductions, whether sponsorship continues",
        ReportingParty.LEVEL_1_OR_OWNING_LEVEL_2_USER, ReportingChannel.SMS, TEN,
        ClockStart.TENTH_WORKING_DAY_OF_ABSENCE,
        List.of("An absence of 10 consecutive working days or fewer", "Authorised absence"),
        cite(PART_3, "Reporting duties: unauthorised absence", null,
            "\"No later than 10 working days after the tenth day of absence\", quoted by narasolicitors and "
                + "getborderless. docs/sources.md#reporting-duties, row W2.")));
    rows.add(row("W3", EventKind.WORKER_UNPAID_LEAVE, "Report absence without pay or on reduced pay of more than 4 "
            + "weeks in total in the calendar year (and, without a permitted exception, normally stop sponsoring)",
        ReportingParty.LEVEL_1_OR_OWNING_LEVEL_2_USER, ReportingChannel.SMS, TEN, ClockStart.FOUR_WEEK_TOTAL_EXCEEDED,
        List.of("A total of 4 weeks or less in the calendar year"),
        cite(Source.RULES_PART_SUITABILITY, "SUI 36.1", null,
            "Exceptions from SUI 36.1; the duty from Workers guidance Part 2 S4 and Part 3 as quoted by wbbi and "
                + "mondaq (reported in all cases from 12 April 2023). docs/sources.md#reporting-duties, row W3.")));
    rows.add(row("W4", EventKind.WORKER_PAY_CHANGED,
        "Report a reduction of the worker's pay below the level on the CoS",
        ReportingParty.LEVEL_1_OR_OWNING_LEVEL_2_USER, ReportingChannel.SMS, TEN, ClockStart.EVENT_DAY,
        List.of("A pay increase (except a pre-registration nurse or midwife completing registration, Skilled Worker "
            + "guidance SK9)"),
        cite(PART_3, "Reporting duties: changes to salary", null,
            "Secondary sources (wbbi, reissedwards); Part Suitability SUI 37.1 and 37.3; nurse/midwife exception "
                + Source.SKILLED_WORKER_GUIDANCE.title() + " SK9. docs/sources.md#reporting-duties, row W4.")));
    rows.add(row("W5", EventKind.WORKER_EMPLOYMENT_CHANGED, "Report a change of job title, core duties or normal "
            + "place of work (within the same SOC 2020 code)",
        ReportingParty.LEVEL_1_OR_OWNING_LEVEL_2_USER, ReportingChannel.SMS, TEN, ClockStart.EVENT_DAY,
        List.of("A change of hybrid working pattern since 5 March 2024 (reportable from 31 March 2023 to 4 March 2024)",
            "Occasional work at another place", "A change of SOC 2020 code: needs a new CoS and application instead"),
        cite(PART_3, "Reporting duties: changes to employment", LocalDate.of(2024, 3, 5),
            "Version of 5 March 2024 removed hybrid working (imminex quoting the text; P3L history); version of "
                + "31 March 2023 had introduced it (mondaq, newlandchase). SUI 37.1(c). docs/sources.md#reporting-duties, row W5.")));
    rows.add(row("W6", EventKind.WORKER_SPONSORSHIP_ENDED, "Report that sponsorship ended early, with the last working "
            + "day and the worker's last known address",
        ReportingParty.LEVEL_1_OR_OWNING_LEVEL_2_USER, ReportingChannel.SMS, TEN, ClockStart.EVENT_DAY,
        List.of(),
        cite(PART_3, "Reporting duties: sponsorship ends", null,
            "Secondary sources (migrationservice.scotland, reissedwards); last known address: SMS Manual 1 message "
                + "board, 6 April 2014. docs/sources.md#reporting-duties, row W6.")));
    rows.add(DutyRule.builder().from(row("W7", EventKind.WORKER_BREACH_OF_CONDITIONS,
            "Report that the worker is known or suspected to breach the conditions of their permission",
            ReportingParty.LEVEL_1_OR_OWNING_LEVEL_2_USER, ReportingChannel.SMS,
            Deadline.asSoonAsReasonablyPracticable(), ClockStart.DAY_OF_KNOWLEDGE, List.of(),
            cite(PART_3, "Reporting duties: breach of conditions", null,
                "\"As soon as reasonably practicable\" (reissedwards, April 2022) against 10 working days (older "
                    + "guidance, ukvisaandimmigration 2011): a parameter. docs/sources.md#reporting-duties, row W7.")))
        .deadlineParameter(ReportingParameters.BREACH_OF_CONDITIONS_DEADLINE).build());
    rows.add(row("W8", EventKind.WORKER_SUSPECTED_CRIMINALITY, "Tell the police of information suggesting the worker "
            + "is involved in terrorism or crime",
        ReportingParty.SPONSOR, ReportingChannel.POLICE, Deadline.asSoonAsReasonablyPracticable(),
        ClockStart.DAY_OF_KNOWLEDGE, List.of(),
        cite(PART_3, "Reporting duties: terrorism and criminal activity", null,
            "\"As soon as reasonably practicable\" (reissedwards); others say \"immediately\": both mean no "
                + "counted deadline. docs/sources.md#reporting-duties, row W8.")));
    rows.add(row("W9", EventKind.OFFSHORE_WORKER_MOVEMENT, "Email the Home Office when an offshore worker arrives in "
            + "the UK to start the sponsored job or leaves at its end",
        ReportingParty.SPONSOR, ReportingChannel.EMAIL, TEN, ClockStart.EVENT_DAY,
        List.of("Trips for holidays", "Movements before 12 April 2023, when the duty came into force"),
        cite(PART_3, "Reporting duties: offshore workers", LocalDate.of(2023, 4, 12),
            "\"No earlier than the date they arrive in or leave the UK and no later than ten working days after\" "
                + "(shma, 3 April 2023; newlandchase). docs/sources.md#reporting-duties, row W9.")));
    rows.add(row("W10", EventKind.WORKER_DATES_CHANGED_BEFORE_APPLICATION, "Record the changed start or end date as a "
            + "sponsor note on the CoS (not a report)",
        ReportingParty.LEVEL_1_OR_OWNING_LEVEL_2_USER, ReportingChannel.SPONSOR_NOTE, Deadline.unspecified(),
        ClockStart.NONE, List.of("Changes before the worker applies are never reported: they go in a sponsor note"),
        cite(PART_3, "Reporting duties: changes before the worker applies", null,
            "carterthomas (November 2022). docs/sources.md#reporting-duties, row W10.")));
    rows.add(row("W11", EventKind.EXPANSION_AUTHORISING_OFFICER_VISA_GRANTED, "Tell UKVI that the Authorising "
            + "Officer's visa was granted and update their immigration details (provisional UK Expansion sponsors)",
        ReportingParty.LEVEL_1_USER, ReportingChannel.SMS, Deadline.unspecified(), ClockStart.EVENT_DAY,
        List.of("Sponsors without a provisional UK Expansion Worker rating"),
        citeUrl(GOVR, "UK Expansion Worker: provisional rating",
            "Deadline not stated. docs/sources.md#reporting-duties, row W11.")));
    // ---- Students (Student sponsor guidance, Document 2)
    rows.add(row("S1", EventKind.STUDENT_DID_NOT_ENROL, "Report that the student did not enrol within the enrolment "
            + "period",
        ReportingParty.LEVEL_1_OR_OWNING_LEVEL_2_USER, ReportingChannel.SMS, TEN, ClockStart.END_OF_ENROLMENT_PERIOD,
        List.of(),
        cite(DOC_2, "Reporting duties: failure to enrol", LocalDate.of(2023, 7, 17),
            "University of Leicester quoting UKVI; Part Suitability SUI 32.1(a). docs/sources.md#student-reporting-duties, row S1.")));
    rows.add(row("S2", EventKind.STUDENT_MISSED_CONTACTS, "Report that the student missed 10 consecutive expected "
            + "contact points without permission",
        ReportingParty.LEVEL_1_OR_OWNING_LEVEL_2_USER, ReportingChannel.SMS, TEN, ClockStart.TENTH_MISSED_CONTACT,
        List.of("Fewer than 10 consecutive missed contacts"),
        cite(DOC_2, "Reporting duties: missed contact points", null,
            "Tier 4-era rule (lexology; commonwealthcontractors 22 Feb 2010); whether the current Document 2 keeps "
                + "it is uncertain. docs/sources.md#student-reporting-duties, row S2.")));
    rows.add(row("S3", EventKind.STUDENT_SPONSORSHIP_WITHDRAWN, "Report that the student withdrew, discontinued or "
            + "was excluded, or that sponsorship was withdrawn",
        ReportingParty.LEVEL_1_OR_OWNING_LEVEL_2_USER, ReportingChannel.SMS, TEN, ClockStart.EVENT_DAY, List.of(),
        cite(DOC_2, "Reporting duties: withdrawal of sponsorship", LocalDate.of(2023, 7, 17),
            "Leicester, Napier; Part Suitability SUI 31.1, 32.1(b),(d). docs/sources.md#student-reporting-duties, row S3.")));
    rows.add(row("S4", EventKind.STUDENT_STUDIES_SUSPENDED, "Report a suspension, interruption or deferral of studies",
        ReportingParty.LEVEL_1_OR_OWNING_LEVEL_2_USER, ReportingChannel.SMS, TEN, ClockStart.EVENT_DAY, List.of(),
        cite(DOC_2, "Reporting duties: suspension or interruption of studies", LocalDate.of(2023, 7, 17),
            "Leicester; Dundee (31 July 2023). docs/sources.md#student-reporting-duties, row S4.")));
    rows.add(row("S5", EventKind.STUDENT_COMPLETED_EARLY, "Report that the student completed the course earlier than "
            + "the CAS end date",
        ReportingParty.LEVEL_1_OR_OWNING_LEVEL_2_USER, ReportingChannel.SMS, TEN, ClockStart.EVENT_DAY,
        List.of("Completion on or after the CAS course end date"),
        cite(DOC_2, "Paragraph 3.12 (early completion)", LocalDate.of(2023, 7, 17),
            "Version 07/2023 change table; Leicester. docs/sources.md#student-reporting-duties, row S5.")));
    rows.add(row("S6", EventKind.STUDENT_CIRCUMSTANCES_CHANGED, "Report a significant change in the student's "
            + "circumstances (course, course length)",
        ReportingParty.LEVEL_1_OR_OWNING_LEVEL_2_USER, ReportingChannel.SMS, TEN, ClockStart.EVENT_DAY, List.of(),
        cite(DOC_2, "Reporting duties: change of circumstances", null,
            "Napier; commonwealthcontractors. docs/sources.md#student-reporting-duties, row S6.")));
    rows.add(row("S7", EventKind.CHILD_STUDENT_LIVING_ARRANGEMENT, "Report a Child Student's non-permitted living "
            + "arrangement and the remedial steps taken",
        ReportingParty.LEVEL_1_OR_OWNING_LEVEL_2_USER, ReportingChannel.SMS, TEN, ClockStart.DAY_OF_KNOWLEDGE,
        List.of(),
        cite(DOC_2, "Reporting duties: Child Student care arrangements", LocalDate.of(2025, 5, 29),
            "lisaslaw (guidance of 29 May 2025). docs/sources.md#student-reporting-duties, row S7.")));
    rows.add(row("S8", EventKind.STUDENT_STUDYING_ELSEWHERE, "Notify that the student studies elsewhere (e.g. outside "
            + "the UK) for 10 working days or more",
        ReportingParty.LEVEL_1_OR_OWNING_LEVEL_2_USER, ReportingChannel.SMS, Deadline.unspecified(),
        ClockStart.EVENT_DAY, List.of("Fewer than 10 working days elsewhere"),
        cite(DOC_2, "Reporting duties: study away from the sponsor", null,
            "One university's policy reading (shu.ac.uk); deadline not stated, uncertain. docs/sources.md#student-reporting-duties, row S8.")));
    // ---- Sponsor (GOV.UK "Your responsibilities": "within 20 working days")
    rows.add(row("O1", EventKind.SPONSOR_STOPPED_TRADING, "Report that the organisation stopped trading or became "
            + "insolvent",
        ReportingParty.LEVEL_1_USER, ReportingChannel.SMS, TWENTY, ClockStart.EVENT_DAY, List.of(),
        citeUrl(GOVR, "Changes you must report: stops trading or becomes insolvent",
            "docs/sources.md#sponsor-reporting-duties, row O1.")));
    rows.add(row("O2", EventKind.SPONSOR_BUSINESS_CHANGED, "Report a substantial change in the nature of the business",
        ReportingParty.LEVEL_1_USER, ReportingChannel.SMS, TWENTY, ClockStart.EVENT_DAY, List.of(),
        citeUrl(GOVR, "Changes you must report: nature of the business",
            "docs/sources.md#sponsor-reporting-duties, row O2.")));
    rows.add(row("O3", EventKind.SPONSOR_OWNERSHIP_CHANGED, "Report a merger, takeover, change of ownership, sale or "
            + "TUPE transfer (licences are not transferable)",
        ReportingParty.LEVEL_1_USER, ReportingChannel.SMS, TWENTY, ClockStart.EVENT_DAY, List.of(),
        citeUrl(GOVR, "Changes you must report: mergers, takeovers and changes of ownership",
            "dmhstallard citing Part 3 v10/24; gherson; quastels. docs/sources.md#sponsor-reporting-duties, row O3.")));
    rows.add(DutyRule.builder().from(row("O3.A", EventKind.SPONSOR_OWNERSHIP_CHANGED, "The new owner, if "
                + "unlicensed, applies for a sponsor licence to keep sponsoring the transferred workers",
            ReportingParty.NEW_OWNER, ReportingChannel.LICENCE_APPLICATION, Deadline.calendarDays(28),
            ClockStart.EVENT_DAY, List.of("A new owner that already holds a licence"),
            cite(Source.RULES_PART_SUITABILITY, "SUI 34.1(b)(ii)", null,
                "\"Within 28 days of the date of a transfer\" (Rules) against 20 working days (guidance via "
                    + "dmhstallard, gherson): a parameter. docs/sources.md#sponsor-reporting-duties, row O3; #rules-part-suitability.")))
        .deadlineParameter(ReportingParameters.NEW_OWNER_APPLICATION_DEADLINE).build());
    rows.add(row("O4", EventKind.SPONSOR_OVERSEAS_RELATIONSHIP_CHANGED, "Report a change in the relationship with an "
            + "overseas business that sent workers, or to a secondment or service-supplier contract",
        ReportingParty.LEVEL_1_USER, ReportingChannel.SMS, TWENTY, ClockStart.EVENT_DAY, List.of(),
        citeUrl(GOVR, "Changes you must report: overseas business and contracts",
            "docs/sources.md#sponsor-reporting-duties, row O4.")));
    rows.add(row("O5", EventKind.SPONSOR_DETAILS_CHANGED, "Report a change of name, address, other licence details "
            + "or key personnel",
        ReportingParty.LEVEL_1_USER, ReportingChannel.SMS, TWENTY, ClockStart.EVENT_DAY, List.of(),
        citeUrl(GOVR, "Changes you must report: your details and allocated roles",
            "GOV.UK gives no deadline for detail changes; 20 working days from secondary sources (harveyslegal). "
                + "docs/sources.md#sponsor-reporting-duties, row O5.")));
    rows.add(row("O6", EventKind.SPONSOR_COMPLIANCE_NOTICE, "Respond to a downgrade or suspension notice (extensions "
            + "possible)",
        ReportingParty.SPONSOR, ReportingChannel.RESPONSE_TO_NOTICE, TWENTY, ClockStart.DATE_OF_NOTICE, List.of(),
        cite(PART_3, "Compliance action: downgrade and suspension", null,
            "edwincoe; duncanlewis (6 March 2019). docs/sources.md#sponsor-reporting-duties, row O6.")));
    rows.add(row("O7", EventKind.SPONSOR_ACTION_PLAN_ISSUED, "Pay the action plan fee, or the licence is revoked",
        ReportingParty.SPONSOR, ReportingChannel.PAYMENT, TEN, ClockStart.DATE_OF_NOTICE, List.of(),
        cite(PART_3, "Compliance action: action plans", null,
            "sponsorlicence.com (copy of an old GOV.UK page); xpats. docs/sources.md#sponsor-reporting-duties, row O7.")));
    rows.add(row("O8", EventKind.SPONSOR_ALLOCATION_EXPIRING, "Request the renewal of the annual CoS/CAS allocation "
            + "in the 3 months before it expires",
        ReportingParty.LEVEL_1_USER, ReportingChannel.SMS, Deadline.lastWorkingDayBeforeEvent(),
        ClockStart.RENEWAL_WINDOW_OPENS, List.of("Allocations that renew automatically"),
        cite(Source.SMS_MANUAL_1, "Troubleshooting; email notices of allocation expiry", null,
            "Window of 3 months from getborderless (current) and the UKBA Q&A (2009). docs/sources.md#sponsor-reporting-duties, row O8.")));

    ROWS = Collections.unmodifiableList(rows);
    Map<EventKind, List<DutyRule>> byKind = new EnumMap<>(EventKind.class);
    for (DutyRule r : rows) {
      byKind.computeIfAbsent(r.eventKind(), k -> new ArrayList<>()).add(r);
    }
    byKind.replaceAll((k, v) -> List.copyOf(v));
    BY_KIND = Collections.unmodifiableMap(byKind);
  }

  private DutyCatalogue() {}

  /** {@return every row, in table order} */
  public static List<DutyRule> rows() {
    return ROWS;
  }

  /**
   * {@return the rows an event kind triggers: one, or two for {@link EventKind#SPONSOR_OWNERSHIP_CHANGED}}
   *
   * @param kind the event kind
   */
  public static List<DutyRule> rowsFor(EventKind kind) {
    return BY_KIND.getOrDefault(kind, List.of());
  }

  /**
   * {@return the row with {@code id}}
   *
   * @param id a row id, e.g. {@code W2}
   * @throws IllegalArgumentException when there is no such row
   */
  public static DutyRule row(String id) {
    for (DutyRule r : ROWS) {
      if (r.id().equals(id)) {
        return r;
      }
    }
    throw new IllegalArgumentException("No reporting duty row " + id);
  }

  private static DutyRule row(String id, EventKind kind, String title, ReportingParty party, ReportingChannel channel,
      Deadline deadline, ClockStart clockStart, List<String> notReportable, Citation citation) {
    return DutyRule.builder().id(id).eventKind(kind).title(title).party(party).channel(channel).deadline(deadline)
        .clockStart(clockStart).notReportable(notReportable).citation(citation).build();
  }

  /** A citation of {@code section}: from {@code from} when the rule's start is known, else the edition read. */
  private static Citation cite(Source source, String section, LocalDate from, String note) {
    return (from == null ? Citation.of(source, section) : Citation.of(source, section, from)).withNote(note);
  }

  private static Citation citeUrl(Source source, String section, String note) {
    return Citation.of(source, section).withUrl(GOVR_URL).withNote(note);
  }
}
