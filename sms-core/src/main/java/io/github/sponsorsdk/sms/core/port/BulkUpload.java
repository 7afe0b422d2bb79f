package io.github.sponsorsdk.sms.core.port;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.decision.Finding;
import io.github.sponsorsdk.sms.core.identifier.CasNumber;
import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The results of a Bulk Data Transfer upload (SMS Manual 7): how many records the file held, the CAS created from
 * the records that passed, and every finding (errors that rejected a record, warnings that did not), each a
 * {@link Finding}: a reason and where in the file it is (record number counted from 1, ApplicantID, line, column,
 * element path).
 *
 * <p>{@link #outcomes()} says what became of each record, numbered from 1 as a person counts: created, created but
 * not ready to go (it cannot be assigned until its missing fields are supplied, {@code SmsCertificates.update}),
 * recorded (a graduate notification or fee update), or rejected with its reasons.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableBulkUpload.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableBulkUpload.class)
@JsonDeserialize(as = ImmutableBulkUpload.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableBulkUpload.class)
public abstract class BulkUpload implements WithBulkUpload {

  /** {@return the implementation's reference for the upload, used to ask for its results again} */
  @NotBlank
  public abstract String reference();

  /** {@return the user who uploaded the file} */
  public abstract SmsUserId uploadedBy();

  /** {@return the day of the upload} */
  public abstract LocalDate uploadedOn();

  /** {@return how many CAS records the file held} */
  @PositiveOrZero
  public abstract long records();

  /** {@return CAS created (status CREATED, ready to go or not), in record order} */
  public abstract List<CasNumber> created();

  /** {@return how many records were rejected for errors; each has at least one refusal among the findings} */
  @PositiveOrZero
  public abstract long rejected();

  /** {@return every finding, in file order: the SMS's upload results} */
  public abstract List<Finding> findings();

  /** {@return what became of each record, in record order} */
  public abstract List<RecordOutcome> outcomes();

  /**
   * {@return the outcomes of {@code kind}, in record order}
   *
   * @param kind created, created not ready to go, recorded or rejected
   */
  public List<RecordOutcome> outcomes(RecordOutcomeKind kind) {
    return outcomes().stream().filter(o -> o.kind() == kind).collect(Collectors.toList());
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code BulkUpload}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableBulkUpload.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ValueValidation.check(this);
  }
}
