package io.github.sponsorsdk.sms.rules.reporting;

import io.github.sponsorsdk.sms.core.event.ChildStudentLivingArrangement;
import io.github.sponsorsdk.sms.core.event.ComplianceNoticeKind;
import io.github.sponsorsdk.sms.core.event.EmploymentChangeKind;
import io.github.sponsorsdk.sms.core.event.EventKind;
import io.github.sponsorsdk.sms.core.event.ExpansionAuthorisingOfficerVisaGranted;
import io.github.sponsorsdk.sms.core.event.OffshoreDirection;
import io.github.sponsorsdk.sms.core.event.OffshoreWorkerMovement;
import io.github.sponsorsdk.sms.core.event.OwnershipChangeKind;
import io.github.sponsorsdk.sms.core.event.ReportableEvent;
import io.github.sponsorsdk.sms.core.event.SponsorActionPlanIssued;
import io.github.sponsorsdk.sms.core.event.SponsorAllocationExpiring;
import io.github.sponsorsdk.sms.core.event.SponsorBusinessChanged;
import io.github.sponsorsdk.sms.core.event.SponsorComplianceNotice;
import io.github.sponsorsdk.sms.core.event.SponsorDetailsChangeKind;
import io.github.sponsorsdk.sms.core.event.SponsorDetailsChanged;
import io.github.sponsorsdk.sms.core.event.SponsorOverseasRelationshipChanged;
import io.github.sponsorsdk.sms.core.event.SponsorOwnershipChanged;
import io.github.sponsorsdk.sms.core.event.SponsorStoppedTrading;
import io.github.sponsorsdk.sms.core.event.SponsorshipEndReason;
import io.github.sponsorsdk.sms.core.event.StudentChangeKind;
import io.github.sponsorsdk.sms.core.event.StudentCircumstancesChanged;
import io.github.sponsorsdk.sms.core.event.StudentCompletedEarly;
import io.github.sponsorsdk.sms.core.event.StudentDidNotEnrol;
import io.github.sponsorsdk.sms.core.event.StudentMissedContacts;
import io.github.sponsorsdk.sms.core.event.StudentSponsorshipWithdrawn;
import io.github.sponsorsdk.sms.core.event.StudentStudiesSuspended;
import io.github.sponsorsdk.sms.core.event.StudentStudyingElsewhere;
import io.github.sponsorsdk.sms.core.event.StudentWithdrawalReason;
import io.github.sponsorsdk.sms.core.event.StudyBreakKind;
import io.github.sponsorsdk.sms.core.event.TradingChangeKind;
import io.github.sponsorsdk.sms.core.event.UnpaidLeaveException;
import io.github.sponsorsdk.sms.core.event.WorkerBreachOfConditions;
import io.github.sponsorsdk.sms.core.event.WorkerDatesChangedBeforeApplication;
import io.github.sponsorsdk.sms.core.event.WorkerEmploymentChanged;
import io.github.sponsorsdk.sms.core.event.WorkerPayChanged;
import io.github.sponsorsdk.sms.core.event.WorkerSponsorshipEnded;
import io.github.sponsorsdk.sms.core.event.WorkerStartDelayed;
import io.github.sponsorsdk.sms.core.event.WorkerSuspectedCriminality;
import io.github.sponsorsdk.sms.core.event.WorkerUnauthorisedAbsence;
import io.github.sponsorsdk.sms.core.event.WorkerUnpaidLeave;
import io.github.sponsorsdk.sms.core.identifier.CasNumber;
import io.github.sponsorsdk.sms.core.identifier.CosNumber;
import io.github.sponsorsdk.sms.core.money.Money;
import java.time.LocalDate;

/** Builds one event of any kind from a few generated numbers, so tests can sweep every kind. */
final class Ev {
  static final CosNumber COS = CosNumber.of("C2G7H9K3");
  static final CasNumber CAS = CasNumber.of("E4G0AA0A00A0A1");
  static final CasNumber CHILD_CAS = CasNumber.of("E4C0AA0A00A0A1");

  private Ev() {}

