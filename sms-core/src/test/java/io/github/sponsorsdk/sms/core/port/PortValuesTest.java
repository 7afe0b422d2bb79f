package io.github.sponsorsdk.sms.core.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.sponsorsdk.sms.core.certificate.CosType;
import io.github.sponsorsdk.sms.core.certificate.SalaryPeriod;
import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.decision.Reason;
import io.github.sponsorsdk.sms.core.identifier.CasNumber;
import io.github.sponsorsdk.sms.core.identifier.CertificateNumber;
import io.github.sponsorsdk.sms.core.identifier.CosNumber;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.testing.Examples;
import io.github.sponsorsdk.sms.core.testing.Json;
import io.github.sponsorsdk.sms.core.testing.TestReasonCode;
import io.github.sponsorsdk.sms.core.user.UserLevel;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PortValuesTest {

  static final Reason NOT_FOUND = TestReasonCode.NOT_FOUND.reason();

  @Test
  void resultHoldsAValueExactlyWhenAllowed() throws Exception {
    SmsResult<String> ok = SmsResult.allowed("x");
    SmsResult<String> no = SmsResult.refused(Decision.of(NOT_FOUND));
    assertThat(ok.orElseThrow()).isEqualTo("x");
    assertThat(no.isRefused()).isTrue();
    assertThatThrownBy(no::orElseThrow).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("NOT_FOUND");
    assertThatThrownBy(() -> SmsResult.refused(Decision.allowed())).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("ValueIffAllowed");
    assertThatThrownBy(() -> SmsResult.allowed("x", Decision.of(NOT_FOUND)))
        .isInstanceOf(InvalidValueException.class);
    TypeReference<SmsResult<String>> type = new TypeReference<>() {};
    for (SmsResult<String> r : java.util.List.of(ok, no)) {
      assertThat(Json.MAPPER.readValue(Json.MAPPER.writeValueAsString(r), type)).isEqualTo(r);
    }
  }

  @Test
  void sessionTokensAreMaskedAndPlainJson() throws Exception {
    SessionToken t = SessionToken.of("abcDEF12_-");
    assertThat(t.toString()).doesNotContain("abc");
    assertThat(Json.MAPPER.writeValueAsString(t)).isEqualTo("\"abcDEF12_-\"");
    assertThat(Json.roundTrip(t, SessionToken.class)).isEqualTo(t);
    assertThatThrownBy(() -> SessionToken.of("short")).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void valuesRoundTrip() {
    LogIn login = LogIn.builder().session(SessionToken.of("token1234")).userId(Examples.FLOYD_ROSE)
        .level(UserLevel.LEVEL_1).mustChangePassword(true).build();
    assertThat(Json.roundTrip(login, LogIn.class)).isEqualTo(login);
    CaseworkRequest c = CaseworkRequest.builder().reference("CW-1").kind(CaseworkKind.ALLOCATION_INCREASE)
        .status(CaseworkStatus.PENDING).submittedBy(Examples.FLOYD_ROSE).submittedOn(LocalDate.of(2026, 1, 5))
        .summary("3 more Skilled Worker CoS").build();
    assertThat(Json.roundTrip(c, CaseworkRequest.class)).isEqualTo(c);
    assertThat(c.status().isDecided()).isFalse();
    AllocationRequest a = AllocationRequest.builder().route(Route.SKILLED_WORKER).number(3)
        .justification("New contract").build();
    assertThat(Json.roundTrip(a, AllocationRequest.class)).isEqualTo(a);
    DefinedCosApplication d = DefinedCosApplication.builder().jobTitle("Software developer").occupationCode("2134")
        .grossSalary(Money.ofPounds(41_700)).salaryPeriod(SalaryPeriod.values()[0])
        .startDate(LocalDate.of(2026, 3, 1)).build();
    assertThat(Json.roundTrip(d, DefinedCosApplication.class)).isEqualTo(d);
    CircumstanceChange cc = CircumstanceChange.builder().kind("Change of address")
        .changedOn(LocalDate.of(2026, 2, 1)).details("Moved to 1 High Street").build();
    assertThat(Json.roundTrip(cc, CircumstanceChange.class)).isEqualTo(cc);
    CertificateDraft draft = CertificateDraft.builder().route(Route.SKILLED_WORKER).migrant(Examples.migrant())
        .cosType(CosType.UNDEFINED).grossSalary(Money.ofPounds(41_700)).build();
    assertThat(Json.roundTrip(draft, CertificateDraft.class)).isEqualTo(draft);
  }

  @Test
  void aPrintRoundTripsWithTheKindOfItsNumber() {
    CertificatePrint cos = CertificatePrint.builder().number(CosNumber.of("C2G7K12345X"))
        .addLines("CoS number: C2G7K12345X", "Passport number: 123456789").build();
    assertThat(Json.roundTrip(cos, CertificatePrint.class)).isEqualTo(cos);
    CertificatePrint cas = CertificatePrint.builder().number(CasNumber.of("E4G1AB2C34D5E6"))
        .addLines("CAS number: E4G1AB2C34D5E6").build();
    assertThat(Json.roundTrip(cas, CertificatePrint.class).number()).isInstanceOf(CasNumber.class).isEqualTo(
        cas.number());
    assertThat(CertificateNumber.of(" e4g1ab2c34d5e6 ")).isEqualTo(CasNumber.of("E4G1AB2C34D5E6"));
    assertThat(CertificateNumber.of("c2g7k12345x")).isEqualTo(CosNumber.of("C2G7K12345X"));
    assertThatThrownBy(() -> CertificateNumber.of("12")).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void activityReportsRoundTripWithTheirEventType() {
    ActivityReport r = ActivityReport.builder().reference("RPT-1")
        .event(io.github.sponsorsdk.sms.core.event.WorkerUnauthorisedAbsence.builder()
            .cos(CosNumber.of("C2G7H9K3")).occurredOn(LocalDate.of(2026, 3, 2)).consecutiveWorkingDaysAbsent(11)
            .build())
        .reportedBy(Examples.FLOYD_ROSE).reportedOn(LocalDate.of(2026, 3, 20)).build();
    assertThat(Json.roundTrip(r, ActivityReport.class)).isEqualTo(r);
    ActivityReport noted = r.withNotes("Sent with the BDT activity report");
    assertThat(Json.roundTrip(noted, ActivityReport.class)).isEqualTo(noted);
  }

  @Test
  void activityReportNotesAreOneTo2000Characters() {
    ActivityReport r = ActivityReport.builder().reference("RPT-1")
        .event(io.github.sponsorsdk.sms.core.event.StudentDidNotEnrol.builder()
            .cas(CasNumber.of("E4G0AA0A00A0A1"))
            .occurredOn(LocalDate.of(2026, 10, 2)).build())
        .reportedBy(Examples.FLOYD_ROSE).reportedOn(LocalDate.of(2026, 10, 5)).build();
    assertThat(r.withNotes("n".repeat(2000)).notes()).hasValueSatisfying(n -> assertThat(n).hasSize(2000));
    assertThatThrownBy(() -> r.withNotes("n".repeat(2001)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("notes");
    assertThatThrownBy(() -> r.withNotes(""))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("notes");
  }

  @Test
  void bulkUploadsRoundTrip() {
    BulkUpload u = BulkUpload.builder().reference("BDT-1").uploadedBy(Examples.FLOYD_ROSE)
        .uploadedOn(LocalDate.of(2026, 1, 5)).records(2).addCreated(CasNumber.of("E4G0AA0A00A0A1")).rejected(1)
        .addFindings(io.github.sponsorsdk.sms.core.decision.Finding.of(TestReasonCode.TOO_SHORT.reason(
            java.util.Map.of("minLength", 12, "maxLength", 256)),
            io.github.sponsorsdk.sms.core.decision.FileLocation.builder().recordNumber(2L).applicantId("A1").line(40)
                .column(7).path("CAS/ApplicantData/Gender").build()))
        .build();
    u = u.withOutcomes(RecordOutcome.builder().recordNumber(1).applicantId("A0").kind(RecordOutcomeKind.CREATED)
        .cas(CasNumber.of("E4G0AA0A00A0A1")).build(), RecordOutcome.builder().recordNumber(2).applicantId("A1")
        .kind(RecordOutcomeKind.REJECTED).addAllFindings(u.findings()).build());
    assertThat(Json.roundTrip(u, BulkUpload.class)).isEqualTo(u);
    assertThat(u.outcomes(RecordOutcomeKind.REJECTED)).extracting(RecordOutcome::recordNumber).containsExactly(2L);
  }

  /** A record's outcome names its CAS exactly when one was created or recorded, and says why when it is not ready. */
  @Test
  void recordOutcomesHoldTheirInvariants() {
    assertThatThrownBy(() -> RecordOutcome.builder().recordNumber(0)
            .kind(RecordOutcomeKind.REJECTED).cas(CasNumber.of("E4G0AA0A00A0A1")).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("recordNumber").hasMessageContaining("cas").hasMessageContaining("findings");
    assertThatThrownBy(() -> RecordOutcome.builder().recordNumber(1)
            .kind(RecordOutcomeKind.CREATED_NOT_READY_TO_GO).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("cas").hasMessageContaining("findings");
  }

  @Test
  void searchNeedsExactlyOneCriterion() {
    CertificateSearch byCos = CertificateSearch.byNumber(CosNumber.of("C2G7K9X4P1"));
    CertificateSearch byCas = CertificateSearch.byNumber(CasNumber.of("E4G0AA0A00A0A1"));
    CertificateSearch byPassport = CertificateSearch.byPassport("123456789");
    for (CertificateSearch s : java.util.List.of(byCos, byCas, byPassport)) {
      assertThat(Json.roundTrip(s, CertificateSearch.class)).isEqualTo(s);
    }
    assertThat(byCas.number()).contains(CasNumber.of("E4G0AA0A00A0A1"));
    assertThat(byPassport.toString()).doesNotContain("123456789");
    assertThatThrownBy(() -> CertificateSearch.builder().build()).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("ExactlyOne");
    assertThatThrownBy(() -> CertificateSearch.builder().passportNumber("1")
        .cosNumber(CosNumber.of("C2G7K9X4P1")).build()).isInstanceOf(InvalidValueException.class);
  }
}
