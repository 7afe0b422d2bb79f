package io.github.sponsorsdk.sms.xml.records;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import io.github.sponsorsdk.sms.xml.schema.BdtField;
import org.immutables.value.Value;

/**
 * {@code CourseDetails}. The title, course ID and start date are the SMS's secondary keys for duplicate records
 * (schema v2.1 documentation of those elements). Hours per week may be {@code 0.0} for full-time degree-level study
 * and for Child CAS (schema documentation of {@code CourseHoursPerWeek}).
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableCourse.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableCourse.class)
@JsonDeserialize(as = ImmutableCourse.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableCourse.class)
public abstract class Course implements WithCourse {
  /** {@return the course title} */
  public abstract String title();

  /** {@return the sponsor's course identifier, when given} */
  public abstract Optional<String> courseId();

  /**
   * {@return a code from the guidance's AcademicLevel list, e.g. {@code RQF6}, {@code SCQF10} (free text in the
   * schema)}
   */
  public abstract String academicLevel();

  /** {@return a second academic level, when the course has one} */
  public abstract Optional<String> secondaryAcademicLevel();

  /** {@return the start date} */
  public abstract LocalDate startDate();

  /** {@return the latest date the student may be accepted, when given} */
  public abstract Optional<LocalDate> latestDateForAcceptance();

  /** {@return the expected end date} */
  public abstract LocalDate expectedEndDate();

  /** {@return true for a full-time course} */
  public abstract boolean fullTime();

  /** {@return 0.0 to 168.0, one decimal at most} */
  public abstract BigDecimal hoursPerWeek();

  /** {@return the main site of study} */
  public abstract UkAddress mainSiteOfStudy();

  /** {@return true when the course has a work placement} */
  public abstract boolean hasWorkPlacement();

  /**
   * {@return the schema also allows the work-placement address here; the official examples use {@link WorkPlacement}}
   */
  public abstract Optional<InternationalAddress> workPlacementAddress();

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code Course}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableCourse.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    new Check("Course").field("title", BdtField.COURSE_CURRICULUM_TITLE, title())
        .field("courseId", BdtField.COURSE_ID, courseId())
        .field("academicLevel", BdtField.ACADEMIC_LEVEL, academicLevel())
        .field("secondaryAcademicLevel", BdtField.SECONDARY_ACADEMIC_LEVEL, secondaryAcademicLevel())
        .number("hoursPerWeek", BdtField.COURSE_HOURS_PER_WEEK, hoursPerWeek())
        .done();
  }
}
