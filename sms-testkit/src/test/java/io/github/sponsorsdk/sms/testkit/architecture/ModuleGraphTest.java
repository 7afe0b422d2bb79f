package io.github.sponsorsdk.sms.testkit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.github.sponsorsdk.sms.core.decision.ReasonCode;
import io.github.sponsorsdk.sms.testkit.SessionReason;
import org.junit.jupiter.api.Test;

/**
 * The module graph of {@code docs/../shared/DESIGN.md}, checked on the compiled classes of all four modules (only
 * sms-testkit's test class path holds them all): core uses nothing of ours; rules uses core; xml uses core and rules;
 * the testkit may use everything. Maven's dependency graph already forbids the reverse arrows; this test also catches
 * a cycle introduced through reflection-free code in one module, and documents the graph where it is enforced.
 *
 * <p>The testkit never re-implements a rule: it owns no holiday data and declares no reason codes of its own beyond
 * {@link SessionReason} (plumbing: no session, unknown user, the SMS's "No CAS were found" wording).
 */
class ModuleGraphTest {

  static final JavaClasses ALL = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      // sms-xml's test-jar (the benchmark file's generator) is on the test class path: not product code.
      .withImportOption(location -> !location.contains("-tests.jar"))
      .importPackages("io.github.sponsorsdk.sms");

  static ArchRule graph() {
    return layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("core").definedBy("io.github.sponsorsdk.sms.core..")
        .layer("rules").definedBy("io.github.sponsorsdk.sms.rules..")
        .layer("xml").definedBy("io.github.sponsorsdk.sms.xml..")
        .layer("testkit").definedBy("io.github.sponsorsdk.sms.testkit..")
        .whereLayer("testkit").mayNotBeAccessedByAnyLayer()
        .whereLayer("xml").mayOnlyBeAccessedByLayers("testkit")
        .whereLayer("rules").mayOnlyBeAccessedByLayers("xml", "testkit")
        .whereLayer("core").mayOnlyBeAccessedByLayers("rules", "xml", "testkit");
  }

  @Test
  void modulesDependOnlyDownTheGraph() {
    graph().check(ALL);
  }

  @Test
  void theTestkitOwnsNoHolidayDataOrCalendarArithmetic() {
    noClasses().that().resideInAPackage("io.github.sponsorsdk.sms.testkit..")
        .should().dependOnClassesThat().resideInAPackage("de.focus_shift..")
        .because("working days come from sms-rules' calendars, never from holiday data read by the fake")
        .check(ALL);
  }

  @Test
  void theTestkitDeclaresNoRuleReasonCodesBeyondItsPlumbing() {
    classes().that().resideInAPackage("io.github.sponsorsdk.sms.testkit..")
        .and().implement(ReasonCode.class)
        .should().haveFullyQualifiedName(SessionReason.class.getName())
        .because("every policy reason comes from an sms-rules engine; SessionReason covers plumbing only")
        .allowEmptyShould(true)
        .check(ALL);
  }

  @Test
  void theGraphRuleCanFail() {
    JavaClasses offender = new ClassFileImporter().importPackages("io.github.sponsorsdk.sms.core.value",
        "io.github.sponsorsdk.sms.testkit.architecture");
    assertThatThrownBy(() -> noClasses().that().resideInAPackage("io.github.sponsorsdk.sms.testkit..")
        .should().dependOnClassesThat().resideInAPackage("io.github.sponsorsdk.sms.core..").check(offender))
        .isInstanceOf(AssertionError.class);
  }
}
