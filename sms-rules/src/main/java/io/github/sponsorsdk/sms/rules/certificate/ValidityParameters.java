package io.github.sponsorsdk.sms.rules.certificate;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.rules.effective.DateEffective;
import io.github.sponsorsdk.sms.rules.effective.ParameterSet;
import io.github.sponsorsdk.sms.rules.period.MonthEndPolicy;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * The periods of a certificate's life, date-effective and cited. Defaults:
 * <ul>
 *   <li>CoS supports an application made no more than <b>3 months</b> after assignment (Appendix Skilled Worker
 *       SW 1.2(d)); from the opening of the Skilled Worker route on 1 December 2020.
 *   <li>CAS: <b>6 months</b> (Appendix Student ST 1.2(d)); from the opening of the Student route on 5 October 2020.
 *   <li>A granted defined CoS must be assigned within <b>3 months</b> of grant (secondary sources quoting Manual 12;
 *       the time of day of expiry, clarified in Manual 12 in December 2024, was not read: the SDK works in days).
 *   <li>A start more than <b>28 days</b> late is reportable and a cancellation ground (Part Suitability SUI 33.1(c)
 *       workers, SUI 32.1(c) students).
 *   <li>The {@link MonthEndPolicy} is the project's decision 0430: the corresponding day or the month's end.
 * </ul>
 * The first version of each is dated from its route's opening, although the text was read as at 6 December 2025:
 * the periods have not changed in between as far as any source read says.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableValidityParameters.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableValidityParameters.class)
@JsonDeserialize(as = ImmutableValidityParameters.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableValidityParameters.class)
public abstract class ValidityParameters implements ParameterSet, WithValidityParameters {

  /** {@return how many months a CoS can be used after assignment} */
  public abstract DateEffective<Integer> cosValidityMonths();

  /** {@return how many months a CAS can be used after assignment} */
  public abstract DateEffective<Integer> casValidityMonths();

  /** {@return how many months after the grant a defined CoS may be assigned} */
  public abstract DateEffective<Integer> definedCosAssignmentMonths();

  /** {@return the days a start may be late without being reportable} */
  public abstract DateEffective<Integer> startDelayDays();

  /** {@return how a day the target month lacks is resolved} */
  public abstract DateEffective<MonthEndPolicy> monthEndPolicy();

  @Override
  public List<DateEffective<?>> parameters() {
    return List.of(cosValidityMonths(), casValidityMonths(), definedCosAssignmentMonths(), startDelayDays(),
        monthEndPolicy());
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code ValidityParameters}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableValidityParameters.Builder {
    Builder() {}
  }

  static final LocalDate SKILLED_WORKER_OPENED = LocalDate.of(2020, 12, 1);
  static final LocalDate STUDENT_OPENED = LocalDate.of(2020, 10, 5);

  /**
   * {@return today's guidance: a CoS usable for 3 months (SW 1.2(d)), a CAS for 6 (ST 1.2(d)), 3 months to assign a
   * defined CoS, 28 days to start}
   */
  public static ValidityParameters defaults() {
    return builder()
        .cosValidityMonths(DateEffective.of("certificate.cosValidityMonths", SKILLED_WORKER_OPENED, 3,
            Citation.of(Source.RULES_APPENDIX_SKILLED_WORKER, "SW 1.2(d)")
                .withNote("'issued ... no more than 3 months ... before the date of application'; the 90-day period for "
                    + "a CoS linked to a Sponsorship Reference Number is not modelled. Text as at 6 December 2025.")))
        .casValidityMonths(DateEffective.of("certificate.casValidityMonths", STUDENT_OPENED, 6,
            Citation.of(Source.RULES_APPENDIX_STUDENT, "ST 1.2(d)")
                .withNote("'issued to them no more than 6 months before the date of application'. Text as at 25 "
                    + "November 2025.")))
        .definedCosAssignmentMonths(DateEffective.of("certificate.definedCosAssignmentMonths", SKILLED_WORKER_OPENED,
            3, CertificateValidity.DEFINED_COS_CITATION))
        .startDelayDays(DateEffective.of("certificate.startDelayDays", SKILLED_WORKER_OPENED, 28,
            CertificateValidity.START_CITATION))
        .monthEndPolicy(DateEffective.of("certificate.monthEndPolicy", STUDENT_OPENED,
            MonthEndPolicy.CORRESPONDING_DAY_OR_MONTH_END,
            Citation.of(Source.PROJECT_DECISION, "0430-certificate-lifecycle-rules")
                .withNote("Corresponding date rule, Dodds v Walker [1981] 1 WLR 1027 (HL).")))
        .build();
  }
}
