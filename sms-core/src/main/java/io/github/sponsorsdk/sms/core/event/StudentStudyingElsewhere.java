package io.github.sponsorsdk.sms.core.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.identifier.CasNumber;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * S8: the student studies elsewhere, for example outside the UK. One university's reading says 10 working days or
 * more must be notified; the deadline is not stated in any source read (docs/sources.md#student-reporting-duties, row
 * S8, uncertain).
 */
@Value.Immutable
@SmsStyle
@JsonTypeName(StudentStudyingElsewhere.TYPE)
@JsonSerialize(as = ImmutableStudentStudyingElsewhere.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableStudentStudyingElsewhere.class)
@JsonDeserialize(as = ImmutableStudentStudyingElsewhere.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableStudentStudyingElsewhere.class)
public non-sealed abstract class StudentStudyingElsewhere implements StudentEvent, WithStudentStudyingElsewhere {

  /** The stable JSON type name. */
  public static final String TYPE = "student.studying-elsewhere";

  /** The student's CAS. */
  @Override
  public abstract CasNumber cas();

  /** The first day of study elsewhere. */
  @Override
  public abstract LocalDate occurredOn();

  /** {@return working days of study elsewhere, up to the day assessed} */
  @Positive
  @Max(366)
  public abstract int workingDaysElsewhere();

  @Override
  @Size(min = 1, max = 64, payload = Unwrapping.Unwrap.class)
  public abstract Optional<String> reference();

  @Override
  public final EventKind kind() {
    return EventKind.STUDENT_STUDYING_ELSEWHERE;
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code StudentStudyingElsewhere}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableStudentStudyingElsewhere.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    EventChecks.check(this, "StudentStudyingElsewhere");
  }
}
