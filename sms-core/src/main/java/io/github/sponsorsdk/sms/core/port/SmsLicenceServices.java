package io.github.sponsorsdk.sms.core.port;

import io.github.sponsorsdk.sms.core.licence.Licence;

/** "Licence summary, applications and services": Level 1 users; hidden for a dormant licence. */
public interface SmsLicenceServices {

  /**
   * {@return the licence summary: status, ratings, routes, dates and allocations}
   *
   * @param session the signed-in user's session
   */
  SmsResult<Licence> licenceSummary(SessionToken session);

  /**
   * Requests the renewal of the annual allocation of one route.
   *
   * @param session the signed-in user's session
   * @param request the route, the number and the reason
   * @return the casework request, pending
   */
  SmsResult<CaseworkRequest> requestAllocationRenewal(SessionToken session, AllocationRequest request);

  /**
   * Requests an in-year increase of one route's allocation.
   *
   * @param session the signed-in user's session
   * @param request the route, the number and the reason
   * @return the casework request, pending
   */
  SmsResult<CaseworkRequest> requestAllocationIncrease(SessionToken session, AllocationRequest request);

  /**
   * Applies for a defined CoS (Skilled Worker, Level 1 users, not B-rated).
   *
   * @param session the signed-in user's session
   * @param application the job, salary and start date
   * @return the casework request, pending
   */
  SmsResult<CaseworkRequest> applyForDefinedCos(SessionToken session, DefinedCosApplication application);

  /**
   * Reports a change of circumstances of the licence.
   *
   * @param session the signed-in user's session
   * @param change what changed and when
   * @return the casework request, pending
   */
  SmsResult<CaseworkRequest> requestChangeOfCircumstances(SessionToken session, CircumstanceChange change);
}
