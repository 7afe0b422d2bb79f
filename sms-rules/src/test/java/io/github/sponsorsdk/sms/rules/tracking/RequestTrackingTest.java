package io.github.sponsorsdk.sms.rules.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.rules.testing.Json;
import org.junit.jupiter.api.Test;

/** The UKBA notice of 26 July 2012 (docs/sources.md#secondary-people) and Manual 2's "view and withdraw". */
class RequestTrackingTest {

  static final RequestTracking TRACKING = RequestTracking.defaults();

  @Test
  void approvalsAreNotNotifiedExceptTheThreeCases() {
    TrackingOutcome o = TRACKING.apply(RequestStatus.OUTSTANDING, TrackedRequestKind.KEY_PERSONNEL,
        RequestEvent.ACCEPT);
    assertThat(o.newStatus()).contains(RequestStatus.ACCEPTED);
    assertThat(o.notice()).isEqualTo(OutcomeNotice.NONE_VIEW_ONLINE);
    for (TrackedRequestKind letter : new TrackedRequestKind[] {TrackedRequestKind.LEVEL_1_USER_NONE_LEFT,
        TrackedRequestKind.ORGANISATION_DETAILS_MERGER_OR_TAKEOVER, TrackedRequestKind.OTHER_CHANGE}) {
      TrackingOutcome l = TRACKING.apply(RequestStatus.OUTSTANDING, letter, RequestEvent.ACCEPT);
      assertThat(l.notice()).isEqualTo(OutcomeNotice.LETTER);
      assertThat(l.decision().codes()).containsExactly(TrackingReasonCode.ACCEPTED_LETTER.code());
    }
    assertThat(Json.roundTrip(o, TrackingOutcome.class)).isEqualTo(o);
  }

  @Test
  void refusalsAndRejectionsAreWrittenToTheAuthorisingOfficer() {
    TrackingOutcome refused = TRACKING.apply(RequestStatus.OUTSTANDING, TrackedRequestKind.LEVEL_1_USER,
        RequestEvent.REFUSE);
    assertThat(refused.newStatus()).contains(RequestStatus.REFUSED);
    assertThat(refused.notice()).isEqualTo(OutcomeNotice.LETTER_EMAILED_TO_AUTHORISING_OFFICER);
    assertThat(refused.decision().reasons().get(0).message()).isEqualTo(
        "The LEVEL_1_USER request was REFUSED; the reasons are e-mailed in a letter to the Authorising Officer");
    assertThat(TRACKING.apply(RequestStatus.OUTSTANDING, TrackedRequestKind.ALLOCATION, RequestEvent.REJECT)
        .notice()).isEqualTo(OutcomeNotice.LETTER_EMAILED_TO_AUTHORISING_OFFICER);
  }

  @Test
  void onlyOutstandingRequestsChange() {
    assertThat(TRACKING.apply(RequestStatus.OUTSTANDING, TrackedRequestKind.ALLOCATION, RequestEvent.WITHDRAW)
        .newStatus()).contains(RequestStatus.WITHDRAWN);
    for (RequestStatus s : RequestStatus.values()) {
      for (RequestEvent e : RequestEvent.values()) {
        TrackingOutcome o = TRACKING.apply(s, TrackedRequestKind.APPLICATION, e);
        assertThat(o.isAllowed()).as("%s %s", s, e).isEqualTo(!s.isFinal());
        if (s.isFinal()) {
          assertThat(o.newStatus()).isEmpty();
          assertThat(o.decision().codes()).containsExactly(TrackingReasonCode.NOT_OUTSTANDING.code());
        }
      }
    }
  }
}
