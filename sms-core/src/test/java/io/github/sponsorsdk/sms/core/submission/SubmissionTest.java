package io.github.sponsorsdk.sms.core.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sponsorsdk.sms.core.certificate.SalaryPeriod;
import io.github.sponsorsdk.sms.core.evidence.EvidenceDocument;
import io.github.sponsorsdk.sms.core.identifier.SponsorLicenceNumber;
import io.github.sponsorsdk.sms.core.identifier.SponsorshipReferenceNumber;
import io.github.sponsorsdk.sms.core.identifier.SubmissionReference;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.testing.Examples;
import io.github.sponsorsdk.sms.core.testing.Json;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.Violation;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SubmissionTest {

  static final LocalDate CREATED = LocalDate.of(2026, 3, 2);

  static Submission.Builder draft() {
    return Submission.builder().reference(SubmissionReference.of("SUB-2026-000017"))
        .licence(SponsorLicenceNumber.of("QHDGHB91X")).route(Route.GOVERNMENT_AUTHORISED_EXCHANGE)
        .status(SubmissionStatus.DRAFT).worker(Examples.migrant()).jobTitle("Research fellow")
        .grossSalary(Money.parseSmsAmount("30000")).salaryPeriod(SalaryPeriod.YEAR).workAddress(Examples.workAddress())
        .startDate(LocalDate.of(2026, 5, 1)).createdOn(CREATED);
  }

  /** A submission that went all the way to an SRN and one reviewed edit. */
  static Submission srnIssued() {
    return draft().status(SubmissionStatus.SRN_ISSUED).submittedOn(CREATED.plusDays(1))
        .decidedOn(CREATED.plusDays(5)).paymentLinkIssuedOn(CREATED.plusDays(6)).paidOn(CREATED.plusDays(7))
        .srn(SponsorshipReferenceNumber.of("SRN-0001")).srnIssuedOn(CREATED.plusDays(7))
        .addEditReview(EditReview.of(CREATED.plusDays(10), CREATED.plusDays(13)))
        .addEvidence(EvidenceDocument.of("contract.pdf", "application/pdf",
            "%PDF-1.7".getBytes(StandardCharsets.US_ASCII), CREATED).metadata())
        .build();
  }

  @Test
  void draftAndIssuedSubmissionsRoundTripThroughJackson2And3() {
    Submission draft = draft().build();
    assertThat(Json.roundTrip(draft, Submission.class)).isEqualTo(draft);
    Submission issued = srnIssued();
    assertThat(Json.roundTrip(issued, Submission.class)).isEqualTo(issued);
    assertThat(Json.roundTrip(EditReview.requested(CREATED), EditReview.class)).isEqualTo(EditReview.requested(CREATED));
  }

  @Test
  void anSrnWithoutPaymentIsRefusedWithEveryViolationListed() {
    assertThatThrownBy(() -> draft().status(SubmissionStatus.SRN_ISSUED).submittedOn(CREATED)
        .srn(SponsorshipReferenceNumber.of("SRN-0001")).srnIssuedOn(CREATED.plusDays(3)).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
            .extracting(Violation::path, Violation::rule)
            .contains(org.assertj.core.groups.Tuple.tuple("srn", "OnlyAfterPayment"),
                org.assertj.core.groups.Tuple.tuple("srnIssuedOn", "DateOrder")));
  }

  /** Every status from SRN_ISSUED on needs the SRN; every status before payment refuses a payment date. */
  @ParameterizedTest
  @EnumSource(SubmissionStatus.class)
  void statusesImplyPaymentAndSrnFacts(SubmissionStatus status) {
    if (status.requiresSrn()) {
      assertThatThrownBy(() -> draft().status(status).submittedOn(CREATED).decidedOn(CREATED)
          .paymentLinkIssuedOn(CREATED).paidOn(CREATED).usedOn(CREATED).build())
          .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
              .extracting(Violation::path).contains("srn"));
    }
    if (status.isBeforePayment()) {
      assertThatThrownBy(() -> draft().status(status).submittedOn(CREATED).decidedOn(CREATED)
          .paymentLinkIssuedOn(CREATED).paidOn(CREATED).build())
          .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
              .extracting(Violation::path).contains("paidOn"));
    }
  }

  @Test
  void finalStatusesAreTheFiveTheSourcesEndIn() {
    Set<SubmissionStatus> finals = Arrays.stream(SubmissionStatus.values()).filter(SubmissionStatus::isFinal)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(SubmissionStatus.class)));
    assertThat(finals).containsExactlyInAnyOrder(SubmissionStatus.WITHDRAWN, SubmissionStatus.REFUSED,
        SubmissionStatus.DECIDED, SubmissionStatus.EXPIRED, SubmissionStatus.CANCELLED);
  }

  @Test
  void aStudentRouteAndBadDatesAreAllReported() {
    assertThatThrownBy(() -> draft().route(Route.STUDENT).submittedOn(CREATED.minusDays(1))
        .endDate(LocalDate.of(2026, 4, 1)).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
            .extracting(Violation::path, Violation::rule)
            .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("route", "WorkerRoute"),
                org.assertj.core.groups.Tuple.tuple("submittedOn", "NotSubmitted"),
                org.assertj.core.groups.Tuple.tuple("submittedOn", "DateOrder"),
                org.assertj.core.groups.Tuple.tuple("endDate", "DateOrder")));
  }

  @Test
  void anOpenEditReviewGoesWithEditUnderReviewOnly() {
    Submission issued = srnIssued();
    Submission underReview = Submission.builder().from(issued).status(SubmissionStatus.EDIT_UNDER_REVIEW)
        .addEditReview(EditReview.requested(CREATED.plusDays(20))).build();
    assertThat(underReview.openEditReview()).contains(EditReview.requested(CREATED.plusDays(20)));
    assertThatThrownBy(() -> issued.withEditReviews(EditReview.requested(CREATED.plusDays(20))))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
            .extracting(Violation::rule).containsExactly("OpenWhenUnderReview"));
    assertThatThrownBy(() -> issued.withEditReviews(EditReview.of(CREATED.plusDays(10), CREATED.plusDays(15)),
        EditReview.of(CREATED.plusDays(12), CREATED.plusDays(16)), EditReview.of(CREATED.plusDays(2),
            CREATED.plusDays(3))))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
            .extracting(Violation::path, Violation::rule)
            .contains(org.assertj.core.groups.Tuple.tuple("editReviews[1].requestedOn", "NoOverlap"),
                org.assertj.core.groups.Tuple.tuple("editReviews[2].requestedOn", "AfterSrn")));
    assertThatThrownBy(() -> EditReview.of(CREATED, CREATED.minusDays(1))).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void referencesAreOpaqueTrimmedAndKeepTheirCase() {
    assertThat(SponsorshipReferenceNumber.of("  aB-12/x ").value()).isEqualTo("aB-12/x");
    assertThat(SponsorshipReferenceNumber.of("aB1")).isNotEqualTo(SponsorshipReferenceNumber.of("AB1"));
    assertThat(Json.roundTrip(SponsorshipReferenceNumber.of("SRN-0001"), SponsorshipReferenceNumber.class))
        .isEqualTo(SponsorshipReferenceNumber.of("SRN-0001"));
    assertThat(Json.MAPPER.valueToTree(SponsorshipReferenceNumber.of("SRN-0001")).asText()).isEqualTo("SRN-0001");
    assertThat(SponsorshipReferenceNumber.isValid("x".repeat(40))).isTrue();
    for (String bad : new String[] {"", "   ", "SRN 0001", "x".repeat(41), "SRN\u00e90001", "SRN\t1"}) {
      assertThat(SponsorshipReferenceNumber.isValid(bad)).as(bad).isFalse();
      assertThatThrownBy(() -> SponsorshipReferenceNumber.of(bad)).as(bad).isInstanceOf(InvalidValueException.class);
      assertThatThrownBy(() -> SubmissionReference.of(bad)).as(bad).isInstanceOf(InvalidValueException.class);
    }
    assertThatThrownBy(() -> SponsorshipReferenceNumber.of(null)).isInstanceOf(InvalidValueException.class);
    assertThat(Json.roundTrip(SubmissionReference.of("SUB-1"), SubmissionReference.class))
        .isEqualTo(SubmissionReference.of("SUB-1"));
  }

  @Test
  void aSubmissionDraftNeedsEveryDetailButTheEndDateAndRoundTrips() {
    io.github.sponsorsdk.sms.core.port.SubmissionDraft d = io.github.sponsorsdk.sms.core.port.SubmissionDraft
        .builder().route(Route.GOVERNMENT_AUTHORISED_EXCHANGE).worker(Examples.migrant()).jobTitle("Research fellow")
        .grossSalary(Money.parseSmsAmount("30000")).salaryPeriod(SalaryPeriod.YEAR)
        .workAddress(Examples.workAddress()).startDate(LocalDate.of(2026, 5, 1)).build();
    assertThat(Json.roundTrip(d, io.github.sponsorsdk.sms.core.port.SubmissionDraft.class)).isEqualTo(d);
    assertThatThrownBy(() -> io.github.sponsorsdk.sms.core.port.SubmissionDraft.builder()
        .route(Route.GOVERNMENT_AUTHORISED_EXCHANGE).worker(Examples.migrant()).jobTitle(" ").build())
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> d.withEndDate(LocalDate.of(2026, 4, 1))).isInstanceOfSatisfying(
        InvalidValueException.class, e -> assertThat(e.violations()).extracting(Violation::path)
            .containsExactly("endDate"));
  }
}
