package io.github.sponsorsdk.sms.rules.licence;

import static io.github.sponsorsdk.sms.core.citation.Source.PROJECT_DECISION;
import static io.github.sponsorsdk.sms.core.citation.Source.SMS_MANUAL_1;
import static io.github.sponsorsdk.sms.core.citation.Source.SMS_MANUAL_INDEX;
import static io.github.sponsorsdk.sms.core.citation.Source.SMS_MESSAGE_2024_01_24;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.rules.effective.DateEffective;
import io.github.sponsorsdk.sms.rules.effective.ParameterSet;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The date-effective parameters of {@link LicenceRules}. Each is looked up on the <em>evaluation date</em>.
 *
 * <p>Every parameter starts on {@link #COVERAGE_FROM}: the sources describe the SMS from 2014 on (the earliest dated
 * material in Manual 1 is the message board entry of 25 February 2014); asking about an earlier day fails with
 * {@link io.github.sponsorsdk.sms.rules.effective.NotInEffectException} rather than guessing (decision record
 * {@code docs/decisions/0320-rules-coverage-and-readings.md}).
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableLicenceParameters.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableLicenceParameters.class)
@JsonDeserialize(as = ImmutableLicenceParameters.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableLicenceParameters.class)
public abstract class LicenceParameters implements ParameterSet, WithLicenceParameters {

  /** The first day the default parameters of this project's engines cover. */
  public static final LocalDate COVERAGE_FROM = LocalDate.of(2014, 1, 1);

  /** The citation of {@link #COVERAGE_FROM}. */
  public static final Citation COVERAGE_CITATION = Citation.of(PROJECT_DECISION,
      "0320-rules-coverage-and-readings: coverage starts 2014-01-01");

  /** The day the SMS message announcing the end of licence renewal was posted. */
  public static final LocalDate RENEWAL_REMOVAL_ANNOUNCED = LocalDate.of(2024, 1, 24);

  /** The first expiry date that no longer needs renewal. */
  public static final LocalDate NO_RENEWAL_FOR_EXPIRY_FROM = LocalDate.of(2024, 4, 6);

  /** The first day of the index of manuals that names the Basic Compliance Assessment in Manual 3's title. */
  public static final LocalDate BASIC_COMPLIANCE_ASSESSMENT_FROM = LocalDate.of(2024, 7, 10);

  /** The day Premium customer service closed to new applications. */
  public static final LocalDate PREMIUM_CLOSED_FROM = LocalDate.of(2025, 11, 11);

  /**
   * {@return days before expiry on which the renewal window opens (Manual 1: "from 90 days before your licence is due
   * to expire")}
   */
  public abstract DateEffective<Integer> renewalOpensDaysBeforeExpiry();

  /** {@return days before expiry of the last day to apply (Manual 1: "the day before your licence expiry date")} */
  public abstract DateEffective<Integer> renewalLastDayBeforeExpiry();

  /**
   * {@return licences whose expiry date is on or after this date need no renewal; empty while every licence had to be
   * renewed} From the SMS message of 24 January 2024: licences due to expire on or after 6 April 2024 no longer need
   * renewal.
   */
  public abstract DateEffective<Optional<LocalDate>> noRenewalForExpiryOnOrAfter();

  /**
   * {@return how far the expiry of a licence that needs no renewal was pushed out: 10 years from the recorded expiry
   * date} docs/sources.md#sms-message-2024-01-24 notes one mirror saying "ten years from the original grant date"; the
   * SMS message itself says
   * expiry dates were extended by 10 years, which is the default.
   */
  public abstract DateEffective<Period> noRenewalExtension();

  /** {@return whether Premium customer service takes new applications (closed by the guidance of 11 November 2025)} */
  public abstract DateEffective<Boolean> premiumOpenToApplications();

  /**
   * {@return whether a Premium customer may renew the service} Whether renewals survived the closure of 11 November
   * 2025 is not stated (UNCERTAIN): the service "has now been closed", so the default refuses renewals from that day
   * too.
   */
  public abstract DateEffective<Boolean> premiumOpenToRenewals();

  /**
   * {@return what a Student sponsor applies for: Student Sponsor status until the index of manuals names the Basic
   * Compliance Assessment instead (10 July 2024, the earliest index read with the new title; the true switch date is
   * UNCERTAIN)}
   */
  public abstract DateEffective<StudentStatusApplication> studentStatusApplication();

