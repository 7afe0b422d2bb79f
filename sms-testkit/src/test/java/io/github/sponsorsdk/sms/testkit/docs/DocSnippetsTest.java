package io.github.sponsorsdk.sms.testkit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.testkit.docs.MarkdownBlocks.Block;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every Java block of {@code README.md} and of the Markdown files under {@code docs/} is compiled and run, and every
 * value its comments claim is asserted. The block is the test: nothing is copied into a test source, so the
 * documentation cannot drift from the code. How a block is read (kinds, given names, the claim syntax) is in
 * {@link SnippetSource} and {@link SnippetContext}, and for contributors in the README's "Development" section.
 *
 * <p>The generated sources are kept under {@code target/doc-snippets/src} for reading when a block fails; compile
 * errors and failed claims name the Markdown file and line.
 */
class DocSnippetsTest {

  static final Path ROOT = Path.of("..");
  static final Path WORK = Path.of("target", "doc-snippets");

  /** The documents whose Java blocks are checked: the README and every Markdown file under docs/. */
  static List<Path> documents() {
    List<Path> docs = new ArrayList<>();
    docs.add(ROOT.resolve("README.md"));
    try (Stream<Path> files = Files.walk(ROOT.resolve("docs"))) {
      files.filter(f -> f.toString().endsWith(".md")).sorted().forEach(docs::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return docs;
  }

  /** The Java blocks of every document. */
  static List<Block> javaBlocks() {
    List<Block> blocks = new ArrayList<>();
    for (Path doc : documents()) {
      String name = ROOT.relativize(doc).toString().replace(File.separatorChar, '/');
      MarkdownBlocks.read(doc, name).stream().filter(b -> b.language().equals("java")).forEach(blocks::add);
    }
    return blocks;
  }

  @Test
  void theReadmeHasJavaBlocksToCheck() {
    // Guards the guard: a change to the block reader that found nothing would make every other check pass.
    assertThat(javaBlocks()).filteredOn(b -> b.file().equals("README.md")).hasSizeGreaterThanOrEqualTo(10);
  }

  /**
   * The README's modules table says which of the SDK's modules each module depends on: the same as its POM (the
   * issue found "sms-xml depends on sms-core" while it needed sms-rules too).
   */
  @Test
  void theModulesTableNamesWhatEachPomDependsOn() throws Exception {
    Map<String, Set<String>> table = new TreeMap<>();
    Pattern row = Pattern.compile("^\\| `(sms-[a-z]+)` \\|[^|]*\\| (.*) \\|$");
    for (String line : Files.readAllLines(ROOT.resolve("README.md"), StandardCharsets.UTF_8)) {
      Matcher m = row.matcher(line);
      if (m.matches()) {
        Set<String> named = new TreeSet<>();
        Matcher module = Pattern.compile("`(sms-[a-z]+)`").matcher(m.group(2));
        while (module.find()) {
          named.add(module.group(1));
        }
        table.put(m.group(1), named);
      }
    }
    Map<String, Set<String>> poms = new TreeMap<>();
    for (String module : List.of("sms-core", "sms-rules", "sms-xml", "sms-testkit")) {
      Set<String> used = new TreeSet<>();
      Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder()
          .parse(ROOT.resolve(module).resolve("pom.xml").toFile());
      NodeList dependencies = pom.getElementsByTagName("dependency");
      for (int i = 0; i < dependencies.getLength(); i++) {
        Element d = (Element) dependencies.item(i);
        String group = d.getElementsByTagName("groupId").item(0).getTextContent().strip();
        String artifact = d.getElementsByTagName("artifactId").item(0).getTextContent().strip();
        if (group.equals("io.github.sponsorsdk") && artifact.startsWith("sms-")) {
          used.add(artifact);
        }
      }
      poms.put(module, used);
    }
    assertThat(table).as("README.md, table of modules (\"Depends on\")").isEqualTo(poms);
  }

  @TestFactory
  Stream<DynamicTest> everyJavaBlockCompilesRunsAndTellsTheTruth() throws IOException {
    List<SnippetSource> snippets = javaBlocks().stream().map(SnippetSource::new).toList();
    SnippetRunner runner = new SnippetRunner(WORK, snippets);
    return snippets.stream().map(s -> DynamicTest.dynamicTest(
        s.block + " " + s.block.heading() + " (" + s.kind.name().toLowerCase(Locale.ROOT) + ")",
        () -> runner.check(s)));
  }
}
