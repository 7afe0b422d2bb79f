package io.github.sponsorsdk.sms.rules.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.citation.EffectiveDateBasis;
import io.github.sponsorsdk.sms.rules.effective.DateEffective;
import io.github.sponsorsdk.sms.rules.effective.DatedValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/duties-catalogue.md} is generated from the default catalogue and parameters: every row with its
 * deadline, clock start, exclusions, remarks, in-force date, confidence and source, and every dated switch (the audit
 * of effective dates). This test regenerates it and fails when the committed file is stale.
 */
class DutiesCatalogueDocumentTest {

  static final Path FILE = Paths.get("..", "docs", "duties-catalogue.md");
  static final String HOW = "Regenerate with: mvn -B -ntp -o -q verify -pl sms-rules -am "
      + "-Dsms.dutiesCatalogue.write=true, then commit docs/duties-catalogue.md";

  @Test
  void theCommittedCatalogueIsCurrent() throws IOException {
    String generated = markdown(ReportingParameters.defaults());
    if (Boolean.getBoolean("sms.dutiesCatalogue.write")) {
      Files.writeString(FILE, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.exists(FILE)).as("%s is missing. %s", FILE.toAbsolutePath(), HOW).isTrue();
    assertThat(Files.readString(FILE, StandardCharsets.UTF_8)).as("docs/duties-catalogue.md is stale. %s", HOW)
        .isEqualTo(generated);
  }

  static String markdown(ReportingParameters p) {
    StringBuilder out = new StringBuilder();
    out.append("# Reporting duties catalogue\n\n")
        .append("Generated from `DutyCatalogue.standard()` and `ReportingParameters.defaults()` by ")
        .append("`DutiesCatalogueDocumentTest`; do not edit by hand. The engine reads these rows and nothing else ")
        .append("(decision 0460). Confidence: PRIMARY = read in the primary text; SECONDARY = the guidance as quoted ")
        .append("by several secondary sources; UNCERTAIN = one old or indirect source, or sources that disagree.\n\n")
        .append("## Rows\n\n")
        .append("| Row | Duty | Party, channel | Deadline | Clock start | Not reportable | Remarks | In force from ")
        .append("| Confidence | Source |\n|---|---|---|---|---|---|---|---|---|---|\n");
    for (DutyRule r : p.catalogue().rows()) {
      out.append("| ").append(r.id()).append(" | ").append(r.title()).append(" | ").append(r.party()).append(", ")
          .append(r.channel()).append(" | ").append(r.deadline())
          .append(r.deadlineParameter().map(n -> " (parameter `" + n + "`)").orElse("")).append(" | ")
          .append(r.clockStart()).append(" | ")
          .append(r.exclusions().stream().map(x -> "`" + x.name() + "`").collect(Collectors.joining(", ")))
          .append(" | ").append(r.remarks().stream().map(x -> "`" + x.name() + "`").collect(Collectors.joining(", ")))
          .append(" | ").append(r.inForceFrom().map(Object::toString).orElse("coverage start")).append(" | ")
          .append(r.confidence()).append(" | ").append(r.citation().source().title()).append(", ")
          .append(r.citation().section()).append(" (").append(r.citation().effectiveFromBasis()
              == EffectiveDateBasis.RULE_TOOK_EFFECT ? "from " : "edition of ").append(r.citation().effectiveFrom())
          .append(")")
          .append(r.citation().note().map(n -> ". " + n).orElse("")).append(" |\n");
    }
    out.append("\n## Dated parameters (effective dates)\n\n")
        .append("Each parameter is looked up on the event day; an event on the day a version takes effect gets that ")
        .append("version. Coverage starts on ").append(ReportingParameters.COVERAGE_FROM).append(".\n\n")
        .append("| Parameter | From | Value | Source |\n|---|---|---|---|\n");
    for (DateEffective<?> d : p.parameters()) {
      for (DatedValue<?> v : d.versions()) {
        out.append("| `").append(d.name()).append("` | ").append(v.effectiveFrom()).append(" | ")
            .append(v.value()).append(" | ").append(v.citation().source().title()).append(", ")
            .append(v.citation().section()).append(v.citation().note().map(n -> ". " + n).orElse(""))
            .append(" |\n");
      }
    }
    return out.toString().replace("\r", "");
  }
}
