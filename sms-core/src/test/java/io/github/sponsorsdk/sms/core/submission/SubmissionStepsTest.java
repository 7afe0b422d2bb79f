package io.github.sponsorsdk.sms.core.submission;

import static io.github.sponsorsdk.sms.core.submission.SubmissionTest.CREATED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.sponsorsdk.sms.core.identifier.SponsorshipReferenceNumber;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.Violation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The steps of a Sponsor UK submission (docs/sources.md#sponsor-uk-process, docs/decisions/0470-sponsor-uk.md): paid
 * before its SRN is issued, used before it is decided, an edit review only after the SRN, one review after another.
 * Each is checked on the day it becomes true and the day before.
 */
class SubmissionStepsTest {

  static Submission.Builder paid() {
    return SubmissionTest.draft().status(SubmissionStatus.PAID).submittedOn(CREATED.plusDays(1))
        .decidedOn(CREATED.plusDays(5)).paymentLinkIssuedOn(CREATED.plusDays(6)).paidOn(CREATED.plusDays(7));
  }

  @Test
  void aPaidSubmissionHasAPaymentDateAndAwaitsItsSrn() {
    assertThat(paid().build().srn()).isEmpty();
    assertThatThrownBy(() -> paid().srn(SponsorshipReferenceNumber.of("SRN-0001")).srnIssuedOn(CREATED.plusDays(7))
        .build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
            .extracting(Violation::path, Violation::rule).containsExactly(tuple("srn", "NotYetIssued")));
    assertThatThrownBy(() -> SubmissionTest.draft().status(SubmissionStatus.PAID).submittedOn(CREATED.plusDays(1))
        .decidedOn(CREATED.plusDays(5)).paymentLinkIssuedOn(CREATED.plusDays(6)).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
            .extracting(Violation::path, Violation::rule).containsExactly(tuple("paidOn", "Required")));
  }

  @Test
  void aUsedOrDecidedSubmissionSaysWhenItWasUsed() {
    Submission issued = SubmissionTest.srnIssued();
    assertThat(issued.usedOn()).isEmpty();
    for (SubmissionStatus s : new SubmissionStatus[] {SubmissionStatus.USED, SubmissionStatus.DECIDED}) {
      assertThatThrownBy(() -> issued.withStatus(s)).as(s.name())
          .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
              .extracting(Violation::path, Violation::rule).containsExactly(tuple("usedOn", "Required")));
      assertThat(issued.withUsedOn(CREATED.plusDays(30)).withStatus(s).status()).isEqualTo(s);
    }
  }

  @Test
  void anEditReviewMayBeRequestedOnTheDayTheSrnIsIssuedNotBefore() {
    Submission issued = SubmissionTest.srnIssued();
    assertThat(issued.withEditReviews(EditReview.of(CREATED.plusDays(7), CREATED.plusDays(8))).editReviews())
        .hasSize(1);
    assertThatThrownBy(() -> issued.withEditReviews(EditReview.of(CREATED.plusDays(6), CREATED.plusDays(8))))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
            .extracting(Violation::path, Violation::rule)
            .containsExactly(tuple("editReviews[0].requestedOn", "AfterSrn")));
  }

  @Test
  void aReviewMayFollowThePreviousDecisionOnTheSameDayAndOnlyTheLastMayBeOpen() {
    Submission issued = SubmissionTest.srnIssued();
    assertThat(issued.withEditReviews(EditReview.of(CREATED.plusDays(10), CREATED.plusDays(13)),
        EditReview.of(CREATED.plusDays(13), CREATED.plusDays(14))).editReviews()).hasSize(2);
    assertThatThrownBy(() -> Submission.builder().from(issued).status(SubmissionStatus.EDIT_UNDER_REVIEW)
        .editReviews(List.of(EditReview.requested(CREATED.plusDays(10)), EditReview.requested(CREATED.plusDays(11))))
        .build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
            .extracting(Violation::path, Violation::rule)
            .contains(tuple("editReviews[0].decidedOn", "OnlyLastOpen")));
  }

  @Test
  void theEndDateMayBeTheStartDateNotTheDayBefore() {
    Submission oneDay = SubmissionTest.draft().endDate(LocalDate.of(2026, 5, 1)).build();
    assertThat(oneDay.endDate()).contains(oneDay.startDate());
    assertThatThrownBy(() -> oneDay.withEndDate(LocalDate.of(2026, 4, 30)))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
            .extracting(Violation::path, Violation::rule).containsExactly(tuple("endDate", "DateOrder")));
  }

  /** The violation says which way round the review and the status disagree. */
  @Test
  void anOpenReviewAndTheStatusDisagreeingIsNamedEitherWay() {
    Submission issued = SubmissionTest.srnIssued();
    assertThatThrownBy(() -> issued.withEditReviews(EditReview.requested(CREATED.plusDays(20))))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
            .extracting(Violation::path, Violation::rejectedValue).containsExactly(tuple("editReviews", "open")));
    assertThatThrownBy(() -> issued.withStatus(SubmissionStatus.EDIT_UNDER_REVIEW))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
            .extracting(Violation::path, Violation::rejectedValue)
            .containsExactly(tuple("editReviews", "none open")));
  }

  /** The label is the status as a person reads it (the enum's documented example: "Awaiting payment"). */
  @Test
  void statusesReadAsWords() {
    assertThat(SubmissionStatus.AWAITING_PAYMENT.label()).isEqualTo("Awaiting payment");
    assertThat(SubmissionStatus.SRN_ISSUED.label()).isEqualTo("SRN issued");
  }
}
