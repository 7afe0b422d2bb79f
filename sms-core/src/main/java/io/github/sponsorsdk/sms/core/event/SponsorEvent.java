package io.github.sponsorsdk.sms.core.event;

/**
 * An event about the sponsor itself: its business, ownership, details, licence and allocations. The subject is the
 * sponsor whose licence the duties are computed for, so these events carry no certificate.
 */
public sealed interface SponsorEvent extends ReportableEvent
    permits ExpansionAuthorisingOfficerVisaGranted, SponsorStoppedTrading, SponsorBusinessChanged,
        SponsorOwnershipChanged, SponsorOverseasRelationshipChanged, SponsorDetailsChanged, SponsorComplianceNotice,
        SponsorActionPlanIssued, SponsorAllocationExpiring {
}
