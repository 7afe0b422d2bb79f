package io.github.sponsorsdk.sms.core.port;

import io.github.sponsorsdk.sms.core.job.PayeReference;
import java.util.List;
import java.util.Optional;

/**
 * "Managing your licence" (Manual 2): typed key-personnel requests, organisation details and PAYE references. Level
 * 1 users only. From 23 March 2023 a key-personnel request is fulfilled at once when the licence is fully active and
 * A-rated and the new person's postcode matches the sponsor's main or head office address (or, for a Key Contact or
 * Level 1 user, a notified legal representative's); otherwise it goes to casework (docs/sources.md#secondary-functions).
 */
public interface SmsKeyPersonnel {

  /**
   * Replaces the Authorising Officer or Key Contact, or requests a new Level 1 user. The request comes back
   * {@link CaseworkStatus#APPROVED} when fulfilled at once, {@link CaseworkStatus#PENDING} when sent to casework; the
   * decision's reasons say which criteria were not met.
   *
   * @param session the signed-in user's session
   * @param change what is asked
   * @return the outcome: allowed with the result, or refused with every reason
   */
  SmsResult<CaseworkRequest> requestKeyPersonnelChange(SessionToken session, KeyPersonnelChange change);

  /**
   * {@return the organisation details the SMS holds for the licence; empty when none are recorded}
   *
   * @param session the signed-in user's session
   */
  SmsResult<Optional<OrganisationDetails>> organisationDetails(SessionToken session);

  /**
   * Asks the Home Office to change the organisation details (casework; applied when approved).
   *
   * @param session the signed-in user's session
   * @param details the details asked for
   * @return the outcome: allowed with the result, or refused with every reason
   */
  SmsResult<CaseworkRequest> requestOrganisationChange(SessionToken session, OrganisationDetails details);

  /**
   * {@return the licence's PAYE references, with who added each and when, oldest first}
   *
   * @param session the signed-in user's session
   */
  SmsResult<List<PayeReferenceEntry>> payeReferences(SessionToken session);

  /**
   * Adds a PAYE reference (at once); refused when the licence holds it already.
   *
   * @param session the signed-in user's session
   * @param reference the reference
   * @return the outcome: allowed with the result, or refused with every reason
   */
  SmsResult<PayeReferenceEntry> addPayeReference(SessionToken session, PayeReference reference);

  /**
   * Deletes a PAYE reference (at once); refused when the licence does not hold it.
   *
   * @param session the signed-in user's session
   * @param reference the reference
   * @return the outcome: allowed with the result, or refused with every reason
   */
  SmsResult<PayeReferenceEntry> deletePayeReference(SessionToken session, PayeReference reference);
}
