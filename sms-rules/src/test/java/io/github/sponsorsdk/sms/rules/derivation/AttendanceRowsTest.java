package io.github.sponsorsdk.sms.rules.derivation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.instancio.Select.field;

import io.github.sponsorsdk.sms.core.event.WorkerEvent;
import io.github.sponsorsdk.sms.core.event.WorkerStartDelayed;
import io.github.sponsorsdk.sms.core.event.WorkerUnauthorisedAbsence;
import io.github.sponsorsdk.sms.core.identifier.CosNumber;
import io.github.sponsorsdk.sms.core.place.UkNation;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.Violation;
import io.github.sponsorsdk.sms.rules.testing.Json;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import org.instancio.Instancio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Attendance as rows (one per worker, a code per day) gives exactly the events the same attendance gives as records,
 * on generated workforces (Instancio, fixed seeds; the seed is in the test name on failure): every nation, the
 * default and two shift patterns, long runs across Christmas and Easter, rest days and days without an entry, a
 * worker's year split into several rows with gaps between them. Then the rows' own bad input.
 */
class AttendanceRowsTest {

  static final CosNumber COS = CosNumber.of("C2G7H9K3");
  static final String CODES = "WAL-.";

  /** A stretch of one code: {@code code} indexes {@link #CODES}; weights favour worked days and long absences. */
  record Stretch(int code, int days) {}

  /** One generated worker: nation, pattern (0 none, 1 Wednesday to Sunday with bank holidays, 2 Monday to Saturday). */
  record Person(int nation, int pattern, LocalDate firstDay, List<Stretch> stretches, int cuts) {}

  static List<Person> people(long seed, int count) {
    return Instancio.ofList(Person.class).size(count).withSeed(seed)
        .generate(field(Person.class, "nation"), gen -> gen.ints().range(0, 2))
        .generate(field(Person.class, "pattern"), gen -> gen.ints().range(0, 2))
        .generate(field(Person.class, "firstDay"), gen -> gen.temporal().localDate()
            .range(LocalDate.of(2020, 12, 1), LocalDate.of(2058, 12, 31)))
        .generate(field(Person.class, "stretches"), gen -> gen.collection().size(40))
        .generate(field(Stretch.class, "code"), gen -> gen.ints().range(0, 9))
        .generate(field(Stretch.class, "days"), gen -> gen.ints().range(1, 16))
        .generate(field(Person.class, "cuts"), gen -> gen.ints().range(0, 3))
        .create();
  }

  /** Codes 0-3 worked, 4-6 absent without permission, 7 leave, 8 rest day, 9 no entry. */
  static char code(int c) {
    return c <= 3 ? 'W' : c <= 6 ? 'A' : c == 7 ? 'L' : c == 8 ? '-' : '.';
  }

