package io.github.sponsorsdk.sms.core.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/sources.md} is generated from the {@link Source} catalogue, with the facts the code relies on kept per
 * source in {@code src/test/resources/io/github/sponsorsdk/sms/core/citation/sources/<id>.md}. This test regenerates
 * it and fails when the committed file
 * differs. To regenerate: {@code mvn -B -ntp -o -q test -pl sms-core -Dtest=SourcesDocumentTest
 * -Dsms.sourcesDoc.write=true} (or set {@code SMS_SOURCES_DOC_WRITE=true}).
 *
 * <p>It also holds every citation of the repository to the document: each {@code docs/sources.md#anchor} written in
 * code or docs must name an anchor the document has, and no file may cite the research notes the project was started
 * from, which are not in the repository.
 */
class SourcesDocumentTest {

  static final Path ROOT = Paths.get("..");
  static final Path FILE = ROOT.resolve("docs").resolve("sources.md");
  static final String FACTS = "/io/github/sponsorsdk/sms/core/citation/sources/";
  static final String HOW = "Regenerate with: mvn -B -ntp -o -q test -pl sms-core -Dtest=SourcesDocumentTest "
      + "-Dsms.sourcesDoc.write=true  (or SMS_SOURCES_DOC_WRITE=true), then commit docs/sources.md";

  @Test
  void theCommittedDocumentIsCurrent() throws IOException {
    String generated = markdown();
    boolean write = Boolean.getBoolean("sms.sourcesDoc.write") || "true".equals(System.getenv("SMS_SOURCES_DOC_WRITE"));
    if (write) {
      Files.writeString(FILE, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.exists(FILE)).as("%s is missing. %s", FILE.toAbsolutePath(), HOW).isTrue();
    assertThat(Files.readString(FILE, StandardCharsets.UTF_8)).as("docs/sources.md is stale. %s", HOW)
        .isEqualTo(generated);
  }

  @Test
  void everySourceHasItsFactsAndEveryFactsFileASource() throws Exception {
    for (Source s : Source.values()) {
      assertThat(facts(s)).as("facts of %s (%s%s.md)", s, FACTS, s.id()).isNotBlank();
    }
    URL dir = SourcesDocumentTest.class.getResource(FACTS);
    try (Stream<Path> files = Files.list(Paths.get(dir.toURI()))) {
      Set<String> ids = files.map(p -> p.getFileName().toString().replaceFirst("\\.md$", ""))
          .collect(Collectors.toCollection(TreeSet::new));
      assertThat(ids).allSatisfy(id -> assertThat(Source.byId(id)).as("%s.md names no source", id).isPresent());
    }
  }

  @Test
  void everyCitationOfTheDocumentInTheRepositoryNamesOneOfItsAnchors() throws IOException {
    Set<String> anchors = anchors(markdown());
    Pattern reference = Pattern.compile("sources\\.md#([a-z0-9-]+)");
    List<String> broken = new ArrayList<>();
    int seen = 0;
    for (Path p : repositoryTextFiles()) {
      if (p.endsWith("SourcesDocumentTest.java")) {
        continue;
      }
      Matcher m = reference.matcher(text(p));
      while (m.find()) {
        seen++;
        if (!anchors.contains(m.group(1))) {
          broken.add(ROOT.relativize(p) + ": #" + m.group(1));
        }
      }
    }
    assertThat(broken).as("citations of anchors docs/sources.md does not have").isEmpty();
    assertThat(seen).as("the code cites the document").isGreaterThan(50);
  }

  @Test
  void noFileCitesTheResearchNotesThatAreNotInTheRepository() throws IOException {
    // Spelled as classes so that this file does not itself hold the strings it forbids.
    Pattern notes = Pattern.compile("DOMAIN-NOTE[S]|shared/referenc[e]|bdt/NOTE[S]");
    List<String> offenders = new ArrayList<>();
    for (Path p : repositoryTextFiles()) {
      String[] lines = text(p).split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (notes.matcher(lines[i]).find()) {
          offenders.add(ROOT.relativize(p) + ":" + (i + 1));
        }
      }
    }
    assertThat(offenders).isEmpty();
  }

  /** The file as text; read byte by byte as Latin-1, which is enough to search ASCII (some fixtures are Latin-1). */
  static String text(Path p) throws IOException {
    return new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
  }

  /** The anchors ({@code <a id="...">}) of {@code md}. */
  static Set<String> anchors(String md) {
    Set<String> out = new TreeSet<>();
    Matcher m = Pattern.compile("<a id=\"([a-z0-9-]+)\"></a>").matcher(md);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  /** The source and documentation files of the repository (sms-* sources and resources, docs, README). */
  static List<Path> repositoryTextFiles() throws IOException {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> all = Files.walk(ROOT, 12)) {
      all.filter(Files::isRegularFile).filter(p -> {
        String rel = ROOT.relativize(p).toString().replace('\\', '/');
        boolean inScope = rel.startsWith("docs/") || rel.equals("README.md") || rel.equals("CHANGELOG.md")
            || rel.matches("sms-[a-z]+/src/.*");
        String name = p.getFileName().toString();
        boolean text = name.endsWith(".java") || name.endsWith(".md") || name.endsWith(".xsd")
            || name.endsWith(".txt") || name.endsWith(".properties") || name.endsWith(".xml");
        return inScope && text && !rel.contains("/target/");
      }).forEach(out::add);
    }
    return out;
  }

  /** The whole document. */
  static String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("# Sources\n\n")
        .append("Generated by `SourcesDocumentTest` (sms-core) from the catalogue `io.github.sponsorsdk.sms.core.citation")
        .append(".Source` and the facts kept per source in\n`sms-core/src/test/resources").append(FACTS)
        .append("<id>.md`. Do not edit by hand: edit those files (or the enum) and run\n")
        .append("`mvn -B -ntp -o -q test -pl sms-core -Dtest=SourcesDocumentTest -Dsms.sourcesDoc.write=true`.\n\n")
        .append("Every rule, parameter and catalogue row of the SDK cites one of these documents through a `Citation`")
        .append(" whose `source()` is a\n`Source` constant; each section below holds the facts and quotations the code")
        .append(" relies on, so a citation can be\nopened inside the repository.\n\n")
        .append("- **Kind.** *Primary*: the Home Office's, UKVI's or Parliament's own text, or official data. ")
        .append("*Secondary*: a third party's text or data.\n  *Project decision*: this project's decision records. ")
        .append("*Caller supplied*: a document the caller cites. The kind is the\n  document's; \"read as\" says how ")
        .append("the project read it (several primary documents were read only through secondary sources).\n")
        .append("- **Effective date.** Every citation has one: the day the rule took effect where the source states ")
        .append("it (`RULE_TOOK_EFFECT`),\n  otherwise the date of the edition read, given below per source ")
        .append("(`EDITION_READ`). A source without an edition is cited\n  with a date every time.\n")
        .append("- **Disagreements.** Where sources disagree (the lockout is 20 minutes in one place of Manual 1 and 30")
        .append(" in another; a new\n  owner has 20 working days or 28 days) the SDK makes the value a parameter, ")
        .append("picks a documented default and cites both.\n")
        .append("- **Your own documents.** Cite them with `Source.CALLER_DOCUMENT` (see its section); a royal ")
        .append("proclamation with\n  `Source.BANKING_ACT_1971_PROCLAMATION`.\n\n");
    md.append("| Source | Constant | Kind | Edition read |\n|---|---|---|---|\n");
    for (Source s : Source.values()) {
      md.append("| [").append(s.title()).append("](#").append(s.id()).append(") | `").append(s.name()).append("` | ")
          .append(kind(s.kind())).append(" | ").append(s.edition().map(Object::toString).orElse("none")).append(" |\n");
    }
    for (Source s : Source.values()) {
      md.append("\n<a id=\"").append(s.id()).append("\"></a>\n\n## ").append(s.title()).append("\n\n")
          .append("| | |\n|---|---|\n")
          .append("| Constant | `Source.").append(s.name()).append("` |\n")
          .append("| Kind | ").append(kind(s.kind())).append(" |\n")
          .append("| Read as | ").append(s.readAs()).append(" |\n")
          .append("| Edition read | ").append(s.edition().map(d -> d + ": ").orElse("")).append(s.editionNote())
          .append(" |\n");
      s.url().ifPresent(u -> md.append("| Address | <").append(u).append("> |\n"));
      md.append('\n').append(facts(s).strip()).append('\n');
    }
    return md.toString();
  }

  private static String kind(SourceKind k) {
    switch (k) {
      case PRIMARY:
        return "primary";
      case SECONDARY:
        return "secondary";
      case PROJECT_DECISION:
        return "project decision";
      default:
        return "caller supplied";
    }
  }

  static String facts(Source s) {
    try (InputStream in = SourcesDocumentTest.class.getResourceAsStream(FACTS + s.id() + ".md")) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
