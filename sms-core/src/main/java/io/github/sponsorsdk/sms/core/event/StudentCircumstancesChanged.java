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
 * S6: a significant change in the student's circumstances, such as a change of course or of course length.
 * docs/sources.md#student-reporting-duties, row S6.
 */
@Value.Immutable
@SmsStyle
@JsonTypeName(StudentCircumstancesChanged.TYPE)
@JsonSerialize(as = ImmutableStudentCircumstancesChanged.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableStudentCircumstancesChanged.class)
@JsonDeserialize(as = ImmutableStudentCircumstancesChanged.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableStudentCircumstancesChanged.class)
public non-sealed abstract class StudentCircumstancesChanged implements StudentEvent, WithStudentCircumstancesChanged {

  /** The stable JSON type name. */
  public static final String TYPE = "student.circumstances-changed";

  /** The student's CAS. */
  @Override
  public abstract CasNumber cas();

  /** The day the change took effect. */
  @Override
  public abstract LocalDate occurredOn();

  /** {@return what changed} */
  public abstract StudentChangeKind change();

  @Override
  @Size(min = 1, max = 64, payload = Unwrapping.Unwrap.class)
  public abstract Optional<String> reference();

  @Override
  public final EventKind kind() {
    return EventKind.STUDENT_CIRCUMSTANCES_CHANGED;
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code StudentCircumstancesChanged}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableStudentCircumstancesChanged.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    EventChecks.check(this, "StudentCircumstancesChanged");
  }
}
