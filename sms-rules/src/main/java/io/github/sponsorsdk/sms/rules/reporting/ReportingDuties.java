package io.github.sponsorsdk.sms.rules.reporting;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.decision.Reason;
import io.github.sponsorsdk.sms.core.event.EventKind;
import io.github.sponsorsdk.sms.core.event.EventParty;
import io.github.sponsorsdk.sms.core.event.OffshoreWorkerMovement;
import io.github.sponsorsdk.sms.core.event.ReportableEvent;
import io.github.sponsorsdk.sms.core.event.SponsorAllocationExpiring;
import io.github.sponsorsdk.sms.core.event.SponsorOwnershipChanged;
import io.github.sponsorsdk.sms.core.event.StudentCompletedEarly;
import io.github.sponsorsdk.sms.core.event.StudentMissedContacts;
import io.github.sponsorsdk.sms.core.event.StudentStudyingElsewhere;
import io.github.sponsorsdk.sms.core.event.WorkerEmploymentChanged;
import io.github.sponsorsdk.sms.core.event.WorkerPayChanged;
import io.github.sponsorsdk.sms.core.event.WorkerStartDelayed;
import io.github.sponsorsdk.sms.core.event.WorkerUnauthorisedAbsence;
import io.github.sponsorsdk.sms.core.event.WorkerUnpaidLeave;
import io.github.sponsorsdk.sms.core.place.UkNation;
import io.github.sponsorsdk.sms.core.route.RouteCategory;
import io.github.sponsorsdk.sms.rules.calendar.UkWorkingDayCalendars;
import io.github.sponsorsdk.sms.rules.calendar.WorkingDayCalendar;
import io.github.sponsorsdk.sms.rules.effective.DateEffective;
import io.github.sponsorsdk.sms.rules.effective.DatedValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The reporting-duties engine: for a batch of {@link ReportableEvent}s, which duties arise under the
 * {@link DutyCatalogue}, by when, and where each stands on an as-of date.
 *
 * <h2>Counting</h2>
 * The nation is always explicit: its bank holidays decide the working days ({@link UkWorkingDayCalendars}).
 * Parameters are those in force on the day the event happened ({@link ReportableEvent#occurredOn()}; for W1 the
 * start of the 28-day window). With the default {@link DayCounting#EVENT_DAY_IS_DAY_ZERO}:
 * <ul>
 *   <li>N working days: due = {@code plusWorkingDays(clockStart, N)}, the N-th working day strictly after the
 *       clock start. The clock-start day is never counted, whether or not it is a working day; when it is a
 *       Saturday, Sunday or bank holiday, day 1 is the next working day. An event on Friday 22 August 2025
 *       (England and Wales, Monday 25 August a bank holiday) is due on Monday 8 September.
 *   <li>N calendar days: due = {@code clockStart + N}, moved back to the previous working day when that is a
 *       weekend or bank holiday (the SDK advises the earlier day rather than assume the SMS accepts reports on a
 *       holiday), and never before the clock start.
 *   <li>"Last working day before the event" (allocation renewal): the working day before the expiry date.
 *   <li>"As soon as reasonably practicable" and "no deadline stated": no due date; the duty is
 *       {@link DutyStatus#DUE} and never {@link DutyStatus#OVERDUE}.
 * </ul>
 * A duty is OVERDUE exactly when it has a due date, no report was passed, and the as-of date is after the due date.
 *
 * <h2>Clock starts</h2>
 * W1: window start + 28 days (reportable when the new start date is 29 or more days after the window start, or when
 * there is none and the window has ended on the as-of date). W2: the tenth working day of the absence (given by the
 * caller for shift workers, else counted on the nation's calendar from the first day), when the absence exceeds 10
 * consecutive working days. W3: the day the 4-week total was exceeded, when the calendar year's total exceeds 28
 * days. O8: three months before expiry. Everything else: {@link ReportableEvent#occurredOn()}.
 *
 * <h2>Cost</h2>
 * Built once per parameter set: the parameters are resolved into one record per interval between their change
 * dates, and every reason is built in advance. A batch then reads each event's kind by class and its date through
 * the kind's own type (no megamorphic interface call per event, see {@code EventReads}), searches the parameter
 * intervals only when an event leaves the current one, counts working days on epoch days through the calendar's
 * index (two array reads, no {@link LocalDate} built), and writes into the columns of a {@link DutyBatch} (a few
 * arrays per batch, no object per duty; a {@link Duty} value is built only when the caller asks for it). What is
 * left per event is mostly reading the caller's event objects (decision 0440). Instances are immutable and
 * thread-safe.
 *
 * <p><b>Shape and parameters</b> (docs/decisions/0005-api-charter.md): {@link #defaults()} reads
 * {@link ReportingParameters#defaults()}, today's guidance, each value with its citation and effective date there;
 * {@code of(ReportingParameters)} takes other parameters, {@code parameters()} returns them. Immutable and thread-safe.
 * <b>Verbs:</b> {@code duties(...)} returns the {@code DutyBatch} of what must be reported and by when.
 */
public final class ReportingDuties {

  private static final EventKind[] KINDS = EventKind.values();
  private static final long MIN_EPOCH_DAY = LocalDate.MIN.toEpochDay();
  private static final long MAX_EPOCH_DAY = LocalDate.MAX.toEpochDay();
  private static final long NO_DAY = DutyBatch.NO_DAY;

  private static final ReportingDuties DEFAULTS = new ReportingDuties(ReportingParameters.defaults());

  private final ReportingParameters parameters;
  private final long[] segmentStarts;
  private final Segment[] segments;
  /** By event kind ordinal: the kind's rows, and their status reasons at the same positions. */
  private final DutyRule[][] rowsByKind = new DutyRule[EventKind.values().length][];
  private final RowReasons[][] reasonsByKind = new RowReasons[EventKind.values().length][];
  private final Map<DutyReason, Reason> rowExplanations = new EnumMap<>(DutyReason.class);
  private final Reason outsideParameters;
  private final Reason categoryNotLicensed;

  private ReportingDuties(ReportingParameters parameters) {
    this.parameters = parameters;
    TreeSet<LocalDate> changes = new TreeSet<>();
    for (DateEffective<?> p : parameters.parameters()) {
      for (DatedValue<?> v : p.versions()) {
        changes.add(v.effectiveFrom());
      }
      p.endExclusive().ifPresent(changes::add);
    }
    segmentStarts = new long[changes.size()];
    segments = new Segment[changes.size()];
    int i = 0;
    for (LocalDate start : changes) {
      segmentStarts[i] = start.toEpochDay();
      segments[i] = parameters.parameters().stream().allMatch(p -> p.covers(start)) ? new Segment(parameters, start)
          : null;
      i++;
    }
    for (EventKind kind : EventKind.values()) {
      List<DutyRule> rows = DutyCatalogue.rowsFor(kind);
      rowsByKind[kind.ordinal()] = rows.toArray(new DutyRule[0]);
      reasonsByKind[kind.ordinal()] = rows.stream().map(RowReasons::new).toArray(RowReasons[]::new);
    }
    for (DutyReason code : new DutyReason[] {DutyReason.EARLIER_START, DutyReason.UNPAID_LEAVE_EXCEPTION_APPLIES,
        DutyReason.UNPAID_LEAVE_NO_EXCEPTION, DutyReason.PAY_INCREASE, DutyReason.NURSE_OR_MIDWIFE_REGISTRATION,
        DutyReason.OCCASIONAL_WORK_ELSEWHERE, DutyReason.NEW_COS_REQUIRED, DutyReason.OFFSHORE_HOLIDAY,
        DutyReason.SPONSOR_NOTE_INSTEAD, DutyReason.NOT_PROVISIONAL_EXPANSION_SPONSOR, DutyReason.NOT_EARLY_COMPLETION,
        DutyReason.NEW_OWNER_LICENSED, DutyReason.ALLOCATION_AUTO_RENEWED, DutyReason.CATEGORY_NOT_LICENSED}) {
      rowExplanations.put(code, code.reason());
    }
    categoryNotLicensed = rowExplanations.get(DutyReason.CATEGORY_NOT_LICENSED);
    outsideParameters = DutyReason.OUTSIDE_PARAMETER_RANGE.reason(Map.of("coverageFrom",
        parameters.dayCounting().effectiveFrom())).withCitation(parameters.dayCounting().versions().get(0).citation());
  }

  /** {@return the engine with {@link ReportingParameters#defaults()}} */
  public static ReportingDuties defaults() {
    return DEFAULTS;
  }

  /**
   * {@return an engine with the caller's parameters}
   *
   * @param parameters the parameters to use instead of {@code defaults()}: each date-effective and cited
   */
  public static ReportingDuties of(ReportingParameters parameters) {
    return new ReportingDuties(Objects.requireNonNull(parameters, "parameters"));
  }

  /** {@return the parameters in use} */
  public ReportingParameters parameters() {
    return parameters;
  }

  /**
   * {@return the duties arising from {@code events} in {@code nation} as of {@code asOf}, with no reports made} One
   * duty per (event, catalogue row) in event order; most events have one row, a change of ownership two.
   *
   * @param events the events
   * @param sponsor the sponsor's context
   * @param nation where the bank holidays come from
   * @param asOf the day of the question
   */
  public DutyBatch duties(Collection<? extends ReportableEvent> events, SponsorContext sponsor, UkNation nation,
      LocalDate asOf) {
    return duties(events, sponsor, nation, asOf, List.of());
  }

  /**
   * {@return as {@link #duties(Collection, SponsorContext, UkNation, LocalDate)}, with the reports the sponsor has
   * made}
   *
   * @param events the events
   * @param sponsor the sponsor's context
   * @param nation where the bank holidays come from
   * @param asOf the day of the question
   * @param reports the reports made
   */
  public DutyBatch duties(Collection<? extends ReportableEvent> events, SponsorContext sponsor, UkNation nation,
      LocalDate asOf, Collection<Report> reports) {
    return duties(events, sponsor, UkWorkingDayCalendars.of(Objects.requireNonNull(nation, "nation")), asOf,
        reports);
  }

  /**
   * {@return the duties, as above, counted with a calendar the caller built or corrected (e.g. {@code withAddedHoliday}
   * for a one-off bank holiday)}
   *
   * @param events the events
   * @param sponsor the sponsor's context
   * @param calendar the calendar
   * @param asOf the day of the question
   * @param reports the reports made
   */
  public DutyBatch duties(Collection<? extends ReportableEvent> events, SponsorContext sponsor,
      WorkingDayCalendar calendar, LocalDate asOf, Collection<Report> reports) {
    return duties(events, sponsor, WorkingDays.of(calendar), asOf, reports);
  }

  /**
   * {@return the duties, as above, counted with any {@link WorkingDays} source; the nation is {@link
   * WorkingDays#nation()}}
   *
   * @param events the events
   * @param sponsor the sponsor's context
   * @param days the working days
   * @param asOf the day of the question
   * @param reports the reports made
   */
  public DutyBatch duties(Collection<? extends ReportableEvent> events, SponsorContext sponsor, WorkingDays days,
      LocalDate asOf, Collection<Report> reports) {
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(sponsor, "sponsor");
    Objects.requireNonNull(days, "days");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(reports, "reports");
    Map<ReportKey, LocalDate> reported = Map.of();
    if (!reports.isEmpty()) {
      reported = new HashMap<>();
      for (Report r : reports) {
        reported.merge(new ReportKey(r.event(), r.dutyId()), r.reportedOn(), (a, b) -> a.isBefore(b) ? a : b);
      }
    }
    ReportableEvent[] byIndex = events.toArray(new ReportableEvent[0]);
    DutyBatch batch = new DutyBatch(days.nation(), byIndex, byIndex.length + (byIndex.length >> 4) + 1);
    Run run = new Run(sponsor, days, asOf, reported, batch);
    int segment = -1;
    long segmentFrom = Long.MAX_VALUE;
    long segmentUntil = Long.MIN_VALUE;
    for (int i = 0; i < byIndex.length; i++) {
      ReportableEvent e = Objects.requireNonNull(byIndex[i], "events must not contain null");
      // Kind and date without the two megamorphic interface calls (see EventReads).
      EventKind kind = run.reads.kind(e);
      LocalDate occurred = EventReads.occurredOn(kind, e);
      long day = occurred.toEpochDay();
      if (day < segmentFrom || day >= segmentUntil) { // most batches sit in one interval: search only on leaving it
        segment = segmentIndex(day);
        segmentFrom = segment < 0 ? Long.MIN_VALUE : segmentStarts[segment];
        segmentUntil = segment < 0 ? segmentStarts[0]
            : segment + 1 < segmentStarts.length ? segmentStarts[segment + 1] : Long.MAX_VALUE;
      }
      Segment seg = segment < 0 ? null : segments[segment];
      int k = kind.ordinal();
      DutyRule[] rows = rowsByKind[k];
      RowReasons[] reasons = reasonsByKind[k];
      for (int r = 0; r < rows.length; r++) {
        run.duty(i, e, kind, occurred, day, rows[r], reasons[r], seg);
      }
    }
    return batch;
  }

  /** The index of the interval holding {@code epochDay}, or -1 before the first. */
  private int segmentIndex(long epochDay) {
    int i = Arrays.binarySearch(segmentStarts, epochDay);
    return i >= 0 ? i : -i - 2;
  }

  /** {@code epochDay + n} as {@link LocalDate#plusDays} computes it: a {@link DateTimeException} beyond its range. */
  private static long plusDays(long epochDay, long n) {
    long d = epochDay + n;
    if (d < MIN_EPOCH_DAY || d > MAX_EPOCH_DAY) {
      throw new DateTimeException("Epoch day " + d + " is beyond LocalDate's range");
    }
    return d;
  }


  /**
   * One batch: the caller's context and a scratch pad reused for every event. Dates are epoch days
   * ({@link LocalDate#toEpochDay()}) throughout, so the loop allocates nothing per event.
   */
  private final class Run {
    final SponsorContext sponsor;
    final WorkingDays days;
    final long asOf;
    final Map<ReportKey, LocalDate> reported;
    final boolean anyReports;
    final DutyBatch batch;
    final EventReads reads = new EventReads();
    /** By event kind ordinal: the sponsor's stated licence categories do not cover the kind's party. */
    final boolean[] unlicensed = new boolean[KINDS.length];
    // scratch, reset per duty
    long clockStart;
    Deadline deadline;
    Reason explanation;
    Reason notReportable;

    Run(SponsorContext sponsor, WorkingDays days, LocalDate asOf, Map<ReportKey, LocalDate> reported,
        DutyBatch batch) {
      this.sponsor = sponsor;
      this.batch = batch;
      this.days = days;
      this.asOf = asOf.toEpochDay();
      this.reported = reported;
      this.anyReports = !reported.isEmpty();
      var categories = sponsor.licensedCategories();
      boolean workersLicensed = categories.isEmpty() || categories.contains(RouteCategory.WORKER)
          || categories.contains(RouteCategory.TEMPORARY_WORKER);
      boolean studentsLicensed = categories.isEmpty() || categories.contains(RouteCategory.STUDENT);
      for (EventKind kind : KINDS) {
        EventParty party = kind.party();
        unlicensed[kind.ordinal()] = (party == EventParty.WORKER && !workersLicensed)
            || (party == EventParty.STUDENT && !studentsLicensed);
      }
    }

    void duty(int index, ReportableEvent e, EventKind kind, LocalDate occurred, long day, DutyRule row,
        RowReasons rr, Segment seg) {
      if (seg == null) {
        batch.add(index, row, DutyStatus.UNDETERMINED, outsideParameters);
        return;
      }
      if (unlicensed[kind.ordinal()]) {
        batch.add(index, row, DutyStatus.UNDETERMINED, categoryNotLicensed);
        return;
      }
      long due;
      try {
        assess(e, kind, occurred, day, row, seg);
        if (notReportable != null) {
          batch.add(index, row, DutyStatus.NOT_REPORTABLE, notReportable);
          return;
        }
        due = dueDate(day, seg);
      } catch (DateTimeException outOfRange) {
        batch.add(index, row, DutyStatus.UNDETERMINED, rr.outsideCalendar);
        return;
      }
      long reportedOn = NO_DAY;
      if (anyReports) {
        LocalDate on = reported.get(new ReportKey(e, row.id()));
        reportedOn = on == null ? NO_DAY : on.toEpochDay();
      }
      DutyStatus status;
      Reason reason;
      if (reportedOn != NO_DAY) {
        status = DutyStatus.REPORTED;
        reason = due == NO_DAY ? rr.reported : reportedOn > due ? rr.reportedLate : rr.reportedOnTime;
      } else if (due == NO_DAY) {
        status = DutyStatus.DUE;
        reason = deadline.kind() == DeadlineKind.AS_SOON_AS_REASONABLY_PRACTICABLE ? rr.asap : rr.noDeadline;
      } else if (asOf > due) {
        status = DutyStatus.OVERDUE;
        reason = rr.overdue;
      } else {
        status = DutyStatus.DUE;
        reason = rr.due;
      }
      batch.add(index, row, status, clockStart, due, reportedOn, explanation, reason);
    }

    /** Sets the clock start, deadline and explanation, or {@link #notReportable}. */
    private void assess(ReportableEvent e, EventKind kind, LocalDate occurred, long day, DutyRule row,
        Segment seg) {
      clockStart = day;
      deadline = row.deadline();
      explanation = null;
      notReportable = null;
      switch (kind) {
        case WORKER_START_DELAYED: {
          WorkerStartDelayed w = (WorkerStartDelayed) e;
          long windowStart = day; // occurredOn() is the window start
          clockStart = plusDays(windowStart, seg.startWindowDays);
          Optional<LocalDate> newStart = w.newStartDate();
          if (newStart.isPresent()) {
            long delay = newStart.get().toEpochDay() - windowStart;
            if (delay < 0) {
              notReportable = rowExplanations.get(DutyReason.EARLIER_START);
            } else if (delay <= seg.startWindowDays) {
              notReportable = seg.reason(DutyReason.START_WITHIN_WINDOW);
            }
          } else if (asOf <= clockStart) {
            notReportable = seg.reason(DutyReason.START_WINDOW_NOT_ENDED);
          }
          break;
        }
        case WORKER_UNAUTHORISED_ABSENCE: {
          WorkerUnauthorisedAbsence w = (WorkerUnauthorisedAbsence) e;
          if (w.consecutiveWorkingDaysAbsent() <= seg.absenceWorkingDays) {
            notReportable = seg.reason(DutyReason.ABSENCE_WITHIN_THRESHOLD);
          } else {
            Optional<LocalDate> tenth = w.tenthWorkingDayOfAbsence();
            clockStart = tenth.isPresent() ? tenth.get().toEpochDay()
                : days.plusWorkingDays(days.nextOrSame(day), seg.absenceWorkingDays - 1);
          }
          break;
        }
        case WORKER_UNPAID_LEAVE: {
          WorkerUnpaidLeave w = (WorkerUnpaidLeave) e;
          if (w.daysWithoutPayInCalendarYear() <= seg.unpaidLeaveDays) {
            notReportable = seg.reason(DutyReason.UNPAID_LEAVE_WITHIN_THRESHOLD);
          } else {
            explanation = rowExplanations.get(w.exception().isPresent()
                ? DutyReason.UNPAID_LEAVE_EXCEPTION_APPLIES : DutyReason.UNPAID_LEAVE_NO_EXCEPTION);
          }
          break;
        }
        case WORKER_PAY_CHANGED: {
          WorkerPayChanged w = (WorkerPayChanged) e;
          if (!w.isReduction()) {
            if (w.nurseOrMidwifeRegistrationCompleted()) {
              explanation = rowExplanations.get(DutyReason.NURSE_OR_MIDWIFE_REGISTRATION);
            } else {
              notReportable = rowExplanations.get(DutyReason.PAY_INCREASE);
            }
          }
          break;
        }
        case WORKER_EMPLOYMENT_CHANGED:
          switch (((WorkerEmploymentChanged) e).change()) {
            case HYBRID_WORKING_PATTERN:
              if (seg.hybridWorkingReportable) {
                explanation = seg.reason(DutyReason.HYBRID_WORKING_REPORTABLE);
              } else {
                notReportable = seg.reason(DutyReason.HYBRID_WORKING_NOT_REPORTABLE);
              }
              break;
            case OCCASIONAL_WORK_ELSEWHERE:
              notReportable = rowExplanations.get(DutyReason.OCCASIONAL_WORK_ELSEWHERE);
              break;
            case SOC_CODE:
              notReportable = rowExplanations.get(DutyReason.NEW_COS_REQUIRED);
              break;
            default:
              break;
          }
          break;
        case WORKER_BREACH_OF_CONDITIONS:
          deadline = seg.breachOfConditionsDeadline;
          break;
        case OFFSHORE_WORKER_MOVEMENT:
          if (!seg.offshoreReportingInForce) {
            notReportable = seg.reason(DutyReason.OFFSHORE_DUTY_NOT_IN_FORCE);
          } else if (((OffshoreWorkerMovement) e).holiday()) {
            notReportable = rowExplanations.get(DutyReason.OFFSHORE_HOLIDAY);
          }
          break;
        case WORKER_DATES_CHANGED_BEFORE_APPLICATION:
          notReportable = rowExplanations.get(DutyReason.SPONSOR_NOTE_INSTEAD);
          break;
        case EXPANSION_AUTHORISING_OFFICER_VISA_GRANTED:
          if (!sponsor.provisionalUkExpansionSponsor()) {
            notReportable = rowExplanations.get(DutyReason.NOT_PROVISIONAL_EXPANSION_SPONSOR);
          }
          break;
        case STUDENT_MISSED_CONTACTS:
          if (((StudentMissedContacts) e).consecutiveMissedContacts() < seg.missedContacts) {
            notReportable = seg.reason(DutyReason.MISSED_CONTACTS_BELOW_THRESHOLD);
          }
          break;
        case STUDENT_COMPLETED_EARLY:
          if (!((StudentCompletedEarly) e).isEarly()) {
            notReportable = rowExplanations.get(DutyReason.NOT_EARLY_COMPLETION);
          }
          break;
        case STUDENT_STUDYING_ELSEWHERE:
          if (((StudentStudyingElsewhere) e).workingDaysElsewhere() < seg.studyingElsewhereWorkingDays) {
            notReportable = seg.reason(DutyReason.STUDY_ELSEWHERE_BELOW_THRESHOLD);
          }
          break;
        case SPONSOR_OWNERSHIP_CHANGED:
          if (row.deadlineParameter().isPresent()) { // O3.A, the new owner's application
            if (((SponsorOwnershipChanged) e).newOwnerMustApplyForLicence()) {
              deadline = seg.newOwnerApplicationDeadline;
            } else {
              notReportable = rowExplanations.get(DutyReason.NEW_OWNER_LICENSED);
            }
          }
          break;
        case SPONSOR_ALLOCATION_EXPIRING:
          if (((SponsorAllocationExpiring) e).autoRenewed()) {
            notReportable = rowExplanations.get(DutyReason.ALLOCATION_AUTO_RENEWED);
          } else {
            clockStart = occurred.minusMonths(seg.renewalWindowMonths).toEpochDay();
          }
          break;
        default:
          break;
      }
    }

    /** The due date for the assessed clock start and deadline; {@link #NO_DAY} when the deadline has none. */
    private long dueDate(long occurred, Segment seg) {
      switch (deadline.kind()) {
        case WORKING_DAYS:
          return seg.eventDayIsDayZero ? days.plusWorkingDays(clockStart, deadline.days())
              : deadline.days() == 1 ? days.nextOrSame(clockStart)
              : days.plusWorkingDays(days.nextOrSame(clockStart), deadline.days() - 1);
        case CALENDAR_DAYS: {
          long end = plusDays(clockStart, seg.eventDayIsDayZero ? deadline.days() : deadline.days() - 1L);
          long due = days.previousOrSame(end);
          return due < clockStart ? days.nextOrSame(clockStart) : due;
        }
        case LAST_WORKING_DAY_BEFORE_EVENT: {
          long due = days.previous(occurred);
          return due < clockStart ? days.nextOrSame(clockStart) : due;
        }
        default:
          return NO_DAY;
      }
    }
  }

  /** The status reasons of one row, built once. */
  private static final class RowReasons {
    final Reason due;
    final Reason overdue;
    final Reason reportedOnTime;
    final Reason reportedLate;
    final Reason reported;
    final Reason asap;
    final Reason noDeadline;
    final Reason outsideCalendar;

    RowReasons(DutyRule row) {
      Map<String, String> what = Map.of("duty", row.id(), "title", row.title());
      Map<String, String> dated = Map.of("duty", row.id(), "title", row.title(), "deadline",
          row.deadlineParameter().isPresent() ? "the deadline set by parameter " + row.deadlineParameter().get()
              : row.deadline().toString());
      Citation c = row.citation();
      due = DutyReason.DUE.reason(dated).withCitation(c);
      overdue = DutyReason.OVERDUE.reason(dated).withCitation(c);
      reportedOnTime = DutyReason.REPORTED_ON_TIME.reason(what).withCitation(c);
      reportedLate = DutyReason.REPORTED_LATE.reason(what).withCitation(c);
      reported = DutyReason.REPORTED.reason(what).withCitation(c);
      asap = DutyReason.AS_SOON_AS_REASONABLY_PRACTICABLE.reason(what).withCitation(c);
      noDeadline = DutyReason.NO_DEADLINE_STATED.reason(what).withCitation(c);
      outsideCalendar = DutyReason.OUTSIDE_CALENDAR_RANGE.reason(what).withCitation(c);
    }
  }

  /** The parameter values in force over one interval between change dates, with their reasons built once. */
  private static final class Segment {
    final boolean eventDayIsDayZero;
    final int startWindowDays;
    final int absenceWorkingDays;
    final int unpaidLeaveDays;
    final boolean hybridWorkingReportable;
    final boolean offshoreReportingInForce;
    final Deadline breachOfConditionsDeadline;
    final Deadline newOwnerApplicationDeadline;
    final int missedContacts;
    final int studyingElsewhereWorkingDays;
    final int renewalWindowMonths;
    final Map<DutyReason, Reason> reasons = new EnumMap<>(DutyReason.class);

    Segment(ReportingParameters p, LocalDate on) {
      eventDayIsDayZero = p.dayCounting().on(on) == DayCounting.EVENT_DAY_IS_DAY_ZERO;
      startWindowDays = p.startWindowDays().on(on);
      absenceWorkingDays = p.absenceWorkingDays().on(on);
      unpaidLeaveDays = p.unpaidLeaveDays().on(on);
      hybridWorkingReportable = p.hybridWorkingReportable().on(on);
      offshoreReportingInForce = p.offshoreReportingInForce().on(on);
      breachOfConditionsDeadline = p.breachOfConditionsDeadline().on(on);
      newOwnerApplicationDeadline = p.newOwnerApplicationDeadline().on(on);
      missedContacts = p.missedContacts().on(on);
      studyingElsewhereWorkingDays = p.studyingElsewhereWorkingDays().on(on);
      renewalWindowMonths = p.renewalWindowMonths().on(on);
      put(DutyReason.START_WITHIN_WINDOW, p.startWindowDays(), on, "days", startWindowDays);
      put(DutyReason.START_WINDOW_NOT_ENDED, p.startWindowDays(), on, "days", startWindowDays);
      put(DutyReason.ABSENCE_WITHIN_THRESHOLD, p.absenceWorkingDays(), on, "workingDays", absenceWorkingDays);
      put(DutyReason.UNPAID_LEAVE_WITHIN_THRESHOLD, p.unpaidLeaveDays(), on, "days", unpaidLeaveDays);
      put(DutyReason.HYBRID_WORKING_NOT_REPORTABLE, p.hybridWorkingReportable(), on);
      put(DutyReason.HYBRID_WORKING_REPORTABLE, p.hybridWorkingReportable(), on);
      put(DutyReason.OFFSHORE_DUTY_NOT_IN_FORCE, p.offshoreReportingInForce(), on);
      put(DutyReason.MISSED_CONTACTS_BELOW_THRESHOLD, p.missedContacts(), on, "contacts", missedContacts);
      put(DutyReason.STUDY_ELSEWHERE_BELOW_THRESHOLD, p.studyingElsewhereWorkingDays(), on, "workingDays",
          studyingElsewhereWorkingDays);
    }

    /** The reason for {@code code}, citing the version of {@code parameter} in force on {@code on}. */
    private void put(DutyReason code, DateEffective<?> parameter, LocalDate on, Object... nameAndValue) {
      Map<String, Object> values = nameAndValue.length == 0 ? Map.of() : Map.of((String) nameAndValue[0],
          nameAndValue[1]);
      reasons.put(code, code.reason(values).withCitation(parameter.versionOn(on).citation()));
    }

    Reason reason(DutyReason code) {
      return reasons.get(code);
    }
  }

  /** Matches a report to a duty. */
  private static final class ReportKey {
    final ReportableEvent event;
    final String dutyId;

    ReportKey(ReportableEvent event, String dutyId) {
      this.event = event;
      this.dutyId = dutyId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof ReportKey k && k.dutyId.equals(dutyId) && k.event.equals(event);
    }

    @Override
    public int hashCode() {
      return 31 * event.hashCode() + dutyId.hashCode();
    }
  }
}
