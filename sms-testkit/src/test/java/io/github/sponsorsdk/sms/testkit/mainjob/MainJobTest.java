package io.github.sponsorsdk.sms.testkit.mainjob;

import io.github.sponsorsdk.sms.testkit.audit.AuditAction;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.certificate.CertificateStatus;
import io.github.sponsorsdk.sms.core.decision.Finding;
import io.github.sponsorsdk.sms.core.decision.Severity;
import io.github.sponsorsdk.sms.core.port.BulkUpload;
import io.github.sponsorsdk.sms.core.port.RecordOutcome;
import io.github.sponsorsdk.sms.core.port.RecordOutcomeKind;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.rules.login.LoginReasonCode;
import io.github.sponsorsdk.sms.rules.password.PasswordReasonCode;
import io.github.sponsorsdk.sms.rules.reporting.DutyStatus;
import io.github.sponsorsdk.sms.testkit.audit.AuditEntry;
import io.github.sponsorsdk.sms.xml.validate.FindingCode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the README's main job in-process and checks the facts it prints. */
class MainJobTest {

  private static MainJob.Outcome outcome;
  private static String printed;

  @BeforeAll
  static void runTheStory() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    outcome = MainJob.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    printed = bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void weakPasswordIsRefusedWithEveryReason() {
    // "password": 8 characters, no upper case, no digit, no special character (Manual 1, Guide 1, step 2).
    assertThat(outcome.weakPassword().isRefused()).isTrue();
    assertThat(outcome.weakPassword().codes()).contains(PasswordReasonCode.TOO_SHORT.code(),
        PasswordReasonCode.NO_UPPERCASE.code(), PasswordReasonCode.NO_DIGIT.code(),
        PasswordReasonCode.NO_SPECIAL.code());
  }

  @Test
  void threeWrongPasswordsLockTheAccountUntilTheLockRunsOut() {
    assertThat(outcome.lockedOut().has(LoginReasonCode.LOCKED_AFTER_FAILED_ATTEMPTS)).isTrue();
    assertThat(outcome.refusedWhileLocked().isRefused()).isTrue();
    assertThat(outcome.refusedWhileLocked().has(LoginReasonCode.ACCOUNT_LOCKED)).isTrue();
    assertThat(outcome.unlockedLogIn().isAllowed()).isTrue();
    // The third failure is audited as the lock itself.
    assertThat(outcome.sms().auditTrail().byAction(AuditAction.LOG_IN_FAILED)).hasSize(2)
        .allSatisfy(e -> assertThat(e.subject()).isEqualTo(outcome.level2().value()));
    assertThat(outcome.sms().auditTrail().byAction(AuditAction.ACCOUNT_LOCKED)).singleElement()
        .satisfies(e -> assertThat(e.subject()).isEqualTo(outcome.level2().value()));
  }

