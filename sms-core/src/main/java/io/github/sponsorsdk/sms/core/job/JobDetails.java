package io.github.sponsorsdk.sms.core.job;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.place.Address;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import io.github.sponsorsdk.sms.core.value.Violation;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The job a Certificate of Sponsorship is for, field by field, each with its source. Every field is optional: the
 * SMS saves a certificate with fields missing, and which must be present to assign is a rule in {@code sms-rules}
 * ({@code AssignmentReadiness}). The gross salary, its "For each" period, the main work address, the start and end
 * dates, the maintenance certification and the sponsor notes are on the {@code Certificate} itself.
 *
 * <table class="striped">
 *   <caption>Fields and sources (docs/sources.md#rules-cos-content, docs/sources.md#secondary-cos-form)</caption>
 *   <tr><th>Field</th><th>SMS form or rule</th></tr>
 *   <tr><td>{@link #title()}</td><td>"Job title*"; the Rules' "details of the job" (SW 5.1(a))</td></tr>
 *   <tr><td>{@link #occupation()}</td><td>"Job type*", the SOC code: "The sponsor must choose an appropriate SOC
 *     2020 occupation code" (SW 6.2)</td></tr>
 *   <tr><td>{@link #description()}</td><td>"Summary of job description*"</td></tr>
 *   <tr><td>{@link #weeklyHours()}</td><td>"Total weekly working hours*"; going rates are pro-rated "based on the
 *     weekly working hours stated by the applicant's sponsor" (Appendix Skilled Occupations)</td></tr>
 *   <tr><td>{@link #allowances()}</td><td>"any allowances the sponsor is offering them" (SNR, GTR, UKX 5.1(a));
 *     "any other remuneration" (MOR 5.1(a))</td></tr>
 *   <tr><td>{@link #salaryDetails()}</td><td>the salary details box where a sponsor explains the salary (Workers
 *     guidance Part 2, S4.9)</td></tr>
 *   <tr><td>{@link #additionalWorkAddresses()}</td><td>"any other regular UK employment addresses"</td></tr>
 *   <tr><td>{@link #workingArrangement()}</td><td>SDK field: no SMS field is sourced ({@link WorkingArrangement})</td></tr>
 *   <tr><td>{@link #payeReference()}</td><td>"PAYE details if HM Revenue and Customs (HMRC) requires income tax and
 *     National Insurance for the sponsored job to be paid via PAYE" (SW, SNR, GTR, UKX 5.1(a)); always for Scale-up
 *     (SCU 5.1(a))</td></tr>
 *   <tr><td>{@link #purpose()}</td><td>SDK field: new hire, switch, extension or change ({@link SponsorshipPurpose})</td></tr>
 *   <tr><td>{@link #atasRequired()}</td><td>"confirm whether or not the Academic Technology Approval Scheme (ATAS)
 *     requirement ... applies" (SW, SNR, GTR, UKX, SSU, SEC, SCU 5.1(f); GAE 5.1(h); IA 4.1(f))</td></tr>
 *   <tr><td>{@link #sportsEndorsementNumber()}</td><td>International Sportsperson only: "the unique endorsement number
 *     that has been issued to the applicant by the appropriate governing body" (ISP 5.2(f))</td></tr>
 *   <tr><td>{@link #exchangeScheme()}, {@link #supernumeraryExplanation()}</td><td>Government Authorised Exchange
 *     only: the role "meets the requirements of the individual exchange scheme" and "is supernumerary ... (with a
 *     full explanation of why it is supernumerary)" (GAE 5.1(e), (f))</td></tr>
 *   <tr><td>{@link #seasonalSector()}</td><td>Seasonal Worker only: horticulture or poultry (SAW 4.1(f))</td></tr>
 *   <tr><td>{@link #registeredContract()}</td><td>GBM Service Supplier and Secondment Worker only: "which of the
 *     sponsor's contracts registered with the Home Office the applicant will work on" (SSU 5.1(g))</td></tr>
 * </table>
 *
 * <p>Lengths: the SMS's limits for these boxes are not published (<b>UNCERTAIN</b>). The SDK allows 250 characters
 * for a title, a scheme or a contract (the BDT schema's longest single-line text, {@code OrganisationNameType}) and
 * 2,000 for a description, the salary details or an explanation (its longest free text, {@code
 * PBSMultiLineStringType}); text is printable ISO 8859-1, as everywhere in the SMS's files. Weekly hours are more
 * than 0 and at most 168 (the hours in a week), with at most two decimals (the SMS's precision is not published).
 * Which route may carry a route-specific field is checked by {@code Certificate}, which knows the route.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableJobDetails.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableJobDetails.class)
@JsonDeserialize(as = ImmutableJobDetails.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableJobDetails.class)
public abstract class JobDetails implements WithJobDetails {

  /** Printable ISO 8859-1, one line. */
  static final String PRINTABLE = "[\\x20-\\x7E\\xA0-\\xFF]+";
  /** Printable ISO 8859-1 and line breaks. */
  static final String MULTI_LINE = "[\\x20-\\x7E\\xA0-\\xFF\\t\\n\\r]+";
  static final String NOT_BLANK = "(?s).*\\S.*";
  private static final String PRINTABLE_MESSAGE = "may hold only printable ISO 8859-1 (Latin-1) characters";
  private static final String MULTI_LINE_MESSAGE = "may hold only printable ISO 8859-1 (Latin-1) characters and line "
      + "breaks";
  private static final String BLANK_MESSAGE = "must not be blank; leave it out instead";

  /** The longest single-line text: 250 (SDK limit, see the class comment). */
  public static final int MAX_LINE = 250;
  /** The longest free text: 2,000 (SDK limit, see the class comment). */
  public static final int MAX_TEXT = 2000;
  /** The most hours in a week. */
  public static final BigDecimal MAX_WEEKLY_HOURS = new BigDecimal("168");

  /** {@return "Job title*"} */
  @Pattern(payload = Unwrapping.Unwrap.class, regexp = NOT_BLANK, message = BLANK_MESSAGE)
  @Size(payload = Unwrapping.Unwrap.class, max = MAX_LINE)
  @Pattern(payload = Unwrapping.Unwrap.class, regexp = PRINTABLE, message = PRINTABLE_MESSAGE)
  public abstract Optional<String> title();

  /** {@return "Job type*": the SOC occupation code} */
  public abstract Optional<OccupationCode> occupation();

  /** {@return "Summary of job description*"} */
  @Pattern(payload = Unwrapping.Unwrap.class, regexp = NOT_BLANK, message = BLANK_MESSAGE)
  @Size(payload = Unwrapping.Unwrap.class, max = MAX_TEXT)
  @Pattern(payload = Unwrapping.Unwrap.class, regexp = MULTI_LINE, message = MULTI_LINE_MESSAGE)
  public abstract Optional<String> description();

  /** {@return "Total weekly working hours*": more than 0, at most 168, two decimals at most} */
  public abstract Optional<BigDecimal> weeklyHours();

  /** {@return guaranteed allowances beside the gross salary} */
  public abstract List<Allowance> allowances();

  /** {@return the salary details box: how the salary is made up, or why it is what it is} */
  @Pattern(payload = Unwrapping.Unwrap.class, regexp = NOT_BLANK, message = BLANK_MESSAGE)
  @Size(payload = Unwrapping.Unwrap.class, max = MAX_TEXT)
  @Pattern(payload = Unwrapping.Unwrap.class, regexp = MULTI_LINE, message = MULTI_LINE_MESSAGE)
  public abstract Optional<String> salaryDetails();

  /** {@return the other regular UK work addresses, besides the certificate's main work address} */
  public abstract List<Address> additionalWorkAddresses();

  /** {@return on site, hybrid or remote (SDK field)} */
  public abstract Optional<WorkingArrangement> workingArrangement();

  /** {@return the PAYE reference of the employer that pays the worker} */
  public abstract Optional<PayeReference> payeReference();

  /** {@return new hire, switch, extension or change of employment (SDK field)} */
  public abstract Optional<SponsorshipPurpose> purpose();

  /** {@return whether the ATAS requirement applies to the job; empty when not answered} */
  public abstract Optional<Boolean> atasRequired();

  /**
   * International Sportsperson: the governing body's endorsement number (at most 250 characters).
   *
   * @return the International Sportsperson's endorsement number from the governing body (at most 250 characters)
   */
  @Pattern(payload = Unwrapping.Unwrap.class, regexp = NOT_BLANK, message = BLANK_MESSAGE)
  @Size(payload = Unwrapping.Unwrap.class, max = MAX_LINE)
  @Pattern(payload = Unwrapping.Unwrap.class, regexp = PRINTABLE, message = PRINTABLE_MESSAGE)
  public abstract Optional<String> sportsEndorsementNumber();

  /**
   * Government Authorised Exchange: the exchange scheme, as Appendix GAE schemes names it.
   *
   * @return the Government Authorised Exchange scheme, as Appendix GAE names it
   */
  @Pattern(payload = Unwrapping.Unwrap.class, regexp = NOT_BLANK, message = BLANK_MESSAGE)
  @Size(payload = Unwrapping.Unwrap.class, max = MAX_LINE)
  @Pattern(payload = Unwrapping.Unwrap.class, regexp = PRINTABLE, message = PRINTABLE_MESSAGE)
  public abstract Optional<String> exchangeScheme();

  /**
   * Government Authorised Exchange: why the role is supernumerary.
   *
   * @return why a Government Authorised Exchange role is supernumerary
   */
  @Pattern(payload = Unwrapping.Unwrap.class, regexp = NOT_BLANK, message = BLANK_MESSAGE)
  @Size(payload = Unwrapping.Unwrap.class, max = MAX_TEXT)
  @Pattern(payload = Unwrapping.Unwrap.class, regexp = MULTI_LINE, message = MULTI_LINE_MESSAGE)
  public abstract Optional<String> supernumeraryExplanation();

  /**
   * Seasonal Worker: horticulture or poultry.
   *
   * @return the Seasonal Worker's sector: horticulture or poultry
   */
  public abstract Optional<SeasonalSector> seasonalSector();

  /**
   * GBM Service Supplier or Secondment Worker: the registered contract the worker will work on.
   *
   * @return the registered contract a GBM Service Supplier or Secondment Worker will work on
   */
  @Pattern(payload = Unwrapping.Unwrap.class, regexp = NOT_BLANK, message = BLANK_MESSAGE)
  @Size(payload = Unwrapping.Unwrap.class, max = MAX_LINE)
  @Pattern(payload = Unwrapping.Unwrap.class, regexp = PRINTABLE, message = PRINTABLE_MESSAGE)
  public abstract Optional<String> registeredContract();

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code JobDetails}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableJobDetails.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    List<Violation> v = new ArrayList<>(ValueValidation.violations(this));
    weeklyHours().filter(h -> h.signum() <= 0 || h.compareTo(MAX_WEEKLY_HOURS) > 0
            || h.stripTrailingZeros().scale() > 2)
        .ifPresent(h -> v.add(Violation.of("weeklyHours", h.toPlainString(), "Range",
            "must be more than 0 and at most 168, with at most two decimals")));
    ValueValidation.requireNone("JobDetails", v);
  }
}
