package io.github.sponsorsdk.sms.core.port;

import io.github.sponsorsdk.sms.core.licence.Licence;

/** "Licence summary, applications and services": Level 1 users; hidden for a dormant licence. */
public interface SmsLicenceServices {

  /** The licence summary: status, ratings, routes, dates and allocations. */
  SmsResult<Licence> licenceSummary(SessionToken session);

  /** Requests the renewal of the annual allocation of one route. */
  SmsResult<CaseworkRequest> requestAllocationRenewal(SessionToken session, AllocationRequest request);

  /** Requests an in-year increase of one route's allocation. */
  SmsResult<CaseworkRequest> requestAllocationIncrease(SessionToken session, AllocationRequest request);

  /** Applies for a defined CoS (Skilled Worker, Level 1 users, not B-rated). */
  SmsResult<CaseworkRequest> applyForDefinedCos(SessionToken session, DefinedCosApplication application);

  /** Reports a change of circumstances of the licence. */
  SmsResult<CaseworkRequest> requestChangeOfCircumstances(SessionToken session, CircumstanceChange change);
}
