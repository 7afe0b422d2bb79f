package io.github.sponsorsdk.sms.rules.reporting;

import io.github.sponsorsdk.sms.core.event.ChildStudentLivingArrangement;
import io.github.sponsorsdk.sms.core.event.EventKind;
import io.github.sponsorsdk.sms.core.event.ExpansionAuthorisingOfficerVisaGranted;
import io.github.sponsorsdk.sms.core.event.OffshoreWorkerMovement;
import io.github.sponsorsdk.sms.core.event.ReportableEvent;
import io.github.sponsorsdk.sms.core.event.SponsorActionPlanIssued;
import io.github.sponsorsdk.sms.core.event.SponsorAllocationExpiring;
import io.github.sponsorsdk.sms.core.event.SponsorBusinessChanged;
import io.github.sponsorsdk.sms.core.event.SponsorComplianceNotice;
import io.github.sponsorsdk.sms.core.event.SponsorDetailsChanged;
import io.github.sponsorsdk.sms.core.event.SponsorOverseasRelationshipChanged;
import io.github.sponsorsdk.sms.core.event.SponsorOwnershipChanged;
import io.github.sponsorsdk.sms.core.event.SponsorStoppedTrading;
import io.github.sponsorsdk.sms.core.event.StudentCircumstancesChanged;
import io.github.sponsorsdk.sms.core.event.StudentCompletedEarly;
import io.github.sponsorsdk.sms.core.event.StudentDidNotEnrol;
import io.github.sponsorsdk.sms.core.event.StudentMissedContacts;
import io.github.sponsorsdk.sms.core.event.StudentSponsorshipWithdrawn;
import io.github.sponsorsdk.sms.core.event.StudentStudiesSuspended;
import io.github.sponsorsdk.sms.core.event.StudentStudyingElsewhere;
import io.github.sponsorsdk.sms.core.event.WorkerBreachOfConditions;
import io.github.sponsorsdk.sms.core.event.WorkerDatesChangedBeforeApplication;
import io.github.sponsorsdk.sms.core.event.WorkerEmploymentChanged;
import io.github.sponsorsdk.sms.core.event.WorkerPayChanged;
import io.github.sponsorsdk.sms.core.event.WorkerSponsorshipEnded;
import io.github.sponsorsdk.sms.core.event.WorkerStartDelayed;
import io.github.sponsorsdk.sms.core.event.WorkerSuspectedCriminality;
import io.github.sponsorsdk.sms.core.event.WorkerUnauthorisedAbsence;
import io.github.sponsorsdk.sms.core.event.WorkerUnpaidLeave;
import io.github.sponsorsdk.sms.core.place.UkNation;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Reads an event's kind, date and nation without an interface call per event. {@link ReportableEvent#kind()} and
 * {@link ReportableEvent#occurredOn()} have one implementation per kind, so in a mixed batch both call sites are
 * megamorphic: the JIT cannot inline them and every event pays two interface dispatches. Every {@code kind()} is
 * {@code final} and constant per class, so the kind is a function of the event's class and is cached by class; and
 * once the kind is known, a switch casts to the kind's own type, whose {@code occurredOn()} the JIT inlines to a
 * field read. Same answers as the interface calls, including for a caller's own subclass of an event type.
 */
final class EventReads {

  private static final int SLOTS = 64;
  private final Class<?>[] classes = new Class<?>[SLOTS];
  private final EventKind[] kinds = new EventKind[SLOTS];

  /** {@code e.kind()}, cached by the event's class (one instance per batch: not thread-safe). */
  EventKind kind(ReportableEvent e) {
    Class<?> c = e.getClass();
    int slot = System.identityHashCode(c) & (SLOTS - 1);
    if (classes[slot] == c) {
      return kinds[slot];
    }
    EventKind kind = e.kind();
    classes[slot] = c;
    kinds[slot] = kind;
    return kind;
  }

  /** {@code e.occurredOn()}, through the type of {@code kind} ({@code kind} must be {@code e.kind()}). */
  static LocalDate occurredOn(EventKind kind, ReportableEvent e) {
    switch (kind) {
      case CHILD_STUDENT_LIVING_ARRANGEMENT:
        return ((ChildStudentLivingArrangement) e).occurredOn();
      case EXPANSION_AUTHORISING_OFFICER_VISA_GRANTED:
        return ((ExpansionAuthorisingOfficerVisaGranted) e).occurredOn();
      case OFFSHORE_WORKER_MOVEMENT:
        return ((OffshoreWorkerMovement) e).occurredOn();
      case SPONSOR_ACTION_PLAN_ISSUED:
        return ((SponsorActionPlanIssued) e).occurredOn();
      case SPONSOR_ALLOCATION_EXPIRING:
        return ((SponsorAllocationExpiring) e).occurredOn();
      case SPONSOR_BUSINESS_CHANGED:
        return ((SponsorBusinessChanged) e).occurredOn();
      case SPONSOR_COMPLIANCE_NOTICE:
        return ((SponsorComplianceNotice) e).occurredOn();
      case SPONSOR_DETAILS_CHANGED:
        return ((SponsorDetailsChanged) e).occurredOn();
      case SPONSOR_OVERSEAS_RELATIONSHIP_CHANGED:
        return ((SponsorOverseasRelationshipChanged) e).occurredOn();
      case SPONSOR_OWNERSHIP_CHANGED:
        return ((SponsorOwnershipChanged) e).occurredOn();
      case SPONSOR_STOPPED_TRADING:
        return ((SponsorStoppedTrading) e).occurredOn();
      case STUDENT_CIRCUMSTANCES_CHANGED:
        return ((StudentCircumstancesChanged) e).occurredOn();
      case STUDENT_COMPLETED_EARLY:
        return ((StudentCompletedEarly) e).occurredOn();
      case STUDENT_DID_NOT_ENROL:
        return ((StudentDidNotEnrol) e).occurredOn();
      case STUDENT_MISSED_CONTACTS:
        return ((StudentMissedContacts) e).occurredOn();
      case STUDENT_SPONSORSHIP_WITHDRAWN:
        return ((StudentSponsorshipWithdrawn) e).occurredOn();
      case STUDENT_STUDIES_SUSPENDED:
        return ((StudentStudiesSuspended) e).occurredOn();
      case STUDENT_STUDYING_ELSEWHERE:
        return ((StudentStudyingElsewhere) e).occurredOn();
      case WORKER_BREACH_OF_CONDITIONS:
        return ((WorkerBreachOfConditions) e).occurredOn();
      case WORKER_DATES_CHANGED_BEFORE_APPLICATION:
        return ((WorkerDatesChangedBeforeApplication) e).occurredOn();
      case WORKER_EMPLOYMENT_CHANGED:
        return ((WorkerEmploymentChanged) e).occurredOn();
      case WORKER_PAY_CHANGED:
        return ((WorkerPayChanged) e).occurredOn();
      case WORKER_SPONSORSHIP_ENDED:
        return ((WorkerSponsorshipEnded) e).occurredOn();
      case WORKER_START_DELAYED:
        return ((WorkerStartDelayed) e).occurredOn();
      case WORKER_SUSPECTED_CRIMINALITY:
        return ((WorkerSuspectedCriminality) e).occurredOn();
      case WORKER_UNAUTHORISED_ABSENCE:
        return ((WorkerUnauthorisedAbsence) e).occurredOn();
      case WORKER_UNPAID_LEAVE:
        return ((WorkerUnpaidLeave) e).occurredOn();
      default:
        return e.occurredOn();
    }
  }

  /** {@code e.nation()}, through the type of {@code kind} ({@code kind} must be {@code e.kind()}). */
  static Optional<UkNation> nation(EventKind kind, ReportableEvent e) {
    switch (kind) {
      case CHILD_STUDENT_LIVING_ARRANGEMENT:
        return ((ChildStudentLivingArrangement) e).nation();
      case EXPANSION_AUTHORISING_OFFICER_VISA_GRANTED:
        return ((ExpansionAuthorisingOfficerVisaGranted) e).nation();
      case OFFSHORE_WORKER_MOVEMENT:
        return ((OffshoreWorkerMovement) e).nation();
      case SPONSOR_ACTION_PLAN_ISSUED:
        return ((SponsorActionPlanIssued) e).nation();
      case SPONSOR_ALLOCATION_EXPIRING:
        return ((SponsorAllocationExpiring) e).nation();
      case SPONSOR_BUSINESS_CHANGED:
        return ((SponsorBusinessChanged) e).nation();
      case SPONSOR_COMPLIANCE_NOTICE:
        return ((SponsorComplianceNotice) e).nation();
      case SPONSOR_DETAILS_CHANGED:
        return ((SponsorDetailsChanged) e).nation();
      case SPONSOR_OVERSEAS_RELATIONSHIP_CHANGED:
        return ((SponsorOverseasRelationshipChanged) e).nation();
      case SPONSOR_OWNERSHIP_CHANGED:
        return ((SponsorOwnershipChanged) e).nation();
      case SPONSOR_STOPPED_TRADING:
        return ((SponsorStoppedTrading) e).nation();
      case STUDENT_CIRCUMSTANCES_CHANGED:
        return ((StudentCircumstancesChanged) e).nation();
      case STUDENT_COMPLETED_EARLY:
        return ((StudentCompletedEarly) e).nation();
      case STUDENT_DID_NOT_ENROL:
        return ((StudentDidNotEnrol) e).nation();
      case STUDENT_MISSED_CONTACTS:
        return ((StudentMissedContacts) e).nation();
      case STUDENT_SPONSORSHIP_WITHDRAWN:
        return ((StudentSponsorshipWithdrawn) e).nation();
      case STUDENT_STUDIES_SUSPENDED:
        return ((StudentStudiesSuspended) e).nation();
      case STUDENT_STUDYING_ELSEWHERE:
        return ((StudentStudyingElsewhere) e).nation();
      case WORKER_BREACH_OF_CONDITIONS:
        return ((WorkerBreachOfConditions) e).nation();
      case WORKER_DATES_CHANGED_BEFORE_APPLICATION:
        return ((WorkerDatesChangedBeforeApplication) e).nation();
      case WORKER_EMPLOYMENT_CHANGED:
        return ((WorkerEmploymentChanged) e).nation();
      case WORKER_PAY_CHANGED:
        return ((WorkerPayChanged) e).nation();
      case WORKER_SPONSORSHIP_ENDED:
        return ((WorkerSponsorshipEnded) e).nation();
      case WORKER_START_DELAYED:
        return ((WorkerStartDelayed) e).nation();
      case WORKER_SUSPECTED_CRIMINALITY:
        return ((WorkerSuspectedCriminality) e).nation();
      case WORKER_UNAUTHORISED_ABSENCE:
        return ((WorkerUnauthorisedAbsence) e).nation();
      case WORKER_UNPAID_LEAVE:
        return ((WorkerUnpaidLeave) e).nation();
      default:
        return e.nation();
    }
  }
}
