package io.github.sponsorsdk.sms.core.submission;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import io.github.sponsorsdk.sms.core.value.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One edit the sponsor requested to a submission after its SRN was issued, and the Home Office's review of it. The
 * days "during which an edit requested by a sponsor to their Sponsor a Worker submission is being reviewed" do not
 * count toward the SRN's 90 days (Appendix Skilled Worker SW 1.2(d), docs/sources.md#srn-validity); how they are
 * counted is a parameter of sms-rules ({@code submission.ReviewDayCounting}).
 *
 * <pre>{@code
 * EditReview open = EditReview.requested(LocalDate.of(2026, 3, 10));
 * EditReview done = open.withDecidedOn(LocalDate.of(2026, 3, 13));
 * }</pre>
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableEditReview.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableEditReview.class)
@JsonDeserialize(as = ImmutableEditReview.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableEditReview.class)
public abstract class EditReview implements WithEditReview {

  /** {@return the day the sponsor requested the edit} */
  public abstract LocalDate requestedOn();

  /** {@return the day the Home Office decided the edit; empty while it is under review} */
  public abstract Optional<LocalDate> decidedOn();

  /** {@return true while the edit is under review} */
  @JsonIgnore
  public boolean isOpen() {
    return decidedOn().isEmpty();
  }

  /**
   * An edit requested on {@code requestedOn}, under review.
   *
   * @param requestedOn the day the edit was requested
   * @return the open review
   */
  public static EditReview requested(LocalDate requestedOn) {
    return builder().requestedOn(requestedOn).build();
  }

  /**
   * An edit requested on {@code requestedOn} and decided on {@code decidedOn}.
   *
   * @param requestedOn the day the edit was requested
   * @param decidedOn the day the Home Office decided it
   * @return the closed review
   */
  public static EditReview of(LocalDate requestedOn, LocalDate decidedOn) {
    return builder().requestedOn(requestedOn).decidedOn(decidedOn).build();
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@code EditReview}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableEditReview.Builder {
    Builder() {}
  }

  /** The decision is not before the request. */
  @Value.Check
  void check() {
    List<Violation> v = new ArrayList<>();
    decidedOn().filter(d -> d.isBefore(requestedOn())).ifPresent(d -> v.add(Violation.of("decidedOn", d.toString(),
        "DateOrder", "must not be before requestedOn " + requestedOn())));
    ValueValidation.requireNone("EditReview", v);
  }
}
