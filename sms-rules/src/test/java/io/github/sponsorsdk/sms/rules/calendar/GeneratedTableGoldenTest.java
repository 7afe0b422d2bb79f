package io.github.sponsorsdk.sms.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import de.focus_shift.jollyday.core.HolidayManager;
import io.github.sponsorsdk.sms.core.place.UkNation;
import java.io.InputStream;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The table compiled at build time ({@code uk-bank-holidays.txt} in the jar) against jollyday read at run time from
 * the test class path: the same dates for every nation over the whole range, and a header that names the very
 * jollyday release and {@code Holidays_gb.xml} the tests use. With {@link GoldenBankHolidaysTest} (the GOV.UK feed,
 * 2018-2027) this holds the shipped data against both its source and the official list (decision 0450).
 */
class GeneratedTableGoldenTest {

  static final UkBankHolidayTable TABLE = UkBankHolidayTable.load();
  static final JollydayHolidaySource JOLLYDAY = JollydayHolidaySource.load();

  @Test
  void theTableRecordsTheJollydayReleaseAndTheXmlItWasGeneratedFrom() throws Exception {
    assertThat(TABLE.resource()).isEqualTo("io/github/sponsorsdk/sms/rules/calendar/uk-bank-holidays.txt");
    assertThat(TABLE.source()).isEqualTo("jollyday " + JollydayHolidaySource.version() + " holidays/Holidays_gb.xml");
    assertThat(TABLE.jollydayVersion()).isEqualTo(JollydayHolidaySource.version()).isEqualTo("2.19.0");
    try (InputStream xml = HolidayManager.class.getClassLoader().getResourceAsStream("holidays/Holidays_gb.xml")) {
      assertThat(xml).isNotNull();
      assertThat(TABLE.sourceSha256())
          .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(xml.readAllBytes())));
    }
    assertThat(TABLE.firstYear()).isEqualTo(UkWorkingDayCalendars.FIRST_YEAR).isEqualTo(2000);
    assertThat(TABLE.lastYear()).isEqualTo(UkWorkingDayCalendars.LAST_YEAR).isEqualTo(2060);
    for (UkNation nation : UkNation.values()) {
      assertThat(TABLE.subCalendar(nation)).isEqualTo(JollydayHolidaySource.subCalendar(nation));
    }
  }

  @ParameterizedTest
  @EnumSource(UkNation.class)
  void theTableHasExactlyJollydaysDatesForTheWholeRange(UkNation nation) {
    List<LocalDate> jollyday = new ArrayList<>(JOLLYDAY.bankHolidays(nation, 2000, 2060));
    assertThat(jollyday).hasSizeGreaterThan(8 * 61);
    assertThat(TABLE.bankHolidays(nation)).as("%s", nation).containsExactlyElementsOf(jollyday);
    // ... and so has the calendar built from it, as a list of bank holidays.
    WorkingDayCalendar calendar = UkWorkingDayCalendars.of(nation);
    assertThat(calendar.bankHolidaysBetween(calendar.firstDay(), calendar.lastDay().plusDays(1)))
        .containsExactlyElementsOf(jollyday);
  }

  @Test
  void scotlandsWorldCupBankHolidayIsInTheShippedTable() {
    LocalDate worldCup = GoldenBankHolidaysTest.SCOTLAND_WORLD_CUP_2026;
    assertThat(TABLE.bankHolidays(UkNation.SCOTLAND)).contains(worldCup);
    assertThat(TABLE.bankHolidays(UkNation.ENGLAND_AND_WALES)).doesNotContain(worldCup);
    assertThat(TABLE.bankHolidays(UkNation.NORTHERN_IRELAND)).doesNotContain(worldCup);
    assertThat(UkWorkingDayCalendars.of(UkNation.SCOTLAND).isBankHoliday(worldCup)).isTrue();
  }

  @Test
  void eachCalendarCitesTheDataItWasBuiltFrom() {
    for (UkNation nation : UkNation.values()) {
      WorkingDayCalendar calendar = UkWorkingDayCalendars.of(nation);
      assertThat(calendar.source().section()).contains("hierarchy=\"" + TABLE.subCalendar(nation) + "\"");
      assertThat(calendar.source().url()).hasValue("https://github.com/focus-shift/jollyday/blob/v2.19.0"
          + "/jollyday-core/src/main/resources/holidays/Holidays_gb.xml");
      assertThat(calendar.source().note()).hasValueSatisfying(note -> assertThat(note)
          .contains(TABLE.sourceSha256()).contains(UkBankHolidayTable.PATH).contains("GOV.UK"));
      assertThat(calendar.source()).isSameAs(calendar.source()); // made once
    }
  }
}
