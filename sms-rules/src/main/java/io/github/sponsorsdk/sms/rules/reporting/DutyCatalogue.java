package io.github.sponsorsdk.sms.rules.reporting;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.event.EventKind;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.Violation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The reporting duties of a sponsor, as data: one {@link DutyRule} per row of the reporting table (workers W1–W11,
 * students S1–S8, the sponsor O1–O8), plus {@code O3.A}, the new owner's licence application. The engine
 * ({@link ReportingDuties}) reads the catalogue of its {@link ReportingParameters#catalogue()} and nothing else: each
 * row's deadline, clock start, exclusions, remarks and in-force date decide its duties, so a caller who reads the
 * guidance differently replaces a row ({@link #withRow(DutyRule)}) and the engine follows.
 *
 * <p>Every row cites its source and says how firmly it rests on it ({@link Confidence}). The current Part 3
 * reporting annex and Student Document 2 could be read only in part (their landing pages and change histories), so
 * most rows rest on secondary sources quoting them; the citation's note says which. {@code docs/duties-catalogue.md}
 * is generated from the default catalogue by a test, with every row's dates and dated switches.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableDutyCatalogue.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableDutyCatalogue.class)
@JsonDeserialize(as = ImmutableDutyCatalogue.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableDutyCatalogue.class)
public abstract class DutyCatalogue implements WithDutyCatalogue {

  /** {@return every row, in table order} */
  public abstract List<DutyRule> rows();

  /**
   * {@return the SDK's catalogue, from the sources: the rows {@link ReportingParameters#defaults()} holds} (Named
   * {@code standard()}, not {@code defaults()}: a catalogue is a value, not an engine; decision 0005.)
   */
  public static DutyCatalogue standard() {
    return Holder.DEFAULTS;
  }

  /**
   * {@return a catalogue of {@code rows}}
   *
   * @param rows the rows, in table order; ids unique
   */
  public static DutyCatalogue of(List<DutyRule> rows) {
    return builder().rows(rows).build();
  }

  /**
   * {@return the rows an event kind triggers, in table order: one, or two for {@link
   * EventKind#SPONSOR_OWNERSHIP_CHANGED}}
   *
   * @param kind the event kind
   */
  public List<DutyRule> rowsFor(EventKind kind) {
    return byKind().getOrDefault(kind, List.of());
  }

  /**
   * {@return the row with {@code id}}
   *
   * @throws IllegalArgumentException when there is none
   * @param id a row id, e.g. {@code W2}
   */
  public DutyRule row(String id) {
    for (DutyRule r : rows()) {
      if (r.id().equals(id)) {
        return r;
      }
    }
    throw new IllegalArgumentException("No reporting duty row " + id);
  }

  /**
   * {@return a catalogue with {@code row} in place of the row with its id (or added at the end when there is none)}
   *
   * @param row the new or replacing row
   */
  public DutyCatalogue withRow(DutyRule row) {
    List<DutyRule> out = new ArrayList<>(rows());
    boolean replaced = false;
    for (int i = 0; i < out.size(); i++) {
      if (out.get(i).id().equals(row.id())) {
        out.set(i, row);
        replaced = true;
      }
    }
    if (!replaced) {
      out.add(row);
    }
    return of(out);
  }

  @Value.Lazy
  @JsonIgnore
  Map<EventKind, List<DutyRule>> byKind() {
    Map<EventKind, List<DutyRule>> byKind = new EnumMap<>(EventKind.class);
    for (DutyRule r : rows()) {
      byKind.computeIfAbsent(r.eventKind(), k -> new ArrayList<>()).add(r);
    }
    byKind.replaceAll((k, v) -> List.copyOf(v));
    return byKind;
  }

  /** Every violation at once: unique row ids, every event kind has a row whose id is the kind's code. */
  @Value.Check
  void check() {
    List<Violation> v = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    Set<EventKind> mainRows = new HashSet<>();
    for (DutyRule r : rows()) {
      if (!ids.add(r.id())) {
        v.add(Violation.of("rows", r.id(), "Unique", "row ids must be unique"));
      }
      if (!r.id().startsWith(r.eventKind().code())) {
        v.add(Violation.of("rows", r.id(), "RowId", "must start with its event kind's code " + r.eventKind().code()));
      }
      if (r.id().equals(r.eventKind().code())) {
        mainRows.add(r.eventKind());
      }
    }
    for (EventKind k : EventKind.values()) {
      if (!mainRows.contains(k)) {
        v.add(Violation.of("rows", k.code(), "Complete", "every event kind needs its main row " + k.code()));
      }
    }
    if (!v.isEmpty()) {
      throw new InvalidValueException("DutyCatalogue", v);
    }
  }

  private static final class Holder {
    static final DutyCatalogue DEFAULTS = of(DefaultDutyRows.rows());
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code DutyCatalogue}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableDutyCatalogue.Builder {
    Builder() {}
  }
}
