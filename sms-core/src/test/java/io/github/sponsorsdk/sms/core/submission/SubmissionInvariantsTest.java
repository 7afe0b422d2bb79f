package io.github.sponsorsdk.sms.core.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.instancio.Select.field;

import io.github.sponsorsdk.sms.core.identifier.SponsorshipReferenceNumber;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.instancio.Instancio;
import org.junit.jupiter.api.Test;

/**
 * Seeded generated submissions: whatever mix of status, dates and SRN is attempted, a submission that builds never
 * holds an SRN without a payment on or before its issue, and a status that needs an SRN always has one.
 */
class SubmissionInvariantsTest {

  /** Day offsets from creation (negative: absent) and the status and SRN to try. */
  record Attempt(int status, boolean srn, int submitted, int decided, int link, int paid, int issued, int used) {}

  @Test
  void noSrnWithoutPaymentWhateverIsAttempted() {
    int statuses = SubmissionStatus.values().length;
    List<Attempt> attempts = Instancio.ofList(Attempt.class).size(20_000).withSeed(20_261_205L)
        .generate(field(Attempt.class, "status"), g -> g.ints().range(0, statuses - 1))
        .generate(field(Attempt.class, "submitted"), g -> g.ints().range(-12, 3))
        .generate(field(Attempt.class, "decided"), g -> g.ints().range(-12, 6))
        .generate(field(Attempt.class, "link"), g -> g.ints().range(-12, 9))
        .generate(field(Attempt.class, "paid"), g -> g.ints().range(-12, 12))
        .generate(field(Attempt.class, "issued"), g -> g.ints().range(-12, 15))
        .generate(field(Attempt.class, "used"), g -> g.ints().range(-12, 18))
        .create();
    Set<SubmissionStatus> built = EnumSet.noneOf(SubmissionStatus.class);
    int refused = 0;
    for (Attempt a : attempts) {
      LocalDate c = SubmissionTest.CREATED;
      Submission.Builder b = SubmissionTest.draft().status(SubmissionStatus.values()[a.status()]);
      if (a.submitted() >= 0) {
        b.submittedOn(c.plusDays(a.submitted()));
      }
      if (a.decided() >= 0) {
        b.decidedOn(c.plusDays(a.decided()));
      }
      if (a.link() >= 0) {
        b.paymentLinkIssuedOn(c.plusDays(a.link()));
      }
      if (a.paid() >= 0) {
        b.paidOn(c.plusDays(a.paid()));
      }
      if (a.issued() >= 0) {
        b.srnIssuedOn(c.plusDays(a.issued()));
      }
      if (a.srn()) {
        b.srn(SponsorshipReferenceNumber.of("SRN-" + a.issued()));
      }
      if (a.used() >= 0) {
        b.usedOn(c.plusDays(a.used()));
      }
      Submission s;
      try {
        s = b.build();
      } catch (InvalidValueException e) {
        assertThat(e.violations()).isNotEmpty();
        refused++;
        continue;
      }
      built.add(s.status());
      if (s.srn().isPresent()) {
        assertThat(s.paidOn()).as("%s", s).isPresent();
        assertThat(s.srnIssuedOn().get()).isAfterOrEqualTo(s.paidOn().get());
      }
      assertThat(s.srn().isPresent() || !s.status().requiresSrn()).as("%s", s).isTrue();
      assertThat(s.paidOn().isEmpty() || !s.status().isBeforePayment()).as("%s", s).isTrue();
    }
    assertThat(refused).as("most random mixes are refused").isGreaterThan(1_000);
    assertThat(built).as("the generator reaches statuses on both sides of payment")
        .contains(SubmissionStatus.SUBMITTED, SubmissionStatus.SRN_ISSUED, SubmissionStatus.PAID);
  }
}
