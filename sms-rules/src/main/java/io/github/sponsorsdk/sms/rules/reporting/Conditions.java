package io.github.sponsorsdk.sms.rules.reporting;

import io.github.sponsorsdk.sms.core.event.EmploymentChangeKind;
import io.github.sponsorsdk.sms.core.event.OffshoreWorkerMovement;
import io.github.sponsorsdk.sms.core.event.PayReductionReason;
import io.github.sponsorsdk.sms.core.event.ReportableEvent;
import io.github.sponsorsdk.sms.core.event.SponsorAllocationExpiring;
import io.github.sponsorsdk.sms.core.event.SponsorOwnershipChanged;
import io.github.sponsorsdk.sms.core.event.StudentCompletedEarly;
import io.github.sponsorsdk.sms.core.event.StudentMissedContacts;
import io.github.sponsorsdk.sms.core.event.StudentStudyingElsewhere;
import io.github.sponsorsdk.sms.core.event.UnpaidLeaveException;
import io.github.sponsorsdk.sms.core.event.WorkerEmploymentChanged;
import io.github.sponsorsdk.sms.core.event.WorkerPayChanged;
import io.github.sponsorsdk.sms.core.event.WorkerUnauthorisedAbsence;
import io.github.sponsorsdk.sms.core.event.WorkerUnpaidLeave;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What each named {@link ClockStart}, {@link Exclusion} and {@link Remark} means, once: the catalogue's rows name
 * them, the batch loop asks here. A switch on the enum keeps the hot path free of virtual calls (decision 0440).
 * Dates are epoch days. A row may name a condition only for its own event kind ({@link DutyRule} checks it), so the
 * casts hold. {@code Optional} attributes that several conditions of a row test are read through {@link EventFacts},
 * once per event.
 */
final class Conditions {
  private static final long NONE = Long.MIN_VALUE;

  private Conditions() {}

  /** Day 0 of the clock for an event on {@code day}. */
  static long clockStart(ClockStart c, ReportableEvent e, long day, ParameterSegment s, WorkingDays days) {
    switch (c) {
      case END_OF_START_WINDOW:
        return Deadline.plusDays(day, s.startWindowDays);
      case TENTH_WORKING_DAY_OF_ABSENCE: {
        Optional<LocalDate> tenth = ((WorkerUnauthorisedAbsence) e).tenthWorkingDayOfAbsence();
        if (tenth.isPresent()) {
          return tenth.get().toEpochDay();
        }
        long first = days.nextOrSame(day);
        return s.absenceWorkingDays == 1 ? first : days.plusWorkingDays(first, s.absenceWorkingDays - 1);
      }
      case RENEWAL_WINDOW_OPENS:
        return LocalDate.ofEpochDay(day).minusMonths(s.renewalWindowMonths).toEpochDay();
      default:
        return day;
    }
  }

