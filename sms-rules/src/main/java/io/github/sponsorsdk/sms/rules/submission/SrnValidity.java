package io.github.sponsorsdk.sms.rules.submission;

import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.decision.Reason;
import io.github.sponsorsdk.sms.core.submission.EditReview;
import io.github.sponsorsdk.sms.core.submission.Submission;
import io.github.sponsorsdk.sms.core.submission.SubmissionStatus;
import io.github.sponsorsdk.sms.rules.effective.DatedValue;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How long an SRN-linked Certificate of Sponsorship supports an application: "no more than ... 90 days, where the
 * Certificate of Sponsorship is linked to a Sponsorship Reference Number, disregarding any days during which an edit
 * requested by a sponsor to their Sponsor a Worker submission is being reviewed, before the date of application"
 * (Appendix Skilled Worker SW 1.2(d); Appendix GAE 1.2(d) the same; docs/sources.md#srn-validity).
 *
 * <p><b>Counting.</b> The elapsed days are the calendar days after the start day up to and including the day of
 * application ({@code ChronoUnit.DAYS.between(start, application)}); the disregarded days are the days of edit
 * review among them; the application is valid while elapsed less disregarded is at most {@code validityDays}: day
 * 90 is valid, day 91 is not ("no more than"). With one review day disregarded, day 91 is valid and day 92 is not.
 * The SMS's 3 months apply to a CoS assigned in the SMS ({@code certificate.CertificateValidity}).
 *
 * <p><b>Readings the Rules leave open</b> (parameters, each reason that relies on them marked uncertain): the day
 * the count starts ({@link SubmissionParameters#validityStart()}, the SRN's issue by default), which days of a
 * review count ({@link SubmissionParameters#reviewDayCounting()}, the request day up to the day before the decision
 * by default), and whether an edit still under review on the day of application blocks it
 * ({@link SubmissionParameters#editReviewUse()}, it does by default). Only review days after the start day and up to
 * the day of application are disregarded; an open review runs through the day asked about.
 *
 * <pre>{@code
 * SrnValidity validity = SrnValidity.defaults();
 * LocalDate issued = LocalDate.of(2026, 1, 5);
 * validity.assess(issued, List.of(), issued.plusDays(90)).isValid();                      // true
 * validity.assess(issued, List.of(), issued.plusDays(91)).isValid();                      // false
 * validity.assess(issued, List.of(EditReview.of(issued.plusDays(10), issued.plusDays(11))),
 *     issued.plusDays(91)).isValid();                                                     // true
 * }</pre>
 *
 * <p><b>Shape and parameters</b> (docs/decisions/0005-api-charter.md): {@link #defaults()} reads
 * {@link SubmissionParameters#defaults()}; {@link #of(SubmissionParameters)} takes others; {@link #parameters()}
 * returns them; the version of each parameter is the one in force on the start day. Immutable and thread-safe.
 * <b>Verbs:</b> {@code assess} grades an application date (a {@code SrnValidityOutcome}: decision and counts);
 * queries {@code startDay}, {@code disregardedDays}, {@code lastDayToApply}, {@code isDueToExpire}.
 */
public final class SrnValidity {

  private static final SrnValidity DEFAULTS = new SrnValidity(SubmissionParameters.defaults());

  private final SubmissionParameters parameters;

  private SrnValidity(SubmissionParameters parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
  }

  /** {@return the rules with {@link SubmissionParameters#defaults()}} */
  public static SrnValidity defaults() {
    return DEFAULTS;
  }

  /**
   * The rules with {@code parameters}.
   *
   * @param parameters the parameters to use instead of {@code defaults()}: each date-effective and cited
   * @return the rules
   */
  public static SrnValidity of(SubmissionParameters parameters) {
    return new SrnValidity(parameters);
  }

  /** {@return the parameters this engine reads} */
  public SubmissionParameters parameters() {
    return parameters;
  }

  /**
   * {@return the day {@code submission}'s validity counts from under {@code start}: its SRN's issue, its payment or its
   * approval; empty when the submission has not reached that day}
   *
   * @param submission the submission
   * @param start which event the validity counts from
   */
  public static Optional<LocalDate> startDay(Submission submission, ValidityStart start) {
    switch (start) {
      case PAID:
        return submission.paidOn();
      case APPROVED:
        return submission.status() == SubmissionStatus.REFUSED ? Optional.empty()
            : submission.paymentLinkIssuedOn().isPresent() || submission.status() == SubmissionStatus.APPROVED
                ? submission.decidedOn() : Optional.empty();
      case SRN_ISSUED:
      default:
        return submission.srnIssuedOn();
    }
  }

  /**
   * {@return the days of edit review among the days after {@code startDay} up to and including {@code applicationDate},
   * counted as {@link SubmissionParameters#reviewDayCounting()} in force on {@code startDay} says; a review still open
   * runs through {@code applicationDate}}
   *
   * @param startDay the day the validity counts from
   * @param reviews the submission's edit reviews
   * @param applicationDate the day the worker applies
   */
  public long disregardedDays(LocalDate startDay, List<EditReview> reviews, LocalDate applicationDate) {
    ReviewDayCounting counting = parameters.reviewDayCounting().on(startDay);
    LocalDate windowStart = startDay.plusDays(1);
    LocalDate windowEnd = applicationDate.plusDays(1); // exclusive
    List<LocalDate[]> spans = new ArrayList<>();
    for (EditReview r : reviews) {
      LocalDate end = r.decidedOn().map(d -> counting == ReviewDayCounting.REQUEST_DAY_TO_DECISION_INCLUSIVE
          ? d.plusDays(1) : d).orElse(windowEnd);
      LocalDate from = r.requestedOn().isBefore(windowStart) ? windowStart : r.requestedOn();
      LocalDate to = end.isAfter(windowEnd) ? windowEnd : end;
      if (from.isBefore(to)) {
        spans.add(new LocalDate[] {from, to});
      }
    }
    spans.sort(Comparator.comparing(s -> s[0]));
    long days = 0;
    LocalDate covered = windowStart;
    for (LocalDate[] s : spans) {
      LocalDate from = s[0].isBefore(covered) ? covered : s[0];
      if (from.isBefore(s[1])) {
        days += ChronoUnit.DAYS.between(from, s[1]);
        covered = s[1];
      }
    }
    return days;
  }

  /**
   * Does {@code submission}'s SRN support an application made on {@code applicationDate}? The reading of the start
   * day is the one in force when the submission was created.
   *
   * @param submission the submission holding the SRN
   * @param applicationDate the day the worker applies
   * @return valid or not, with the days counted and disregarded
   * @throws io.github.sponsorsdk.sms.rules.effective.NotInEffectException when the submission was created before
   *     Sponsor UK existed (24 October 2024): the parameters are never extrapolated
   */
  public SrnValidityOutcome assess(Submission submission, LocalDate applicationDate) {
    ValidityStart start = parameters.validityStart().on(submission.createdOn());
    Optional<LocalDate> startDay = startDay(submission, start);
    if (startDay.isEmpty() || submission.srn().isEmpty()) {
      return SrnValidityOutcome.builder().decision(Decision.of(SrnValidityReasonCode.SRN_NOT_YET_ISSUED.reason(
          Map.of("status", submission.status(), "start", label(start))))).elapsedDays(0).disregardedDays(0)
          .validityDays(parameters.validityDays().on(submission.createdOn())).build();
    }
    return assess(startDay.get(), submission.editReviews(), applicationDate);
  }

  /**
   * Does a CoS whose validity counts from {@code startDay}, with {@code reviews}, support an application made on
   * {@code applicationDate}?
   *
   * @param startDay the day the validity counts from
   * @param reviews the submission's edit reviews
   * @param applicationDate the day the worker applies
   * @return valid or not, with the days counted and disregarded
   */
  public SrnValidityOutcome assess(LocalDate startDay, List<EditReview> reviews, LocalDate applicationDate) {
    DatedValue<Integer> days = parameters.validityDays().versionOn(startDay);
    DatedValue<ValidityStart> start = parameters.validityStart().versionOn(startDay);
    int validity = days.value();
    List<Reason> reasons = new ArrayList<>();
    reasons.add(SrnValidityReasonCode.SRN_VALIDITY_START.reason(Map.of("start", label(start.value()),
        "issuedOn", startDay)).withCitation(start.citation()));
    if (applicationDate.isBefore(startDay)) {
      reasons.add(0, SrnValidityReasonCode.SRN_APPLICATION_BEFORE_ISSUE.reason(Map.of("applicationDate",
          applicationDate, "issuedOn", startDay)));
      return SrnValidityOutcome.builder().decision(Decision.of(reasons)).issuedOn(startDay).elapsedDays(0)
          .disregardedDays(0).validityDays(validity).build();
    }
    long elapsed = ChronoUnit.DAYS.between(startDay, applicationDate);
    long disregarded = disregardedDays(startDay, reviews, applicationDate);
    long counted = elapsed - disregarded;
    Map<String, Object> counts = Map.of("issuedOn", startDay, "applicationDate", applicationDate, "countedDays",
        counted, "validityDays", validity, "disregardedDays", disregarded);
    reasons.add(0, (counted <= validity ? SrnValidityReasonCode.SRN_VALID_FOR_APPLICATION
        : SrnValidityReasonCode.SRN_EXPIRED).reason(counts).withCitation(days.citation()));
    if (!reviews.isEmpty()) {
      DatedValue<ReviewDayCounting> counting = parameters.reviewDayCounting().versionOn(startDay);
      reasons.add(SrnValidityReasonCode.SRN_REVIEW_DAYS_DISREGARDED.reason(Map.of("disregardedDays", disregarded,
          "reviews", reviews.size(), "counting", label(counting.value()))).withCitation(counting.citation()));
    }
    Optional<EditReview> open = reviews.stream().filter(r -> r.isOpen() && !r.requestedOn().isAfter(
        applicationDate)).findFirst();
    if (open.isPresent()) {
      DatedValue<EditReviewUse> use = parameters.editReviewUse().versionOn(startDay);
      if (use.value() == EditReviewUse.BLOCKS_USE) {
        reasons.add(SrnValidityReasonCode.SRN_EDIT_UNDER_REVIEW.reason(Map.of("requestedOn",
            open.get().requestedOn(), "applicationDate", applicationDate)).withCitation(use.citation()));
      }
    }
    return SrnValidityOutcome.builder().decision(Decision.of(reasons)).issuedOn(startDay).elapsedDays(elapsed)
        .disregardedDays(disregarded).validityDays(validity).build();
  }

  /**
   * {@return the last day an application may be made with a CoS whose validity counts from {@code startDay}, given
   * {@code reviews}; a review still open is taken to run through {@code asOf} and be decided the day after}
   *
   * @param startDay the day the validity counts from
   * @param reviews the submission's edit reviews
   * @param asOf the day asked about
   */
  public LocalDate lastDayToApply(LocalDate startDay, List<EditReview> reviews, LocalDate asOf) {
    List<EditReview> closed = new ArrayList<>();
    for (EditReview r : reviews) {
      closed.add(r.isOpen() ? EditReview.of(r.requestedOn(),
          asOf.isBefore(r.requestedOn()) ? r.requestedOn() : asOf.plusDays(1)) : r);
    }
    int validity = parameters.validityDays().on(startDay);
    LocalDate day = startDay.plusDays(validity);
    while (ChronoUnit.DAYS.between(startDay, day.plusDays(1))
        - disregardedDays(startDay, closed, day.plusDays(1)) <= validity) {
      day = day.plusDays(1);
    }
    return day;
  }

  /**
   * {@return true when {@code submission} holds an unused SRN (status SRN_ISSUED) whose validity has run out by {@code
   * date}: the moment {@link SubmissionAction#EXPIRE} (actor {@link SubmissionActor#TIME}) applies} A submission whose
   * edit is under review does not expire: its days are not counted.
   *
   * @param submission the submission
   * @param date the day asked about
   */
  public boolean isDueToExpire(Submission submission, LocalDate date) {
    if (submission.status() != SubmissionStatus.SRN_ISSUED) {
      return false;
    }
    Optional<LocalDate> start = startDay(submission, parameters.validityStart().on(submission.createdOn()));
    return start.isPresent() && !date.isBefore(start.get()) && ChronoUnit.DAYS.between(start.get(), date)
        - disregardedDays(start.get(), submission.editReviews(), date) > parameters.validityDays().on(start.get());
  }

  private static String label(ValidityStart start) {
    switch (start) {
      case PAID:
        return "payment";
      case APPROVED:
        return "approval";
      case SRN_ISSUED:
      default:
        return "the SRN's issue";
    }
  }

  private static String label(ReviewDayCounting counting) {
    return counting == ReviewDayCounting.REQUEST_DAY_TO_DECISION_INCLUSIVE
        ? "from the day of the request to the day of the decision, both included"
        : "from the day of the request to the day before the decision";
  }
}
