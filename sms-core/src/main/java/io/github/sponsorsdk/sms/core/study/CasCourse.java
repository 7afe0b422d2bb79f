package io.github.sponsorsdk.sms.core.study;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.place.InternationalAddress;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import io.github.sponsorsdk.sms.core.value.Violation;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code CourseDetails} without what the certificate holds itself (the start and expected end dates are the
 * certificate's {@code startDate} and {@code endDate}, the main site of study its {@code mainAddress}). BDT schema v2.1
 * {@code CourseDetailsStructure} (docs/sources.md#bdt-types): the title, course ID and start date are "a secondary
 * identifier of duplicated records already on the SMS"; the academic level is a code from the guidance's list (kept
 * as text, up to 250 characters); hours per week are 0.0 to 168.0 with one decimal at most, and may be 0.0 for
 * full-time degree-level study and for a Child CAS.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableCasCourse.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableCasCourse.class)
@JsonDeserialize(as = ImmutableCasCourse.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableCasCourse.class)
public abstract class CasCourse implements WithCasCourse {

  /** The most hours per week. */
  public static final BigDecimal MAX_HOURS = new BigDecimal("168.0");

  /** {@return {@code CourseCurriculumTitle}: 1 to 250 characters} */
  @Size(min = 1, max = 250)
  @Pattern(regexp = CasDetails.PRINTABLE, message = CasDetails.PRINTABLE_MESSAGE)
  public abstract String title();

  /** {@return {@code CourseID}: the sponsor's course identifier, 1 to 50 characters} */
  @Size(payload = Unwrapping.Unwrap.class, min = 1, max = 50)
  @Pattern(payload = Unwrapping.Unwrap.class, regexp = CasDetails.PRINTABLE, message = CasDetails.PRINTABLE_MESSAGE)
  public abstract Optional<String> courseId();

  /** {@return {@code AcademicLevel}: a code such as {@code RQF6} or {@code SCQF10}} */
  @Size(min = 1, max = 250)
  @Pattern(regexp = CasDetails.PRINTABLE, message = CasDetails.PRINTABLE_MESSAGE)
  public abstract String academicLevel();

  /** {@return {@code SecondaryAcademicLevel}} */
  @Size(payload = Unwrapping.Unwrap.class, min = 1, max = 250)
  @Pattern(payload = Unwrapping.Unwrap.class, regexp = CasDetails.PRINTABLE, message = CasDetails.PRINTABLE_MESSAGE)
  public abstract Optional<String> secondaryAcademicLevel();

  /** {@return {@code LatestDateForAcceptanceOnCourse}} */
  public abstract Optional<LocalDate> latestDateForAcceptance();

  /** {@return {@code CourseIsFullTime}} */
  public abstract boolean fullTime();

  /** {@return {@code CourseHoursPerWeek}: 0.0 to 168.0, one decimal at most, as written} */
  public abstract BigDecimal hoursPerWeek();

  /** {@return {@code ApplicantHasWorkPlacement}} */
  public abstract boolean hasWorkPlacement();

  /** {@return {@code WorkPlacementAddress} inside the course details (the schema allows it here as well)} */
  public abstract Optional<InternationalAddress> workPlacementAddress();

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code CasCourse}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableCasCourse.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    List<Violation> v = new ArrayList<>(ValueValidation.violations(this));
    if (hoursPerWeek().signum() < 0 || hoursPerWeek().compareTo(MAX_HOURS) > 0
        || hoursPerWeek().stripTrailingZeros().scale() > 1) {
      v.add(Violation.of("hoursPerWeek", hoursPerWeek().toPlainString(), "Range",
          "must be 0.0 to 168.0 with one decimal at most (BDT schema v2.1 CourseHoursPerWeek)"));
    }
    ValueValidation.requireNone("CasCourse", v);
  }
}
