package io.github.sponsorsdk.sms.core.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.sponsorsdk.sms.core.place.UkNation;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Something that happened to a sponsored worker, a sponsored student or the sponsor, which may oblige the sponsor
 * to report it. The hierarchy is sealed: {@link WorkerEvent}, {@link StudentEvent}, {@link SponsorEvent}, each with
 * one immutable type per {@link EventKind}.
 *
 * <p>Events are facts, not verdicts: an event whose variant is not reportable (a pay increase, a hybrid working
 * pattern since 5 March 2024, a start delay of 28 days or less, occasional work elsewhere) is still an event, so the
 * reporting-duties engine in {@code sms-rules} can say <em>why</em> nothing is due.
 *
 * <p>JSON: a {@code "type"} property carries the stable type name (e.g. {@code "worker.unauthorised-absence"});
 * names are part of the wire format and never change.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = WorkerStartDelayed.class, name = WorkerStartDelayed.TYPE),
    @JsonSubTypes.Type(value = WorkerUnauthorisedAbsence.class, name = WorkerUnauthorisedAbsence.TYPE),
    @JsonSubTypes.Type(value = WorkerUnpaidLeave.class, name = WorkerUnpaidLeave.TYPE),
    @JsonSubTypes.Type(value = WorkerPayChanged.class, name = WorkerPayChanged.TYPE),
    @JsonSubTypes.Type(value = WorkerEmploymentChanged.class, name = WorkerEmploymentChanged.TYPE),
    @JsonSubTypes.Type(value = WorkerSponsorshipEnded.class, name = WorkerSponsorshipEnded.TYPE),
    @JsonSubTypes.Type(value = WorkerBreachOfConditions.class, name = WorkerBreachOfConditions.TYPE),
    @JsonSubTypes.Type(value = WorkerSuspectedCriminality.class, name = WorkerSuspectedCriminality.TYPE),
    @JsonSubTypes.Type(value = OffshoreWorkerMovement.class, name = OffshoreWorkerMovement.TYPE),
    @JsonSubTypes.Type(value = WorkerDatesChangedBeforeApplication.class,
        name = WorkerDatesChangedBeforeApplication.TYPE),
    @JsonSubTypes.Type(value = StudentDidNotEnrol.class, name = StudentDidNotEnrol.TYPE),
    @JsonSubTypes.Type(value = StudentMissedContacts.class, name = StudentMissedContacts.TYPE),
    @JsonSubTypes.Type(value = StudentSponsorshipWithdrawn.class, name = StudentSponsorshipWithdrawn.TYPE),
    @JsonSubTypes.Type(value = StudentStudiesSuspended.class, name = StudentStudiesSuspended.TYPE),
    @JsonSubTypes.Type(value = StudentCompletedEarly.class, name = StudentCompletedEarly.TYPE),
    @JsonSubTypes.Type(value = StudentCircumstancesChanged.class, name = StudentCircumstancesChanged.TYPE),
    @JsonSubTypes.Type(value = ChildStudentLivingArrangement.class, name = ChildStudentLivingArrangement.TYPE),
    @JsonSubTypes.Type(value = StudentStudyingElsewhere.class, name = StudentStudyingElsewhere.TYPE),
    @JsonSubTypes.Type(value = ExpansionAuthorisingOfficerVisaGranted.class,
        name = ExpansionAuthorisingOfficerVisaGranted.TYPE),
    @JsonSubTypes.Type(value = SponsorStoppedTrading.class, name = SponsorStoppedTrading.TYPE),
    @JsonSubTypes.Type(value = SponsorBusinessChanged.class, name = SponsorBusinessChanged.TYPE),
    @JsonSubTypes.Type(value = SponsorOwnershipChanged.class, name = SponsorOwnershipChanged.TYPE),
    @JsonSubTypes.Type(value = SponsorOverseasRelationshipChanged.class,
        name = SponsorOverseasRelationshipChanged.TYPE),
    @JsonSubTypes.Type(value = SponsorDetailsChanged.class, name = SponsorDetailsChanged.TYPE),
    @JsonSubTypes.Type(value = SponsorComplianceNotice.class, name = SponsorComplianceNotice.TYPE),
    @JsonSubTypes.Type(value = SponsorActionPlanIssued.class, name = SponsorActionPlanIssued.TYPE),
    @JsonSubTypes.Type(value = SponsorAllocationExpiring.class, name = SponsorAllocationExpiring.TYPE)
})
public sealed interface ReportableEvent permits WorkerEvent, StudentEvent, SponsorEvent {

  /**
   * {@return the day the event happened} Each type states what that is for it (the first day of an absence, the day the
   * sponsor learned of a breach, the date of a notice); where the reporting clock starts elsewhere the type carries
   * the data the clock needs.
   */
  LocalDate occurredOn();

  /**
   * {@return the caller's own key for the subject or the record, echoed back so a payroll or HR system can match duties
   * to its rows (e.g. an employee number)} It is opaque to the SDK, 1 to 64 characters, and should not itself be
   * personal data such as a name.
   */
  Optional<String> reference();

  /**
   * {@return the UK nation whose working days count for this event's deadlines, where the caller knows it: for a
   * worker, the nation of the normal place of work (the main work address on the CoS, as changed by any reported change
   * of work location); for a student, the nation of the main study site; for a sponsor event, the nation of the
   * sponsor's main organisation address} Empty: the sponsor's nation given to the duties engine applies (its
   * {@code GoverningNation} rule, decision 0460, says which governs when both are known).
   */
  Optional<UkNation> nation();

  /** {@return the kind of event; one kind per concrete type} */
  @JsonIgnore
  EventKind kind();
}