  /** True when {@code x} holds for the event: the duty is not reportable. */
  static boolean excludes(Exclusion x, EventFacts f, long day, ParameterSegment s, long asOf,
      SponsorContext sponsor) {
    ReportableEvent e = f.event;
    switch (x) {
      case EARLIER_START: {
        long delay = startDelay(f, day);
        return delay != NONE && delay < 0;
      }
      case START_WITHIN_WINDOW: {
        long delay = startDelay(f, day);
        return delay != NONE && delay >= 0 && delay <= s.startWindowDays;
      }
      case START_WINDOW_NOT_ENDED:
        return f.newStartDay() == EventFacts.NONE && asOf <= day + s.startWindowDays;
      case ABSENCE_WITHIN_THRESHOLD:
        return ((WorkerUnauthorisedAbsence) e).consecutiveWorkingDaysAbsent() <= s.absenceWorkingDays;
      case UNPAID_LEAVE_WITHIN_THRESHOLD: {
        WorkerUnpaidLeave w = (WorkerUnpaidLeave) e;
        return w.daysWithoutPayInCalendarYear() <= unpaidLimit(w, s);
      }
      case UNPAID_LEAVE_EXCEPTION_NOT_YET_REPORTABLE: {
        WorkerUnpaidLeave w = (WorkerUnpaidLeave) e;
        return !s.reportedWithException && uncovered(w, f, s) <= unpaidLimit(w, s);
      }
      case PAY_INCREASE: {
        WorkerPayChanged w = (WorkerPayChanged) e;
        return !w.isReduction() && !w.nurseOrMidwifeRegistrationCompleted();
      }
      case HYBRID_WORKING_NOT_REPORTABLE:
        return ((WorkerEmploymentChanged) e).change() == EmploymentChangeKind.HYBRID_WORKING_PATTERN
            && !s.hybridWorkingReportable;
      case OCCASIONAL_WORK_ELSEWHERE:
        return ((WorkerEmploymentChanged) e).change() == EmploymentChangeKind.OCCASIONAL_WORK_ELSEWHERE;
      case NEW_COS_REQUIRED:
        return ((WorkerEmploymentChanged) e).change() == EmploymentChangeKind.SOC_CODE;
      case OFFSHORE_HOLIDAY:
        return ((OffshoreWorkerMovement) e).holiday();
      case SPONSOR_NOTE_INSTEAD:
        return true;
      case NOT_PROVISIONAL_EXPANSION_SPONSOR:
        return !sponsor.provisionalUkExpansionSponsor();
      case MISSED_CONTACTS_BELOW_THRESHOLD:
        return ((StudentMissedContacts) e).consecutiveMissedContacts() < s.missedContacts;
      case NOT_EARLY_COMPLETION:
        return !((StudentCompletedEarly) e).isEarly();
      case STUDY_ELSEWHERE_BELOW_THRESHOLD:
        return ((StudentStudyingElsewhere) e).workingDaysElsewhere() < s.studyingElsewhereWorkingDays;
      case NEW_OWNER_LICENSED:
        return !((SponsorOwnershipChanged) e).newOwnerMustApplyForLicence();
      case ALLOCATION_AUTO_RENEWED:
        return ((SponsorAllocationExpiring) e).autoRenewed();
      default:
        throw new IllegalStateException(x.name());
    }
  }

  /** True when {@code r} holds for a reportable event. */
  static boolean remarks(Remark r, EventFacts f, ParameterSegment s) {
    ReportableEvent e = f.event;
    switch (r) {
      case UNPAID_LEAVE_EXCEPTION_NOT_IN_FORCE: {
        UnpaidLeaveException exception = f.exception();
        return exception != null && !s.exceptionInForce(exception);
      }
      case UNPAID_LEAVE_EXCEPTION_APPLIES: {
        WorkerUnpaidLeave w = (WorkerUnpaidLeave) e;
        return uncovered(w, f, s) <= unpaidLimit(w, s);
      }
      case UNPAID_LEAVE_NO_EXCEPTION: {
        WorkerUnpaidLeave w = (WorkerUnpaidLeave) e;
        return uncovered(w, f, s) > unpaidLimit(w, s);
      }
      case NURSE_OR_MIDWIFE_REGISTRATION: {
        WorkerPayChanged w = (WorkerPayChanged) e;
        return !w.isReduction() && w.nurseOrMidwifeRegistrationCompleted();
      }
      case PAY_REDUCTION_PERMITTED:
        return ((WorkerPayChanged) e).isReduction() && permittedReduction(f, s);
      case PAY_REDUCTION_NOT_PERMITTED:
        return ((WorkerPayChanged) e).isReduction() && !permittedReduction(f, s);
      case HYBRID_WORKING_REPORTABLE:
        return ((WorkerEmploymentChanged) e).change() == EmploymentChangeKind.HYBRID_WORKING_PATTERN
            && s.hybridWorkingReportable;
      default:
        throw new IllegalStateException(r.name());
    }
  }

  /** Calendar days from the window start to the new start date, or {@link #NONE}. */
  private static long startDelay(EventFacts f, long windowStart) {
    long newStart = f.newStartDay();
    return newStart != EventFacts.NONE ? newStart - windowStart : NONE;
  }

  /** The pay change names a reduction reason permitted on the event date. */
  private static boolean permittedReduction(EventFacts f, ParameterSegment s) {
    PayReductionReason reason = f.reductionReason();
    return reason != null && s.reductionPermitted(reason);
  }

  /** 4 weeks on the worker's pattern: weeks &times; days a week. */
  private static int unpaidLimit(WorkerUnpaidLeave w, ParameterSegment s) {
    return s.unpaidLeaveWeeks * w.workingDaysPerWeek();
  }

  /** The days not covered by an exception in force on the event date. */
  private static int uncovered(WorkerUnpaidLeave w, EventFacts f, ParameterSegment s) {
    UnpaidLeaveException exception = f.exception();
    boolean inForce = exception != null && s.exceptionInForce(exception);
    return w.daysWithoutPayInCalendarYear() - (inForce ? w.daysCoveredByException() : 0);
  }
}
