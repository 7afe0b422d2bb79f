package io.github.sponsorsdk.sms.rules.reporting;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.decision.Reason;
import io.github.sponsorsdk.sms.core.decision.ReasonCode;
import io.github.sponsorsdk.sms.core.event.ReportableEvent;
import io.github.sponsorsdk.sms.core.place.UkNation;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One duty arising from one event under one catalogue row, as of a date: its status, when its clock started, when
 * it is due, and why. Invariants (checked on construction): a {@link DutyStatus#NOT_REPORTABLE} or
 * {@link DutyStatus#UNDETERMINED} duty has no due date; an {@link DutyStatus#OVERDUE} duty has one; a
 * {@link DutyStatus#REPORTED} duty has a report date; the due date is never before the clock start; there is at
 * least one reason.
 *
 * <p>The check is hand-written (no Bean Validation) so a batch of thousands of duties stays cheap.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableDuty.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableDuty.class)
@JsonDeserialize(as = ImmutableDuty.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableDuty.class)
public abstract class Duty implements WithDuty {

  /** {@return the event the duty arises from} */
  public abstract ReportableEvent event();

  /** {@return the catalogue row} */
  public abstract DutyRule rule();

  /** {@return the nation whose working days were counted; empty when neither the event nor the sponsor named one} */
  public abstract Optional<UkNation> nation();

  /** {@return where the duty stands on the as-of date} */
  public abstract DutyStatus status();

  /** {@return day 0 of the reporting clock; empty when nothing is to be reported or it could not be determined} */
  public abstract Optional<LocalDate> clockStart();

  /** {@return the last day to report; empty when not reportable, undetermined, or the deadline has no date} */
  public abstract Optional<LocalDate> dueDate();

  /**
   * {@return for an "as soon as reasonably practicable" duty: the horizon (parameter {@code reporting.asrp.horizon})
   * after which it is flagged; it never has a due date and is never OVERDUE}
   */
  public abstract Optional<LocalDate> horizonDate();

  /** {@return the day it was reported, when the caller passed a report} */
  public abstract Optional<LocalDate> reportedOn();

  /** {@return why: the status reason last, any explanation (exception, threshold, exclusion) before it} */
  public abstract List<Reason> reasons();

  /** {@return the catalogue row id, e.g. {@code "W2"}} */
  @JsonIgnore
  public String id() {
    return rule().id();
  }

  /** {@return how firmly the duty's catalogue row rests on its sources ({@link DutyRule#confidence()})} */
  @JsonIgnore
  public Confidence confidence() {
    return rule().confidence();
  }

  /** {@return the caller's reference of the event} */
  @JsonIgnore
  public Optional<String> reference() {
    return event().reference();
  }

  /**
   * {@return true when any reason has {@code code}}
   *
   * @param code the reason code
   */
  public boolean has(ReasonCode code) {
    for (Reason r : reasons()) {
      if (r.is(code)) {
        return true;
      }
    }
    return false;
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code Duty}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableDuty.Builder {
    Builder() {}
  }

  /** The invariants above, every violation at once. */
  @Value.Check
  void check() {
    List<Violation> v = null;
    boolean noDate = status() == DutyStatus.NOT_REPORTABLE || status() == DutyStatus.UNDETERMINED;
    if (noDate && dueDate().isPresent()) {
      v = add(v, "dueDate", "must be empty when " + status());
    }
    if (status() == DutyStatus.OVERDUE && dueDate().isEmpty()) {
      v = add(v, "dueDate", "is required when OVERDUE");
    }
    if (horizonDate().isPresent() && dueDate().isPresent()) {
      v = add(v, "horizonDate", "must be empty when there is a due date");
    }
    if (status() == DutyStatus.REPORTED && reportedOn().isEmpty()) {
      v = add(v, "reportedOn", "is required when REPORTED");
    }
    if (dueDate().isPresent() && clockStart().isPresent() && dueDate().get().isBefore(clockStart().get())) {
      v = add(v, "dueDate", "must not be before clockStart " + clockStart().get());
    }
    if (reasons().isEmpty()) {
      v = add(v, "reasons", "needs at least one reason");
    }
    if (v != null) {
      throw new InvalidValueException("Duty", v);
    }
  }

  private static List<Violation> add(List<Violation> v, String path, String message) {
    List<Violation> out = v == null ? new ArrayList<>() : v;
    out.add(Violation.of(path, "", "Invariant", message));
    return out;
  }

  @Override
  public String toString() {
    return id() + " " + status() + dueDate().map(d -> " due " + d).orElse("") + " " + event().kind() + " "
        + event().occurredOn();
  }
}
