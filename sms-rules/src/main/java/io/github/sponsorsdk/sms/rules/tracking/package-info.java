/**
 * "View recent and outstanding requests": the statuses a sponsor's change requests and applications pass through,
 * and how their outcome reaches the sponsor. Since 30 July 2012 the Home Office no longer notifies most approvals:
 * sponsors poll this screen.
 *
 * <pre>{@code
 * RequestTracking tracking = RequestTracking.defaults();
 * TrackingOutcome o = tracking.apply(RequestStatus.OUTSTANDING, TrackedRequestKind.KEY_PERSONNEL,
 *     RequestEvent.ACCEPT);
 * o.newStatus();   // Optional[ACCEPTED]
 * o.notice();      // NONE_VIEW_ONLINE
 * }</pre>
 */
@SmsStyle
package io.github.sponsorsdk.sms.rules.tracking;

import io.github.sponsorsdk.sms.core.value.SmsStyle;
