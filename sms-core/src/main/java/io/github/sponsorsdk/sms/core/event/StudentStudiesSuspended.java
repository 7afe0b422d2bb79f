package io.github.sponsorsdk.sms.core.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.identifier.CasNumber;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.Violation;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * S4: the student's studies are suspended, interrupted or deferred. docs/sources.md#student-reporting-duties, row S4.
 */
@Value.Immutable
@SmsStyle
@JsonTypeName(StudentStudiesSuspended.TYPE)
@JsonSerialize(as = ImmutableStudentStudiesSuspended.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableStudentStudiesSuspended.class)
@JsonDeserialize(as = ImmutableStudentStudiesSuspended.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableStudentStudiesSuspended.class)
public non-sealed abstract class StudentStudiesSuspended implements StudentEvent, WithStudentStudiesSuspended {

  /** The stable JSON type name. */
  public static final String TYPE = "student.studies-suspended";

  /** The student's CAS. */
  @Override
  public abstract CasNumber cas();

  /** The first day of the break, or the day of the decision. */
  @Override
  public abstract LocalDate occurredOn();

  /** {@return the kind of break} */
  public abstract StudyBreakKind breakKind();

  /** {@return the expected day of return, if known} */
  public abstract Optional<LocalDate> expectedReturn();

  @Override
  @Size(min = 1, max = 64, payload = Unwrapping.Unwrap.class)
  public abstract Optional<String> reference();

  @Override
  public final EventKind kind() {
    return EventKind.STUDENT_STUDIES_SUSPENDED;
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code StudentStudiesSuspended}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableStudentStudiesSuspended.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    List<Violation> v = new ArrayList<>();
    EventChecks.requireAfter(v, "expectedReturn", expectedReturn(), occurredOn(), "occurredOn");
    EventChecks.check(this, "StudentStudiesSuspended", v);
  }
}
