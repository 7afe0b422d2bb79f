package io.github.sponsorsdk.sms.rules.certificate;

import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.decision.Reason;
import io.github.sponsorsdk.sms.core.decision.Severity;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.route.CertificateKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Is a saved certificate complete enough to assign? The SMS greys out the Assign button without saying why; SMS
 * Manual 1's Troubleshooting table names the fields. This check reports every missing field at once:
 * <ul>
 *   <li>refusals: gender; main work/study address; for a CoS, the gross salary (written {@code 1234} or
 *       {@code 1234.99}, no symbols) and its "For each" period;
 *   <li>a warning when the maintenance tick is not given: not mandatory, but its absence "can lead to migrant
 *       applications ... being refused".
 * </ul>
 * A CAS has no salary (the {@link Certificate} value refuses one), so the salary fields are asked of a CoS only.
 * Whether the licence, the user and the allocation allow the assignment is for the permission, lifecycle and
 * allocation engines.
 *
 * <pre>{@code
 * Decision d = AssignmentReadiness.defaults().decide(certificate, Optional.of("41,700"));   // the salary as typed
 * d.codes();  // [GROSS_SALARY_FORMAT, MAINTENANCE_NOT_CERTIFIED] say
 * }</pre>
 *
 * <p><b>Shape</b> (docs/decisions/0005-api-charter.md): no parameters (the table is the sources' own);
 * {@link #defaults()} returns one shared, immutable, thread-safe instance.
 * <b>Verbs:</b> {@code decide} and {@code decideSalaryText} (each a {@code Decision}).
 */
public final class AssignmentReadiness {
  private static final AssignmentReadiness DEFAULTS = new AssignmentReadiness();

  private AssignmentReadiness() {}

  /** {@return the check of the manual's Troubleshooting table; it has no parameters} */
  public static AssignmentReadiness defaults() {
    return DEFAULTS;
  }

  /**
   * Checks the fields of {@code certificate}.
   *
   * @param certificate the certificate to assign
   * @return allowed, or refused with every missing or bad field; warnings (maintenance not certified) do not refuse
   */
  public Decision decide(Certificate certificate) {
    return decide(certificate, Optional.empty());
  }

  /**
   * Checks the fields of {@code certificate} and, when given, the gross salary exactly as it was typed (the
   * {@link Certificate} holds it already parsed, so a typed {@code £41,700} can only be caught here).
   *
   * @param certificate the certificate to assign
   * @param grossSalaryAsEntered the salary as typed, if known
   * @return as {@link #decide(Certificate)}, with the salary format checked
   */
  public Decision decide(Certificate certificate, Optional<String> grossSalaryAsEntered) {
    List<Reason> reasons = new ArrayList<>();
    if (certificate.migrant().gender().isEmpty()) {
      reasons.add(ReadinessReasonCode.GENDER_MISSING.reason());
    }
    if (certificate.mainAddress().isEmpty()) {
      reasons.add(ReadinessReasonCode.MAIN_ADDRESS_MISSING.reason(Map.of("address",
          certificate.kind() == CertificateKind.CAS ? "study" : "work")));
    }
    if (certificate.kind() == CertificateKind.COS) {
      if (grossSalaryAsEntered.isPresent()) {
        reasons.addAll(decideSalaryText(grossSalaryAsEntered.get()).reasons());
      } else if (certificate.grossSalary().isEmpty()) {
        reasons.add(ReadinessReasonCode.GROSS_SALARY_MISSING.reason());
      }
      if (certificate.salaryPeriod().isEmpty()) {
        reasons.add(ReadinessReasonCode.SALARY_PERIOD_MISSING.reason());
      }
    }
    if (!certificate.maintenanceCertified().orElse(false)) {
      reasons.add(ReadinessReasonCode.MAINTENANCE_NOT_CERTIFIED.reason());
    }
    if (reasons.stream().noneMatch(r -> r.severity() == Severity.REFUSAL)) {
      reasons.add(0, ReadinessReasonCode.READY_TO_ASSIGN.reason());
    }
    return Decision.of(reasons);
  }

  /**
   * Checks a gross salary as typed: {@code 1234} or {@code 1234.99}, no symbols, commas, spaces or sign.
   *
   * @param typed the salary as typed
   * @return allowed, or refused with {@code readiness.GROSS_SALARY_FORMAT}
   */
  public Decision decideSalaryText(String typed) {
    if (typed == null || typed.isEmpty()) {
      return Decision.of(ReadinessReasonCode.GROSS_SALARY_MISSING.reason());
    }
    if (!Money.isSmsAmount(typed)) {
      return Decision.of(ReadinessReasonCode.GROSS_SALARY_FORMAT.reason(Map.of("entered", typed)));
    }
    return Decision.allowed();
  }
}
