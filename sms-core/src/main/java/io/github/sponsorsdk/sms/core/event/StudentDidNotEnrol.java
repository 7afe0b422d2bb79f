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
 * S1: the student did not enrol within the enrolment period, late enrolment included.
 * docs/sources.md#student-reporting-duties, row S1;
 * Immigration Rules Part Suitability SUI 32.1(a).
 */
@Value.Immutable
@SmsStyle
@JsonTypeName(StudentDidNotEnrol.TYPE)
@JsonSerialize(as = ImmutableStudentDidNotEnrol.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableStudentDidNotEnrol.class)
@JsonDeserialize(as = ImmutableStudentDidNotEnrol.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableStudentDidNotEnrol.class)
public non-sealed abstract class StudentDidNotEnrol implements StudentEvent, WithStudentDidNotEnrol {

  /** The stable JSON type name. */
  public static final String TYPE = "student.did-not-enrol";

  /** The student's CAS. */
  @Override
  public abstract CasNumber cas();

  /** The last day of the enrolment period (including any late enrolment period). */
  @Override
  public abstract LocalDate occurredOn();

  @Override
  @Size(min = 1, max = 64, payload = Unwrapping.Unwrap.class)
  public abstract Optional<String> reference();

  @Override
  public final EventKind kind() {
    return EventKind.STUDENT_DID_NOT_ENROL;
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code StudentDidNotEnrol}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableStudentDidNotEnrol.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    EventChecks.check(this, "StudentDidNotEnrol");
  }
}
