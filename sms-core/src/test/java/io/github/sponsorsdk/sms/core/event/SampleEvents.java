package io.github.sponsorsdk.sms.core.event;

import io.github.sponsorsdk.sms.core.identifier.CasNumber;
import io.github.sponsorsdk.sms.core.identifier.CosNumber;
import io.github.sponsorsdk.sms.core.money.Money;
import java.time.LocalDate;
import java.util.List;

/** One fully populated example of every event type (optional attributes set, so the JSON test covers them). */
final class SampleEvents {
  static final CosNumber COS = CosNumber.of("C2G7H9K3");
  static final CasNumber CAS = CasNumber.of("E4G0AA0A00A0A1");
  static final CasNumber CHILD_CAS = CasNumber.of("E4C0AA0A00A0A1");
  static final LocalDate D = LocalDate.of(2026, 3, 2);

  private SampleEvents() {}

  static List<ReportableEvent> all() {
    return List.of(
        WorkerStartDelayed.builder().cos(COS).cosStartDate(D).entryClearanceValidFrom(D.plusDays(3))
            .permissionGrantedOn(D.minusDays(10)).grantNotifiedOn(D.plusDays(1)).newStartDate(D.plusDays(40))
            .reference("EMP-1").build(),
        WorkerUnauthorisedAbsence.builder().cos(COS).occurredOn(D).consecutiveWorkingDaysAbsent(12)
            .tenthWorkingDayOfAbsence(D.plusDays(13)).returnedOn(D.plusDays(20)).reference("EMP-2").build(),
        WorkerUnpaidLeave.builder().cos(COS).occurredOn(D).daysWithoutPayInCalendarYear(29)
            .exception(UnpaidLeaveException.SICK_LEAVE).build(),
        WorkerPayChanged.builder().cos(COS).occurredOn(D).previousAnnualSalary(Money.ofPounds(41_700))
            .newAnnualSalary(Money.ofPounds(40_000)).nurseOrMidwifeRegistrationCompleted(false).build(),
        WorkerEmploymentChanged.builder().cos(COS).occurredOn(D).change(EmploymentChangeKind.WORK_LOCATION).build(),
        WorkerSponsorshipEnded.builder().cos(COS).occurredOn(D).reason(SponsorshipEndReason.RESIGNATION).build(),
        WorkerBreachOfConditions.builder().cos(COS).occurredOn(D).build(),
        WorkerSuspectedCriminality.builder().cos(COS).occurredOn(D).build(),
        OffshoreWorkerMovement.builder().cos(COS).occurredOn(D).direction(OffshoreDirection.ARRIVAL).holiday(true)
            .build(),
        WorkerDatesChangedBeforeApplication.builder().cos(COS).occurredOn(D).newStartDate(D.plusDays(30))
            .newEndDate(D.plusYears(2)).build(),
        StudentDidNotEnrol.builder().cas(CAS).occurredOn(D).build(),
        StudentMissedContacts.builder().cas(CAS).occurredOn(D).consecutiveMissedContacts(10).build(),
        StudentSponsorshipWithdrawn.builder().cas(CAS).occurredOn(D).reason(StudentWithdrawalReason.EXCLUDED).build(),
        StudentStudiesSuspended.builder().cas(CAS).occurredOn(D).breakKind(StudyBreakKind.INTERRUPTION)
            .expectedReturn(D.plusDays(60)).build(),
        StudentCompletedEarly.builder().cas(CAS).occurredOn(D).casEndDate(D.plusDays(30)).build(),
        StudentCircumstancesChanged.builder().cas(CAS).occurredOn(D).change(StudentChangeKind.COURSE).build(),
        ChildStudentLivingArrangement.builder().cas(CHILD_CAS).occurredOn(D).build(),
        StudentStudyingElsewhere.builder().cas(CAS).occurredOn(D).workingDaysElsewhere(10).build(),
        ExpansionAuthorisingOfficerVisaGranted.builder().occurredOn(D).build(),
        SponsorStoppedTrading.builder().occurredOn(D).change(TradingChangeKind.INSOLVENT).build(),
        SponsorBusinessChanged.builder().occurredOn(D).build(),
        SponsorOwnershipChanged.builder().occurredOn(D).change(OwnershipChangeKind.TUPE_TRANSFER)
            .newOwnerMustApplyForLicence(true).build(),
        SponsorOverseasRelationshipChanged.builder().occurredOn(D).build(),
        SponsorDetailsChanged.builder().occurredOn(D).change(SponsorDetailsChangeKind.KEY_PERSONNEL).build(),
        SponsorComplianceNotice.builder().occurredOn(D).notice(ComplianceNoticeKind.SUSPENSION).build(),
        SponsorActionPlanIssued.builder().occurredOn(D).build(),
        SponsorAllocationExpiring.builder().occurredOn(D).autoRenewed(true).reference("allocation-2026").build());
  }
}
