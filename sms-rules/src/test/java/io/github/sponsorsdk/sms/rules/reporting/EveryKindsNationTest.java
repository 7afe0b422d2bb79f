package io.github.sponsorsdk.sms.rules.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sponsorsdk.sms.core.event.EventKind;
import io.github.sponsorsdk.sms.core.event.ReportableEvent;
import io.github.sponsorsdk.sms.core.place.UkNation;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Decision 0460's governing nation for every kind of event: under {@link GoverningNation#EVENT_WORK_SITE} (the
 * default) the nation an event states (the worker's work site, the student's study site, the sponsor's address)
 * decides whose working days count, for each of the 28 kinds; under {@link GoverningNation#SPONSOR_ADDRESS} the
 * sponsor's nation does, whatever the event says.
 */
class EveryKindsNationTest {

  static final ReportingDuties ENGINE = ReportingDuties.defaults();
  static final LocalDate ON = LocalDate.of(2026, 2, 2);

  /** The event as {@link Ev} builds it, stating {@code nation}: its JSON (the wire format) with {@code "nation"} set. */
  static ReportableEvent in(ReportableEvent e, UkNation nation) throws java.io.IOException {
    ObjectNode json = (ObjectNode) Json.MAPPER.readTree(Json.MAPPER.writerFor(ReportableEvent.class)
        .writeValueAsString(e));
    json.put("nation", nation.name());
    return Json.MAPPER.treeToValue(json, ReportableEvent.class);
  }

  @ParameterizedTest
  @EnumSource(EventKind.class)
  void theEventsOwnNationGovernsItsDuties(EventKind kind) throws java.io.IOException {
    ReportableEvent scottish = in(Ev.of(kind, ON, 12, true), UkNation.SCOTLAND);
    assertThat(scottish.nation()).contains(UkNation.SCOTLAND);
    DutyBatch batch = ENGINE.duties(java.util.List.of(scottish), SponsorContext.of(UkNation.NORTHERN_IRELAND), ON);
    assertThat(batch).isNotEmpty();
    for (int i = 0; i < batch.size(); i++) {
      assertThat(batch.nation(i)).as("%s duty %s", kind, batch.rule(i)).contains(UkNation.SCOTLAND);
      assertThat(batch.has(i, DutyReason.NATION_NOT_STATED)).isFalse();
    }
    // A sponsor that states no nation still gets a nation for the event that states one.
    DutyBatch unspecified = ENGINE.duties(java.util.List.of(scottish), SponsorContext.unspecified(), ON);
    for (int i = 0; i < unspecified.size(); i++) {
      assertThat(unspecified.nation(i)).as("%s duty %s", kind, unspecified.rule(i)).contains(UkNation.SCOTLAND);
    }
    DutyBatch sponsor = ENGINE.duties(java.util.List.of(scottish), SponsorContext.builder()
        .nation(UkNation.NORTHERN_IRELAND).governingNation(GoverningNation.SPONSOR_ADDRESS).build(), ON);
    for (int i = 0; i < sponsor.size(); i++) {
      assertThat(sponsor.nation(i)).as("%s duty %s", kind, sponsor.rule(i)).contains(UkNation.NORTHERN_IRELAND);
    }
  }
}
