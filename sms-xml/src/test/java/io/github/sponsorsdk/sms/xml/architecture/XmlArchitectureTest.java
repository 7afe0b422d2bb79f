package io.github.sponsorsdk.sms.xml.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** sms-xml's own layering: records and rules know no XML, no clock outside the command line, no printing. */
class XmlArchitectureTest {
  static final JavaClasses XML = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.github.sponsorsdk.sms.xml");

  @Test
  void recordsAreFreeOfXmlAndIo() {
    noClasses().that().resideInAPackage("..xml.records..")
        .should().dependOnClassesThat().resideInAnyPackage("javax.xml..", "org.xml..", "java.io..",
            "..xml.io..", "..xml.internal..", "..xml.validate..")
        .check(XML);
  }

  @Test
  void onlyTheCommandLineReadsTheClockOrPrints() {
    noClasses().that().resideOutsideOfPackage("..xml.cli..")
        .should().callMethod(LocalDate.class, "now")
        .orShould().callMethod(LocalDate.class, "now", Clock.class)
        .orShould().callMethod(LocalDateTime.class, "now")
        .orShould().callMethod(Instant.class, "now")
        .orShould().callMethod(Clock.class, "systemDefaultZone")
        .orShould().callMethod(Clock.class, "systemUTC")
        .orShould().accessField(System.class, "out")
        .orShould().accessField(System.class, "err")
        .check(XML);
  }

  @Test
  void internalStaysBehindThePublicApi() {
    noClasses().that().resideInAnyPackage("..xml.records..", "..xml.schema..")
        .should().dependOnClassesThat().resideInAPackage("..xml.internal..")
        .check(XML);
  }

  @Test
  void xmlDoesNotReachTheTestkit() {
    noClasses().should().dependOnClassesThat().resideInAPackage("io.github.sponsorsdk.sms.testkit..").check(XML);
  }

  /**
   * The command line is a program, not API (docs/decisions/0006-bom-and-publishing.md, "Jars"): its package is in
   * the module but not exported, and opened to picocli alone (which reflects on its option fields).
   */
  @Test
  void theCommandLinePackageIsNotExported() throws Exception {
    ModuleDescriptor module;
    try (InputStream in = Files.newInputStream(Path.of("target", "classes", "module-info.class"))) {
      module = ModuleDescriptor.read(in);
    }
    String cli = "io.github.sponsorsdk.sms.xml.cli";
    assertThat(module.packages()).contains(cli);
    assertThat(module.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("io.github.sponsorsdk.sms.xml.certificate", "io.github.sponsorsdk.sms.xml.schema",
            "io.github.sponsorsdk.sms.xml.records",
            "io.github.sponsorsdk.sms.xml.io", "io.github.sponsorsdk.sms.xml.validate");
    assertThat(module.opens()).filteredOn(o -> o.source().equals(cli)).singleElement()
        .satisfies(o -> assertThat(o.targets()).isEqualTo(Set.of("info.picocli")));
  }
}