  /**
   * An event of {@code kind} on {@code date}; {@code n} (1..60) drives counts and delays, {@code flag} the boolean
   * variants, so both reportable and not-reportable variants appear.
   */
  static ReportableEvent of(EventKind kind, LocalDate date, int n, boolean flag) {
    String ref = "R" + n;
    switch (kind) {
      case WORKER_START_DELAYED:
        return flag ? WorkerStartDelayed.builder().cos(COS).cosStartDate(date).newStartDate(date.plusDays(n - 5))
            .reference(ref).build()
            : WorkerStartDelayed.builder().cos(COS).cosStartDate(date).build();
      case WORKER_UNAUTHORISED_ABSENCE:
        return WorkerUnauthorisedAbsence.builder().cos(COS).occurredOn(date).consecutiveWorkingDaysAbsent(n)
            .reference(ref).build();
      case WORKER_UNPAID_LEAVE:
        return WorkerUnpaidLeave.builder().cos(COS).occurredOn(date).daysWithoutPayInCalendarYear(n)
            .exception(flag ? java.util.Optional.of(UnpaidLeaveException.JURY_SERVICE) : java.util.Optional.empty())
            .build();
      case WORKER_PAY_CHANGED:
        return WorkerPayChanged.builder().cos(COS).occurredOn(date).previousAnnualSalary(Money.ofPounds(40_000))
            .newAnnualSalary(Money.ofPounds(n % 2 == 0 ? 40_000 + n : 40_000 - n))
            .nurseOrMidwifeRegistrationCompleted(flag).build();
      case WORKER_EMPLOYMENT_CHANGED:
        return WorkerEmploymentChanged.builder().cos(COS).occurredOn(date)
            .change(EmploymentChangeKind.values()[n % EmploymentChangeKind.values().length]).build();
      case WORKER_SPONSORSHIP_ENDED:
        return WorkerSponsorshipEnded.builder().cos(COS).occurredOn(date)
            .reason(SponsorshipEndReason.values()[n % SponsorshipEndReason.values().length]).build();
      case WORKER_BREACH_OF_CONDITIONS:
        return WorkerBreachOfConditions.builder().cos(COS).occurredOn(date).build();
      case WORKER_SUSPECTED_CRIMINALITY:
        return WorkerSuspectedCriminality.builder().cos(COS).occurredOn(date).build();
      case OFFSHORE_WORKER_MOVEMENT:
        return OffshoreWorkerMovement.builder().cos(COS).occurredOn(date)
            .direction(flag ? OffshoreDirection.ARRIVAL : OffshoreDirection.DEPARTURE).holiday(n % 5 == 0).build();
      case WORKER_DATES_CHANGED_BEFORE_APPLICATION:
        return WorkerDatesChangedBeforeApplication.builder().cos(COS).occurredOn(date).newStartDate(date.plusDays(n))
            .build();
      case EXPANSION_AUTHORISING_OFFICER_VISA_GRANTED:
        return ExpansionAuthorisingOfficerVisaGranted.builder().occurredOn(date).build();
      case STUDENT_DID_NOT_ENROL:
        return StudentDidNotEnrol.builder().cas(CAS).occurredOn(date).build();
      case STUDENT_MISSED_CONTACTS:
        return StudentMissedContacts.builder().cas(CAS).occurredOn(date).consecutiveMissedContacts(n % 20 + 1).build();
      case STUDENT_SPONSORSHIP_WITHDRAWN:
        return StudentSponsorshipWithdrawn.builder().cas(CAS).occurredOn(date)
            .reason(StudentWithdrawalReason.values()[n % StudentWithdrawalReason.values().length]).build();
      case STUDENT_STUDIES_SUSPENDED:
        return StudentStudiesSuspended.builder().cas(CAS).occurredOn(date).breakKind(StudyBreakKind.SUSPENSION)
            .build();
      case STUDENT_COMPLETED_EARLY:
        return StudentCompletedEarly.builder().cas(CAS).occurredOn(date).casEndDate(date.plusDays(n - 20)).build();
      case STUDENT_CIRCUMSTANCES_CHANGED:
        return StudentCircumstancesChanged.builder().cas(CAS).occurredOn(date).change(StudentChangeKind.COURSE_LENGTH)
            .build();
      case CHILD_STUDENT_LIVING_ARRANGEMENT:
        return ChildStudentLivingArrangement.builder().cas(CHILD_CAS).occurredOn(date).build();
      case STUDENT_STUDYING_ELSEWHERE:
        return StudentStudyingElsewhere.builder().cas(CAS).occurredOn(date).workingDaysElsewhere(n % 20 + 1).build();
      case SPONSOR_STOPPED_TRADING:
        return SponsorStoppedTrading.builder().occurredOn(date).change(TradingChangeKind.STOPPED_TRADING).build();
      case SPONSOR_BUSINESS_CHANGED:
        return SponsorBusinessChanged.builder().occurredOn(date).build();
      case SPONSOR_OWNERSHIP_CHANGED:
        return SponsorOwnershipChanged.builder().occurredOn(date).change(OwnershipChangeKind.TAKEOVER)
            .newOwnerMustApplyForLicence(flag).build();
      case SPONSOR_OVERSEAS_RELATIONSHIP_CHANGED:
        return SponsorOverseasRelationshipChanged.builder().occurredOn(date).build();
      case SPONSOR_DETAILS_CHANGED:
        return SponsorDetailsChanged.builder().occurredOn(date).change(SponsorDetailsChangeKind.ADDRESS).build();
      case SPONSOR_COMPLIANCE_NOTICE:
        return SponsorComplianceNotice.builder().occurredOn(date).notice(ComplianceNoticeKind.DOWNGRADE).build();
      case SPONSOR_ACTION_PLAN_ISSUED:
        return SponsorActionPlanIssued.builder().occurredOn(date).build();
      case SPONSOR_ALLOCATION_EXPIRING:
        return SponsorAllocationExpiring.builder().occurredOn(date).autoRenewed(n % 4 == 0).build();
      default:
        throw new IllegalArgumentException(kind.name());
    }
  }
}
