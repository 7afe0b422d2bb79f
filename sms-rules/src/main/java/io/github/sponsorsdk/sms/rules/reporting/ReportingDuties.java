package io.github.sponsorsdk.sms.rules.reporting;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.decision.Reason;
import io.github.sponsorsdk.sms.core.event.EventKind;
import io.github.sponsorsdk.sms.core.event.ReportableEvent;
import io.github.sponsorsdk.sms.core.place.UkNation;
import io.github.sponsorsdk.sms.rules.calendar.WorkingDayCalendar;
import io.github.sponsorsdk.sms.rules.effective.DateEffective;
import io.github.sponsorsdk.sms.rules.effective.DatedValue;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The reporting-duties engine: for a batch of {@link ReportableEvent}s, which duties arise under the catalogue of
 * its {@link ReportingParameters}, by when, and where each stands on an as-of date. A query engine: its one verb is
 * {@link #duties}, named after what it returns (decision 0005); {@link DutyBatch} adds the views a payroll system
 * needs (due within N working days, overdue, past the "as soon as reasonably practicable" horizon) and reminder
 * schedules for hosts.
 *
 * <h2>The catalogue drives it</h2>
 * Each {@link DutyRule} is the one place its duty's rule lives: for each event the engine takes the rows of the
 * event's kind and, per row, the in-force date, the {@link Exclusion}s in order (the first that holds makes the duty
 * NOT_REPORTABLE), the {@link ClockStart}, the {@link Deadline} (the row's own, or the parameter it names), which
 * computes the due date, and the first {@link Remark} that holds. There is no rule per event kind anywhere else.
 *
 * <h2>Nations</h2>
 * One call handles a whole workforce across nations: each duty counts the working days of the nation the
 * {@link SponsorContext#governingNation()} rule picks (by default the event's own {@link ReportableEvent#nation()},
 * the worker's work site, else the sponsor's {@link SponsorContext#nation()}). When neither names one the duty is
 * {@link DutyStatus#UNDETERMINED} ({@link DutyReason#NATION_NOT_STATED}): never a silent default.
 *
 * <h2>Counting</h2>
 * Parameters are those in force on the event day ({@link ReportableEvent#occurredOn()}; for W1 the start of the
 * 28-day window); an event on the day a new version takes effect gets the new version. See {@link Deadline} for the
 * day counts ({@link DayCounting#EVENT_DAY_IS_DAY_ZERO} by default). A duty is OVERDUE exactly when it has a due
 * date, no report was passed, and the as-of date is after the due date. "As soon as reasonably practicable" duties
 * have no due date and are never OVERDUE; their {@link Duty#horizonDate()} (parameter
 * {@link ReportingParameters#asrpHorizon()}, default 10 working days) flags them ({@link
 * DutyReason#ASRP_HORIZON_PASSED}) once passed. When the caller passes several reports of one duty, the earliest
 * counts: the duty was discharged then.
 *
 * <pre>{@code
 * ReportingDuties engine = ReportingDuties.defaults();
 * DutyBatch duties = engine.duties(events, SponsorContext.of(UkNation.ENGLAND_AND_WALES), LocalDate.of(2026, 3, 20));
 * duties.overdue();          // the duties past their due date
 * duties.dueWithin(5);       // due in the next 5 working days (each in its own nation)
 * }</pre>
 *
 * <h2>Cost</h2>
 * Built once per parameter set: parameters are resolved into one {@code ParameterSegment} per interval between
 * their change dates, every row into a plan per interval with its reasons built in advance. A batch reads each
 * event's kind by class and its date and nation through the kind's own type (no megamorphic interface call per
 * event), reads each {@code Optional} attribute its row's conditions test once per event, searches the parameter
 * intervals only when an event leaves the current one, counts working days on epoch days, and writes into the
 * columns of a {@link DutyBatch}, reasons as one-byte slots of the plan (decision 0440). Instances are immutable and
 * thread-safe.
 */
public final class ReportingDuties {

  private static final UkNation[] NATIONS = UkNation.values();
  private static final LocalDate DECISION_0460 = LocalDate.of(2026, 12, 5);

  private final ReportingParameters parameters;
  private final WorkingDays[] overrides;
  final long[] segmentStarts;
  final ParameterSegment[] segments;
  /** By event kind ordinal: the kind's rows as plans outside every parameter interval. */
  final RowPlan[][] plansByKind = new RowPlan[EventKind.values().length][];

  private ReportingDuties(ReportingParameters parameters, WorkingDays[] overrides) {
    this.parameters = parameters;
    this.overrides = overrides;
    DutyCatalogue catalogue = parameters.catalogue();
    Map<Enum<?>, Citation> rowCitations = new HashMap<>();
    for (DutyRule row : catalogue.rows()) {
      row.exclusions().forEach(x -> rowCitations.putIfAbsent(x, row.citation()));
      row.remarks().forEach(r -> rowCitations.putIfAbsent(r, row.citation()));
    }
    Citation catalogueOnly = Citation.of(Source.PROJECT_DECISION, "0460-duties-catalogue-and-derivation",
        DECISION_0460).withNote("A condition no catalogue row uses.");
    for (Exclusion x : Exclusion.values()) {
      rowCitations.putIfAbsent(x, catalogueOnly);
    }
    for (Remark r : Remark.values()) {
      rowCitations.putIfAbsent(r, catalogueOnly);
    }
    TreeSet<LocalDate> changes = new TreeSet<>();
    for (DateEffective<?> p : parameters.parameters()) {
      for (DatedValue<?> v : p.versions()) {
        changes.add(v.effectiveFrom());
      }
      p.endExclusive().ifPresent(changes::add);
    }
    segmentStarts = new long[changes.size()];
    segments = new ParameterSegment[changes.size()];
    int i = 0;
    for (LocalDate start : changes) {
      segmentStarts[i] = start.toEpochDay();
      segments[i] = parameters.parameters().stream().allMatch(p -> p.covers(start))
          ? new ParameterSegment(parameters, start, rowCitations) : null;
      i++;
    }
    Reason categoryNotLicensed = DutyReason.CATEGORY_NOT_LICENSED.reason();
    Reason outsideParameters = DutyReason.OUTSIDE_PARAMETER_RANGE.reason(Map.of("coverageFrom",
        parameters.dayCounting().effectiveFrom())).withCitation(parameters.dayCounting().versions().get(0).citation());
    Reason nationNotStated = DutyReason.NATION_NOT_STATED.reason();
    for (EventKind kind : EventKind.values()) {
      plansByKind[kind.ordinal()] = catalogue.rowsFor(kind).stream()
          .map(row -> new RowPlan(row, outsideParameters, categoryNotLicensed, nationNotStated))
          .toArray(RowPlan[]::new);
    }
    for (ParameterSegment seg : segments) {
      if (seg != null) {
        seg.plansByKind = new RowPlan[plansByKind.length][];
        for (int k = 0; k < plansByKind.length; k++) {
          seg.plansByKind[k] = Arrays.stream(plansByKind[k]).map(p -> new RowPlan(p, seg)).toArray(RowPlan[]::new);
        }
      }
    }
  }

  /** {@return the engine with {@link ReportingParameters#defaults()} and the SDK's UK calendars} */
  public static ReportingDuties defaults() {
    return Holder.DEFAULTS;
  }

  /**
   * {@return an engine with the caller's parameters (and catalogue, {@link ReportingParameters#catalogue()})}
   *
   * @param parameters the parameters to use instead of {@code defaults()}: each date-effective and cited
   */
  public static ReportingDuties of(ReportingParameters parameters) {
    return new ReportingDuties(Objects.requireNonNull(parameters, "parameters"), new WorkingDays[NATIONS.length]);
  }

  /** {@return the parameters, catalogue included} */
  public ReportingParameters parameters() {
    return parameters;
  }

  /**
   * {@return this engine counting {@code days.nation()}'s working days with {@code days} (a calendar the caller
   * corrected with {@code withAddedHoliday}, or any other source); the other nations keep theirs}
   *
   * @param days the working days to count for their nation
   */
  public ReportingDuties withWorkingDays(WorkingDays days) {
    WorkingDays[] o = overrides.clone();
    o[Objects.requireNonNull(days, "days").nation().ordinal()] = days;
    return new ReportingDuties(parameters, o);
  }

  /**
   * {@return {@link #withWorkingDays(WorkingDays)} with a {@link WorkingDayCalendar}}
   *
   * @param calendar the calendar to count for its nation
   */
  public ReportingDuties withCalendar(WorkingDayCalendar calendar) {
    return withWorkingDays(WorkingDays.of(calendar));
  }

  /**
   * {@return the duties arising from {@code events} as of {@code asOf}, with no reports made} One duty per (event,
   * catalogue row) in event order; most events have one row, a change of ownership two.
   *
   * @param events the events
   * @param sponsor the sponsor's context (nation, licence)
   * @param asOf the day of the question
   */
  public DutyBatch duties(Collection<? extends ReportableEvent> events, SponsorContext sponsor, LocalDate asOf) {
    return duties(events, sponsor, asOf, List.of());
  }

  /**
   * {@return the duties of one event (one, or two for a change of ownership): the single-event convenience}
   *
   * @param event the event
   * @param sponsor the sponsor's context (nation, licence)
   * @param asOf the day of the question
   */
  public List<Duty> duties(ReportableEvent event, SponsorContext sponsor, LocalDate asOf) {
    return List.copyOf(duties(List.of(Objects.requireNonNull(event, "event")), sponsor, asOf, List.of()));
  }

  /**
   * {@return as {@link #duties(Collection, SponsorContext, LocalDate)}, with the reports the sponsor has made: a report
   * matching a duty (same event, same row id) makes it REPORTED; of several, the earliest counts}
   *
   * @param events the events
   * @param sponsor the sponsor's context (nation, licence)
   * @param asOf the day of the question
   * @param reports the reports made
   */
  public DutyBatch duties(Collection<? extends ReportableEvent> events, SponsorContext sponsor, LocalDate asOf,
      Collection<Report> reports) {
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(sponsor, "sponsor");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(reports, "reports");
    Map<BatchRun.ReportKey, LocalDate> reported = Map.of();
    if (!reports.isEmpty()) {
      reported = new HashMap<>();
      for (Report r : reports) {
        reported.merge(new BatchRun.ReportKey(r.event(), r.dutyId()), r.reportedOn(),
            (a, b) -> a.isBefore(b) ? a : b);
      }
    }
    NationDays days = new NationDays(overrides);
    ReportableEvent[] byIndex = events.toArray(new ReportableEvent[0]);
    DutyBatch batch = new DutyBatch(byIndex, byIndex.length + (byIndex.length >> 4) + 1, days, asOf);
    new BatchRun(this, sponsor, days, asOf, reported, batch).run(byIndex);
    return batch;
  }

  /** The index of the parameter interval holding {@code epochDay}, or -1 before the first. */
  int segmentIndex(long epochDay) {
    int i = Arrays.binarySearch(segmentStarts, epochDay);
    return i >= 0 ? i : -i - 2;
  }

  private static final class Holder {
    static final ReportingDuties DEFAULTS = of(ReportingParameters.defaults());
  }
}
