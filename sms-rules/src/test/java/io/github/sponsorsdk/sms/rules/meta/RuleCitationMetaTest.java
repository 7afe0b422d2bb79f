package io.github.sponsorsdk.sms.rules.meta;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.decision.ReasonCode;
import io.github.sponsorsdk.sms.core.decision.Severity;
import io.github.sponsorsdk.sms.rules.effective.DateEffective;
import io.github.sponsorsdk.sms.rules.effective.DatedValue;
import io.github.sponsorsdk.sms.rules.effective.ParameterSet;
import io.github.sponsorsdk.sms.rules.licence.LicenceParameters;
import io.github.sponsorsdk.sms.rules.licence.LicenceReasonCode;
import io.github.sponsorsdk.sms.rules.message.MessageParameters;
import io.github.sponsorsdk.sms.rules.message.MessageReasonCode;
import io.github.sponsorsdk.sms.rules.permission.Menu;
import io.github.sponsorsdk.sms.rules.permission.PermissionParameters;
import io.github.sponsorsdk.sms.rules.permission.PermissionReasonCode;
import io.github.sponsorsdk.sms.rules.permission.Requirement;
import io.github.sponsorsdk.sms.rules.permission.SmsAction;
import io.github.sponsorsdk.sms.rules.user.UserParameters;
import io.github.sponsorsdk.sms.rules.user.UserReasonCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every rule and every parameter of the permission, licence, user and message engines carries a citation, and every
 * date-effective parameter has exactly one version in force on every day of its range (swept day by day, as
 * Catala's temporal-coverage tests do).
 */
class RuleCitationMetaTest {

  /** Every reason-code enum of these engines. */
  static final List<Class<? extends Enum<?>>> CODE_ENUMS = List.of(PermissionReasonCode.class,
      LicenceReasonCode.class, UserReasonCode.class, MessageReasonCode.class);

  /** Every parameter set: the defaults and the documented alternatives. */
  static final Map<String, ParameterSet> PARAMETER_SETS = Map.of(
      "LicenceParameters.defaults", LicenceParameters.defaults(),
      "PermissionParameters.defaults", PermissionParameters.defaults(),
      "UserParameters.defaults", UserParameters.defaults(),
      "UserParameters.withExtendedExceptionsFrom20241231", UserParameters.withExtendedExceptionsFrom20241231(),
      "MessageParameters.defaults", MessageParameters.defaults());

  /** The sweep runs to this day (exclusive) for parameters that hold indefinitely. */
  static final LocalDate SWEEP_END = LocalDate.of(2040, 1, 1);

  static void assertCited(Citation c, String what) {
    assertThat(c.source()).as("document of %s", what).isNotNull();
    assertThat(c.section()).as("section of %s", what).isNotBlank();
  }

  @Test
  void everyReasonCodeCarriesACitationAMessageAndASeverity() {
    Set<String> names = new HashSet<>();
    int count = 0;
    for (Class<? extends Enum<?>> type : CODE_ENUMS) {
      for (Enum<?> e : type.getEnumConstants()) {
        ReasonCode code = (ReasonCode) e;
        assertCited(code.citation(), type.getSimpleName() + "." + e.name());
        assertThat(code.messageTemplate()).as(e.name()).isNotBlank();
        assertThat(code.severity()).as(e.name()).isNotNull();
        assertThat(names.add(e.name())).as("code names are unique across engines: %s", e.name()).isTrue();
        count++;
      }
    }
    assertThat(count).isGreaterThan(40);
  }

  @Test
  void everyReasonCodeIsUsedByAnEngine() {
    // Read from the compiled engines: each constant must be read by some class other than its own enum, so the
    // catalogue of codes holds no rule that nothing applies.
    com.tngtech.archunit.core.domain.JavaClasses engines = new com.tngtech.archunit.core.importer.ClassFileImporter()
        .withImportOption(com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.github.sponsorsdk.sms.rules");
    List<String> unused = new ArrayList<>();
    for (Class<? extends Enum<?>> type : CODE_ENUMS) {
      for (Enum<?> e : type.getEnumConstants()) {
        boolean used = engines.get(type).getField(e.name()).getAccessesToSelf().stream()
            .anyMatch(a -> !a.getOriginOwner().isEquivalentTo(type));
        if (!used) {
          unused.add(type.getSimpleName() + "." + e.name());
        }
      }
    }
    assertThat(unused).as("reason codes no engine uses").isEmpty();
  }

  @Test
  void theCodesCitingADateCiteTheRightOne() {
    assertThat(LicenceReasonCode.RENEWAL_NOT_REQUIRED.citation().effectiveFrom()).isEqualTo(LocalDate.of(2024, 4, 6));
    assertThat(UserReasonCode.NINO_REQUIRED.citation().effectiveFrom()).isEqualTo(LocalDate.of(2023, 6, 19));
    assertThat(LicenceReasonCode.PREMIUM_CLOSED_TO_APPLICATIONS.citation().effectiveFrom())
        .isEqualTo(LocalDate.of(2025, 11, 11));
    assertThat(PermissionReasonCode.B_RATED_ASSIGN_EXISTING_WORKERS_ONLY.severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void everyCatalogueRowMenuAndRequirementIsCited() {
    for (SmsAction a : SmsAction.values()) {
      assertCited(a.citation(), "SmsAction." + a);
      assertThat(a.requirements()).as("%s", a).containsAll(a.menu().requirements());
    }
    for (Menu m : Menu.values()) {
      assertCited(m.citation(), "Menu." + m);
    }
    for (Requirement r : Requirement.values()) {
      assertCited(r.reason().citation(), "Requirement." + r);
      assertThat(r.reason().parameterNames()).as("the permission engine's reasons are built once, without "
          + "parameters: %s", r).isEmpty();
    }
  }

  @Test
  void everyParameterVersionIsCitedAndExactlyOneVersionAppliesOnEveryDay() {
    int days = 0;
    for (Map.Entry<String, ParameterSet> set : PARAMETER_SETS.entrySet()) {
      assertThat(set.getValue().parameters()).as(set.getKey()).isNotEmpty();
      for (DateEffective<?> p : set.getValue().parameters()) {
        String what = set.getKey() + "/" + p.name();
        for (DatedValue<?> v : p.versions()) {
          assertCited(v.citation(), what + " from " + v.effectiveFrom());
        }
        assertThat(p.effectiveFrom()).as(what).isEqualTo(LicenceParameters.COVERAGE_FROM);
        LocalDate end = p.endExclusive().orElse(SWEEP_END);
        List<? extends DatedValue<?>> versions = p.versions();
        for (LocalDate d = p.effectiveFrom(); d.isBefore(end); d = d.plusDays(1)) {
          List<DatedValue<?>> applicable = new ArrayList<>();
          for (int i = 0; i < versions.size(); i++) {
            boolean started = !versions.get(i).effectiveFrom().isAfter(d);
            boolean superseded = i + 1 < versions.size() && !versions.get(i + 1).effectiveFrom().isAfter(d);
            if (started && !superseded) {
              applicable.add(versions.get(i));
            }
          }
          assertThat(applicable).as("%s on %s", what, d).hasSize(1);
          assertThat(p.versionOn(d)).as("%s on %s", what, d).isEqualTo(applicable.get(0));
          days++;
        }
        assertThat(p.find(p.effectiveFrom().minusDays(1))).as(what).isEmpty();
      }
    }
    assertThat(days).isGreaterThan(50_000);
  }
}
