package io.github.sponsorsdk.sms.xml.records;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One {@code CAS} element of an upload: General (Student) or Child. A Child CAS has no work placement and no
 * evidence block (schema v2.1 {@code ChildCASStructure}); a writer for a Child file refuses records that carry them.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableCasRecord.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableCasRecord.class)
@JsonDeserialize(as = ImmutableCasRecord.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableCasRecord.class)
public abstract non-sealed class CasRecord implements BdtRecord, WithCasRecord {
  /** {@return {@code ApplicantData}: the student} */
  public abstract Applicant applicant();

  /** {@return {@code PartnerInstitution}, for study at a partner} */
  public abstract Optional<PartnerInstitution> partnerInstitution();

  /** {@return {@code OverseasInstitution}, for study partly overseas} */
  public abstract Optional<OverseasInstitution> overseasInstitution();

  /** {@return {@code CourseDetails}} */
  public abstract Course course();

  /** {@return {@code WorkPlacement}, when the course has one} */
  public abstract Optional<WorkPlacement> workPlacement();

  /** {@return {@code DocumentationDetails}: ATAS and other documents} */
  public abstract Documentation documentation();

  /** {@return {@code EvidenceDetails}: English language and progression, when given} */
  public abstract Optional<Evidence> evidence();

  /** {@return {@code FinanceDetails}: fees and what is paid} */
  public abstract Finances finances();

  @Override
  public String reference() {
    return applicant().applicantId();
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code CasRecord}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableCasRecord.Builder {
    Builder() {}
  }
}
