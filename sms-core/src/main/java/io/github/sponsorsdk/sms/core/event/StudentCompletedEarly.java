package io.github.sponsorsdk.sms.core.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
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
 * S5: the student completed the course earlier than the course end date on the CAS. Completion on or after that
 * date is not early and not reportable. Student guidance Document 2 para 3.12 (version 07/2023);
 * docs/sources.md#student-reporting-duties,
 * row S5.
 */
@Value.Immutable
@SmsStyle
@JsonTypeName(StudentCompletedEarly.TYPE)
@JsonSerialize(as = ImmutableStudentCompletedEarly.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableStudentCompletedEarly.class)
@JsonDeserialize(as = ImmutableStudentCompletedEarly.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableStudentCompletedEarly.class)
public non-sealed abstract class StudentCompletedEarly implements StudentEvent, WithStudentCompletedEarly {

  /** The stable JSON type name. */
  public static final String TYPE = "student.completed-early";

  /** The student's CAS. */
  @Override
  public abstract CasNumber cas();

  /** The day the course was completed. */
  @Override
  public abstract LocalDate occurredOn();

  /** {@return the course end date on the CAS} */
  public abstract LocalDate casEndDate();

  @Override
  @Size(min = 1, max = 64, payload = Unwrapping.Unwrap.class)
  public abstract Optional<String> reference();

  @Override
  public final EventKind kind() {
    return EventKind.STUDENT_COMPLETED_EARLY;
  }

  /** {@return true when {@link #occurredOn()} is before {@link #casEndDate()}} */
  @JsonIgnore
  public boolean isEarly() {
    return occurredOn().isBefore(casEndDate());
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code StudentCompletedEarly}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableStudentCompletedEarly.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    EventChecks.check(this, "StudentCompletedEarly");
  }
}
