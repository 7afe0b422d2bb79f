package io.github.sponsorsdk.sms.core.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sponsorsdk.sms.core.testing.Json;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every citation names a catalogued source and carries a date: the rule's, or the edition the project read. */
class CitationTest {

  @Test
  void withoutARuleDateTheEditionReadIsTheDateAndTheCitationSaysSo() {
    Citation c = Citation.of(Source.SMS_MANUAL_1, "User ID and password");
    assertThat(c.effectiveFrom()).isEqualTo(LocalDate.of(2023, 6, 19));
    assertThat(c.effectiveFromBasis()).isEqualTo(EffectiveDateBasis.EDITION_READ);
    assertThat(c.toString())
        .isEqualTo("SMS Manual 1: Introduction to SMS, User ID and password (edition of 2023-06-19)");
    assertThat(c.anchor()).isEqualTo("docs/sources.md#sms-manual-1");
  }

  @Test
  void aRuleDateIsTheDayTheRuleTookEffect() {
    Citation c = Citation.of(Source.SMS_MESSAGE_2024_01_24, "Removal of the licence renewal requirement",
        LocalDate.of(2024, 4, 6)).withNote("Announced 24 January 2024").withUrl("https://example.org/");
    assertThat(c.effectiveFromBasis()).isEqualTo(EffectiveDateBasis.RULE_TOOK_EFFECT);
    assertThat(c.toString()).endsWith("(from 2024-04-06)");
    assertThat(c.note()).contains("Announced 24 January 2024");
    assertThat(Json.roundTrip(c, Citation.class)).isEqualTo(c);
    assertThat(Json.roundTrip(Citation.of(Source.SMS_MANUAL_1, "Access to SMS"), Citation.class).effectiveFromBasis())
        .isEqualTo(EffectiveDateBasis.EDITION_READ);
  }

  @Test
  void aSourceWithoutAnEditionMustBeCitedWithADate() {
    for (Source s : Source.values()) {
      if (s.edition().isEmpty()) {
        assertThatThrownBy(() -> Citation.of(s, "x")).as(s.name()).isInstanceOf(InvalidValueException.class)
            .hasMessageContaining("Citation.of(source, section, date)");
        assertThat(Citation.of(s, "x", LocalDate.of(2026, 2, 4)).effectiveFrom()).isEqualTo(LocalDate.of(2026, 2, 4));
      } else {
        assertThat(Citation.of(s, "x").effectiveFrom()).as(s.name()).isEqualTo(s.edition().get());
      }
    }
    assertThat(Source.CALLER_DOCUMENT.edition()).isEmpty();
    assertThat(Source.BANKING_ACT_1971_PROCLAMATION.edition()).isEmpty();
  }

  @Test
  void anEditionReadDateMustBeTheSourcesEdition() {
    assertThatThrownBy(() -> Citation.builder().source(Source.SMS_MANUAL_1).section("x")
        .effectiveFrom(LocalDate.of(2020, 1, 1)).effectiveFromBasis(EffectiveDateBasis.EDITION_READ).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("2023-06-19");
  }

  @Test
  void theCatalogueHasUniqueAnchorsAndEverySourceSaysHowItWasRead() {
    Set<String> ids = new HashSet<>();
    for (Source s : Source.values()) {
      assertThat(s.id()).as(s.name()).matches("[a-z0-9]+(-[a-z0-9]+)*");
      assertThat(ids.add(s.id())).as("unique id %s", s.id()).isTrue();
      assertThat(Source.byId(s.id())).contains(s);
      assertThat(s.title()).as(s.name()).isNotBlank();
      assertThat(s.readAs()).as(s.name()).isNotBlank();
      assertThat(s.editionNote()).as(s.name()).isNotBlank();
      assertThat(s.anchor()).isEqualTo("docs/sources.md#" + s.id());
      s.url().ifPresent(u -> assertThat(u).as(s.name()).startsWith("https://"));
    }
    assertThat(Source.byId("nope")).isEmpty();
    assertThat(Source.PROJECT_DECISION.kind()).isEqualTo(SourceKind.PROJECT_DECISION);
    assertThat(Source.CALLER_DOCUMENT.kind()).isEqualTo(SourceKind.CALLER_SUPPLIED);
    assertThat(Source.SECONDARY_SOURCE.kind()).isEqualTo(SourceKind.SECONDARY);
  }

  @Test
  void certaintyIsEstablishedByDefaultAndTheUncertainFlagTravelsThroughReasonsAndJson() {
    Citation sure = Citation.of(Source.RULES_APPENDIX_SKILLED_WORKER, "SW 1.2(d)");
    assertThat(sure.certainty()).isEqualTo(Certainty.ESTABLISHED);
    Citation guess = Citation.of(Source.SPONSOR_UK_AYJ, "Sponsorship requests").uncertain();
    assertThat(guess.isUncertain()).isTrue();
    assertThat(guess.toString()).endsWith("[UNCERTAIN]");
    assertThat(Json.roundTrip(guess, Citation.class)).isEqualTo(guess);
    io.github.sponsorsdk.sms.core.decision.Reason reason = io.github.sponsorsdk.sms.core.decision.Reason.builder()
        .code("test.GUESS").severity(io.github.sponsorsdk.sms.core.decision.Severity.INFO).message("m")
        .citation(guess).build();
    assertThat(reason.isUncertain()).isTrue();
    io.github.sponsorsdk.sms.core.decision.Decision d = io.github.sponsorsdk.sms.core.decision.Decision.of(reason,
        reason.withCitation(sure).withCode("test.SURE"));
    assertThat(d.uncertainties()).containsExactly(reason);
  }
}
