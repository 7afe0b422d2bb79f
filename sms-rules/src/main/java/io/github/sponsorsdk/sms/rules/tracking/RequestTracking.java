package io.github.sponsorsdk.sms.rules.tracking;

import io.github.sponsorsdk.sms.core.decision.Decision;
import java.util.Map;

/**
 * The statuses of a tracked request and the notice its outcome gets.
 *
 * <pre>
 *  OUTSTANDING --ACCEPT--> ACCEPTED   (no notice; a letter in the three cases of the 2012 notice)
 *       |------REFUSE--> REFUSED      (letter e-mailed to the Authorising Officer)
 *       |------REJECT--> REJECTED     (letter e-mailed to the Authorising Officer)
 *       +------WITHDRAW--> WITHDRAWN  (by the sponsor)
 * </pre>
 *
 * <p>Sources: the UKBA notice of 26 July 2012 (quoted by newlandchase and abilblog: notifications of approvals stop
 * from 30 July 2012, refusals and rejections still e-mailed to the AO); Manual 2 ("view and withdraw recent and
 * outstanding requests"); "Accepted" from the Home Office e-mail of 23 March 2023. Requests made on the paper change
 * of circumstances form are always answered by letter and are not tracked here.
 *
 * <p><b>Shape</b> (docs/decisions/0005-api-charter.md): no parameters (the 2012 change predates the SDK's coverage
 * from 2014, so the rule is fixed); {@link #defaults()} returns one shared, immutable, thread-safe instance.
 * <b>Verbs:</b> {@code apply(status, kind, event)} (a {@code TrackingOutcome} holding the new status only when
 * allowed); the query {@code notice(kind, status)}.
 */
public final class RequestTracking {

  private static final RequestTracking DEFAULTS = new RequestTracking();

  private RequestTracking() {}

  /** {@return the one instance} */
  public static RequestTracking defaults() {
    return DEFAULTS;
  }

  /**
   * Applies {@code event} to a {@code kind} request in {@code status}.
   *
   * @param status the request's status
   * @param kind the kind of request
   * @param event what happened to it
   * @return the new status when allowed; the refusal otherwise
   */
  public TrackingOutcome apply(RequestStatus status, TrackedRequestKind kind, RequestEvent event) {
    TrackingOutcome.Builder out = TrackingOutcome.builder();
    if (status != RequestStatus.OUTSTANDING) {
      return out.decision(Decision.of(TrackingReasonCode.NOT_OUTSTANDING.reason(Map.of("event", event,
          "status", status)))).notice(OutcomeNotice.NONE_VIEW_ONLINE).build();
    }
    RequestStatus next;
    switch (event) {
      case ACCEPT:
        next = RequestStatus.ACCEPTED;
        break;
      case REFUSE:
        next = RequestStatus.REFUSED;
        break;
      case REJECT:
        next = RequestStatus.REJECTED;
        break;
      default:
        next = RequestStatus.WITHDRAWN;
        break;
    }
    OutcomeNotice notice = notice(kind, next);
    TrackingReasonCode code;
    if (next == RequestStatus.WITHDRAWN) {
      code = TrackingReasonCode.WITHDRAWN;
    } else if (next == RequestStatus.ACCEPTED) {
      code = notice == OutcomeNotice.LETTER ? TrackingReasonCode.ACCEPTED_LETTER
          : TrackingReasonCode.ACCEPTED_VIEW_ONLINE;
    } else {
      code = TrackingReasonCode.DECIDED_AGAINST;
    }
    Map<String, Object> parameters = code == TrackingReasonCode.DECIDED_AGAINST
        ? Map.of("kind", kind, "status", next) : Map.of("kind", kind);
    return out.decision(Decision.of(code.reason(parameters))).newStatus(next).notice(notice).build();
  }

  /**
   * {@return how the sponsor learns that a {@code kind} request reached {@code status}}
   *
   * @param kind the kind of request
   * @param status the status reached
   */
  public OutcomeNotice notice(TrackedRequestKind kind, RequestStatus status) {
    switch (status) {
      case ACCEPTED:
        return kind.letterOnApproval() ? OutcomeNotice.LETTER : OutcomeNotice.NONE_VIEW_ONLINE;
      case REFUSED:
      case REJECTED:
        return OutcomeNotice.LETTER_EMAILED_TO_AUTHORISING_OFFICER;
      default:
        return OutcomeNotice.NONE_VIEW_ONLINE;
    }
  }
}
