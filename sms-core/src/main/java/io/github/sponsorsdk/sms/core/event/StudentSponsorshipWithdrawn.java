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
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableStudentSponsorshipWithdrawn.class)
@JsonDeserialize(as = ImmutableStudentSponsorshipWithdrawn.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableStudentSponsorshipWithdrawn.class)
public non-sealed abstract class StudentSponsorshipWithdrawn implements StudentEvent, WithStudentSponsorshipWithdrawn {

  /** The stable JSON type name. */
  public static final String TYPE = "student.sponsorship-withdrawn";

  /** The student's CAS. */
  @Override
  public abstract CasNumber cas();

  /** The day of the withdrawal or the decision. */
  @Override
  public abstract LocalDate occurredOn();

  /** {@return why sponsorship ends} */
  public abstract StudentWithdrawalReason reason();

  @Override
  @Size(min = 1, max = 64, payload = Unwrapping.Unwrap.class)
  public abstract Optional<String> reference();

  @Override
  public final EventKind kind() {
    return EventKind.STUDENT_SPONSORSHIP_WITHDRAWN;
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code StudentSponsorshipWithdrawn}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableStudentSponsorshipWithdrawn.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    EventChecks.check(this, "StudentSponsorshipWithdrawn");
  }
}
