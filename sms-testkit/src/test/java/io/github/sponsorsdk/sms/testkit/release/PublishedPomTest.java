package io.github.sponsorsdk.sms.testkit.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The POMs the project publishes hold what Maven Central requires and what consumers rely on
 * (docs/decisions/0006-bom-and-publishing.md).
 *
 * <p>The parent POM doubles as the BOM: its {@code <dependencyManagement>} is exactly what a consumer who imports it
 * gets managed. A change to that list changes the published contract: update {@link #BOM} here, the README's "Using
 * the SDK" section and the CHANGELOG together. Test-only and build-only libraries never belong in it; their
 * versions sit on the {@code <dependency>} that uses them.
 */
class PublishedPomTest {

  /** The BOM's contents: the SDK's modules and the run-time libraries they are tested with. */
  static final List<String> BOM = List.of(
      "io.github.sponsorsdk:sms-core",
      "io.github.sponsorsdk:sms-rules",
      "io.github.sponsorsdk:sms-xml",
      "io.github.sponsorsdk:sms-testkit",
      "com.fasterxml.jackson:jackson-bom:pom:import",
      "tools.jackson.core:jackson-databind",
      "jakarta.validation:jakarta.validation-api",
      "org.hibernate.validator:hibernate-validator",
      "org.apache.commons:commons-csv",
      "info.picocli:picocli",
      "org.threeten:threeten-extra",
      "org.slf4j:slf4j-api",
      "org.immutables:value-annotations");

  /** Libraries that only the project's own build uses: a consumer's build must never see their versions managed. */
  static final List<String> TEST_OR_BUILD_ONLY = List.of(
      "org.junit", "org.assertj", "org.instancio", "com.tngtech.archunit", "org.openjdk.jmh", "org.passay",
      "org.slf4j:slf4j-simple", "ch.qos.logback", "org.apache.logging.log4j", "net.jqwik");

  static final Path ROOT = Path.of("..");

  @Test
  void theBomManagesExactlyTheModulesAndTheirRunTimeLibraries() throws Exception {
    assertThat(managed(read(ROOT.resolve("pom.xml"))))
        .as("parent <dependencyManagement>, the BOM consumers import; see this class's Javadoc")
        .containsExactlyInAnyOrderElementsOf(BOM);
  }

  @Test
  void theBomNeverManagesATestOrBuildLibrary() throws Exception {
    for (String entry : managed(read(ROOT.resolve("pom.xml")))) {
      for (String banned : TEST_OR_BUILD_ONLY) {
        assertThat(entry).as("managed by the BOM").doesNotStartWith(banned);
      }
    }
  }

  @Test
  void theParentCarriesCentralsMetadataForEveryModule() throws Exception {
    Element project = read(ROOT.resolve("pom.xml")).getDocumentElement();
    assertThat(text(project, "name")).hasValue("sponsor-sdk");
    assertThat(text(project, "description")).isPresent();
    assertThat(text(project, "url")).hasValue("${sponsorsdk.url}");
    assertThat(text(child(project, "properties").orElseThrow(), "sponsorsdk.url"))
        .hasValue("https://github.com/sponsorsdk/sponsor-sdk");
    Element license = child(child(project, "licenses").orElseThrow(), "license").orElseThrow();
    assertThat(text(license, "name")).hasValue("Apache-2.0");
    assertThat(text(license, "url")).hasValue("https://www.apache.org/licenses/LICENSE-2.0.txt");
    Element scm = child(project, "scm").orElseThrow();
    assertThat(text(scm, "connection")).isPresent();
    assertThat(text(scm, "developerConnection")).isPresent();
    assertThat(text(scm, "url")).isPresent();
    // Modules inherit url and scm as they are, without Maven appending their artifactId.
    assertThat(project.getAttribute("child.project.url.inherit.append.path")).isEqualTo("false");
    assertThat(scm.getAttribute("child.scm.url.inherit.append.path")).isEqualTo("false");
    assertThat(text(child(child(project, "developers").orElseThrow(), "developer").orElseThrow(), "name"))
        .isPresent();
    assertThat(text(child(project, "issueManagement").orElseThrow(), "url")).hasValue("${sponsorsdk.url}/issues");
    assertThat(text(child(project, "properties").orElseThrow(), "project.build.outputTimestamp")).isPresent();
    assertThat(Files.readString(ROOT.resolve("LICENSE"))).contains("Apache License", "Version 2.0, January 2004");
  }

  @ParameterizedTest
  @ValueSource(strings = {"sms-core", "sms-rules", "sms-xml", "sms-testkit"})
  void everyModuleNamesAndDescribesItself(String module) throws Exception {
    // Maven does not inherit <name>, and an inherited <description> would describe the whole SDK.
    Element project = read(ROOT.resolve(module).resolve("pom.xml")).getDocumentElement();
    assertThat(text(project, "name")).hasValue(module);
    assertThat(text(project, "description")).isPresent();
    assertThat(text(child(project, "parent").orElseThrow(), "artifactId")).hasValue("sponsor-sdk");
  }

  private static List<String> managed(Document pom) {
    Element deps = child(child(pom.getDocumentElement(), "dependencyManagement").orElseThrow(), "dependencies")
        .orElseThrow();
    List<String> entries = new ArrayList<>();
    for (Node n = deps.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element d && d.getTagName().equals("dependency")) {
        String key = text(d, "groupId").orElseThrow() + ":" + text(d, "artifactId").orElseThrow();
        Optional<String> scope = text(d, "scope");
        entries.add(scope.isPresent() ? key + ":" + text(d, "type").orElse("jar") + ":" + scope.get() : key);
      }
    }
    return entries;
  }

  private static Document read(Path pom) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(pom.toFile());
  }

  private static Optional<Element> child(Element parent, String tag) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(tag)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  private static Optional<String> text(Element parent, String tag) {
    return child(parent, tag).map(e -> e.getTextContent().strip()).filter(s -> !s.isEmpty());
  }
}
