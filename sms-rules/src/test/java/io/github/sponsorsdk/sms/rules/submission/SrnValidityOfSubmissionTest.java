package io.github.sponsorsdk.sms.rules.submission;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.certificate.SalaryPeriod;
import io.github.sponsorsdk.sms.core.decision.Reason;
import io.github.sponsorsdk.sms.core.identifier.SponsorLicenceNumber;
import io.github.sponsorsdk.sms.core.identifier.SponsorshipReferenceNumber;
import io.github.sponsorsdk.sms.core.identifier.SubmissionReference;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.submission.EditReview;
import io.github.sponsorsdk.sms.core.submission.Submission;
import io.github.sponsorsdk.sms.core.submission.SubmissionStatus;
import io.github.sponsorsdk.sms.rules.testing.Fixtures;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * SW 1.2(d) read from a whole {@link Submission} (docs/sources.md#srn-validity): the 90 days count from the SRN's
 * issue by default, a submission without an SRN supports nothing, and an unused SRN expires on day 91 (the moment
 * the clock's EXPIRE applies), later by the days of a closed edit review, never while an edit is under review.
 */
class SrnValidityOfSubmissionTest {

  static final SrnValidity VALIDITY = SrnValidity.defaults();
  static final LocalDate CREATED = LocalDate.of(2026, 3, 2);
  static final LocalDate ISSUED = CREATED.plusDays(7);

  static Submission.Builder draft() {
    return Submission.builder().reference(SubmissionReference.of("SUB-2026-000017"))
        .licence(SponsorLicenceNumber.of("QHDGHB91X")).route(Route.GOVERNMENT_AUTHORISED_EXCHANGE)
        .status(SubmissionStatus.DRAFT).worker(Fixtures.migrant(true)).jobTitle("Research fellow")
        .grossSalary(Money.parseSmsAmount("30000")).salaryPeriod(SalaryPeriod.YEAR)
        .workAddress(Fixtures.workAddress()).startDate(LocalDate.of(2026, 5, 1)).createdOn(CREATED);
  }

  /** Paid on day 7 of the submission's life, SRN issued the same day. */
  static Submission.Builder issued() {
    return draft().status(SubmissionStatus.SRN_ISSUED).submittedOn(CREATED.plusDays(1))
        .decidedOn(CREATED.plusDays(5)).paymentLinkIssuedOn(CREATED.plusDays(6)).paidOn(ISSUED)
        .srn(SponsorshipReferenceNumber.of("SRN-0001")).srnIssuedOn(ISSUED);
  }

  @Test
  void aSubmissionWithoutAnSrnSupportsNoApplication() {
    Submission submitted = draft().status(SubmissionStatus.SUBMITTED).submittedOn(CREATED.plusDays(1)).build();
    SrnValidityOutcome o = VALIDITY.assess(submitted, CREATED.plusDays(2));
    assertThat(o.isValid()).isFalse();
    assertThat(o.decision().has(SrnValidityReasonCode.SRN_NOT_YET_ISSUED)).isTrue();
    assertThat(o.issuedOn()).isEmpty();
    assertThat(o.validityDays()).isEqualTo(90);
    assertThat(o.decision().reasons()).extracting(Reason::message).containsExactly(
        "A SUBMITTED submission has no SRN-linked CoS to apply with (the validity counts from the day of the SRN's "
            + "issue)");
    assertThat(VALIDITY.isDueToExpire(submitted, CREATED.plusDays(400))).isFalse();
  }

  /** Day 90 after the issue is the last valid day, day 91 the first expired one. */
  @ParameterizedTest(name = "day {0}: valid={1}")
  @CsvSource({"0, true", "1, true", "90, true", "91, false", "120, false"})
  void anIssuedSubmissionIsValidForNinetyDays(int day, boolean valid) {
    SrnValidityOutcome o = VALIDITY.assess(issued().build(), ISSUED.plusDays(day));
    assertThat(o.isValid()).as(o.decision().toString()).isEqualTo(valid);
    assertThat(o.issuedOn()).contains(ISSUED);
    assertThat(o.countedDays()).isEqualTo(day);
    assertThat(VALIDITY.isDueToExpire(issued().build(), ISSUED.plusDays(day))).isEqualTo(!valid);
  }

  @Test
  void anApplicationBeforeTheIssueIsRefusedAndNothingExpiresBeforeIt() {
    SrnValidityOutcome o = VALIDITY.assess(issued().build(), ISSUED.minusDays(1));
    assertThat(o.isValid()).isFalse();
    assertThat(o.decision().has(SrnValidityReasonCode.SRN_APPLICATION_BEFORE_ISSUE)).isTrue();
    assertThat(VALIDITY.isDueToExpire(issued().build(), ISSUED.minusDays(1))).isFalse();
  }

  /**
   * A review requested on day 10 and decided on day 13 disregards 3 days under the default counting (the request
   * day up to the day before the decision): the SRN is still valid on day 93 and expires on day 94.
   */
  @Test
  void aClosedReviewMovesTheExpiryByItsDays() {
    Submission reviewed = issued().addEditReview(EditReview.of(ISSUED.plusDays(10), ISSUED.plusDays(13))).build();
    assertThat(VALIDITY.isDueToExpire(reviewed, ISSUED.plusDays(93))).isFalse();
    assertThat(VALIDITY.isDueToExpire(reviewed, ISSUED.plusDays(94))).isTrue();
    SrnValidityOutcome o = VALIDITY.assess(reviewed, ISSUED.plusDays(93));
    assertThat(o.isValid()).isTrue();
    assertThat(o.disregardedDays()).isEqualTo(3);
    assertThat(o.decision().reasons()).extracting(Reason::message).contains(
        "3 days of 1 edit reviews disregarded, counted from the day of the request to the day before the decision");
  }

  /** Only an unused SRN expires: one under review, used or already expired is not due to expire. */
  @Test
  void onlyAnSrnIssuedSubmissionIsDueToExpire() {
    Submission underReview = issued().status(SubmissionStatus.EDIT_UNDER_REVIEW)
        .addEditReview(EditReview.requested(ISSUED.plusDays(10))).build();
    assertThat(VALIDITY.isDueToExpire(underReview, ISSUED.plusDays(200))).isFalse();
    Submission expired = issued().status(SubmissionStatus.EXPIRED).build();
    assertThat(VALIDITY.isDueToExpire(expired, ISSUED.plusDays(200))).isFalse();
    assertThat(VALIDITY.isDueToExpire(issued().build(), ISSUED.plusDays(200))).isTrue();
  }

  /** Reviews are counted by their days, whatever order the caller lists them in. */
  @Test
  void reviewsInAnyOrderDisregardTheSameDays() {
    EditReview first = EditReview.of(ISSUED.plusDays(10), ISSUED.plusDays(11));
    EditReview second = EditReview.of(ISSUED.plusDays(20), ISSUED.plusDays(23));
    LocalDate applied = ISSUED.plusDays(94);
    assertThat(VALIDITY.disregardedDays(ISSUED, List.of(first, second), applied)).isEqualTo(4);
    assertThat(VALIDITY.disregardedDays(ISSUED, List.of(second, first), applied)).isEqualTo(4);
    assertThat(VALIDITY.assess(ISSUED, List.of(second, first), applied).isValid()).isTrue();
    assertThat(VALIDITY.assess(ISSUED, List.of(second, first), applied.plusDays(1)).isValid()).isFalse();
  }
}
