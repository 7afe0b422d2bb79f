package io.github.sponsorsdk.sms.xml.validate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.decision.Severity;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.Violation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One list of codes a BDT field must come from (nationalities, countries, academic levels...), as dated, versioned
 * data with its source: which edition it is, when it took effect (or, when the source gives no date, when it was
 * copied), where it comes from, and whether a code missing from it is an error or a warning. The lists are not
 * published by the Home Office in machine-readable form and some are third-party transcriptions, so a caller can
 * replace any of them ({@link CodeLists#load}).
 *
 * <p>File format (UTF-8), as bundled beside this class and as read from a directory:
 *
 * <pre>
 * # list: nationalities
 * # version: third-party transcription of the SMS list, ...
 * # date: 2026-11-25
 * # date-basis: copied
 * # source: the SMS 3-letter list "as defined in guidance", ...
 * # unknown-code: ERROR
 * AFG&lt;TAB&gt;AFGHANISTAN
 * RQF6&lt;TAB&gt;RQF level 6&lt;TAB&gt;degree
 * </pre>
 *
 * Other {@code #} lines are comments. Each line after the header is a code, optionally a label and tags.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableCodeList.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableCodeList.class)
@JsonDeserialize(as = ImmutableCodeList.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableCodeList.class)
public abstract class CodeList implements WithCodeList {
  /** How {@link #date()} was found. */
  public enum DateBasis {
    /** The date of the edition of the source (e.g. reference data values version 16, 31 July 2023). */
    EDITION,
    /** The source gives no date: the day the copy was taken. */
    COPIED
  }

  /** {@return the list's name, which is also its file name without {@code .txt}, e.g. {@code nationalities}} */
  public abstract String name();

  /** {@return which edition of the source this is} */
  public abstract String version();

  /** {@return the edition's date, or the day it was copied ({@link #dateBasis()})} */
  public abstract LocalDate date();

  /** {@return what {@link #date()} is} */
  public abstract DateBasis dateBasis();

  /** {@return where the codes come from} */
  public abstract String source();

  /**
   * {@return whether a code not in the list is an error ({@link Severity#REFUSAL}: the record is rejected) or a warning
   * ({@link Severity#WARNING}: not ready to go)} The file says {@code unknown-code: ERROR} or {@code WARNING}.
   */
  public abstract Severity unknownCodeSeverity();

  /** {@return the codes and their labels, in the list's order} */
  public abstract Map<String, String> codes();

  /** {@return the tags of the codes that have any (for academic levels: {@code degree})} */
  public abstract Map<String, Set<String>> tags();

  /**
   * {@return true when {@code code} is in the list, exactly as written}
   *
   * @param code the code, compared exactly
   */
  public boolean contains(String code) {
    return codes().containsKey(code);
  }

  /**
   * {@return the codes tagged {@code tag}}
   *
   * @param tag a tag of the list file, e.g. {@code degree}
   */
  @JsonIgnore
  public Set<String> tagged(String tag) {
    Set<String> out = new LinkedHashSet<>();
    tags().forEach((code, t) -> {
      if (t.contains(tag)) {
        out.add(code);
      }
    });
    return out;
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code CodeList}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableCodeList.Builder {
    Builder() {}
  }

  /**
   * Parses the text of a list file.
   *
   * @param expectedName the list the file must declare ({@code # list:})
   * @param origin where the text comes from, for messages
   * @param lines the file's lines
   * @return the list
   * @throws InvalidValueException listing every problem of the file at once (missing or bad header fields, blank
   *     codes, codes with spaces around them, repeated codes)
   */
  public static CodeList parse(String expectedName, String origin, List<String> lines) {
    Map<String, String> header = new LinkedHashMap<>();
    Map<String, String> codes = new LinkedHashMap<>();
    Map<String, Set<String>> tags = new LinkedHashMap<>();
    List<Violation> problems = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String where = origin + ":" + (i + 1);
      if (line.isBlank()) {
        continue;
      }
      if (line.startsWith("#")) {
        int colon = line.indexOf(':');
        String key = colon > 0 ? line.substring(1, colon).strip() : "";
        if (colon > 0 && key.matches("[a-z-]+")) {
          header.put(key, line.substring(colon + 1).strip());
        }
        continue;
      }
      String[] cols = line.split("\t", -1);
      String code = cols[0];
      if (code.isBlank()) {
        problems.add(Violation.of(where, line, "Code", "a line must start with a code"));
      } else if (!code.equals(code.strip())) {
        problems.add(Violation.of(where, code, "Code", "the code has spaces around it; write '" + code.strip()
            + "'"));
      } else if (codes.containsKey(code)) {
        problems.add(Violation.of(where, code, "Code", "the code is listed twice"));
      } else {
        codes.put(code, cols.length > 1 ? cols[1].strip() : "");
        if (cols.length > 2 && !cols[2].isBlank()) {
          tags.put(code, new LinkedHashSet<>(List.of(cols[2].strip().split("\\s*,\\s*"))));
        }
      }
    }
    for (String key : List.of("list", "version", "date", "date-basis", "source", "unknown-code")) {
      if (!header.containsKey(key) || header.get(key).isEmpty()) {
        problems.add(Violation.of(origin, "", "Header", "the header line '# " + key + ": ...' is missing"));
      }
    }
    if (header.containsKey("list") && !header.get("list").equals(expectedName)) {
      problems.add(Violation.of(origin, header.get("list"), "Header", "the file declares list '" + header.get("list")
          + "' but is read as '" + expectedName + "'"));
    }
    LocalDate date = null;
    try {
      date = header.containsKey("date") ? LocalDate.parse(header.get("date")) : null;
    } catch (DateTimeParseException e) {
      problems.add(Violation.of(origin, header.get("date"), "Header", "date must be yyyy-mm-dd"));
    }
    DateBasis basis = null;
    if (header.containsKey("date-basis")) {
      String b = header.get("date-basis").split("[\\s(]", 2)[0].toUpperCase(Locale.ROOT);
      try {
        basis = DateBasis.valueOf(b);
      } catch (IllegalArgumentException e) {
        problems.add(Violation.of(origin, header.get("date-basis"), "Header", "date-basis must be edition or copied"));
      }
    }
    Severity severity = null;
    if (header.containsKey("unknown-code")) {
      String u = header.get("unknown-code").toUpperCase(Locale.ROOT);
      if (u.equals("ERROR")) {
        severity = Severity.REFUSAL;
      } else if (u.equals("WARNING")) {
        severity = Severity.WARNING;
      } else {
        problems.add(Violation.of(origin, header.get("unknown-code"), "Header", "unknown-code must be ERROR or"
            + " WARNING"));
      }
    }
    if (codes.isEmpty()) {
      problems.add(Violation.of(origin, "", "Codes", "the list holds no codes"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidValueException("CodeList " + expectedName, problems);
    }
    return builder().name(expectedName).version(header.get("version")).date(date).dateBasis(basis)
        .source(header.get("source")).unknownCodeSeverity(severity).putAllCodes(codes).putAllTags(tags).build();
  }

  @Override
  public String toString() {
    return name() + " (" + codes().size() + " codes; " + version() + "; " + date() + ", "
        + dateBasis().name().toLowerCase(Locale.ROOT) + ")";
  }
}
