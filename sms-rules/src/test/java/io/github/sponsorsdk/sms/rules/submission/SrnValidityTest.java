package io.github.sponsorsdk.sms.rules.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.instancio.Select.field;

import io.github.sponsorsdk.sms.core.submission.EditReview;
import io.github.sponsorsdk.sms.rules.effective.DateEffective;
import io.github.sponsorsdk.sms.rules.testing.Json;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.instancio.Instancio;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Appendix Skilled Worker SW 1.2(d): 90 days, review days disregarded (docs/sources.md#srn-validity). */
class SrnValidityTest {

  static final SrnValidity VALIDITY = SrnValidity.defaults();
  static final LocalDate ISSUED = LocalDate.of(2026, 1, 5);

  /**
   * Boundaries: "no more than 90 days" makes day 90 valid and day 91 not; each disregarded review day moves the
   * boundary by one. A review requested on day 10 and decided on day 11 is 1 day under the default counting (the
   * request day up to the day before the decision); one decided on day 13 is 3 days.
   */
  @ParameterizedTest(name = "day {0}, review {1}..{2}: valid={3}, counted {4}")
  @CsvSource({
      // day, review requested (day), review decided (day), valid, counted days
      "89, , , true, 89",
      "90, , , true, 90",
      "91, , , false, 91",
      "90, 10, 11, true, 89",
      "91, 10, 11, true, 90",
      "92, 10, 11, false, 91",
      "93, 10, 13, true, 90",
      "94, 10, 13, false, 91",
      // a review decided after the day of application counts only up to that day
      "91, 89, 95, true, 88",
      // the issue day itself is never counted, so a review of that day only adds nothing
      "91, 0, 1, false, 91"})
  void ninetyDaysWithAndWithoutReviewDays(int day, Integer requested, Integer decided, boolean valid, long counted) {
    List<EditReview> reviews = requested == null ? List.of()
        : List.of(EditReview.of(ISSUED.plusDays(requested), ISSUED.plusDays(decided)));
    SrnValidityOutcome o = VALIDITY.assess(ISSUED, reviews, ISSUED.plusDays(day));
    assertThat(o.isValid()).as(o.decision().toString()).isEqualTo(valid);
    assertThat(o.countedDays()).isEqualTo(counted);
    assertThat(o.decision().has(valid ? SrnValidityReasonCode.SRN_VALID_FOR_APPLICATION
        : SrnValidityReasonCode.SRN_EXPIRED)).isTrue();
    assertThat(o.decision().has(SrnValidityReasonCode.SRN_VALIDITY_START)).isTrue();
    assertThat(o.decision().uncertainties()).isNotEmpty();
  }

  @Test
  void theInclusiveReadingCountsTheDecisionDayToo() {
    SrnValidity inclusive = SrnValidity.of(SubmissionParameters.defaults().withReviewDayCounting(
        DateEffective.of("submission.reviewDayCounting", SubmissionParameters.PRIVATE_BETA_START,
            ReviewDayCounting.REQUEST_DAY_TO_DECISION_INCLUSIVE, SubmissionParameters.DECISION_0470.uncertain())));
    List<EditReview> oneDay = List.of(EditReview.of(ISSUED.plusDays(10), ISSUED.plusDays(11)));
    assertThat(inclusive.assess(ISSUED, oneDay, ISSUED.plusDays(92)).isValid()).isTrue();
    assertThat(inclusive.assess(ISSUED, oneDay, ISSUED.plusDays(93)).isValid()).isFalse();
    // two back-to-back reviews share the day of the first decision: counted once
    List<EditReview> twice = List.of(EditReview.of(ISSUED.plusDays(10), ISSUED.plusDays(11)),
        EditReview.of(ISSUED.plusDays(11), ISSUED.plusDays(12)));
    assertThat(inclusive.disregardedDays(ISSUED, twice, ISSUED.plusDays(95))).isEqualTo(3);
    assertThat(VALIDITY.disregardedDays(ISSUED, twice, ISSUED.plusDays(95))).isEqualTo(2);
  }

  @Test
  void anEditStillUnderReviewBlocksUseByDefaultAndItsDaysAreDisregarded() {
    List<EditReview> open = List.of(EditReview.requested(ISSUED.plusDays(80)));
    SrnValidityOutcome o = VALIDITY.assess(ISSUED, open, ISSUED.plusDays(100));
    assertThat(o.disregardedDays()).isEqualTo(21); // days 80..100
    assertThat(o.decision().codes()).containsExactly("srn.SRN_VALID_FOR_APPLICATION", "srn.SRN_VALIDITY_START",
        "srn.SRN_REVIEW_DAYS_DISREGARDED", "srn.SRN_EDIT_UNDER_REVIEW");
    assertThat(o.isValid()).isFalse();
    SrnValidity lenient = SrnValidity.of(SubmissionParameters.defaults().withEditReviewUse(DateEffective.of(
        "submission.editReviewUse", SubmissionParameters.PRIVATE_BETA_START, EditReviewUse.ALLOWS_USE,
        SubmissionParameters.DECISION_0470.uncertain())));
    assertThat(lenient.assess(ISSUED, open, ISSUED.plusDays(100)).isValid()).isTrue();
  }

  @Test
  void anApplicationBeforeTheIssueIsRefused() {
    SrnValidityOutcome o = VALIDITY.assess(ISSUED, List.of(), ISSUED.minusDays(1));
    assertThat(o.decision().codes()).startsWith("srn.SRN_APPLICATION_BEFORE_ISSUE");
    assertThat(o.isValid()).isFalse();
    assertThat(Json.roundTrip(o, SrnValidityOutcome.class)).isEqualTo(o);
  }

  @Test
  void theLastDayToApplyMovesWithEveryReviewDay() {
    assertThat(VALIDITY.lastDayToApply(ISSUED, List.of(), ISSUED)).isEqualTo(ISSUED.plusDays(90));
    assertThat(VALIDITY.lastDayToApply(ISSUED, List.of(EditReview.of(ISSUED.plusDays(10), ISSUED.plusDays(13))),
        ISSUED)).isEqualTo(ISSUED.plusDays(93));
    // an open review is taken to be decided the day after the day asked about
    assertThat(VALIDITY.lastDayToApply(ISSUED, List.of(EditReview.requested(ISSUED.plusDays(10))),
        ISSUED.plusDays(14))).isEqualTo(ISSUED.plusDays(95));
  }

  record Review(int start, int length) {}

  record Case(List<Review> reviews) {}

  /**
   * Seeded: for any reviews, {@code lastDayToApply} is valid and the day after it is not; the counted days never
   * exceed the elapsed days; disregarded days never exceed the review days.
   */
  @Test
  void lastDayToApplyAgreesWithAssess() {
    List<Case> cases = Instancio.ofList(Case.class).size(300).withSeed(90_2026L)
        .generate(field(Review.class, "start"), g -> g.ints().range(0, 20))
        .generate(field(Review.class, "length"), g -> g.ints().range(0, 15))
        .generate(field(Case.class, "reviews"), g -> g.collection().minSize(0).maxSize(4))
        .create();
    for (Case c : cases) {
      List<EditReview> reviews = new ArrayList<>();
      LocalDate at = ISSUED;
      long reviewDays = 0;
      for (Review r : c.reviews()) {
        LocalDate requested = at.plusDays(r.start());
        reviews.add(EditReview.of(requested, requested.plusDays(r.length())));
        reviewDays += r.length();
        at = requested.plusDays(r.length());
      }
      LocalDate last = VALIDITY.lastDayToApply(ISSUED, reviews, ISSUED);
      assertThat(VALIDITY.assess(ISSUED, reviews, last).isValid()).as("%s last %s", reviews, last).isTrue();
      assertThat(VALIDITY.assess(ISSUED, reviews, last.plusDays(1)).isValid()).as("%s", reviews).isFalse();
      SrnValidityOutcome o = VALIDITY.assess(ISSUED, reviews, last);
      assertThat(o.countedDays()).isEqualTo(90);
      assertThat(o.disregardedDays()).isBetween(0L, reviewDays);
    }
  }
}