  /**
   * {@return how many months before the end of a held Student Sponsor status (or BCA period) its renewal can be applied
   * for} Manual 1 says only "within the renewal period ... check Licence summary for the renewal opening date"; the
   * length is not published (UNCERTAIN): 3 months by analogy with the allocation renewal window (decision 0485).
   */
  public abstract DateEffective<Integer> studentStatusRenewalWindowMonths();

  @JsonIgnore
  @Override
  public List<DateEffective<?>> parameters() {
    return List.of(renewalOpensDaysBeforeExpiry(), renewalLastDayBeforeExpiry(), noRenewalForExpiryOnOrAfter(),
        noRenewalExtension(), premiumOpenToApplications(), premiumOpenToRenewals(), studentStatusApplication(),
        studentStatusRenewalWindowMonths());
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code LicenceParameters}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableLicenceParameters.Builder {
    Builder() {}
  }

  /** {@return the parameters as the sources state them} */
  public static LicenceParameters defaults() {
    Citation announced = Citation.of(SMS_MESSAGE_2024_01_24,
        "Removal of the licence renewal requirement", RENEWAL_REMOVAL_ANNOUNCED)
        .withNote("Licences expiring 25 January to 5 April 2024 still had to renew (docs/sources.md#sms-message-2024-01-24)");
    return builder()
        .renewalOpensDaysBeforeExpiry(DateEffective.of("licence.renewalOpensDaysBeforeExpiry", COVERAGE_FROM, 90,
            Citation.of(SMS_MANUAL_1, "Navigation in SMS (Next button on Licence renewal introduction)")))
        .renewalLastDayBeforeExpiry(DateEffective.of("licence.renewalLastDayBeforeExpiry", COVERAGE_FROM, 1,
            Citation.of(SMS_MANUAL_1, "Access to SMS (Licence Renewal)")))
        .noRenewalForExpiryOnOrAfter(DateEffective.of("licence.noRenewalForExpiryOnOrAfter", COVERAGE_FROM,
                Optional.<LocalDate>empty(), Citation.of(SMS_MANUAL_1, "Access to SMS (Licence Renewal)"))
            .then(RENEWAL_REMOVAL_ANNOUNCED, Optional.of(NO_RENEWAL_FOR_EXPIRY_FROM), announced))
        .noRenewalExtension(DateEffective.of("licence.noRenewalExtension", COVERAGE_FROM, Period.ZERO,
                Citation.of(SMS_MANUAL_1, "Access to SMS (Licence Renewal)"))
            .then(RENEWAL_REMOVAL_ANNOUNCED, Period.ofYears(10), announced))
        .premiumOpenToApplications(DateEffective.of("premium.openToApplications", COVERAGE_FROM, true,
                Citation.of(SMS_MANUAL_1, "Introduction (What is SMS?): applying for Premium customer service"))
            .then(PREMIUM_CLOSED_FROM, false, LicenceReasonCode.PREMIUM_CLOSED_TO_APPLICATIONS.citation()))
        .premiumOpenToRenewals(DateEffective.of("premium.openToRenewals", COVERAGE_FROM, true,
                Citation.of(SMS_MANUAL_1, "Troubleshooting (I cannot apply for or renew Premium customer service)"))
            .then(PREMIUM_CLOSED_FROM, false, LicenceReasonCode.PREMIUM_CLOSED_TO_RENEWALS.citation()))
        .studentStatusApplication(DateEffective.of("studentStatus.application", COVERAGE_FROM,
                StudentStatusApplication.STUDENT_SPONSOR_STATUS,
                Citation.of(SMS_MANUAL_INDEX, "Manual 3: apply for, renew or decline to renew Student Sponsor status"))
            .then(BASIC_COMPLIANCE_ASSESSMENT_FROM, StudentStatusApplication.BASIC_COMPLIANCE_ASSESSMENT,
                LicenceReasonCode.STUDENT_SPONSOR_STATUS_REPLACED.citation()))
        .studentStatusRenewalWindowMonths(DateEffective.of("studentStatus.renewalWindowMonths", COVERAGE_FROM, 3,
            Citation.of(PROJECT_DECISION, "0485-sms-functions: Student Sponsor status renewal window")
                .withNote("Manual 1 Troubleshooting names a renewal period and its opening date on the Licence "
                    + "summary, not its length (UNCERTAIN)")))
        .build();
  }
}
