package io.github.sponsorsdk.sms.rules.submission;

import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.decision.Reason;
import io.github.sponsorsdk.sms.core.place.UkNation;
import io.github.sponsorsdk.sms.rules.calendar.UkWorkingDayCalendars;
import io.github.sponsorsdk.sms.rules.effective.DatedValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * When the Home Office owes the payment link of an approved submission: "if approved, payment links should be issued
 * within 5 working days of a decision" (A Y &amp; J Solicitors summarising the GAE sponsor guidance,
 * docs/sources.md#sponsor-uk-submissions). The due date is {@code plusWorkingDays(decidedOn, 5)} on the UK working-day
 * calendar of {@link SubmissionParameters#paymentLinkCalendar()} (England and Wales by default): the decision day is
 * not counted, weekends and that nation's bank holidays are skipped, as for the SMS's reporting deadlines
 * ({@code calendar.WorkingDayCalendar}). Single secondary source: every reason is uncertain; lateness is the Home
 * Office's, so it is a warning. No deadline for the sponsor to pay is published, and none is modelled
 * (docs/decisions/0470-sponsor-uk.md).
 *
 * <pre>{@code
 * PaymentLinkDeadline deadline = PaymentLinkDeadline.defaults();
 * deadline.dueBy(LocalDate.of(2026, 3, 27));        // 2026-04-07: Good Friday and Easter Monday skipped
 * deadline.assess(LocalDate.of(2026, 3, 27), Optional.empty(), LocalDate.of(2026, 4, 8)).decision()
 *     .codes();                                     // [payment.PAYMENT_LINK_DUE, payment.PAYMENT_LINK_OVERDUE]
 * }</pre>
 *
 * <p><b>Shape and parameters</b> (docs/decisions/0005-api-charter.md): {@link #defaults()} reads
 * {@link SubmissionParameters#defaults()} (5 working days, England and Wales); {@link #of(SubmissionParameters)}
 * takes others; {@link #parameters()} returns them; the version in force on the decision day applies. Immutable and
 * thread-safe. <b>Verbs:</b> {@code assess} grades a link against its due date (a {@code PaymentLinkOutcome});
 * the query {@code dueBy} gives the due date.
 */
public final class PaymentLinkDeadline {

  private static final PaymentLinkDeadline DEFAULTS = new PaymentLinkDeadline(SubmissionParameters.defaults());

  private final SubmissionParameters parameters;

  private PaymentLinkDeadline(SubmissionParameters parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
  }

  /** {@return the service level with {@link SubmissionParameters#defaults()}} */
  public static PaymentLinkDeadline defaults() {
    return DEFAULTS;
  }

  /**
   * The service level with {@code parameters}.
   *
   * @param parameters the parameters to use instead of {@code defaults()}: each date-effective and cited
   * @return the service level
   */
  public static PaymentLinkDeadline of(SubmissionParameters parameters) {
    return new PaymentLinkDeadline(parameters);
  }

  /** {@return the parameters this engine reads} */
  public SubmissionParameters parameters() {
    return parameters;
  }

  /**
   * {@return the last day the payment link of a submission approved on {@code decidedOn} is due}
   *
   * @param decidedOn the day the submission was approved
   * @throws io.github.sponsorsdk.sms.rules.calendar.CalendarRangeException outside the calendars' years
   */
  public LocalDate dueBy(LocalDate decidedOn) {
    UkNation nation = parameters.paymentLinkCalendar().on(decidedOn);
    return UkWorkingDayCalendars.of(nation).plusWorkingDays(decidedOn,
        parameters.paymentLinkWorkingDays().on(decidedOn));
  }

  /**
   * Was (or is) the payment link of a submission approved on {@code decidedOn} in time? {@code issuedOn} is the day
   * it was issued, empty while it has not been; {@code asOf} is the day asked about (used only while there is no
   * link).
   *
   * @param decidedOn the day the submission was approved
   * @param issuedOn the day the link was issued; empty while it has not been
   * @param asOf the day asked about
   * @return the due date and whether the link is (or was) in time
   */
  public PaymentLinkOutcome assess(LocalDate decidedOn, Optional<LocalDate> issuedOn, LocalDate asOf) {
    DatedValue<Integer> days = parameters.paymentLinkWorkingDays().versionOn(decidedOn);
    DatedValue<UkNation> nation = parameters.paymentLinkCalendar().versionOn(decidedOn);
    LocalDate due = dueBy(decidedOn);
    List<Reason> reasons = new ArrayList<>();
    reasons.add(PaymentReasonCode.PAYMENT_LINK_DUE.reason(Map.of("decidedOn", decidedOn, "dueBy", due,
        "workingDays", days.value(), "nation", nation.value())).withCitation(days.citation()));
    if (issuedOn.isPresent()) {
      Map<String, Object> p = Map.of("issuedOn", issuedOn.get(), "decidedOn", decidedOn, "dueBy", due,
          "workingDays", days.value());
      reasons.add((issuedOn.get().isAfter(due) ? PaymentReasonCode.PAYMENT_LINK_LATE
          : PaymentReasonCode.PAYMENT_LINK_IN_TIME).reason(p).withCitation(days.citation()));
    } else if (asOf.isAfter(due)) {
      reasons.add(PaymentReasonCode.PAYMENT_LINK_OVERDUE.reason(Map.of("asOf", asOf, "decidedOn", decidedOn,
          "dueBy", due, "workingDays", days.value())).withCitation(days.citation()));
    }
    return PaymentLinkOutcome.builder().decision(Decision.of(reasons)).dueBy(due).build();
  }
}
