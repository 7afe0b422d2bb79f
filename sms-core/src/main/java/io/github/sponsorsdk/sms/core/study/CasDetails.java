package io.github.sponsorsdk.sms.core.study;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import io.github.sponsorsdk.sms.core.value.Violation;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a CAS says beyond its migrant, main site of study and course dates: every part of a BDT CAS upload record
 * (BDT schema v2.1 {@code GeneralCASStructure} and {@code ChildCASStructure}; docs/sources.md#bdt-types) and the three
 * items Appendix Student asks a CAS to state that the record has no element for (see the package documentation).
 *
 * <table class="striped">
 *   <caption>Where each BDT element is held</caption>
 *   <tr><th>BDT element</th><th>Held as</th></tr>
 *   <tr><td>{@code ApplicantData} (names, nationality, gender, birth, passport, {@code ApplicantID})</td>
 *     <td>{@code Certificate.migrant()}</td></tr>
 *   <tr><td>{@code ApplicationID}, {@code UCAS_UKPASS_Id}</td><td>{@link #applicationId()},
 *     {@link #ucasPersonalId()}</td></tr>
 *   <tr><td>{@code NonSponsorEducationInstitutionData}</td><td>{@link #partnerInstitution()},
 *     {@link #overseasInstitution()}</td></tr>
 *   <tr><td>{@code CourseDetails}: {@code CourseStartDate}, {@code ExpectedCourseEndDate}, {@code MainSiteOfStudy}</td>
 *     <td>{@code Certificate.startDate()}, {@code endDate()}, {@code mainAddress()}</td></tr>
 *   <tr><td>{@code CourseDetails}: the rest</td><td>{@link #course()}</td></tr>
 *   <tr><td>{@code WorkPlacementDetails}</td><td>{@link #workPlacement()}</td></tr>
 *   <tr><td>{@code Documentation}</td><td>{@link #documentation()}</td></tr>
 *   <tr><td>{@code EvidenceDetails}</td><td>{@link #evidence()}</td></tr>
 *   <tr><td>{@code FinancialAndAccommodationDetails}</td><td>{@link #finances()}</td></tr>
 *   <tr><td>(none: Appendix Student ST 13.4, 13.3, 7.5)</td><td>{@link #seltReference()},
 *     {@link #englishAssessmentMethod()}, {@link #accommodationCost()}</td></tr>
 * </table>
 *
 * <p>A Child Student CAS has no work placement and no evidence block ({@code ChildCASStructure}); the certificate,
 * which knows the route, refuses them.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableCasDetails.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableCasDetails.class)
@JsonDeserialize(as = ImmutableCasDetails.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableCasDetails.class)
public abstract class CasDetails implements WithCasDetails {

  /** Printable ISO 8859-1 ({@code PBSStringType}). */
  static final String PRINTABLE = "[\\x20-\\x7E\\xA0-\\xFF]+";
  static final String PRINTABLE_MESSAGE = "may hold only printable ISO 8859-1 (Latin-1) characters "
      + "(BDT schema v2.1 PBSStringType)";
  /** Printable ISO 8859-1 and line breaks ({@code PBSMultiLineStringType}). */
  static final String MULTI_LINE = "[\\x20-\\x7E\\xA0-\\xFF\\t\\n\\r]+";
  static final String MULTI_LINE_MESSAGE = "may hold only printable ISO 8859-1 (Latin-1) characters and line breaks "
      + "(BDT schema v2.1 PBSMultiLineStringType)";

  /**
   * {@return {@code ApplicationID}: the sponsor's identifier of the application (a student on a course), 1 to 50
   * characters}
   */
  @Size(payload = Unwrapping.Unwrap.class, min = 1, max = 50)
  @Pattern(payload = Unwrapping.Unwrap.class, regexp = PRINTABLE, message = PRINTABLE_MESSAGE)
  public abstract Optional<String> applicationId();

  /** {@return {@code UCAS_UKPASS_Id}: 10 characters starting with 1} */
  @Pattern(payload = Unwrapping.Unwrap.class, regexp = "1[A-Za-z0-9]{9}",
      message = "must be 10 letters or digits starting with 1 (BDT schema v2.1 UCAS_UKPASS_Id)")
  public abstract Optional<String> ucasPersonalId();

  /** {@return {@code PartnerInstitutionDetails}} */
  public abstract Optional<CasPartnerInstitution> partnerInstitution();

  /** {@return {@code OverseasHigherEducationInstitutionDetails}} */
  public abstract Optional<CasOverseasInstitution> overseasInstitution();

  /** {@return {@code CourseDetails} without the dates and the main site} */
  public abstract CasCourse course();

  /** {@return {@code WorkPlacementDetails} (General CAS only)} */
  public abstract Optional<CasWorkPlacement> workPlacement();

  /** {@return {@code Documentation}} */
  public abstract CasDocumentation documentation();

  /** {@return {@code EvidenceDetails} (General CAS only)} */
  public abstract Optional<CasEvidence> evidence();

  /** {@return {@code FinancialAndAccommodationDetails}} */
  public abstract CasFinances finances();

  /**
   * {@return the Secure English Language Test's unique reference number (Appendix Student ST 13.4)} No BDT element; at
   * most 100 printable characters (the SMS's limit is not published, UNCERTAIN).
   */
  @Size(payload = Unwrapping.Unwrap.class, min = 1, max = 100)
  @Pattern(payload = Unwrapping.Unwrap.class, regexp = PRINTABLE, message = PRINTABLE_MESSAGE)
  public abstract Optional<String> seltReference();

  /**
   * {@return how the sponsor assessed English when it did so itself (Appendix Student ST 13.3)} No BDT element; at most
   * 2,000 characters (UNCERTAIN).
   */
  @Size(payload = Unwrapping.Unwrap.class, min = 1, max = 2000)
  @Pattern(payload = Unwrapping.Unwrap.class, regexp = MULTI_LINE, message = MULTI_LINE_MESSAGE)
  public abstract Optional<String> englishAssessmentMethod();

  /** {@return the cost of accommodation the sponsor provides (Appendix Student ST 7.5)} No BDT element. */
  public abstract Optional<Money> accommodationCost();

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code CasDetails}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableCasDetails.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    List<Violation> v = new ArrayList<>(ValueValidation.violations(this));
    accommodationCost().filter(Money::isNegative).ifPresent(m -> v.add(Violation.of("accommodationCost",
        m.toPlainString(), "NotNegative", "must not be negative")));
    ValueValidation.requireNone("CasDetails", v);
  }
}