  @Test
  void assigningTheCosUsesOneOfTheAllocation() {
    assertThat(outcome.allocationBefore()).isEqualTo(MainJob.ALLOCATION);
    assertThat(outcome.allocationAfter()).isEqualTo(MainJob.ALLOCATION - 1);
    assertThat(outcome.sms().certificates(outcome.licence())).filteredOn(c -> c.route() == Route.SKILLED_WORKER)
        .singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(CertificateStatus.USED));
  }

  @Test
  void absenceDutyIsDueTenWorkingDaysAfterTheTenthDayOfAbsence() {
    // Absent from Monday 20 April 2026; the 10th working day is Friday 1 May; 10 working days later, skipping the
    // Early May bank holiday (Monday 4 May 2026, England and Wales), is Monday 18 May 2026.
    LocalDate expected = LocalDate.of(2026, 5, 18);
    assertThat(outcome.dutyBefore().id()).isEqualTo("W2");
    assertThat(outcome.dutyBefore().status()).isEqualTo(DutyStatus.DUE);
    assertThat(outcome.dutyBefore().dueDate()).contains(expected);
    assertThat(outcome.dutyAfter().status()).isEqualTo(DutyStatus.REPORTED);
    assertThat(outcome.dutyAfter().reportedOn()).contains(MainJob.REPORTED_ON);
    assertThat(outcome.dutyAfter().dueDate()).contains(expected);
    assertThat(printed).contains("due Mon 18 May 2026");
  }

  @Test
  void uploadHasExactlyOneWarningAndOneError() {
    BulkUpload upload = outcome.upload();
    assertThat(upload.records()).isEqualTo(3);
    assertThat(upload.created()).hasSize(2); // the ready record and the one with a warning
    assertThat(upload.rejected()).isEqualTo(1);
    List<Finding> findings = upload.findings();
    assertThat(findings).hasSize(2);
    assertThat(findings).filteredOn(f -> f.severity() == Severity.WARNING).singleElement().satisfies(f -> {
      assertThat(f.is(FindingCode.SELT_DETAILS_MISSING)).isTrue();
      assertThat(f.location().recordNumber()).as("the second record, counted from 1").contains(2L);
      assertThat(f.location().path()).isEqualTo("CAS/EvidenceDetails");
    });
    assertThat(findings).filteredOn(f -> f.severity() == Severity.REFUSAL).singleElement().satisfies(f -> {
      assertThat(f.is(FindingCode.UNKNOWN_NATIONALITY)).isTrue();
      assertThat(f.location().recordNumber()).contains(3L);
      assertThat(f.location().path()).isEqualTo("CAS/ApplicantData/Nationality");
      // nationality is personal data: hidden in the reason unless ValidationOptions.personalData says SHOWN
      assertThat(f.reason().parameters()).containsOnlyKeys("field", "value", "list")
          .containsEntry("field", "Nationality").containsEntry("value", "[hidden: 3 characters]");
      assertThat(f.reason().parameters().get("list").toString()).startsWith("nationalities (");
    });
    assertThat(outcome.sms().certificates(outcome.licence())).hasSize(3);
    // Real-shaped dates of birth (a year, a year and month) are held; the record with the warning is not ready to go.
    assertThat(upload.outcomes()).extracting(RecordOutcome::kind).containsExactly(RecordOutcomeKind.CREATED,
        RecordOutcomeKind.CREATED_NOT_READY_TO_GO, RecordOutcomeKind.REJECTED);
    assertThat(upload.outcomes()).extracting(RecordOutcome::recordNumber).containsExactly(1L, 2L, 3L);
  }

  @Test
  void auditTrailIsNonEmptyAndInTimeOrder() {
    List<AuditEntry> audit = outcome.sms().auditTrail().entries();
    assertThat(audit).isNotEmpty();
    assertThat(audit).isSortedAccordingTo(Comparator.comparing(AuditEntry::at)
        .thenComparing(AuditEntry::sequence));
    assertThat(audit).extracting(AuditEntry::action).contains(AuditAction.LICENCE_GRANTED,
        AuditAction.PASSWORD_CHANGED, AuditAction.ACCOUNT_LOCKED, AuditAction.CERTIFICATE_ASSIGNED,
        AuditAction.OCCURRENCE_RECORDED, AuditAction.ACTIVITY_REPORTED, AuditAction.BDT_UPLOADED);
    assertThat(printed).contains("== 7. Audit trail (" + audit.size() + " entries");
  }

  @Test
  void outputIsReadableShortAndFreeOfSecretsAndStackTraces() {
    assertThat(printed).contains("== 1.", "== 2.", "== 3.", "== 4.", "== 5.", "== 6.", "== 7.", "== 8.",
        "LOCKED_AFTER_FAILED_ATTEMPTS", "ACCOUNT_LOCKED", "England and Wales", "SELT_DETAILS_MISSING",
        "UNKNOWN_NATIONALITY");
    assertThat(printed.lines().count()).isLessThanOrEqualTo(160);
    assertThat(printed).doesNotContain("Exception", "\tat ", "Hibernate Validator", "SLF4J", "Tidal!Marsh!Otter7",
        "Copper!Heron!Lake31", "Not-The-Password-1");
    outcome.sms().outbox().all().forEach(e -> e.password().ifPresent(p -> assertThat(printed).doesNotContain(p)));
  }

  @Test
  void sameStoryTwiceGivesTheSameOutput() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    MainJob.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(printed);
  }

  /** Issue 16: one worker through Sponsor UK beside one through the SMS, on one licence and one clock. */
  @Test
  void aGaeWorkerGoesThroughSponsorUkWhileTheSkilledWorkerStaysOnTheSms() {
    assertThat(outcome.smsCosForGae().codes()).containsExactly("migration.ROUTE_MIGRATED_TO_SPONSOR_UK");
    assertThat(outcome.sponsorUkWorker().status())
        .isEqualTo(io.github.sponsorsdk.sms.core.submission.SubmissionStatus.DECIDED);
    assertThat(outcome.sponsorUkWorker().srn()).isPresent();
    assertThat(outcome.sponsorUkWorker().paidOn().orElseThrow())
        .isBeforeOrEqualTo(outcome.sponsorUkWorker().srnIssuedOn().orElseThrow());
    // SRN issued Wednesday 13 May 2026; 90 days later is Tuesday 11 August 2026 (no edit under review).
    assertThat(outcome.srnLastDay()).isEqualTo(LocalDate.of(2026, 8, 11));
    assertThat(printed).contains("payment link due by Mon 18 May 2026", "valid for applications up to Tue 11 Aug 2026",
        "on Sponsor UK is DECIDED");
    assertThat(outcome.sms().certificates(outcome.licence())).noneMatch(c -> c.route() == Route.GOVERNMENT_AUTHORISED_EXCHANGE);
    assertThat(outcome.sms().auditTrail().byAction(AuditAction.ROUTE_MIGRATED)).hasSize(1);
  }
}
