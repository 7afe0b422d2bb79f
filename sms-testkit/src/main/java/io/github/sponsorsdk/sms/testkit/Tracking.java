package io.github.sponsorsdk.sms.testkit;

import io.github.sponsorsdk.sms.core.port.CaseworkNotice;
import io.github.sponsorsdk.sms.core.port.CaseworkRequest;
import io.github.sponsorsdk.sms.core.port.CaseworkStatus;
import io.github.sponsorsdk.sms.core.port.KeyPersonnelChangeKind;
import io.github.sponsorsdk.sms.rules.tracking.OutcomeNotice;
import io.github.sponsorsdk.sms.rules.tracking.RequestEvent;
import io.github.sponsorsdk.sms.rules.tracking.RequestStatus;
import io.github.sponsorsdk.sms.rules.tracking.TrackedRequestKind;
import io.github.sponsorsdk.sms.rules.tracking.TrackingOutcome;
import io.github.sponsorsdk.sms.testkit.state.CaseworkRecord;
import java.time.LocalDate;

/**
 * The glue between the port's casework statuses and the sms-rules {@code RequestTracking} engine: every status change
 * of a request (Home Office decision, sponsor withdrawal) is the engine's {@code apply}, and the notice it names is
 * stored on the request. The names map one to one: PENDING is the engine's OUTSTANDING, APPROVED its ACCEPTED.
 */
final class Tracking {
  private Tracking() {}

  /** What the tracking engine calls a request of this record's kind. */
  static TrackedRequestKind kind(CaseworkRecord record) {
    switch (record.request().kind()) {
      case LEVEL_1_USER:
        return TrackedRequestKind.LEVEL_1_USER;
      case USER_AMENDMENT:
        return TrackedRequestKind.KEY_PERSONNEL;
      case ALLOCATION_RENEWAL:
      case ALLOCATION_INCREASE:
        return TrackedRequestKind.ALLOCATION;
      case CHANGE_OF_CIRCUMSTANCES:
        return TrackedRequestKind.OTHER_CHANGE;
      case KEY_PERSONNEL:
        return record.keyPersonnel().map(c -> c.kind() == KeyPersonnelChangeKind.ADD_LEVEL_1_USER).orElse(false)
            ? TrackedRequestKind.LEVEL_1_USER : TrackedRequestKind.KEY_PERSONNEL;
      case ORGANISATION_DETAILS:
        return TrackedRequestKind.ORGANISATION_DETAILS;
      default:
        // licence renewal, Premium, Student Sponsor status, defined CoS: applications
        return TrackedRequestKind.APPLICATION;
    }
  }

  static RequestStatus status(CaseworkStatus status) {
    return status == CaseworkStatus.PENDING ? RequestStatus.OUTSTANDING
        : status == CaseworkStatus.APPROVED ? RequestStatus.ACCEPTED : RequestStatus.valueOf(status.name());
  }

  static CaseworkStatus status(RequestStatus status) {
    return status == RequestStatus.OUTSTANDING ? CaseworkStatus.PENDING
        : status == RequestStatus.ACCEPTED ? CaseworkStatus.APPROVED : CaseworkStatus.valueOf(status.name());
  }

  static CaseworkNotice notice(OutcomeNotice notice) {
    return CaseworkNotice.valueOf(notice.name());
  }

  /** The engine's answer to {@code event} on {@code record}. */
  static TrackingOutcome apply(InMemorySms sms, CaseworkRecord record, RequestEvent event) {
    return sms.rules().tracking().apply(status(record.request().status()), kind(record), event);
  }

  /** The request after an allowed {@code outcome}, decided on {@code on}. */
  static CaseworkRequest moved(CaseworkRequest request, TrackingOutcome outcome, LocalDate on) {
    return request.withStatus(status(outcome.newStatus().orElseThrow())).withDecidedOn(on)
        .withNotice(notice(outcome.notice()));
  }

  /** A request fulfilled at once ("Accepted"), with the notice the engine names for it. */
  static CaseworkRequest accepted(InMemorySms sms, CaseworkRecord pending, LocalDate on) {
    TrackingOutcome outcome = apply(sms, pending, RequestEvent.ACCEPT);
    return moved(pending.request(), outcome, on);
  }
}
