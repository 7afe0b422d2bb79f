package io.github.sponsorsdk.sms.rules.reporting;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.event.EventKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of {@link DutyCatalogue#standard()}, one statement per row so a reviewer can hold each against the
 * guidance. The facts and quotations behind each row are in {@code docs/sources.md} (#reporting-duties,
 * #student-reporting-duties, #sponsor-reporting-duties and the sections each row's note names); the readings and
 * decisions in records 0420 and 0460 ({@code docs/decisions/}).
 */
final class DefaultDutyRows {

  private static final Deadline TEN = Deadline.workingDays(10);
  private static final Deadline TWENTY = Deadline.workingDays(20);
  private static final Source PART_3 = Source.WORKER_GUIDANCE_PART_3;
  private static final Source PART_2 = Source.WORKER_GUIDANCE_PART_2;
  private static final Source DOC_2 = Source.STUDENT_GUIDANCE_DOC_2;
  private static final Source GOVR = Source.GOVUK_SPONSOR_RESPONSIBILITIES;
  private static final String GOVR_URL = "https://www.gov.uk/uk-visa-sponsorship-employers/your-responsibilities";
  private static final ReportingParty WORKER_USER = ReportingParty.LEVEL_1_OR_OWNING_LEVEL_2_USER;

  private DefaultDutyRows() {}

  static List<DutyRule> rows() {
    List<DutyRule> rows = new ArrayList<>();
    // ---- Workers (Workers and Temporary Workers guidance, Part 3, reporting annex; Part 2 S3, S4)
    rows.add(row("W1", EventKind.WORKER_START_DELAYED, "Report that the worker did not start within 28 days of the "
            + "latest start-window date, with the new start date and reasons (or stop sponsoring)")
        .party(WORKER_USER).channel(ReportingChannel.SMS).deadline(TEN).clockStart(ClockStart.END_OF_START_WINDOW)
        .addExclusions(Exclusion.EARLIER_START, Exclusion.START_WITHIN_WINDOW, Exclusion.START_WINDOW_NOT_ENDED)
        .confidence(Confidence.SECONDARY)
        .citation(cite(PART_2, "S3: worker does not start work", LocalDate.of(2022, 11, 9),
            "\"Within 10 working days after the 28-day period via the 'Report migrant activity' function\" "
                + "(narasolicitors, kingsleynapley 16 Nov 2022); Part Suitability SUI 33.1(a),(c). The window and "
                + "its change on 9 November 2022 are parameters. docs/sources.md#start-delays; decision 0460."))
        .build());
    rows.add(row("W2", EventKind.WORKER_UNAUTHORISED_ABSENCE, "Report an absence without permission of more than 10 "
            + "consecutive working days: first day, return or contact attempts, deductions, whether sponsorship continues")
        .party(WORKER_USER).channel(ReportingChannel.SMS).deadline(TEN)
        .clockStart(ClockStart.TENTH_WORKING_DAY_OF_ABSENCE).addExclusions(Exclusion.ABSENCE_WITHIN_THRESHOLD)
        .confidence(Confidence.SECONDARY)
        .citation(cite(PART_3, "Reporting duties: unauthorised absence", null,
            "\"No later than 10 working days after the tenth day of absence\", quoted by narasolicitors and "
                + "getborderless; unchanged since the Tier 2 era. docs/sources.md#unauthorised-absence."))
        .build());
    rows.add(row("W3", EventKind.WORKER_UNPAID_LEAVE, "Report absence without pay or on reduced pay of more than 4 "
            + "weeks in total in the calendar year (and, without a permitted exception, normally stop sponsoring)")
        .party(WORKER_USER).channel(ReportingChannel.SMS).deadline(TEN).clockStart(ClockStart.FOUR_WEEK_TOTAL_EXCEEDED)
        .addExclusions(Exclusion.UNPAID_LEAVE_WITHIN_THRESHOLD, Exclusion.UNPAID_LEAVE_EXCEPTION_NOT_YET_REPORTABLE)
        .addRemarks(Remark.UNPAID_LEAVE_EXCEPTION_NOT_IN_FORCE, Remark.UNPAID_LEAVE_EXCEPTION_APPLIES,
            Remark.UNPAID_LEAVE_NO_EXCEPTION)
        .confidence(Confidence.SECONDARY)
        .citation(cite(Source.RULES_PART_SUITABILITY, "SUI 36.1", null,
            "Limit and exceptions from SUI 36.1 (primary); the duty, its count on the worker's pattern and its "
                + "10 working days from Part 2 S4 and Part 3 as quoted by wbbi, narasolicitors and reissedwards; "
                + "reported in all cases from 31 March 2023 (a parameter). docs/sources.md#unpaid-leave-counting, "
                + "#absence-exceptions, #unpaid-leave-reported-in-all-cases."))
        .build());
    rows.add(row("W4", EventKind.WORKER_PAY_CHANGED, "Report a reduction of the worker's pay below the level on the "
            + "CoS (as updated by salary reports on the SMS)")
        .party(WORKER_USER).channel(ReportingChannel.SMS).deadline(TEN).clockStart(ClockStart.EVENT_DAY)
        .addExclusions(Exclusion.PAY_INCREASE)
        .addRemarks(Remark.NURSE_OR_MIDWIFE_REGISTRATION, Remark.PAY_REDUCTION_PERMITTED,
            Remark.PAY_REDUCTION_NOT_PERMITTED)
        .confidence(Confidence.SECONDARY)
        .citation(cite(PART_3, "Reporting duties: changes to salary", null,
            "\"Reduced from the level stated on their Certificate of Sponsorship\" (wbbi, reissedwards); baseline "
                + "includes later salary reports (Skilled Worker guidance SK7.19 of 8 April 2026, lewissilkin); "
                + "Part Suitability SUI 37.1 and 37.3; nurse/midwife exception " + Source.SKILLED_WORKER_GUIDANCE.title()
                + " SK9. docs/sources.md#pay-baseline, #permitted-pay-reductions."))
        .build());
    rows.add(row("W5", EventKind.WORKER_EMPLOYMENT_CHANGED, "Report a change of job title, core duties or normal "
            + "place of work (within the same SOC 2020 code)")
        .party(WORKER_USER).channel(ReportingChannel.SMS).deadline(TEN).clockStart(ClockStart.EVENT_DAY)
        .addExclusions(Exclusion.HYBRID_WORKING_NOT_REPORTABLE, Exclusion.OCCASIONAL_WORK_ELSEWHERE,
            Exclusion.NEW_COS_REQUIRED)
        .addRemarks(Remark.HYBRID_WORKING_REPORTABLE)
        .confidence(Confidence.SECONDARY)
        .citation(cite(PART_3, "Reporting duties: changes to employment", LocalDate.of(2024, 3, 5),
            "Version of 5 March 2024 removed hybrid working (imminex quoting the text; Part 3 change history); "
                + "version of 31 March 2023 had introduced it (mondaq, newlandchase). SUI 37.1(c). "
                + "docs/sources.md#reporting-duties, row W5."))
        .build());
    rows.add(row("W6", EventKind.WORKER_SPONSORSHIP_ENDED, "Report that sponsorship ended early, with the last "
            + "working day and the worker's last known address")
        .party(WORKER_USER).channel(ReportingChannel.SMS).deadline(TEN).clockStart(ClockStart.EVENT_DAY)
        .confidence(Confidence.UNCERTAIN)
        .citation(cite(PART_3, "Reporting duties: sponsorship ends", null,
            "10 working days (migrationservice.scotland, reissedwards); the clock start is not quoted by any "
                + "source: the last day of employment is a project decision. Last known address: SMS Manual 1 "
                + "message board, 6 April 2014. docs/sources.md#reporting-duties, row W6; decision 0460."))
        .build());
    rows.add(row("W7", EventKind.WORKER_BREACH_OF_CONDITIONS,
            "Report that the worker is known or suspected to breach the conditions of their permission")
        .party(WORKER_USER).channel(ReportingChannel.SMS).deadline(Deadline.asSoonAsReasonablyPracticable())
        .deadlineParameter(ReportingParameters.BREACH_OF_CONDITIONS_DEADLINE).clockStart(ClockStart.DAY_OF_KNOWLEDGE)
        .confidence(Confidence.UNCERTAIN)
        .citation(cite(PART_3, "Reporting duties: breach of conditions", null,
            "\"As soon as reasonably practicable\" (reissedwards, April 2022; bateswells lists it in the 31 March "
                + "2023 Part 3) against 10 working days (older guidance, ukvisaandimmigration 2011): a parameter. "
                + "docs/sources.md#reporting-duties, row W7."))
        .build());
    rows.add(row("W8", EventKind.WORKER_SUSPECTED_CRIMINALITY, "Tell the police of information suggesting the worker "
            + "is involved in terrorism or crime")
        .party(ReportingParty.SPONSOR).channel(ReportingChannel.POLICE)
        .deadline(Deadline.asSoonAsReasonablyPracticable()).clockStart(ClockStart.DAY_OF_KNOWLEDGE)
        .confidence(Confidence.SECONDARY)
        .citation(cite(PART_3, "Reporting duties: terrorism and criminal activity", null,
            "\"As soon as reasonably practicable\" (reissedwards); others say \"immediately\": both mean no counted "
                + "deadline. docs/sources.md#reporting-duties, row W8."))
        .build());
    rows.add(row("W9", EventKind.OFFSHORE_WORKER_MOVEMENT, "Email the Home Office when an offshore worker arrives in "
            + "the UK to start the sponsored job or leaves at its end")
        .party(ReportingParty.SPONSOR).channel(ReportingChannel.EMAIL).deadline(TEN).clockStart(ClockStart.EVENT_DAY)
        .addExclusions(Exclusion.OFFSHORE_HOLIDAY).inForceFrom(LocalDate.of(2023, 4, 12))
        .confidence(Confidence.SECONDARY)
        .citation(cite(PART_3, "Reporting duties: offshore workers", LocalDate.of(2023, 4, 12),
            "\"No earlier than the date they arrive in or leave the UK and no later than ten working days after\" "
                + "(shma, 3 April 2023; newlandchase: from 12 April 2023); revised 5 March 2024. docs/sources.md#reporting-duties, row W9."))
        .build());
    rows.add(row("W10", EventKind.WORKER_DATES_CHANGED_BEFORE_APPLICATION, "Record the changed start or end date as "
            + "a sponsor note on the CoS (not a report)")
        .party(WORKER_USER).channel(ReportingChannel.SPONSOR_NOTE).deadline(Deadline.unspecified())
        .clockStart(ClockStart.NONE).addExclusions(Exclusion.SPONSOR_NOTE_INSTEAD)
        .confidence(Confidence.UNCERTAIN)
        .citation(cite(PART_3, "Reporting duties: changes before the worker applies", null,
            "One source: carterthomas (November 2022). docs/sources.md#reporting-duties, row W10."))
        .build());
    rows.add(row("W11", EventKind.EXPANSION_AUTHORISING_OFFICER_VISA_GRANTED, "Tell UKVI that the Authorising "
            + "Officer's visa was granted and update their immigration details (provisional UK Expansion sponsors)")
        .party(ReportingParty.LEVEL_1_USER).channel(ReportingChannel.SMS).deadline(Deadline.unspecified())
        .clockStart(ClockStart.EVENT_DAY).addExclusions(Exclusion.NOT_PROVISIONAL_EXPANSION_SPONSOR)
        .confidence(Confidence.PRIMARY)
        .citation(citeUrl(GOVR, "UK Expansion Worker: provisional rating", "The GOV.UK page, read in full; it states "
            + "no deadline. docs/sources.md#reporting-duties, row W11."))
        .build());
    // ---- Students (Student sponsor guidance, Document 2)
    rows.add(row("S1", EventKind.STUDENT_DID_NOT_ENROL, "Report that the student did not enrol within the enrolment "
            + "period")
        .party(WORKER_USER).channel(ReportingChannel.SMS).deadline(TEN).clockStart(ClockStart.END_OF_ENROLMENT_PERIOD)
        .confidence(Confidence.SECONDARY)
        .citation(cite(DOC_2, "Reporting duties: failure to enrol", LocalDate.of(2023, 7, 17),
            "University of Leicester quoting UKVI; Part Suitability SUI 32.1(a). docs/sources.md#student-reporting-duties, row S1."))
        .build());
    rows.add(row("S2", EventKind.STUDENT_MISSED_CONTACTS, "Report that the student missed 10 consecutive expected "
            + "contact points without permission")
        .party(WORKER_USER).channel(ReportingChannel.SMS).deadline(TEN).clockStart(ClockStart.TENTH_MISSED_CONTACT)
        .addExclusions(Exclusion.MISSED_CONTACTS_BELOW_THRESHOLD).confidence(Confidence.UNCERTAIN)
        .citation(cite(DOC_2, "Reporting duties: missed contact points", null,
            "Tier 4-era rule (lexology; commonwealthcontractors 22 Feb 2010); whether the current Document 2 keeps "
                + "it is uncertain. docs/sources.md#student-reporting-duties, row S2."))
        .build());
    rows.add(row("S3", EventKind.STUDENT_SPONSORSHIP_WITHDRAWN, "Report that the student withdrew, discontinued or "
            + "was excluded, or that sponsorship was withdrawn")
        .party(WORKER_USER).channel(ReportingChannel.SMS).deadline(TEN).clockStart(ClockStart.EVENT_DAY)
        .confidence(Confidence.SECONDARY)
        .citation(cite(DOC_2, "Reporting duties: withdrawal of sponsorship", LocalDate.of(2023, 7, 17),
            "Leicester, Napier; Part Suitability SUI 31.1, 32.1(b),(d). docs/sources.md#student-reporting-duties, row S3."))
        .build());
    rows.add(row("S4", EventKind.STUDENT_STUDIES_SUSPENDED, "Report a suspension, interruption or deferral of "
            + "studies")
        .party(WORKER_USER).channel(ReportingChannel.SMS).deadline(TEN).clockStart(ClockStart.EVENT_DAY)
        .confidence(Confidence.SECONDARY)
        .citation(cite(DOC_2, "Reporting duties: suspension or interruption of studies", LocalDate.of(2023, 7, 17),
            "Leicester; Dundee (31 July 2023). docs/sources.md#student-reporting-duties, row S4."))
        .build());
    rows.add(row("S5", EventKind.STUDENT_COMPLETED_EARLY, "Report that the student completed the course earlier than "
            + "the CAS end date")
        .party(WORKER_USER).channel(ReportingChannel.SMS).deadline(TEN).clockStart(ClockStart.EVENT_DAY)
        .addExclusions(Exclusion.NOT_EARLY_COMPLETION).confidence(Confidence.SECONDARY)
        .citation(cite(DOC_2, "Paragraph 3.12 (early completion)", LocalDate.of(2023, 7, 17),
            "Version 07/2023 change table; Leicester. docs/sources.md#student-reporting-duties, row S5."))
        .build());
    rows.add(row("S6", EventKind.STUDENT_CIRCUMSTANCES_CHANGED, "Report a significant change in the student's "
            + "circumstances (course, course length)")
        .party(WORKER_USER).channel(ReportingChannel.SMS).deadline(TEN).clockStart(ClockStart.EVENT_DAY)
        .confidence(Confidence.SECONDARY)
        .citation(cite(DOC_2, "Reporting duties: change of circumstances", null,
            "Napier; commonwealthcontractors. docs/sources.md#student-reporting-duties, row S6."))
        .build());
    rows.add(row("S7", EventKind.CHILD_STUDENT_LIVING_ARRANGEMENT, "Report a Child Student's non-permitted living "
            + "arrangement and the remedial steps taken")
        .party(WORKER_USER).channel(ReportingChannel.SMS).deadline(TEN).clockStart(ClockStart.DAY_OF_KNOWLEDGE)
        .confidence(Confidence.UNCERTAIN)
        .citation(cite(DOC_2, "Reporting duties: Child Student care arrangements", LocalDate.of(2025, 5, 29),
            "One source: lisaslaw (guidance of 29 May 2025); whether the duty predates that version is not known. "
                + "docs/sources.md#student-reporting-duties, row S7."))
        .build());
    rows.add(row("S8", EventKind.STUDENT_STUDYING_ELSEWHERE, "Notify that the student studies elsewhere (e.g. outside "
            + "the UK) for 10 working days or more")
        .party(WORKER_USER).channel(ReportingChannel.SMS).deadline(Deadline.unspecified())
        .clockStart(ClockStart.EVENT_DAY).addExclusions(Exclusion.STUDY_ELSEWHERE_BELOW_THRESHOLD)
        .confidence(Confidence.UNCERTAIN)
        .citation(cite(DOC_2, "Reporting duties: study away from the sponsor", null,
            "One university's policy reading (shu.ac.uk); deadline not stated. docs/sources.md#student-reporting-duties, row S8."))
        .build());
    // ---- Sponsor (GOV.UK "Your responsibilities": "within 20 working days")
    rows.add(row("O1", EventKind.SPONSOR_STOPPED_TRADING, "Report that the organisation stopped trading or became "
            + "insolvent")
        .party(ReportingParty.LEVEL_1_USER).channel(ReportingChannel.SMS).deadline(TWENTY)
        .clockStart(ClockStart.EVENT_DAY).confidence(Confidence.PRIMARY)
        .citation(citeUrl(GOVR, "Changes you must report: stops trading or becomes insolvent",
            "\"Within 20 working days\" (the GOV.UK page, read in full). docs/sources.md#sponsor-reporting-duties, row O1."))
        .build());
    rows.add(row("O2", EventKind.SPONSOR_BUSINESS_CHANGED, "Report a substantial change in the nature of the business")
        .party(ReportingParty.LEVEL_1_USER).channel(ReportingChannel.SMS).deadline(TWENTY)
        .clockStart(ClockStart.EVENT_DAY).confidence(Confidence.PRIMARY)
        .citation(citeUrl(GOVR, "Changes you must report: nature of the business",
            "\"Within 20 working days\" (the GOV.UK page). docs/sources.md#sponsor-reporting-duties, row O2."))
        .build());
    rows.add(row("O3", EventKind.SPONSOR_OWNERSHIP_CHANGED, "Report a merger, takeover, change of ownership, sale or "
            + "TUPE transfer (licences are not transferable)")
        .party(ReportingParty.LEVEL_1_USER).channel(ReportingChannel.SMS).deadline(TWENTY)
        .clockStart(ClockStart.EVENT_DAY).confidence(Confidence.PRIMARY)
        .citation(citeUrl(GOVR, "Changes you must report: mergers, takeovers and changes of ownership",
            "The GOV.UK page; dmhstallard citing Part 3 v10/24; gherson; quastels. docs/sources.md#sponsor-reporting-duties, row O3."))
        .build());
    rows.add(row("O3.A", EventKind.SPONSOR_OWNERSHIP_CHANGED, "The new owner, if unlicensed, applies for a sponsor "
            + "licence to keep sponsoring the transferred workers")
        .party(ReportingParty.NEW_OWNER).channel(ReportingChannel.LICENCE_APPLICATION)
        .deadline(Deadline.calendarDays(28)).deadlineParameter(ReportingParameters.NEW_OWNER_APPLICATION_DEADLINE)
        .clockStart(ClockStart.EVENT_DAY).addExclusions(Exclusion.NEW_OWNER_LICENSED)
        .confidence(Confidence.UNCERTAIN)
        .citation(cite(Source.RULES_PART_SUITABILITY, "SUI 34.1(b)(ii)", null,
            "\"Within 28 days of the date of a transfer\" (Rules) against 20 working days (guidance via dmhstallard, "
                + "gherson): a parameter. docs/sources.md#sponsor-reporting-duties, row O3.A."))
        .build());
    rows.add(row("O4", EventKind.SPONSOR_OVERSEAS_RELATIONSHIP_CHANGED, "Report a change in the relationship with an "
            + "overseas business that sent workers, or to a secondment or service-supplier contract")
        .party(ReportingParty.LEVEL_1_USER).channel(ReportingChannel.SMS).deadline(TWENTY)
        .clockStart(ClockStart.EVENT_DAY).confidence(Confidence.PRIMARY)
        .citation(citeUrl(GOVR, "Changes you must report: overseas business and contracts",
            "\"Within 20 working days\" (the GOV.UK page). docs/sources.md#sponsor-reporting-duties, row O4."))
        .build());
    rows.add(row("O5", EventKind.SPONSOR_DETAILS_CHANGED, "Report a change of name, address, other licence details "
            + "or key personnel")
        .party(ReportingParty.LEVEL_1_USER).channel(ReportingChannel.SMS).deadline(TWENTY)
        .clockStart(ClockStart.EVENT_DAY).confidence(Confidence.SECONDARY)
        .citation(citeUrl(GOVR, "Changes you must report: your details and allocated roles",
            "GOV.UK gives no deadline for detail changes; 20 working days from secondary sources (harveyslegal). "
                + "docs/sources.md#sponsor-reporting-duties, row O5."))
        .build());
    rows.add(row("O6", EventKind.SPONSOR_COMPLIANCE_NOTICE, "Respond to a downgrade or suspension notice (extensions "
            + "possible)")
        .party(ReportingParty.SPONSOR).channel(ReportingChannel.RESPONSE_TO_NOTICE).deadline(TWENTY)
        .clockStart(ClockStart.DATE_OF_NOTICE).confidence(Confidence.SECONDARY)
        .citation(cite(PART_3, "Compliance action: downgrade and suspension", null,
            "edwincoe; duncanlewis (6 March 2019). docs/sources.md#sponsor-reporting-duties, row O6."))
        .build());
    rows.add(row("O7", EventKind.SPONSOR_ACTION_PLAN_ISSUED, "Pay the action plan fee, or the licence is revoked")
        .party(ReportingParty.SPONSOR).channel(ReportingChannel.PAYMENT).deadline(TEN)
        .clockStart(ClockStart.DATE_OF_NOTICE).confidence(Confidence.UNCERTAIN)
        .citation(cite(PART_3, "Compliance action: action plans", null,
            "sponsorlicence.com (copy of an old GOV.UK page); xpats. docs/sources.md#sponsor-reporting-duties, row O7."))
        .build());
    rows.add(row("O8", EventKind.SPONSOR_ALLOCATION_EXPIRING, "Request the renewal of the annual CoS/CAS allocation "
            + "in the 3 months before it expires")
        .party(ReportingParty.LEVEL_1_USER).channel(ReportingChannel.SMS).deadline(Deadline.lastWorkingDayBeforeEvent())
        .clockStart(ClockStart.RENEWAL_WINDOW_OPENS).addExclusions(Exclusion.ALLOCATION_AUTO_RENEWED)
        .confidence(Confidence.SECONDARY)
        .citation(cite(Source.SMS_MANUAL_1, "Troubleshooting; email notices of allocation expiry", null,
            "Window of 3 months from getborderless (current) and the UKBA Q&A (2009). docs/sources.md#sponsor-reporting-duties, row O8."))
        .build());
    return rows;
  }

  private static DutyRule.Builder row(String id, EventKind kind, String title) {
    return DutyRule.builder().id(id).eventKind(kind).title(title);
  }

  /** A citation of {@code section}: from {@code from} when the rule's start is known, else the edition read. */
  private static Citation cite(Source source, String section, LocalDate from, String note) {
    return (from == null ? Citation.of(source, section) : Citation.of(source, section, from)).withNote(note);
  }

  /** A citation of a section of the GOV.UK responsibilities page (the edition read). */
  private static Citation citeUrl(Source source, String section, String note) {
    return Citation.of(source, section).withUrl(GOVR_URL).withNote(note);
  }
}
