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
@JsonDeserialize(as = ImmutableStudentDidNotEnrol.class)
public non-sealed abstract class StudentDidNotEnrol implements StudentEvent {

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

  public static ImmutableStudentDidNotEnrol.Builder builder() {
    return ImmutableStudentDidNotEnrol.builder();
  }

  @Value.Check
  protected void check() {
    EventChecks.check(this, "StudentDidNotEnrol");
  }
}
