package io.github.sponsorsdk.sms.xml.validate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.decision.Severity;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * The code lists a CAS upload is checked against, each a dated, versioned {@link CodeList} with its source, and each
 * replaceable: {@link #load(Path)} reads updated lists from a directory (the command line's {@code --code-lists DIR})
 * and keeps the bundled ones for files it does not find there.
 *
 * <table>
 *   <caption>The lists, their files and the default severity of an unknown code</caption>
 *   <tr><th>List (file {@code NAME.txt})</th><th>Fields</th><th>Source bundled</th><th>Unknown code</th></tr>
 *   <tr><td>{@code academic-levels}</td><td>AcademicLevel, PreviousAcademicLevel</td><td>GOV.UK reference data
 *       values v16 (31 July 2023), all 32 codes; tag {@code degree} on RQF/QCF 6 and SCQF 9 and above</td>
 *       <td>WARNING (the schema: "If not supplied when required a warning will be generated")</td></tr>
 *   <tr><td>{@code selt-reasons}</td><td>ReasonSELTNotRequired</td><td>v16, third-party transcription</td>
 *       <td>ERROR ("must be one of the reasons listed in the guidance")</td></tr>
 *   <tr><td>{@code test-providers}</td><td>TestProvider</td><td>v16, third-party transcription</td>
 *       <td>ERROR ("must be one of the ELTP reference data")</td></tr>
 *   <tr><td>{@code english-levels}</td><td>EnglishLanguageLevelAttained</td><td>CEFR A2 to C2</td><td>ERROR</td></tr>
 *   <tr><td>{@code countries}</td><td>CountryOfBirth, every Country</td><td>SMS list, third-party
 *       transcription</td><td>ERROR</td></tr>
 *   <tr><td>{@code nationalities}</td><td>Nationality</td><td>SMS list, third-party transcription, plus
 *       {@code "STATELESS"}</td><td>ERROR</td></tr>
 * </table>
 *
 * <p>Whether an unknown code is an error or a warning is each list's {@link CodeList#unknownCodeSeverity()}: the
 * file's {@code unknown-code} line, or {@link #withUnknownCodeSeverity} for all lists at once. Because several lists
 * are transcriptions, a team that trusts its own data more than the list can make unknown codes warnings.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableCodeLists.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableCodeLists.class)
@JsonDeserialize(as = ImmutableCodeLists.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableCodeLists.class)
public abstract class CodeLists implements WithCodeLists {
  /** The file names (without {@code .txt}) of the lists, in the order of the accessors. */
  public static final List<String> NAMES = List.of("academic-levels", "selt-reasons", "test-providers",
      "english-levels", "countries", "nationalities");

  /** {@return the AcademicLevel and PreviousAcademicLevel codes} */
  public abstract CodeList academicLevels();

  /** {@return the ReasonSELTNotRequired codes: the reasons a SELT is not needed} */
  public abstract CodeList seltReasons();

  /** {@return the TestProvider codes} */
  public abstract CodeList testProviders();

  /** {@return the EnglishLanguageLevelAttained codes} */
  public abstract CodeList englishLevels();

  /** {@return the country codes (CountryOfBirth and address countries)} */
  public abstract CodeList countries();

  /** {@return the Nationality codes, with the schema literal {@code "STATELESS"}} */
  public abstract CodeList nationalities();

  /**
   * {@return the academic levels at RQF/QCF level 6 or SCQF level 9 and above (a UK bachelor's degree or higher)}
   * They set the higher work-placement threshold and allow full-time study without hours: the codes tagged
   * {@code degree}.
   */
  @JsonIgnore
  @Value.Derived
  @Value.Auxiliary
  public Set<String> degreeLevels() {
    return academicLevels().tagged("degree");
  }

  /** {@return every list, by name} */
  @JsonIgnore
  public Map<String, CodeList> byName() {
    Map<String, CodeList> m = new LinkedHashMap<>();
    for (CodeList l : List.of(academicLevels(), seltReasons(), testProviders(), englishLevels(), countries(),
        nationalities())) {
      m.put(l.name(), l);
    }
    return m;
  }

  /**
   * {@return These lists with {@code severity} for an unknown code in every list}
   *
   * @param severity {@code REFUSAL} (an error) or {@code WARNING} (not ready to go)
   */
  public CodeLists withUnknownCodeSeverity(Severity severity) {
    return builder().academicLevels(academicLevels().withUnknownCodeSeverity(severity))
        .seltReasons(seltReasons().withUnknownCodeSeverity(severity))
        .testProviders(testProviders().withUnknownCodeSeverity(severity))
        .englishLevels(englishLevels().withUnknownCodeSeverity(severity))
        .countries(countries().withUnknownCodeSeverity(severity))
        .nationalities(nationalities().withUnknownCodeSeverity(severity)).build();
  }

  private static final CodeLists DEFAULTS = bundled();

  /** {@return the lists bundled with this version of the SDK (sources and dates in each {@link CodeList})} */
  public static CodeLists defaults() {
    return DEFAULTS;
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code CodeLists}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableCodeLists.Builder {
    Builder() {}
  }

  /**
   * The bundled lists, each replaced by {@code DIR/NAME.txt} where the directory has one ({@link #NAMES}).
   *
   * @param dir a directory of list files in the {@link CodeList} format
   * @return the lists
   * @throws InvalidValueException listing every problem at once: a file of an unknown name ({@code *.txt} only;
   *     a misspelt name would otherwise be ignored silently), a file that does not parse, a directory that does not
   *     exist or cannot be read
   */
  public static CodeLists load(Path dir) {
    List<Violation> problems = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      throw new InvalidValueException("CodeLists", List.of(Violation.of("dir", dir.toString(), "Directory",
          "is not a directory")));
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".txt")).collect(Collectors.toList())) {
        String name = f.getFileName().toString().replaceFirst("\\.txt$", "");
        if (!NAMES.contains(name)) {
          problems.add(Violation.of(f.toString(), name, "Name", "is not a code list; the lists are " + NAMES));
        }
      }
    } catch (IOException e) {
      throw new InvalidValueException("CodeLists", List.of(Violation.of("dir", dir.toString(), "Readable",
          "cannot be listed: " + e.getMessage())));
    }
    Map<String, CodeList> lists = new LinkedHashMap<>(defaults().byName());
    for (String name : NAMES) {
      Path f = dir.resolve(name + ".txt");
      if (!Files.exists(f)) {
        continue;
      }
      try {
        lists.put(name, CodeList.parse(name, f.toString(), Files.readAllLines(f, StandardCharsets.UTF_8)));
      } catch (InvalidValueException e) {
        problems.addAll(e.violations());
      } catch (IOException e) {
        problems.add(Violation.of(f.toString(), "", "Readable", "cannot be read: " + e.getMessage()));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidValueException("CodeLists", problems);
    }
    return of(lists);
  }

  private static CodeLists of(Map<String, CodeList> m) {
    return builder().academicLevels(m.get("academic-levels")).seltReasons(m.get("selt-reasons"))
        .testProviders(m.get("test-providers")).englishLevels(m.get("english-levels")).countries(m.get("countries"))
        .nationalities(m.get("nationalities")).build();
  }

  private static CodeLists bundled() {
    Map<String, CodeList> m = new LinkedHashMap<>();
    for (String name : NAMES) {
      try (InputStream in = CodeLists.class.getResourceAsStream(name + ".txt")) {
        if (in == null) {
          throw new IllegalStateException("Missing bundled code list " + name);
        }
        m.put(name, CodeList.parse(name, "bundled " + name + ".txt",
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().collect(Collectors.toList())));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return of(m);
  }
}
