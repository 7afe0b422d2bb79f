package io.github.sponsorsdk.sms.testkit.state;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.evidence.EvidenceDocument;
import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.identifier.SponsorLicenceNumber;
import io.github.sponsorsdk.sms.core.port.SubmissionDraft;
import io.github.sponsorsdk.sms.core.submission.Submission;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Sponsor UK submission as the fake holds it: the submission, who made it, the edit waiting for the Home Office's
 * review (applied when the edit is approved) and the evidence documents with their bytes.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableSubmissionRecord.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableSubmissionRecord.class)
@JsonDeserialize(as = ImmutableSubmissionRecord.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableSubmissionRecord.class)
public abstract class SubmissionRecord implements WithSubmissionRecord {

  /** {@return the sponsor's licence} */
  public abstract SponsorLicenceNumber licence();

  /** {@return the submission} */
  public abstract Submission submission();

  /** {@return the user who made it (payment links and SRNs are emailed to them)} */
  public abstract SmsUserId createdBy();

  /** {@return the edit under review, applied when the Home Office approves it} */
  public abstract Optional<SubmissionDraft> pendingEdit();

  /**
   * {@return the evidence uploaded, oldest first, with the bytes ({@code submission().evidence()} holds the metadata)}
   */
  public abstract List<EvidenceDocument> documents();

  // No Bean Validation of its own: the values it holds were validated when they were built.

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code SubmissionRecord}: one setter per attribute. */
  public static final class Builder extends ImmutableSubmissionRecord.Builder {
    Builder() {}
  }
}
