package io.github.sponsorsdk.sms.core.register;

import io.github.sponsorsdk.sms.core.licence.Rating;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.route.RouteCategory;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a GOV.UK register of licensed sponsors (CSV) into typed {@link RegisterEntry entries}.
 *
 * <p><b>Formats</b> are told apart by the header ({@link RegisterFormat}); an unknown header fails with
 * {@link UnknownRegisterFormatException} before any row is read. CSV syntax is Apache Commons CSV's RFC 4180
 * reading: quoted and bare fields, {@code ""} escapes, CR LF or LF, a line break inside quotes, blank lines
 * skipped. A UTF-8 byte order mark before the header is ignored; decoding is the caller's {@link Reader}'s job
 * (use UTF-8: names contain "£" and accented letters).
 *
 * <p><b>Rows</b> that cannot be read become {@link RegisterFinding findings} with their line; the other rows are
 * still returned. A row is refused when its number of cells differs from the header's, its name is blank, or its
 * rating or route string is unknown. A malformed CSV tail (an unclosed quote) ends the reading with one finding.
 *
 * <p><b>Ratings</b> (docs/sources.md#register-workers, #register-students): {@code Worker}/{@code Tier 2} give the
 * Worker category,
 * {@code Temporary Worker}/{@code Tier 5} the Temporary Worker category; inside the parentheses {@code A rating},
 * {@code B rating}, {@code A (Premium)}, {@code A (SME+)}, {@code UK Expansion Worker: Provisional} (with or
 * without the space the register often leaves before ")") and {@code Probationary Sponsor}. Students: the
 * {@code Status} column, {@code Student Sponsor}, {@code Student Sponsor - Track Record}, {@code Probationary
 * Sponsor}.
 *
 * <p><b>Routes</b>: every {@link Route#displayName()}, plus these older strings:
 * <table>
 *   <caption>Older route strings</caption>
 *   <tr><th>Register string</th><th>Read as</th><th>Why</th></tr>
 *   <tr><td>Tier 2 General</td><td>Skilled Worker</td><td>replaced Tier 2 (General) on 1 December 2020</td></tr>
 *   <tr><td>Tier 2 Ministers of Religion</td><td>Minister of Religion</td><td>same route, old name</td></tr>
 *   <tr><td>Intra Company Transfers (ICT)</td><td>Intra-company Routes</td><td>same route, old name</td></tr>
 *   <tr><td>Religious Workers, Temporary Worker / Tier 5</td><td>Religious Worker</td><td>plural of the same
 *       Tier 5 route</td></tr>
 *   <tr><td>Religious Workers, Worker / Tier 2</td><td><b>unmapped</b></td><td>the 2021 register prints it 39 times
 *       with {@code Worker (...)} and never with {@code Temporary Worker}, which suggests Minister of Religion, but no
 *       source says so</td></tr>
 *   <tr><td>Exchange, Tier 5</td><td>Government Authorised Exchange</td><td>the only Tier 5 exchange route</td></tr>
 *   <tr><td>Sport, Tier 2</td><td>International Sportsperson</td><td>replaced Tier 2 (Sportsperson)</td></tr>
 *   <tr><td>Creative &amp; Sporting</td><td><b>unmapped</b></td><td>split between Creative Worker and International
 *       Sportsperson</td></tr>
 *   <tr><td>Voluntary Workers</td><td><b>unmapped</b></td><td>probably the Tier 5 Charity Workers route; no
 *       source found</td></tr>
 * </table>
 * An unmapped row is still an entry, with {@link RegisterEntry#route()} empty and the string in
 * {@link RegisterEntry#routeText()}: never a guess.
 *
 * <p>The category of a row is read from its rating cell, not its route: the 2025 register has a
 * {@code Temporary Worker (A rating)} row for Global Business Mobility: Graduate Trainee, a Worker route.
 */
public final class RegisterParser {

  private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

  private RegisterParser() {}

  /**
   * Reads the whole register from {@code reader}; the caller opens and closes it.
   *
   * @throws UnknownRegisterFormatException when the first line is not a known header
   * @throws UncheckedIOException when the reader fails
   * @param reader the register's text (the CSV as downloaded)
   * @return the sponsors read and a finding for each row that could not be read
   */
  public static RegisterParseResult parse(Reader reader) {
    try {
      CSVParser parser = CSV.parse(withoutByteOrderMark(reader));
      Iterator<CSVRecord> records = parser.iterator();
      if (!records.hasNext()) {
        throw new UnknownRegisterFormatException(List.of());
      }
      List<String> header = records.next().toList();
      RegisterFormat format = RegisterFormat.detect(header)
          .orElseThrow(() -> new UnknownRegisterFormatException(header));
      List<RegisterEntry> entries = new ArrayList<>();
      List<RegisterFinding> findings = new ArrayList<>();
      long nextLine = parser.getCurrentLineNumber() + 1;
      while (true) {
        CSVRecord record;
        try {
          if (!records.hasNext()) {
            break;
          }
          record = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          findings.add(RegisterFinding.of(nextLine, "row", "",
              "malformed CSV, reading stopped: " + rootMessage(e)));
          break;
        }
        long line = nextLine;
        nextLine = parser.getCurrentLineNumber() + 1;
        readRow(format, record, line, entries, findings);
      }
      return RegisterParseResult.builder().format(format).entries(entries).findings(findings).build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A UTF-8 byte order mark decoded as U+FEFF would otherwise stick to the first, quoted, header cell. */
  private static Reader withoutByteOrderMark(Reader reader) throws IOException {
    PushbackReader in = new PushbackReader(reader, 1);
    int first = in.read();
    if (first != -1 && first != '\uFEFF') {
      in.unread(first);
    }
    return in;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return String.valueOf(t.getMessage());
  }

  private static void readRow(RegisterFormat format, CSVRecord record, long line, List<RegisterEntry> entries,
      List<RegisterFinding> findings) {
    int expected = format.header().size();
    if (record.size() != expected) {
      findings.add(RegisterFinding.of(line, "row", String.join(",", record.toList()),
          "has " + record.size() + " cells, the " + format + " header has " + expected));
      return;
    }
    List<String> cells = record.toList();
    List<RegisterFinding> rowFindings = new ArrayList<>();
    String name = cells.get(0).trim();
    if (name.isEmpty()) {
      rowFindings.add(RegisterFinding.of(line, format.header().get(0), cells.get(0), "is blank"));
    }
    RegisterEntry.Builder b = RegisterEntry.builder().line(line).format(format).organisationName(name)
        .town(present(cells.get(1)));
    RouteCategory category = null;
    String ratingCell;
    String routeCell;
    if (format.isStudent()) {
      ratingCell = cells.get(4);
      routeCell = cells.get(5);
      b.additionalLocations(present(cells.get(2))).sponsorType(present(cells.get(3)))
          .immigrationCompliance(present(cells.get(6)));
      Optional<Rating> rating = RegisterVocabulary.studentRating(ratingCell);
      if (rating.isPresent()) {
        category = RouteCategory.STUDENT;
        b.category(category).rating(rating.get());
      } else {
        rowFindings.add(RegisterFinding.of(line, format.header().get(4), ratingCell,
            "is not a known Student sponsor status"));
      }
    } else {
      ratingCell = cells.get(3);
      routeCell = cells.get(4);
      b.county(present(cells.get(2)));
      Optional<RegisterVocabulary.CategoryRating> rating = RegisterVocabulary.workerRating(ratingCell);
      if (rating.isPresent()) {
        category = rating.get().category();
        b.category(category).rating(rating.get().rating());
      } else {
        rowFindings.add(RegisterFinding.of(line, format.header().get(3), ratingCell,
            "is not a known category and rating"));
      }
    }
    b.ratingText(ratingCell.trim()).routeText(routeCell.trim());
    if (category != null) {
      Optional<RegisterVocabulary.RouteReading> route = RegisterVocabulary.route(routeCell, category);
      if (route.isPresent()) {
        b.route(route.get().route());
      } else {
        rowFindings.add(RegisterFinding.of(line, format.header().get(format.isStudent() ? 5 : 4), routeCell,
            "is not a known route"));
      }
    }
    if (!rowFindings.isEmpty()) {
      findings.addAll(rowFindings);
      return;
    }
    try {
      entries.add(b.build());
    } catch (InvalidValueException e) {
      e.violations().forEach(v -> findings.add(RegisterFinding.of(line, v.path(), v.rejectedValue(), v.message())));
    }
  }

  private static Optional<String> present(String cell) {
    String t = cell.trim();
    return t.isEmpty() ? Optional.empty() : Optional.of(t);
  }
}
