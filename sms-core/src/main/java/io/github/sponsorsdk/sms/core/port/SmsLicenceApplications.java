package io.github.sponsorsdk.sms.core.port;

import java.util.List;

/**
 * "Applications, renewals and services" (Manual 3, as the index of manuals and Manual 1 describe it): licence
 * renewal, Premium customer service, Student Sponsor status (the Basic Compliance Assessment from 10 July 2024) and
 * action plans. Level 1 users only; a suspended or dormant licence cannot apply for any of them (Manual 1, "Access to
 * SMS"). Applications go to Home Office casework and are tracked like other requests ({@link SmsRequestTracking}).
 */
public interface SmsLicenceApplications {

  /**
   * Applies to renew the licence: only a licence that still needs renewal (expiring before 6 April 2024) and
   * only from 90 days before expiry to the day before it (Manual 1; SMS message of 24 January 2024). For any other
   * licence the answer is refused with the reason "renewal not required".
   *
   * @param session the signed-in user's session
   * @return the outcome: allowed with the result, or refused with every reason
   */
  SmsResult<CaseworkRequest> applyForLicenceRenewal(SessionToken session);

  /**
   * Applies for Premium customer service: A-rated, not already Premium, while the service takes applications.
   *
   * @param session the signed-in user's session
   * @return the outcome: allowed with the result, or refused with every reason
   */
  SmsResult<CaseworkRequest> applyForPremiumService(SessionToken session);

  /**
   * Applies to renew Premium customer service (Premium customers only, while renewals are taken).
   *
   * @param session the signed-in user's session
   * @return the outcome: allowed with the result, or refused with every reason
   */
  SmsResult<CaseworkRequest> renewPremiumService(SessionToken session);

  /**
   * {@return "View your Premium customer service contact details" (Premium customers only); empty until one is
   * assigned}
   *
   * @param session the signed-in user's session
   */
  SmsResult<List<PremiumContact>> premiumContacts(SessionToken session);

  /**
   * Applies for, or renews, Student Sponsor status (from 10 July 2024 the Basic Compliance Assessment):
   * Student sponsors, not B-rated, with no status held or within the status's own renewal period.
   *
   * @param session the signed-in user's session
   * @return the outcome: allowed with the result, or refused with every reason
   */
  SmsResult<CaseworkRequest> applyForStudentSponsorStatus(SessionToken session);

  /**
   * {@return the action plans the Home Office issued to the licence, oldest first}
   *
   * @param session the signed-in user's session
   */
  SmsResult<List<ActionPlanNotice>> actionPlans(SessionToken session);

  /**
   * Pays for an action plan awaiting payment, by its last day to pay.
   *
   * @param session the signed-in user's session
   * @param reference the reference
   * @return the outcome: allowed with the result, or refused with every reason
   */
  SmsResult<ActionPlanNotice> payActionPlan(SessionToken session, String reference);

  /**
   * Declines to pay for an action plan: the licence is revoked.
   *
   * @param session the signed-in user's session
   * @param reference the reference
   * @return the outcome: allowed with the result, or refused with every reason
   */
  SmsResult<ActionPlanNotice> declineActionPlan(SessionToken session, String reference);
}
