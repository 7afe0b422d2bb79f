package io.github.sponsorsdk.sms.core.port;

import io.github.sponsorsdk.sms.core.evidence.EvidenceDocument;
import io.github.sponsorsdk.sms.core.evidence.EvidenceMetadata;
import io.github.sponsorsdk.sms.core.identifier.SubmissionReference;
import io.github.sponsorsdk.sms.core.licence.Licence;
import io.github.sponsorsdk.sms.core.submission.Submission;
import java.util.List;

/**
 * Sponsor UK, the SMS's successor, as a sponsor uses it: users "will be able to: make, edit or withdraw a sponsorship
 * submission; pay for a sponsorship submission; ... upload evidence; ... view your organisation and licence details"
 * (docs/sources.md#sponsor-uk-actions). A vendor codes against this interface; the testkit's in-memory
 * implementation answers it with the rules of sms-rules ({@code submission.SubmissionLifecycle},
 * {@code user.SponsorUkEligibility}, {@code migration.MigrationRules}).
 *
 * <p><b>Invariant</b> (as for every port here): an answer is an {@link SmsResult}; a refused call changes nothing
 * and says why, with every reason; the value is present exactly when the call is allowed. A call on a route that is
 * not on Sponsor UK for the licence is refused ({@code migration.ROUTE_NOT_ON_SPONSOR_UK}); a user who may not use
 * Sponsor UK (a Level 2 user, a representative) is refused ({@code sponsorUkUser.*}). How a user signs in to Sponsor
 * UK is not modelled: the calls take a {@link SessionToken} of the licence's SMS account
 * (docs/decisions/0470-sponsor-uk.md).
 *
 * <p>The Home Office's side (decide, issue the payment link and the SRN, record use in an application) is not a
 * sponsor function and is not here; the testkit offers it to tests.
 */
public interface SponsorUkSubmissions {

  /**
   * Makes a draft submission for one worker (status DRAFT).
   *
   * @param session the signed-in user's session
   * @param draft the worker, job and route
   * @return the draft submission, or the refusal
   */
  SmsResult<Submission> createSubmission(SessionToken session, SubmissionDraft draft);

  /**
   * Changes a draft, or a submission whose evidence the Home Office requested, to {@code draft}.
   *
   * @param session the signed-in user's session
   * @param reference the submission's reference
   * @param draft the new worker, job and route
   * @return the changed submission, or the refusal (nothing changes)
   */
  SmsResult<Submission> editSubmission(SessionToken session, SubmissionReference reference, SubmissionDraft draft);

  /**
   * Sends a draft to the Home Office (status SUBMITTED).
   *
   * @param session the signed-in user's session
   * @param reference the submission's reference
   * @return the submitted submission, or the refusal
   */
  SmsResult<Submission> submit(SessionToken session, SubmissionReference reference);

  /**
   * Uploads an evidence document to a submission; answers with the document's metadata.
   *
   * @param session the signed-in user's session
   * @param reference the submission's reference
   * @param document the document and its metadata
   * @return the document's metadata, or the refusal (e.g. a media type not accepted)
   */
  SmsResult<EvidenceMetadata> uploadEvidence(SessionToken session, SubmissionReference reference,
      EvidenceDocument document);

  /**
   * Returns a submission whose evidence was requested to the Home Office (status SUBMITTED).
   *
   * @param session the signed-in user's session
   * @param reference the submission's reference
   * @return the resubmitted submission, or the refusal
   */
  SmsResult<Submission> respondToEvidenceRequest(SessionToken session, SubmissionReference reference);

  /**
   * Withdraws a submission (status WITHDRAWN, final).
   *
   * @param session the signed-in user's session
   * @param reference the submission's reference
   * @return the withdrawn submission, or the refusal
   */
  SmsResult<Submission> withdrawSubmission(SessionToken session, SubmissionReference reference);

  /**
   * Pays for an approved submission through its payment link (status PAID; the SRN follows).
   *
   * @param session the signed-in user's session
   * @param reference the submission's reference
   * @return the paid submission, or the refusal (e.g. no payment link yet)
   */
  SmsResult<Submission> pay(SessionToken session, SubmissionReference reference);

  /**
   * Asks the Home Office to change a submission whose SRN has been issued to {@code draft} (status
   * EDIT_UNDER_REVIEW; the days of the review do not count toward the SRN's 90).
   *
   * @param session the signed-in user's session
   * @param reference the submission's reference
   * @param draft the edited worker, job and route
   * @return the submission under review, or the refusal
   */
  SmsResult<Submission> requestEdit(SessionToken session, SubmissionReference reference, SubmissionDraft draft);

  /**
   * One submission of the licence.
   *
   * @param session the signed-in user's session
   * @param reference the submission's reference
   * @return the submission, or the refusal (e.g. another licence's)
   */
  SmsResult<Submission> submission(SessionToken session, SubmissionReference reference);

  /**
   * Every submission of the licence, oldest first.
   *
   * @param session the signed-in user's session
   * @return the submissions (possibly none), or the refusal
   */
  SmsResult<List<Submission>> submissions(SessionToken session);

  /**
   * The organisation's licence details, migration markers included.
   *
   * @param session the signed-in user's session
   * @return the licence, or the refusal
   */
  SmsResult<Licence> organisationAndLicence(SessionToken session);
}
