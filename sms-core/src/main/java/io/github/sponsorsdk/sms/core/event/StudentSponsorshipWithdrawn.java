package io.github.sponsorsdk.sms.core.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.identifier.CasNumber;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * S3: the student withdraws or discontinues, is excluded, or the sponsor withdraws sponsorship.
 * docs/sources.md#student-reporting-duties,
 * row S3; Immigration Rules Part Suitability SUI 31.1, 32.1(b),(d).
 */
@Value.Immutable
@SmsStyle
@JsonTypeName(StudentSponsorshipWithdrawn.TYPE)
@JsonSerialize(as = ImmutableStudentSponsorshipWithdrawn.class)
@JsonDeserialize(as = ImmutableStudentSponsorshipWithdrawn.class)
public non-sealed abstract class StudentSponsorshipWithdrawn implements StudentEvent {

  /** The stable JSON type name. */
  public static final String TYPE = "student.sponsorship-withdrawn";

  /** The student's CAS. */
  @Override
  public abstract CasNumber cas();

  /** The day of the withdrawal or the decision. */
  @Override
  public abstract LocalDate occurredOn();

  /** Why sponsorship ends. */
  public abstract StudentWithdrawalReason reason();

  @Override
  @Size(min = 1, max = 64, payload = Unwrapping.Unwrap.class)
  public abstract Optional<String> reference();

  @Override
  public final EventKind kind() {
    return EventKind.STUDENT_SPONSORSHIP_WITHDRAWN;
  }

  public static ImmutableStudentSponsorshipWithdrawn.Builder builder() {
    return ImmutableStudentSponsorshipWithdrawn.builder();
  }

  @Value.Check
  protected void check() {
    EventChecks.check(this, "StudentSponsorshipWithdrawn");
  }
}
