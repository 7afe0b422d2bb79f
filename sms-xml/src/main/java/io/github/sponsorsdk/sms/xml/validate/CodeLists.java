package io.github.sponsorsdk.sms.xml.validate;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The code lists a CAS upload is checked against: catalogue as data, each list from its source, replaceable by a
 * caller (the lists are not published by the Home Office in machine-readable form).
 *
 * <ul>
 *   <li>AcademicLevel (and PreviousAcademicLevel): GOV.UK reference data values v16 (31 July 2023), all 32 codes,
 *       legacy {@code QCF_NQF*} included; {@link #degreeLevels()} are those at RQF/QCF level 6 or SCQF level 9 and
 *       above (a UK bachelor's degree or higher), which set the higher work-placement threshold and allow full-time
 *       study without hours.
 *   <li>ReasonSELTNotRequired, TestProvider, EnglishLanguageLevelAttained: the v16 lists as transcribed in
 *       {@code reference-values-partial.csv}.
 *   <li>Country and nationality: the SMS 3-letter lists, from a third-party transcription (bundled text files name
 *       the source); the nationality list also takes the schema literal {@code "STATELESS"}.
 * </ul>
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableCodeLists.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableCodeLists.class)
@JsonDeserialize(as = ImmutableCodeLists.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableCodeLists.class)
public abstract class CodeLists implements WithCodeLists {
  /** {@return the academic level codes} */
  public abstract Set<String> academicLevels();

  /** {@return the degree level codes} */
  public abstract Set<String> degreeLevels();

  /** {@return the reasons a SELT is not needed} */
  public abstract Set<String> seltReasons();

  /** {@return the English test provider codes} */
  public abstract Set<String> testProviders();

  /** {@return the English language level codes} */
  public abstract Set<String> englishLevels();

  /** {@return the country codes} */
  public abstract Set<String> countries();

  /** {@return the nationality codes} */
  public abstract Set<String> nationalities();

  private static final CodeLists DEFAULTS = ImmutableCodeLists.builder()
      .addAcademicLevels("QCF_NQF3", "QCF_NQF4", "QCF_NQF5", "RQF3", "RQF4", "RQF5", "SCQF6", "SCQF7", "SCQF8",
          "A2", "B1", "B2", "C1", "C2")
      .addAcademicLevels(degree())
      .addDegreeLevels(degree())
      .addSeltReasons("HEI", "GIFTED", "T4SWITCH", "ENG_COUNTRY", "ENG_DEGREE", "ENG_VISA", "USA_HEI")
      .addTestProviders("IELTS", "LANGCRT", "PEARSON", "PSI", "TCLUK")
      .addEnglishLevels("A2", "B1", "B2", "C1", "C2")
      .addAllCountries(load("country-codes.txt"))
      .addAllNationalities(load("nationality-codes.txt"))
      .addNationalities("\"STATELESS\"")
      .build();

  private static String[] degree() {
    return new String[] {"QCF_NQF6", "QCF_NQF7", "QCF_NQF7_RE", "QCF_NQF8", "QCF_NQF8_RE", "QCF_NQF8DES", "RQF6",
        "RQF7", "RQF7_RE", "RQF8", "RQF8_RE", "SCQF9", "SCQF10", "SCQF11", "SCQF11_RE", "SCQF12", "SCQF12_RE",
        "SCQF12DES"};
  }

  /** {@return the lists as of the sources above} */
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

  private static Set<String> load(String resource) {
    Set<String> codes = new LinkedHashSet<>();
    try (InputStream in = CodeLists.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing bundled code list " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          int tab = line.indexOf('\t');
          codes.add(tab < 0 ? line.strip() : line.substring(0, tab).strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return codes;
  }
}
