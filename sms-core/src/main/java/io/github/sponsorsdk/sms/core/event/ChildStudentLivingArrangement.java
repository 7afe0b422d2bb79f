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
 * S7: a Child Student is in a living arrangement that is not permitted; the report states the remedial steps taken.
 * The CAS must be a Child Student CAS ({@code E4C}). docs/sources.md#student-reporting-duties, row S7 (Student
 * guidance of 29 May 2025 as
 * quoted).
 */
@Value.Immutable
@SmsStyle
@JsonTypeName(ChildStudentLivingArrangement.TYPE)
@JsonSerialize(as = ImmutableChildStudentLivingArrangement.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableChildStudentLivingArrangement.class)
@JsonDeserialize(as = ImmutableChildStudentLivingArrangement.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableChildStudentLivingArrangement.class)
public non-sealed abstract class ChildStudentLivingArrangement implements StudentEvent, WithChildStudentLivingArrangement {

  /** The stable JSON type name. */
  public static final String TYPE = "student.child-living-arrangement";

  /** The student's CAS. */
  @Override
  public abstract CasNumber cas();

  /** The day the sponsor learned of the arrangement. */
  @Override
  public abstract LocalDate occurredOn();

  @Override
  @Size(min = 1, max = 64, payload = Unwrapping.Unwrap.class)
  public abstract Optional<String> reference();

  @Override
  public final EventKind kind() {
    return EventKind.CHILD_STUDENT_LIVING_ARRANGEMENT;
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code ChildStudentLivingArrangement}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableChildStudentLivingArrangement.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    List<Violation> v = new ArrayList<>();
    if (!cas().isChildStudent()) {
      v.add(Violation.of("cas", cas().value(), "ChildStudent", "must be a Child Student CAS (E4C)"));
    }
    EventChecks.check(this, "ChildStudentLivingArrangement", v);
  }
}
