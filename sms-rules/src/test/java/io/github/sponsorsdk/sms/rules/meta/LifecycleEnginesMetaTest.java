package io.github.sponsorsdk.sms.rules.meta;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.decision.ReasonCode;
import io.github.sponsorsdk.sms.rules.effective.DateEffective;
import io.github.sponsorsdk.sms.rules.effective.DatedValue;
import io.github.sponsorsdk.sms.rules.effective.ParameterSet;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Holds the lifecycle engines (certificate, allocation, salary, period, Sponsor UK submission and migration) to the project's rules: every reason code
 * and every parameter is cited, every date-effective parameter has exactly one version on every day of its range,
 * and nothing reads the wall clock.
 */
class LifecycleEnginesMetaTest {

  static final String[] PACKAGES = {
      "io.github.sponsorsdk.sms.rules.certificate", "io.github.sponsorsdk.sms.rules.allocation",
      "io.github.sponsorsdk.sms.rules.salary", "io.github.sponsorsdk.sms.rules.period",
      "io.github.sponsorsdk.sms.rules.submission", "io.github.sponsorsdk.sms.rules.migration"};

  static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(PACKAGES);

  /** The sweep runs to here when a parameter has no end. */
  static final LocalDate SWEEP_END = LocalDate.of(2031, 1, 1);

  static List<Class<?>> reasonCodeEnums() {
    return CLASSES.stream().filter(c -> c.isEnum() && c.isAssignableTo(ReasonCode.class))
        .map(JavaClass::reflect).collect(Collectors.toList());
  }

  static List<ParameterSet> parameterSets() throws Exception {
    List<ParameterSet> sets = new ArrayList<>();
    for (JavaClass c : CLASSES) {
      // the hand-written set declares defaults(); generated subclasses (Immutable*, their Json) only inherit it
      boolean declaresDefaults = c.getMethods().stream()
          .anyMatch(m -> m.getName().equals("defaults") && m.getRawParameterTypes().isEmpty());
      if (c.isAssignableTo(ParameterSet.class) && declaresDefaults) {
        Method defaults = c.reflect().getDeclaredMethod("defaults");
        assertThat(Modifier.isStatic(defaults.getModifiers())).as("%s.defaults() is static", c.getName()).isTrue();
        sets.add((ParameterSet) defaults.invoke(null));
      }
    }
    return sets;
  }

  static void assertCited(Citation c, String what) {
    assertThat(c).as("citation of %s", what).isNotNull();
    assertThat(c.source()).as("document of %s", what).isNotNull();
    assertThat(c.section()).as("section of %s", what).isNotBlank();
  }

  @Test
  void findsTheEngines() throws Exception {
    // guards against a sweep that silently finds nothing
    assertThat(reasonCodeEnums()).extracting(Class::getSimpleName)
        .contains("SalaryReasonCode", "ValidityReasonCode", "LifecycleReasonCode", "ReadinessReasonCode",
            "AllocationReasonCode", "DefinedCosReasonCode");
    assertThat(parameterSets()).extracting(p -> p.getClass().getSimpleName())
        .contains("ImmutableSalaryParameters", "ImmutableValidityParameters", "ImmutableAllocationParameters");
  }

  @Test
  void everyReasonCodeCarriesACitation() throws Exception {
    for (Class<?> e : reasonCodeEnums()) {
      Method citation = e.getMethod("citation");
      for (Object constant : e.getEnumConstants()) {
        assertCited((Citation) citation.invoke(constant), e.getSimpleName() + "." + constant);
      }
    }
  }

  /** The catalogue rows that are not reason codes: the certificate actions and the salary options. */
  @Test
  void everyCatalogueRowCarriesACitation() {
    for (io.github.sponsorsdk.sms.rules.certificate.CertificateAction a
        : io.github.sponsorsdk.sms.rules.certificate.CertificateAction.values()) {
      assertCited(a.citation(), "CertificateAction." + a);
      for (io.github.sponsorsdk.sms.core.route.CertificateKind k : a.kinds()) {
        assertThat(a.party().isPresent() || a.sponsorFunction(k).isPresent()).as("actors of %s", a).isTrue();
      }
    }
    for (io.github.sponsorsdk.sms.rules.salary.SalaryOption o
        : io.github.sponsorsdk.sms.rules.salary.SalaryOption.values()) {
      assertCited(o.citation(), "SalaryOption." + o);
    }
  }

  @Test
  void everyParameterVersionCarriesACitation() throws Exception {
    for (ParameterSet set : parameterSets()) {
      assertThat(set.parameters()).isNotEmpty();
      for (DateEffective<?> p : set.parameters()) {
        assertThat(p.name()).isNotBlank();
        for (DatedValue<?> v : p.versions()) {
          assertCited(v.citation(), p.name() + " from " + v.effectiveFrom());
        }
      }
    }
  }

  @Test
  void parameterNamesAreUnique() throws Exception {
    List<String> names = new ArrayList<>();
    for (ParameterSet set : parameterSets()) {
      set.parameters().forEach(p -> names.add(p.name()));
    }
    assertThat(names).doesNotHaveDuplicates();
  }

  /** Catala-style temporal coverage: every day from the first version to the end has exactly one version. */
  @Test
  void everyDayOfEveryParameterHasExactlyOneVersion() throws Exception {
    for (ParameterSet set : parameterSets()) {
      for (DateEffective<?> p : set.parameters()) {
        LocalDate end = p.endExclusive().orElse(SWEEP_END);
        assertThat(p.covers(p.effectiveFrom().minusDays(1))).as("%s before its start", p.name()).isFalse();
        List<? extends DatedValue<?>> versions = p.versions();
        for (LocalDate d = p.effectiveFrom(); d.isBefore(end); d = d.plusDays(1)) {
          int applicable = 0;
          DatedValue<?> found = null;
          for (int i = 0; i < versions.size(); i++) {
            LocalDate from = versions.get(i).effectiveFrom();
            LocalDate to = i + 1 < versions.size() ? versions.get(i + 1).effectiveFrom() : end;
            if (!d.isBefore(from) && d.isBefore(to)) {
              applicable++;
              found = versions.get(i);
            }
          }
          assertThat(applicable).as("versions of %s on %s", p.name(), d).isEqualTo(1);
          assertThat(p.versionOn(d)).as("%s on %s", p.name(), d).isEqualTo(found);
        }
      }
    }
  }

  @Test
  void noWallClock() {
    noClasses().should().callMethod(System.class, "currentTimeMillis")
        .orShould().callMethod(Instant.class, "now")
        .orShould().callMethod(LocalDate.class, "now")
        .orShould().callMethod(LocalDateTime.class, "now")
        .orShould().callMethod(Clock.class, "systemUTC")
        .orShould().callMethod(Clock.class, "systemDefaultZone")
        .because("the engines are pure: the date is a parameter")
        .check(CLASSES);
  }
}
