package io.github.sponsorsdk.sms.rules.submission;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.place.UkNation;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.rules.effective.DateEffective;
import io.github.sponsorsdk.sms.rules.effective.ParameterSet;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * The parameters of Sponsor UK's submissions, date-effective and cited; every one the sources leave open is marked
 * uncertain in its citation, and so is every reason an engine builds from it. Each starts on 24 October 2024, the
 * first day of the private beta (docs/sources.md#sponsor-uk-start). Defaults (docs/decisions/0470-sponsor-uk.md):
 * <ul>
 *   <li>{@link #validityDays()}: <b>90</b> days, Appendix Skilled Worker SW 1.2(d) (established; the statement of
 *       changes that inserted the words was not found, so the start date is the beta's);
 *   <li>{@link #validityStart()}: the day the SRN is issued (uncertain);
 *   <li>{@link #reviewDayCounting()}: from the day an edit is requested to the day before its decision (uncertain);
 *   <li>{@link #editReviewUse()}: an edit under review blocks use of the SRN (uncertain);
 *   <li>{@link #withdrawal()}: withdrawal is open until the SRN is used (uncertain);
 *   <li>{@link #paymentLinkWorkingDays()}: the payment link is due within <b>5</b> working days of the decision, the
 *       decision day not counted (one secondary source, uncertain), on the {@link #paymentLinkCalendar()} of
 *       England and Wales (the Home Office's; uncertain);
 *   <li>{@link #evidenceMediaTypes()}: PDF, JPEG and PNG, the formats GOV.UK asks for a licence application's
 *       documents (borrowed, uncertain); {@link #evidenceMaxBytes()}: 10 MiB (the SDK's guess, uncertain).
 * </ul>
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableSubmissionParameters.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableSubmissionParameters.class)
@JsonDeserialize(as = ImmutableSubmissionParameters.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableSubmissionParameters.class)
public abstract class SubmissionParameters implements ParameterSet, WithSubmissionParameters {

  /** The first day of the Sponsor UK private beta. */
  public static final LocalDate PRIVATE_BETA_START = LocalDate.of(2024, 10, 24);

  static final Citation DECISION_0470 = Citation.of(Source.PROJECT_DECISION, "0470-sponsor-uk",
      LocalDate.of(2026, 12, 5));

  /** {@return how many days, review days disregarded, an SRN supports an application} */
  public abstract DateEffective<Integer> validityDays();

  /** {@return which day the validity counts from} */
  public abstract DateEffective<ValidityStart> validityStart();

  /** {@return which days of an edit review are disregarded} */
  public abstract DateEffective<ReviewDayCounting> reviewDayCounting();

  /** {@return whether an edit under review blocks use of the SRN} */
  public abstract DateEffective<EditReviewUse> editReviewUse();

  /**
   * Until when the sponsor may withdraw.
   *
   * @return until when the sponsor may withdraw
   */
  public abstract DateEffective<WithdrawalWindow> withdrawal();

  /** {@return working days after the decision by which the payment link is due (the decision day not counted)} */
  public abstract DateEffective<Integer> paymentLinkWorkingDays();

  /**
   * Whose bank holidays count for the payment link's working days.
   *
   * @return whose bank holidays count for the payment link's working days
   */
  public abstract DateEffective<UkNation> paymentLinkCalendar();

  /** {@return the media types accepted as evidence} */
  public abstract DateEffective<Set<String>> evidenceMediaTypes();

  /** {@return the largest evidence document accepted, in bytes} */
  public abstract DateEffective<Long> evidenceMaxBytes();

  @Override
  public List<DateEffective<?>> parameters() {
    return List.of(validityDays(), validityStart(), reviewDayCounting(), editReviewUse(), withdrawal(),
        paymentLinkWorkingDays(), paymentLinkCalendar(), evidenceMediaTypes(), evidenceMaxBytes());
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code SubmissionParameters}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableSubmissionParameters.Builder {
    Builder() {}
  }

  /** {@return today's reading of the sources; see the class documentation for each default and its certainty} */
  public static SubmissionParameters defaults() {
    LocalDate from = PRIVATE_BETA_START;
    return builder()
        .validityDays(DateEffective.of("submission.validityDays", from, 90,
            Citation.of(Source.RULES_APPENDIX_SKILLED_WORKER, "SW 1.2(d)")
                .withNote("'90 days, where the Certificate of Sponsorship is linked to a Sponsorship Reference Number, "
                    + "disregarding any days during which an edit ... is being reviewed'; GAE 1.2(d) the same. Text "
                    + "as at 6 December 2025; applied from the beta's start, the inserting statement not found.")))
        .validityStart(DateEffective.of("submission.validityStart", from, ValidityStart.SRN_ISSUED,
            Citation.of(Source.RULES_INTRODUCTION, "6.2 Certificate of Sponsorship").uncertain()
                .withNote("The record 'linked to a Sponsorship Reference Number' exists from the SRN's issue; the "
                    + "Rules do not say which day 'issued' is")))
        .reviewDayCounting(DateEffective.of("submission.reviewDayCounting", from,
            ReviewDayCounting.REQUEST_DAY_TO_DECISION_EXCLUSIVE,
            Citation.of(Source.RULES_APPENDIX_SKILLED_WORKER, "SW 1.2(d)").uncertain()
                .withNote("'any days during which an edit ... is being reviewed': whether the request and decision "
                    + "days count is not said")))
        .editReviewUse(DateEffective.of("submission.editReviewUse", from, EditReviewUse.BLOCKS_USE,
            DECISION_0470.uncertain().withNote("The Rules disregard review days but say nothing of an application "
                + "made during a review")))
        .withdrawal(DateEffective.of("submission.withdrawal", from, WithdrawalWindow.UNTIL_USED,
            Citation.of(Source.SPONSOR_UK_AYJ, "Account users will be able to").uncertain()
                .withNote("'withdraw a sponsorship submission'; until when, and any refund, is not said")))
        .paymentLinkWorkingDays(DateEffective.of("submission.paymentLinkWorkingDays", from, 5,
            Citation.of(Source.SPONSOR_UK_AYJ, "Sponsorship requests").uncertain()
                .withNote("'payment links should be issued within 5 working days of a decision': a Home Office "
                    + "service level, one secondary source summarising the GAE guidance")))
        .paymentLinkCalendar(DateEffective.of("submission.paymentLinkCalendar", from, UkNation.ENGLAND_AND_WALES,
            DECISION_0470.uncertain().withNote("The Home Office's working days; which nation's bank holidays is "
                + "not said")))
        .evidenceMediaTypes(DateEffective.of("submission.evidenceMediaTypes", from,
            Collections.unmodifiableSortedSet(new TreeSet<>(Set.of("application/pdf", "image/jpeg", "image/png"))),
            Citation.of(Source.GOVUK_APPLY_FOR_LICENCE, "How to send the documents").uncertain()
                .withNote("'in PDF, JPEG or PNG format' for a licence application's documents; Sponsor UK's own "
                    + "formats are not published")))
        .evidenceMaxBytes(DateEffective.of("submission.evidenceMaxBytes", from, 10L * 1024 * 1024,
            DECISION_0470.uncertain().withNote("No size limit is published; 10 MiB is the SDK's guess")))
        .build();
  }
}
