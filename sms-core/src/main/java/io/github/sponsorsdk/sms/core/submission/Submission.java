package io.github.sponsorsdk.sms.core.submission;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.certificate.MigrantDetails;
import io.github.sponsorsdk.sms.core.certificate.SalaryPeriod;
import io.github.sponsorsdk.sms.core.evidence.EvidenceMetadata;
import io.github.sponsorsdk.sms.core.identifier.SponsorLicenceNumber;
import io.github.sponsorsdk.sms.core.identifier.SponsorshipReferenceNumber;
import io.github.sponsorsdk.sms.core.identifier.SubmissionReference;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.place.Address;
import io.github.sponsorsdk.sms.core.route.CertificateKind;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import io.github.sponsorsdk.sms.core.value.Violation;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Sponsor UK sponsorship submission ("Sponsor a Worker"): one worker, one job, the Home Office's decision, the
 * payment and, once paid, the Sponsorship Reference Number (docs/sources.md#sponsor-uk-process). "All the details
 * (including candidate details) are required for the request" (docs/sources.md#sponsor-uk-submissions), so the worker
 * and the job are required here from the draft on; the job fields are those a CoS holds (the record linked to an SRN
 * "confirms the details of the job", Immigration Rules Introduction 6.2).
 *
 * <p>Structural invariants, checked together (the rules of who may move a submission live in sms-rules):
 * <ul>
 *   <li>the route is a worker route (a CoS route): the Rules define the SRN-linked record as a CoS;
 *   <li><b>an SRN only after payment</b>: {@link #srn()} present needs {@link #paidOn()} and {@link #srnIssuedOn()},
 *       the SRN issued on or after payment; statuses from {@link SubmissionStatus#SRN_ISSUED} on need the SRN;
 *       statuses before payment have neither payment nor SRN, and {@link SubmissionStatus#PAID} has a payment but no
 *       SRN;
 *   <li>the dates run created ≤ submitted ≤ decided ≤ payment link ≤ paid ≤ SRN issued ≤ used, each needing the one
 *       before it (a refused submission has a decision and nothing after it); a draft has not been submitted;
 *   <li>edit reviews come only after the SRN was issued, in order and without overlap; only the last may be open,
 *       and it is open exactly when the status is {@link SubmissionStatus#EDIT_UNDER_REVIEW};
 *   <li>the end date is not before the start date.
 * </ul>
 *
 * <pre>{@code
 * Submission draft = Submission.builder().reference(SubmissionReference.of("SUB-1"))
 *     .licence(SponsorLicenceNumber.of("ABC12345X")).route(Route.GOVERNMENT_AUTHORISED_EXCHANGE)
 *     .status(SubmissionStatus.DRAFT).worker(worker).jobTitle("Research fellow")
 *     .grossSalary(Money.parseSmsAmount("30000")).salaryPeriod(SalaryPeriod.YEAR).workAddress(address)
 *     .startDate(LocalDate.of(2026, 5, 1)).createdOn(LocalDate.of(2026, 3, 2)).build();
 * }</pre>
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableSubmission.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableSubmission.class)
@JsonDeserialize(as = ImmutableSubmission.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableSubmission.class)
public abstract class Submission implements WithSubmission {

  /** {@return the submission's reference} */
  public abstract SubmissionReference reference();

  /** {@return the sponsor's licence} */
  public abstract SponsorLicenceNumber licence();

  /** {@return the route the worker is sponsored on; a worker route} */
  public abstract Route route();

  /** {@return where the submission stands} */
  public abstract SubmissionStatus status();

  /** {@return the worker (the candidate's details the submission must hold)} */
  public abstract MigrantDetails worker();

  /** {@return the job title} */
  @NotBlank
  public abstract String jobTitle();

  /** {@return gross salary, as on a CoS} */
  public abstract Money grossSalary();

  /** {@return the period of {@link #grossSalary()}} */
  public abstract SalaryPeriod salaryPeriod();

  /** {@return the main work address} */
  public abstract Address workAddress();

  /** {@return the employment start date} */
  public abstract LocalDate startDate();

  /** {@return the employment end date, where there is one} */
  public abstract Optional<LocalDate> endDate();

  /** {@return the day the draft was created} */
  public abstract LocalDate createdOn();

  /** {@return the day it was sent to the Home Office} */
  public abstract Optional<LocalDate> submittedOn();

  /** {@return the day the Home Office approved or refused it} */
  public abstract Optional<LocalDate> decidedOn();

  /** {@return the day the payment link was issued} */
  public abstract Optional<LocalDate> paymentLinkIssuedOn();

  /** {@return the day the sponsor paid} */
  public abstract Optional<LocalDate> paidOn();

  /** {@return the Sponsorship Reference Number; only once paid} */
  public abstract Optional<SponsorshipReferenceNumber> srn();

  /** {@return the day the SRN was issued} */
  public abstract Optional<LocalDate> srnIssuedOn();

  /**
   * {@return the day the worker applied with the SRN (the last use, where an application was returned and another
   * made)}
   */
  public abstract Optional<LocalDate> usedOn();

  /** {@return Edits requested after the SRN was issued, oldest first} */
  public abstract List<EditReview> editReviews();

  /** {@return the evidence uploaded with the submission, oldest first} */
  public abstract List<EvidenceMetadata> evidence();

  /** {@return the edit under review, if there is one} */
  @JsonIgnore
  public Optional<EditReview> openEditReview() {
    return editReviews().isEmpty() || !editReviews().get(editReviews().size() - 1).isOpen() ? Optional.empty()
        : Optional.of(editReviews().get(editReviews().size() - 1));
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code Submission}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableSubmission.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    List<Violation> v = new ArrayList<>(ValueValidation.violations(this));
    if (route().certificateKind() != CertificateKind.COS) {
      v.add(Violation.of("route", route().name(), "WorkerRoute",
          "a sponsorship submission is for a worker route (the SRN-linked record is a CoS); "
              + route().displayName() + " uses a CAS"));
    }
    SubmissionStatus s = status();
    if (s.requiresSrn() && srn().isEmpty()) {
      v.add(Violation.of("srn", "null", "Required", "is required once a submission is " + s));
    }
    if (srn().isPresent() && paidOn().isEmpty()) {
      v.add(Violation.of("srn", srn().get().value(), "OnlyAfterPayment",
          "an SRN is issued only once the submission has been paid for (paidOn is missing)"));
    }
    if (srn().isPresent() != srnIssuedOn().isPresent()) {
      v.add(Violation.of("srnIssuedOn", srnIssuedOn().map(LocalDate::toString).orElse("null"), "WithSrn",
          "must be present exactly when the SRN is"));
    }
    if (s.isBeforePayment() && paidOn().isPresent()) {
      v.add(Violation.of("paidOn", paidOn().get().toString(), "NotBeforePayment",
          "a " + s + " submission has not been paid for"));
    }
    if (s == SubmissionStatus.PAID && srn().isPresent()) {
      v.add(Violation.of("srn", srn().get().value(), "NotYetIssued", "a PAID submission awaits its SRN"));
    }
    if (s == SubmissionStatus.PAID && paidOn().isEmpty()) {
      v.add(Violation.of("paidOn", "null", "Required", "is required once a submission is PAID"));
    }
    if (s == SubmissionStatus.DRAFT && submittedOn().isPresent()) {
      v.add(Violation.of("submittedOn", submittedOn().get().toString(), "NotSubmitted",
          "a DRAFT has not been submitted"));
    }
    if ((s == SubmissionStatus.USED || s == SubmissionStatus.DECIDED) && usedOn().isEmpty()) {
      v.add(Violation.of("usedOn", "null", "Required", "is required once a submission is " + s));
    }
    dateChain(v);
    editReviewChecks(v);
    endDate().filter(e -> e.isBefore(startDate())).ifPresent(e -> v.add(Violation.of("endDate", e.toString(),
        "DateOrder", "must not be before startDate " + startDate())));
    ValueValidation.requireNone("Submission", v);
  }

  private void dateChain(List<Violation> v) {
    String[] names = {"createdOn", "submittedOn", "decidedOn", "paymentLinkIssuedOn", "paidOn", "srnIssuedOn",
        "usedOn"};
    List<Optional<LocalDate>> dates = List.of(Optional.of(createdOn()), submittedOn(), decidedOn(),
        paymentLinkIssuedOn(), paidOn(), srnIssuedOn(), usedOn());
    for (int i = 1; i < dates.size(); i++) {
      if (dates.get(i).isEmpty()) {
        continue;
      }
      LocalDate d = dates.get(i).get();
      if (dates.get(i - 1).isEmpty()) {
        v.add(Violation.of(names[i], d.toString(), "DateOrder", "needs " + names[i - 1] + " before it"));
      } else if (d.isBefore(dates.get(i - 1).get())) {
        v.add(Violation.of(names[i], d.toString(), "DateOrder",
            "must not be before " + names[i - 1] + " " + dates.get(i - 1).get()));
      }
    }
  }

  private void editReviewChecks(List<Violation> v) {
    List<EditReview> reviews = editReviews();
    for (int i = 0; i < reviews.size(); i++) {
      EditReview r = reviews.get(i);
      String path = "editReviews[" + i + "]";
      if (srnIssuedOn().isEmpty() || r.requestedOn().isBefore(srnIssuedOn().get())) {
        v.add(Violation.of(path + ".requestedOn", r.requestedOn().toString(), "AfterSrn",
            "an edit review follows the SRN's issue" + srnIssuedOn().map(d -> " on " + d).orElse(" (none issued)")));
      }
      if (r.isOpen() && i < reviews.size() - 1) {
        v.add(Violation.of(path + ".decidedOn", "null", "OnlyLastOpen", "only the last edit review may be open"));
      }
      if (i > 0) {
        reviews.get(i - 1).decidedOn().filter(prev -> r.requestedOn().isBefore(prev)).ifPresent(prev ->
            v.add(Violation.of(path + ".requestedOn", r.requestedOn().toString(), "NoOverlap",
                "must not be before the previous review's decision on " + prev)));
      }
    }
    boolean open = openEditReview().isPresent();
    if (open != (status() == SubmissionStatus.EDIT_UNDER_REVIEW)) {
      v.add(Violation.of("editReviews", open ? "open" : "none open", "OpenWhenUnderReview",
          "an edit review is open exactly when the status is EDIT_UNDER_REVIEW (status " + status() + ")"));
    }
  }
}
