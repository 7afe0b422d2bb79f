package io.github.sponsorsdk.sms.core.event;

/**
 * The kinds of reportable event, one per concrete {@link ReportableEvent} type. The {@link #code()} is the row of the
 * reporting-duties tables in {@code docs/sources.md} (#reporting-duties, #student-reporting-duties,
 * #sponsor-reporting-duties: W1–W11, S1–S8, O1–O8), so a
 * reviewer can hold a kind against its source row.
 */
public enum EventKind {
  /** W1: the worker does not start within 28 days of the latest start-window date. */
  WORKER_START_DELAYED("W1", EventParty.WORKER),
  /** W2: absent without permission for more than 10 consecutive working days. */
  WORKER_UNAUTHORISED_ABSENCE("W2", EventParty.WORKER),
  /** W3: absent without pay or on reduced pay for more than 4 weeks in a calendar year. */
  WORKER_UNPAID_LEAVE("W3", EventParty.WORKER),
  /** W4: pay changed from the level on the CoS. */
  WORKER_PAY_CHANGED("W4", EventParty.WORKER),
  /** W5: a change to the job, duties or place of work. */
  WORKER_EMPLOYMENT_CHANGED("W5", EventParty.WORKER),
  /** W6: sponsorship ends early, for any reason. */
  WORKER_SPONSORSHIP_ENDED("W6", EventParty.WORKER),
  /** W7: the worker is known or suspected to breach the conditions of their permission. */
  WORKER_BREACH_OF_CONDITIONS("W7", EventParty.WORKER),
  /** W8: information suggesting the worker is involved in terrorism or crime. */
  WORKER_SUSPECTED_CRIMINALITY("W8", EventParty.WORKER),
  /** W9: an offshore worker arrives in or leaves the UK at the start or end of the sponsored job. */
  OFFSHORE_WORKER_MOVEMENT("W9", EventParty.WORKER),
  /** W10: start or end date changed before the worker applied: a sponsor note, not a report. */
  WORKER_DATES_CHANGED_BEFORE_APPLICATION("W10", EventParty.WORKER),
  /** W11: a provisional UK Expansion Worker sponsor's Authorising Officer is granted their visa. */
  EXPANSION_AUTHORISING_OFFICER_VISA_GRANTED("W11", EventParty.SPONSOR),
  /** S1: the student does not enrol within the enrolment period. */
  STUDENT_DID_NOT_ENROL("S1", EventParty.STUDENT),
  /** S2: the student misses expected contact points. */
  STUDENT_MISSED_CONTACTS("S2", EventParty.STUDENT),
  /** S3: the student withdraws, is excluded, or the sponsor withdraws sponsorship. */
  STUDENT_SPONSORSHIP_WITHDRAWN("S3", EventParty.STUDENT),
  /** S4: studies suspended, interrupted or deferred. */
  STUDENT_STUDIES_SUSPENDED("S4", EventParty.STUDENT),
  /** S5: the course is completed earlier than the CAS end date. */
  STUDENT_COMPLETED_EARLY("S5", EventParty.STUDENT),
  /** S6: a significant change in the student's circumstances (course, course length). */
  STUDENT_CIRCUMSTANCES_CHANGED("S6", EventParty.STUDENT),
  /** S7: a Child Student in a living arrangement that is not permitted. */
  CHILD_STUDENT_LIVING_ARRANGEMENT("S7", EventParty.STUDENT),
  /** S8: the student studies elsewhere (e.g. outside the UK). */
  STUDENT_STUDYING_ELSEWHERE("S8", EventParty.STUDENT),
  /** O1: the sponsor stops trading or becomes insolvent. */
  SPONSOR_STOPPED_TRADING("O1", EventParty.SPONSOR),
  /** O2: a substantial change in the nature of the business. */
  SPONSOR_BUSINESS_CHANGED("O2", EventParty.SPONSOR),
  /** O3: merger, takeover, change of ownership, sale, TUPE transfer. */
  SPONSOR_OWNERSHIP_CHANGED("O3", EventParty.SPONSOR),
  /** O4: a change in the relationship with an overseas business, or in a secondment/service contract. */
  SPONSOR_OVERSEAS_RELATIONSHIP_CHANGED("O4", EventParty.SPONSOR),
  /** O5: a change of name, address, other licence details or key personnel. */
  SPONSOR_DETAILS_CHANGED("O5", EventParty.SPONSOR),
  /** O6: a downgrade or suspension notice to respond to. */
  SPONSOR_COMPLIANCE_NOTICE("O6", EventParty.SPONSOR),
  /** O7: an action plan issued after a downgrade to B rating, whose fee must be paid. */
  SPONSOR_ACTION_PLAN_ISSUED("O7", EventParty.SPONSOR),
  /** O8: an annual CoS/CAS allocation about to expire. */
  SPONSOR_ALLOCATION_EXPIRING("O8", EventParty.SPONSOR);

  private final String code;
  private final EventParty party;

  EventKind(String code, EventParty party) {
    this.code = code;
    this.party = party;
  }

  /** {@return the row of the domain notes' reporting table, e.g. {@code "W2"}} */
  public String code() {
    return code;
  }

  /** {@return whom the event is about} */
  public EventParty party() {
    return party;
  }
}
