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
 * S2: the student missed expected contact points without permission. The Tier 4-era rule (10 consecutive expected
 * contacts missed) is kept as a parameter; whether the current Student guidance keeps it is uncertain
 * (docs/sources.md#student-reporting-duties, row S2).
 */
@Value.Immutable
@SmsStyle
@JsonTypeName(StudentMissedContacts.TYPE)
@JsonSerialize(as = ImmutableStudentMissedContacts.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableStudentMissedContacts.class)
@JsonDeserialize(as = ImmutableStudentMissedContacts.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableStudentMissedContacts.class)
public non-sealed abstract class StudentMissedContacts implements StudentEvent, WithStudentMissedContacts {

  /** The stable JSON type name. */
  public static final String TYPE = "student.missed-contacts";

  /** The student's CAS. */
  @Override
  public abstract CasNumber cas();

  /** The day of the last missed contact counted (the tenth, once ten are missed). */
  @Override
  public abstract LocalDate occurredOn();

  /** {@return consecutive expected contacts missed without permission, up to {@link #occurredOn()}} */
  @Positive
  @Max(1000)
  public abstract int consecutiveMissedContacts();

  @Override
  @Size(min = 1, max = 64, payload = Unwrapping.Unwrap.class)
  public abstract Optional<String> reference();

  @Override
  public final EventKind kind() {
    return EventKind.STUDENT_MISSED_CONTACTS;
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code StudentMissedContacts}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableStudentMissedContacts.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    EventChecks.check(this, "StudentMissedContacts");
  }
}
