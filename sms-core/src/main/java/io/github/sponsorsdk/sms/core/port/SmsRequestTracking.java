package io.github.sponsorsdk.sms.core.port;

import java.util.List;

/**
 * "View and withdraw recent and outstanding requests" (Manual 2) and the defined CoS applications' tracking (Manual
 * 12: "view pending", "withdraw", "view refused"). The Home Office stopped notifying most approvals on 30 July 2012:
 * sponsors poll this screen for each request's status and how its outcome was notified ({@link
 * CaseworkRequest#notice()}). Level 1 users only.
 */
public interface SmsRequestTracking {

  /**
   * {@return every request of the licence (pending or decided), newest first, with its status and notice}
   *
   * @param session the signed-in user's session
   */
  SmsResult<List<CaseworkRequest>> requests(SessionToken session);

  /**
   * {@return the licence's defined CoS applications (pending, granted, refused, withdrawn), newest first}
   *
   * @param session the signed-in user's session
   */
  SmsResult<List<CaseworkRequest>> definedCosApplications(SessionToken session);

  /**
   * Withdraws a pending request (a defined CoS application included); a decided one cannot be withdrawn.
   *
   * @param session the signed-in user's session
   * @param reference the reference
   * @return the outcome: allowed with the result, or refused with every reason
   */
  SmsResult<CaseworkRequest> withdrawRequest(SessionToken session, String reference);
}