  static WorkerRecord worker(int i, Person p) {
    WorkerRecord.Builder b = WorkerRecord.builder().reference("EMP-" + i).cos(COS)
        .nation(UkNation.values()[p.nation()]).cosStartDate(p.firstDay());
    if (p.pattern() == 1) {
      b.pattern(WorkPattern.of(EnumSet.of(DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY,
          DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), BankHolidayWork.WORKED));
    } else if (p.pattern() == 2) {
      b.pattern(WorkPattern.of(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), BankHolidayWork.NOT_WORKED));
    }
    return b.build();
  }

  static String codes(Person p) {
    StringBuilder s = new StringBuilder();
    for (Stretch st : p.stretches()) {
      s.append(String.valueOf(code(st.code())).repeat(st.days()));
    }
    return s.toString();
  }

  /** The same attendance both ways; {@code shuffle} gives each worker's records and rows out of date order. */
  static PayrollRecords[] bothForms(long seed, boolean shuffle) {
    List<Person> people = people(seed, 80);
    List<WorkerRecord> workers = new ArrayList<>();
    List<AttendanceRecord> records = new ArrayList<>();
    List<AttendanceRow> rows = new ArrayList<>();
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < people.size(); i++) {
      Person p = people.get(i);
      WorkerRecord w = worker(i, p);
      workers.add(w);
      String codes = codes(p);
      List<AttendanceRecord> mine = new ArrayList<>();
      for (int d = 0; d < codes.length(); d++) {
        LocalDate day = p.firstDay().plusDays(d);
        AttendanceStatus.ofCode(codes.charAt(d)).ifPresent(s -> mine.add(AttendanceRecord.of(w.reference(), day, s)));
      }
      // Rows: cut the codes into pieces; a cut drops a day, which then has no entry (like a missing record).
      List<AttendanceRow> myRows = new ArrayList<>();
      int from = 0;
      for (int c = 0; c < p.cuts() && codes.length() - from > 3; c++) {
        int at = from + 1 + random.nextInt(codes.length() - from - 2);
        myRows.add(AttendanceRow.of(w.reference(), p.firstDay().plusDays(from), codes.substring(from, at)));
        from = at + 1;
        LocalDate dropped = p.firstDay().plusDays(at);
        mine.removeIf(r -> r.date().equals(dropped));
      }
      myRows.add(AttendanceRow.of(w.reference(), p.firstDay().plusDays(from), codes.substring(from)));
      if (shuffle) {
        Collections.shuffle(mine, new java.util.Random(seed + i));
        Collections.reverse(myRows);
      }
      records.addAll(mine);
      rows.addAll(myRows);
    }
    return new PayrollRecords[] {
        PayrollRecords.builder().workers(workers).attendance(records).build(),
        PayrollRecords.builder().workers(workers).attendanceRows(rows).build()};
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {20261205L, 42L, 7L})
  void rowsAndRecordsGiveTheSameEvents(long seed) {
    PayrollRecords[] forms = bothForms(seed, false);
    LocalDate asOf = LocalDate.of(2059, 12, 31);
    DerivedEvents fromRecords = EventDerivation.defaults().events(forms[0], asOf);
    DerivedEvents fromRows = EventDerivation.defaults().events(forms[1], asOf);
    assertThat(fromRecords.findings()).isEmpty();
    assertThat(fromRows.findings()).isEmpty();
    for (int i = 0; i < Math.min(fromRows.events().size(), fromRecords.events().size()); i++) {
      assertThat(fromRows.events().get(i)).as("event %d", i).isEqualTo(fromRecords.events().get(i));
    }
    assertThat(fromRows.events()).isEqualTo(fromRecords.events());
    long absences = fromRows.events().stream().filter(e -> e instanceof WorkerUnauthorisedAbsence).count();
    assertThat(absences).as("the generated data has absences to find").isGreaterThan(20);
    assertThat(fromRows.events()).filteredOn(e -> e instanceof WorkerUnauthorisedAbsence)
        .anySatisfy(e -> assertThat(((WorkerUnauthorisedAbsence) e).returnedOn()).isEmpty())
        .anySatisfy(e -> assertThat(((WorkerUnauthorisedAbsence) e).consecutiveWorkingDaysAbsent()).isGreaterThan(20));
    // the nation's calendar instead of the patterns: the same again
    EventDerivation nationOnly = EventDerivation.of(DerivationParameters.builder()
        .absenceDays(AbsenceDays.NATION_CALENDAR).build());
    assertThat(nationOnly.events(forms[1], asOf).events()).isEqualTo(nationOnly.events(forms[0], asOf).events());
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {20261205L, 11L})
  void outOfOrderRowsAreSortedLikeOutOfOrderRecords(long seed) {
    PayrollRecords[] ordered = bothForms(seed, false);
    PayrollRecords[] shuffled = bothForms(seed, true);
    LocalDate asOf = LocalDate.of(2059, 12, 31);
    DerivedEvents expected = EventDerivation.defaults().events(ordered[1], asOf);
    DerivedEvents fromRows = EventDerivation.defaults().events(shuffled[1], asOf);
    DerivedEvents fromRecords = EventDerivation.defaults().events(shuffled[0], asOf);
    assertThat(fromRows.events()).isEqualTo(expected.events());
    assertThat(fromRecords.events()).isEqualTo(expected.events());
    assertThat(fromRows.findings()).isNotEmpty().allSatisfy(f -> {
      assertThat(f.is(DerivationReasonCode.OUT_OF_ORDER)).isTrue();
      assertThat(f.kind()).isEqualTo(RecordKind.ATTENDANCE_ROW);
    });
    assertThat(fromRows.isComplete()).isTrue();
  }

  /**
   * The README's Amara as a row: absent from Monday 22 December 2025 to Friday 9 January 2026 in Scotland (bank
   * holidays 25, 26 December, 1 and 2 January), back on Monday 12 January: 11 working days, the tenth on 8 January.
   */
  @Test
  void aRowAcrossChristmasInScotland() {
    String codes = "A".repeat(21) + "W";                 // 22 Dec 2025 to 12 Jan 2026: absent every day to the 11th
    DerivedEvents d = EventDerivation.defaults().events(PayrollRecords.builder()
        .addWorkers(WorkerRecord.builder().reference("EMP-00042").cos(COS).nation(UkNation.SCOTLAND).build())
        .addAttendanceRows(AttendanceRow.of("EMP-00042", LocalDate.of(2025, 12, 22), codes)).build(),
        LocalDate.of(2026, 1, 12));
    WorkerUnauthorisedAbsence a = (WorkerUnauthorisedAbsence) d.events().get(0);
    assertThat(a.consecutiveWorkingDaysAbsent()).isEqualTo(11);
    assertThat(a.tenthWorkingDayOfAbsence()).contains(LocalDate.of(2026, 1, 8));
    assertThat(a.returnedOn()).contains(LocalDate.of(2026, 1, 12));
    assertThat(d.findings()).isEmpty();
  }

  /** Exactly 10 working days absent is not an event; 11 is (Monday 2 to Monday 16 March 2026, England and Wales). */
  @Test
  void tenWorkingDaysInARowAreNotAnEventElevenAre() {
    WorkerRecord w = WorkerRecord.builder().reference("EMP-1").cos(COS).nation(UkNation.ENGLAND_AND_WALES).build();
    String ten = "AAAAA--AAAAA--W";
    String eleven = "AAAAA--AAAAA--AW";
    LocalDate monday = LocalDate.of(2026, 3, 2);
    assertThat(EventDerivation.defaults().events(PayrollRecords.builder().addWorkers(w)
        .addAttendanceRows(AttendanceRow.of("EMP-1", monday, ten)).build(), monday.plusDays(30)).events()).isEmpty();
    assertThat(EventDerivation.defaults().events(PayrollRecords.builder().addWorkers(w)
        .addAttendanceRows(AttendanceRow.of("EMP-1", monday, eleven)).build(), monday.plusDays(30)).events())
        .singleElement().satisfies(e -> assertThat(((WorkerUnauthorisedAbsence) e).tenthWorkingDayOfAbsence())
            .contains(LocalDate.of(2026, 3, 13)));
  }

  /** A worker's first W gives the start; a row with no W and a start window that has ended gives a start delay. */
  @Test
  void theFirstWorkedDayOfARowIsTheStart() {
    WorkerRecord w = WorkerRecord.builder().reference("EMP-2").cos(COS).nation(UkNation.NORTHERN_IRELAND)
        .cosStartDate(LocalDate.of(2026, 1, 5)).build();
    DerivedEvents late = EventDerivation.defaults().events(PayrollRecords.builder().addWorkers(w)
        .addAttendanceRows(AttendanceRow.of("EMP-2", LocalDate.of(2026, 1, 5), "..............................W"))
        .build(), LocalDate.of(2026, 3, 1));
    assertThat(late.events()).singleElement().isInstanceOfSatisfying(WorkerStartDelayed.class,
        e -> assertThat(e.newStartDate()).contains(LocalDate.of(2026, 2, 4)));
    DerivedEvents onTime = EventDerivation.defaults().events(PayrollRecords.builder().addWorkers(w)
        .addAttendanceRows(AttendanceRow.of("EMP-2", LocalDate.of(2026, 1, 5), "WWWWW")).build(),
        LocalDate.of(2026, 3, 1));
    assertThat(onTime.events()).isEmpty();
  }

  @Test
  void badRowsHaveAFindingEachAndTheRestIsDerived() {
    String eleven = "AAAAA--AAAAA--AW";
    LocalDate monday = LocalDate.of(2026, 3, 2);
    List<WorkerRecord> workers = new ArrayList<>();
    for (String ref : List.of("GOOD", "BOTH", "FAR", "OVERLAP")) {
      workers.add(WorkerRecord.builder().reference(ref).cos(COS).nation(UkNation.ENGLAND_AND_WALES).build());
    }
    PayrollRecords records = PayrollRecords.builder().workers(workers)
        .addAttendance(AttendanceRecord.of("BOTH", monday, AttendanceStatus.WORKED))
        .addAttendanceRows(
            AttendanceRow.of("GOOD", monday, eleven),                          // 0: an event
            AttendanceRow.of("NOBODY", monday, eleven),                        // 1: unknown worker
            AttendanceRow.of("BOTH", monday, eleven),                          // 2: the worker has records
            AttendanceRow.of("FAR", LocalDate.of(2060, 12, 20), "WWWWWWWWWWWWWW"), // 3: ends in 2061
            AttendanceRow.of("OVERLAP", monday, eleven),                       // 4
            AttendanceRow.of("OVERLAP", monday.plusDays(10), eleven))          // 5: overlaps row 4
        .build();
    DerivedEvents d = EventDerivation.defaults().events(records, monday.plusDays(40));
    assertThat(d.findings()).extracting(f -> f.kind() + "[" + f.index() + "] " + f.code() + " " + f.severity())
        .containsExactlyInAnyOrder(
            "ATTENDANCE_ROW[1] derivation.UNKNOWN_WORKER REFUSAL",
            "ATTENDANCE_ROW[2] derivation.ATTENDANCE_IN_TWO_FORMS REFUSAL",
            "ATTENDANCE_ROW[3] derivation.DATE_OUTSIDE_CALENDAR REFUSAL",
            "ATTENDANCE_ROW[5] derivation.OVERLAPPING_RECORD REFUSAL");
    assertThat(d.findings().get(2).message()).isEqualTo("Date 2061-01-02 is outside the working-day calendar's "
        + "range (2000-01-01 to 2060-12-31): the record was not used.");
    assertThat(d.events()).extracting(e -> e.reference().orElseThrow()).containsExactly("GOOD");
    assertThat(d.isComplete()).isFalse();
  }

  @Test
  void aRowIsCheckedWhenBuiltWithEveryViolationListed() {
    assertThatThrownBy(() -> AttendanceRow.of("", LocalDate.of(2026, 1, 1), "WWxW?"))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
            .extracting(Violation::path).containsExactly("worker", "codes[2]", "codes[4]"));
    assertThatThrownBy(() -> AttendanceRow.of("EMP-1", LocalDate.of(2026, 1, 1), ""))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("codes");
    AttendanceRow row = AttendanceRow.of("EMP-1", LocalDate.of(2026, 1, 1),
        List.of(AttendanceStatus.WORKED, AttendanceStatus.NOT_SCHEDULED, AttendanceStatus.ABSENT_WITHOUT_PERMISSION));
    assertThat(row.codes()).isEqualTo("W-A");
    assertThat(row.lastDay()).isEqualTo(LocalDate.of(2026, 1, 3));
    assertThat(row.status(LocalDate.of(2026, 1, 3))).contains(AttendanceStatus.ABSENT_WITHOUT_PERMISSION);
    assertThat(row.status(LocalDate.of(2026, 1, 4))).isEmpty();
    assertThat(AttendanceRow.of("EMP-1", LocalDate.of(2026, 1, 1), "W.W").status(LocalDate.of(2026, 1, 2)))
        .isEmpty();
    for (AttendanceStatus s : AttendanceStatus.values()) {
      assertThat(AttendanceStatus.ofCode(s.code())).contains(s);
    }
    assertThat(AttendanceStatus.ofCode('x')).isEmpty();
  }

  @Test
  void rowsRoundTripAsJson() {
    AttendanceRow row = AttendanceRow.of("EMP-1", LocalDate.of(2026, 1, 1), "WW--A.L");
    assertThat(Json.roundTrip(row, AttendanceRow.class)).isEqualTo(row);
    PayrollRecords[] forms = bothForms(3L, false);
    assertThat(Json.roundTrip(forms[1], PayrollRecords.class)).isEqualTo(forms[1]);
    List<WorkerEvent> events = EventDerivation.defaults().events(forms[1], LocalDate.of(2059, 12, 31)).events();
    assertThat(events).isNotEmpty();
  }
}
