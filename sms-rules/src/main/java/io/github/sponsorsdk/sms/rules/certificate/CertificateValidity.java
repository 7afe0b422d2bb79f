package io.github.sponsorsdk.sms.rules.certificate;

import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.certificate.CertificateStatus;
import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.decision.Reason;
import io.github.sponsorsdk.sms.core.decision.Severity;
import io.github.sponsorsdk.sms.core.route.CertificateKind;
import io.github.sponsorsdk.sms.rules.period.CalendarMonths;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * How long a certificate lasts: a CoS supports an application made within 3 months of assignment, a CAS within 6;
 * a granted defined CoS must be assigned within 3 months; a start more than 28 days late must be reported.
 *
 * <p>All periods include their last day: a CoS assigned on 30 November 2024 supports an application made on
 * 28 February 2025 (the corresponding date rule) and has expired on 1 March 2025. The periods and the month-end
 * policy come from {@link ValidityParameters}, taken on the day the period starts.
 *
 * <pre>{@code
 * CertificateValidity validity = CertificateValidity.defaults();
 * LocalDate last = validity.lastDayToApply(CertificateKind.COS, LocalDate.of(2024, 11, 30)); // 2025-02-28
 * Decision d = validity.decideApplication(CertificateKind.CAS, assignedOn, applicationDate);
 * }</pre>
 *
 * <p><b>Shape and parameters</b> (docs/decisions/0005-api-charter.md): {@link #defaults()} reads
 * {@link ValidityParameters#defaults()}, today's guidance, each value with its citation and effective date there;
 * {@code of(ValidityParameters)} takes other parameters, {@code parameters()} returns them. Immutable and thread-safe.
 * <b>Verbs:</b> {@code decideApplication}, {@code decideDefinedCosAssignment}, {@code decideStart} (each a {@code
 * Decision}); queries {@code validityMonths}, {@code lastDayToApply}, {@code expiresOn}, {@code definedCosAssignBy},
 * {@code lastDayToStart}, {@code isExpired}, {@code isDueToExpire}.
 */
public final class CertificateValidity {

  static final Citation DEFINED_COS_CITATION = Citation.of(Source.SECONDARY_SOURCE,
      "otb.legal; branchaustinmccormick.com, quoting SMS Manual 12")
      .withNote("A defined CoS is 'only valid for three months from the date of approval, after which time it will "
          + "expire'. Manual 12's December 2024 clarification of the expiry time was not read.");

  static final Citation START_CITATION = Citation.of(Source.RULES_PART_SUITABILITY,
      "SUI 33.1(c) (workers), SUI 32.1(c) (students)")
      .withNote("A start delayed more than 28 days is a cancellation ground; the sponsor reports it within 10 working "
          + "days or stops sponsoring (narasolicitors.com, quoting the Workers guidance).");

  private final ValidityParameters parameters;

  private CertificateValidity(ValidityParameters parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
  }

  /** {@return the rules with {@link ValidityParameters#defaults()}, today's guidance} */
  public static CertificateValidity defaults() {
    return new CertificateValidity(ValidityParameters.defaults());
  }

  /**
   * {@return the rules with {@code parameters}}
   *
   * @param parameters the parameters to use instead of {@code defaults()}: each date-effective and cited
   */
  public static CertificateValidity of(ValidityParameters parameters) {
    return new CertificateValidity(parameters);
  }

  /** {@return the parameters this engine reads} */
  public ValidityParameters parameters() {
    return parameters;
  }

  /**
   * {@return the validity in months of a certificate of {@code kind} assigned on {@code assignedOn}}
   *
   * @param kind CoS or CAS
   * @param assignedOn the day of assignment
   */
  public int validityMonths(CertificateKind kind, LocalDate assignedOn) {
    return (kind == CertificateKind.CAS ? parameters.casValidityMonths() : parameters.cosValidityMonths())
        .on(assignedOn);
  }

  /**
   * {@return the last day an application may be made with a certificate assigned on {@code assignedOn}}
   *
   * @param kind CoS or CAS
   * @param assignedOn the day of assignment
   */
  public LocalDate lastDayToApply(CertificateKind kind, LocalDate assignedOn) {
    return CalendarMonths.plus(assignedOn, validityMonths(kind, assignedOn),
        parameters.monthEndPolicy().on(assignedOn));
  }

  /**
   * {@return the first day the certificate is EXPIRED if it has not been used}
   *
   * @param kind CoS or CAS
   * @param assignedOn the day of assignment
   */
  public LocalDate expiresOn(CertificateKind kind, LocalDate assignedOn) {
    return lastDayToApply(kind, assignedOn).plusDays(1);
  }

  /**
   * {@return true when an unused certificate assigned on {@code assignedOn} has expired by {@code date}}
   *
   * @param kind CoS or CAS
   * @param assignedOn the day of assignment
   * @param date the day to judge on
   */
  public boolean isExpired(CertificateKind kind, LocalDate assignedOn, LocalDate date) {
    return !date.isBefore(expiresOn(kind, assignedOn));
  }

  /**
   * {@return true when {@code certificate} is ASSIGNED, unused, and past its validity on {@code date}: the moment
   * {@link CertificateAction#EXPIRE} (actor {@link Actor#TIME}) applies}
   *
   * @param certificate the certificate
   * @param date the day to judge on
   */
  public boolean isDueToExpire(Certificate certificate, LocalDate date) {
    return certificate.status() == CertificateStatus.ASSIGNED && certificate.assignedOn()
        .map(on -> isExpired(certificate.kind(), on, date)).orElse(false);
  }

  /**
   * May an application made on {@code applicationDate} use a certificate assigned on {@code assignedOn}?
   *
   * @param kind CoS or CAS
   * @param assignedOn the day of assignment
   * @param applicationDate the day of the application
   * @return allowed, or refused when the certificate had expired
   */
  public Decision decideApplication(CertificateKind kind, LocalDate assignedOn, LocalDate applicationDate) {
    LocalDate last = lastDayToApply(kind, assignedOn);
    int months = validityMonths(kind, assignedOn);
    Citation citation = kind == CertificateKind.CAS
        ? parameters.casValidityMonths().versionOn(assignedOn).citation()
        : parameters.cosValidityMonths().versionOn(assignedOn).citation();
    if (applicationDate.isBefore(assignedOn)) {
      return Decision.of(ValidityReasonCode.APPLICATION_BEFORE_ASSIGNMENT.reason(Map.of("applicationDate",
          applicationDate, "kind", kind, "from", assignedOn, "lastDay", last)).withCitation(citation));
    }
    if (applicationDate.isAfter(last)) {
      return Decision.of(ValidityReasonCode.CERTIFICATE_EXPIRED.reason(Map.of("kind", kind, "from", assignedOn,
          "lastDay", last, "months", months, "expiredOn", last.plusDays(1))).withCitation(citation));
    }
    return Decision.of(ValidityReasonCode.VALID_FOR_APPLICATION.reason(Map.of("kind", kind, "from", assignedOn,
        "lastDay", last)).withCitation(citation));
  }

  /**
   * {@return the last day a defined CoS granted on {@code grantedOn} may be assigned}
   *
   * @param grantedOn the day of the grant
   */
  public LocalDate definedCosAssignBy(LocalDate grantedOn) {
    return CalendarMonths.plus(grantedOn, parameters.definedCosAssignmentMonths().on(grantedOn),
        parameters.monthEndPolicy().on(grantedOn));
  }

  /**
   * May a defined CoS granted on {@code grantedOn} be assigned on {@code assignOn}?
   *
   * @param grantedOn the day of the grant
   * @param assignOn the day of the assignment
   * @return allowed, or refused outside the 3 months
   */
  public Decision decideDefinedCosAssignment(LocalDate grantedOn, LocalDate assignOn) {
    LocalDate last = definedCosAssignBy(grantedOn);
    Citation citation = parameters.definedCosAssignmentMonths().versionOn(grantedOn).citation();
    if (assignOn.isAfter(last)) {
      return Decision.of(ValidityReasonCode.DEFINED_COS_EXPIRED.reason(Map.of("from", grantedOn, "lastDay", last))
          .withCitation(citation));
    }
    return Decision.of(ValidityReasonCode.DEFINED_COS_ASSIGNABLE.reason(Map.of("from", grantedOn, "lastDay", last))
        .withCitation(citation));
  }

  /**
   * {@return the last day a worker or student may start without the delay being reportable, counted from the latest of
   * the permitted start dates (for workers: the CoS start date, the vignette's "valid from", the grant, the day they
   * were told of the grant); the caller picks that latest date}
   *
   * @param latestPermittedStart the latest of the permitted start dates
   */
  public LocalDate lastDayToStart(LocalDate latestPermittedStart) {
    return latestPermittedStart.plusDays(parameters.startDelayDays().on(latestPermittedStart));
  }

  /**
   * Is a start on {@code startedOn} (or, while the person has not started, today's date) more than 28 days late?
   * A late start is a {@link Severity#WARNING}: the sponsor must report it or stop sponsoring.
   *
   * @param latestPermittedStart the latest of the permitted start dates
   * @param startedOn the day of the start, or today
   * @return allowed, or a warning when the start is late
   */
  public Decision decideStart(LocalDate latestPermittedStart, LocalDate startedOn) {
    LocalDate last = lastDayToStart(latestPermittedStart);
    Citation citation = parameters.startDelayDays().versionOn(latestPermittedStart).citation();
    boolean late = startedOn.isAfter(last);
    return Decision.of((late
        ? ValidityReasonCode.START_DELAYED_OVER_28_DAYS.reason(Map.of("startedOn", startedOn,
            "days", parameters.startDelayDays().on(latestPermittedStart), "from", latestPermittedStart,
            "lastDay", last))
        : ValidityReasonCode.STARTED_WITHIN_28_DAYS.reason(Map.of("startedOn", startedOn, "from", latestPermittedStart,
            "lastDay", last))).withCitation(citation));
  }
}
