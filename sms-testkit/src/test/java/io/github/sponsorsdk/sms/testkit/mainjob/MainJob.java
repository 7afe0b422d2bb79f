package io.github.sponsorsdk.sms.testkit.mainjob;

import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.decision.Finding;
import io.github.sponsorsdk.sms.core.decision.Reason;
import io.github.sponsorsdk.sms.core.decision.Severity;
import io.github.sponsorsdk.sms.core.event.WorkerUnauthorisedAbsence;
import io.github.sponsorsdk.sms.core.identifier.CosNumber;
import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.identifier.SponsorLicenceNumber;
import io.github.sponsorsdk.sms.core.licence.Allocation;
import io.github.sponsorsdk.sms.core.licence.Rating;
import io.github.sponsorsdk.sms.core.place.UkNation;
import io.github.sponsorsdk.sms.core.port.ActivityReport;
import io.github.sponsorsdk.sms.core.port.BulkUpload;
import io.github.sponsorsdk.sms.core.port.RecordOutcome;
import io.github.sponsorsdk.sms.core.port.LogIn;
import io.github.sponsorsdk.sms.core.port.SessionToken;
import io.github.sponsorsdk.sms.core.port.SmsResult;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.user.SmsUser;
import io.github.sponsorsdk.sms.core.user.UserProfile;
import io.github.sponsorsdk.sms.rules.certificate.ApplicationDecision;
import io.github.sponsorsdk.sms.rules.reporting.Duty;
import io.github.sponsorsdk.sms.core.certificate.SalaryPeriod;
import io.github.sponsorsdk.sms.core.evidence.EvidenceDocument;
import io.github.sponsorsdk.sms.core.evidence.EvidenceMetadata;
import io.github.sponsorsdk.sms.core.identifier.SponsorshipReferenceNumber;
import io.github.sponsorsdk.sms.core.identifier.SubmissionReference;
import io.github.sponsorsdk.sms.core.licence.RouteMigration;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.port.SubmissionDraft;
import io.github.sponsorsdk.sms.core.submission.Submission;
import io.github.sponsorsdk.sms.testkit.InMemorySms;
import io.github.sponsorsdk.sms.testkit.InMemorySponsorUk;
import io.github.sponsorsdk.sms.testkit.SponsorUkHomeOffice;
import io.github.sponsorsdk.sms.testkit.audit.AuditEntry;
import io.github.sponsorsdk.sms.testkit.clock.SmsTestClock;
import io.github.sponsorsdk.sms.testkit.outbox.Email;
import io.github.sponsorsdk.sms.testkit.scenario.Drafts;
import io.github.sponsorsdk.sms.testkit.scenario.Scenarios;
import io.github.sponsorsdk.sms.testkit.scenario.Sponsor;
import io.github.sponsorsdk.sms.testkit.scenario.SponsorScenario;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The README's main job: a sponsor's first months on the in-memory SMS, end to end, printed as a timeline, with
 * one worker through the SMS and one (Government Authorised Exchange, after the route moved) through Sponsor UK.
 * Run from the repository root with {@code mvn -B -ntp -q -Pmain-job -DskipTests package}.
 *
 * <p>Everything goes through the public testkit API: the port ({@code logIn}, {@code changePassword},
 * {@code createLevel2User}, {@code create}, {@code assign}, {@code reportActivity}, {@code uploadBdt},
 * {@code bulkUploadResults}), the Home Office side (licence
 * grant, visa application used and granted), the host-system side ({@code recordOccurrence}, {@code duties}), the
 * outbox and the audit trail. Every refusal, lock, allocation count and due date printed is the answer of an
 * sms-rules engine reached through the fake; this class decides nothing itself. Time moves only through the fake's
 * {@link SmsTestClock} (Europe/London), starting on Monday 2 March 2026 at 09:00, so the output is the same on every
 * run. Deadlines count the working days of England and Wales (bank holidays included: the Early May bank holiday,
 * Monday 4 May 2026, falls inside the absence and its reporting window).
 *
 * <p><b>The BDT upload</b> sends the bundled CAS file {@value #UPLOAD} through the port; the fake checks it with
 * sms-xml's validator and creates a CAS from every record without an error.
 *
 * <p>No password is printed: the emailed one appears masked, as the outbox's {@link Email#toString()} shows it, and
 * the ones typed in the story are constants of this class that only their length reveals.
 */
public final class MainJob {

  /** The CAS upload file, beside this class: three records, one ready, one with a warning, one with an error. */
  static final String UPLOAD = "cas-upload.xml";

  /** Day 0 of the story, a Monday; the clock starts at 09:00 London time. */
  static final LocalDate START = LocalDate.of(2026, 3, 2);

  /** Where the worker works, hence whose working days and bank holidays count. */
  static final UkNation NATION = UkNation.ENGLAND_AND_WALES;

  /** Skilled Worker CoS granted with the licence. */
  static final int ALLOCATION = 5;

  /** First day of the worker's absence without permission (a Monday). */
  static final LocalDate ABSENCE_FROM = LocalDate.of(2026, 4, 20);

  /** The HR system notices on this day that the worker has been absent for 11 consecutive working days. */
  static final LocalDate ABSENCE_NOTICED = LocalDate.of(2026, 5, 5);

  /** The HR system's reference of the absence. */
  static final String ABSENCE_REFERENCE = "EMP-00042";

  /** The day the sponsor reports the absence. */
  static final LocalDate REPORTED_ON = LocalDate.of(2026, 5, 7);

  // Passwords typed in the story: never printed. The weak one breaks several Guide 1 rules at once.
  private static final String WEAK = "password";
  private static final String LEVEL1_PASSWORD = "Tidal!Marsh!Otter7";
  private static final String LEVEL2_PASSWORD = "Copper!Heron!Lake31";
  private static final String WRONG = "Not-The-Password-1";

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE dd MMM HH:mm", Locale.UK).withZone(SmsTestClock.LONDON);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE dd MMM yyyy", Locale.UK);

  private MainJob() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try {
      run(out);
    } catch (RuntimeException e) {
      System.err.println("main-job: the scenario stopped: " + e);
      System.exit(1);
    }
  }

  /** What the story showed, for {@code MainJobTest} to check. */
  record Outcome(InMemorySms sms, SponsorLicenceNumber licence, SmsUserId level2, Decision lockedOut,
      Decision refusedWhileLocked, Decision unlockedLogIn, Decision weakPassword, int allocationBefore,
      int allocationAfter, Duty dutyBefore, Duty dutyAfter, BulkUpload upload, Decision smsCosForGae,
      Submission sponsorUkWorker, LocalDate srnLastDay) {}

  /** What the Sponsor UK chapter showed. */
  private record SponsorUk(Decision smsRefusal, Submission worker, LocalDate lastDayToApply) {}

  /** The GAE worker's passport number. */
  static final String GAE_PASSPORT = "FR0934512";

  /** Plays the story on a fresh fake and prints it to {@code out}. */
  static Outcome run(PrintStream out) {
    InMemorySms sms = InMemorySms.builder().startingOn(START).seed(42).passwordIterations(10_000).build();
    Story s = new Story(sms, out);
    return s.play();
  }

  /** The story, step by step; one instance per run. */
  private static final class Story {
    private final InMemorySms sms;
    private final PrintStream out;

    Story(InMemorySms sms, PrintStream out) {
      this.sms = sms;
      this.out = out;
    }

    private void heading(String text) {
      out.println();
      out.println("== " + text);
    }

    private void say(String text) {
      out.println(WHEN.format(sms.clock().instant()) + "  " + text);
    }

    private void minutes(long n) {
      sms.clock().advance(Duration.ofMinutes(n));
    }

    Outcome play() {
      out.println("sponsor-sdk main job: a sponsor's first months on the in-memory SMS, and on Sponsor UK beside it");
      out.println("Clock: Europe/London from " + DAY.format(START) + " 09:00, moved only by the test clock; "
          + "deadlines in working days of " + label(NATION) + ".");

      // ---------------------------------------------------------------- licence, first log-in
      heading("1. Licence, first user, first log-in");
      Sponsor sponsor = Scenarios.skilledWorkerSponsor().allocation(Route.SKILLED_WORKER, ALLOCATION)
          .route(Route.STUDENT, Rating.STUDENT_SPONSOR_TRACK_RECORD).allocation(Route.STUDENT, 20)
          .route(Route.GOVERNMENT_AUTHORISED_EXCHANGE, Rating.A).grant(sms);
      SponsorLicenceNumber licence = sponsor.licenceNumber();
      SmsUserId floyd = sponsor.level1();
      say("Home Office grants licence " + licence + " to " + sponsor.licence().organisationName()
          + ": Skilled Worker A-rated, " + ALLOCATION + " CoS; Student, 20 CAS; Government Authorised Exchange "
          + "A-rated");
      for (Email e : sms.outbox().all()) {
        say("Outbox: " + e.kind() + " to " + e.to() + e.password().map(p -> ", password " + mask(p)).orElse(""));
      }
      minutes(15);
      String emailed = sms.outbox().lastPasswordFor(floyd).orElseThrow();
      SmsResult<LogIn> first = sms.logIn(floyd, emailed.toCharArray());
      SessionToken t = first.orElseThrow().session();
      say("AO (Level 1, " + floyd + ") logs in with the emailed password: " + verdict(first.decision())
          + ", must change password: " + first.orElseThrow().mustChangePassword());
      say("  licence summary before the change: " + verdict(sms.licenceSummary(t).decision()));
      minutes(1);
      Decision weak = sms.changePassword(t, emailed.toCharArray(), WEAK.toCharArray(), WEAK.toCharArray());
      say("  new password " + mask(WEAK) + ": " + verdict(weak));
      minutes(1);
      Decision strong = sms.changePassword(t, emailed.toCharArray(), LEVEL1_PASSWORD.toCharArray(),
          LEVEL1_PASSWORD.toCharArray());
      say("  new password " + mask(LEVEL1_PASSWORD) + ": " + verdict(strong));

      // ---------------------------------------------------------------- Level 2 user, lockout
      heading("2. A Level 2 user, and a lockout");
      minutes(5);
      UserProfile john = UserProfile.builder().title("Mr").forenames("John").surname("Smith")
          .email("john.smith@sponsororg.com").position("Recruitment Officer")
          .workAddress(SponsorScenario.defaultAddress()).settledWorker(true).build();
      SmsUser level2 = sms.createLevel2User(t, john).orElseThrow();
      SmsUserId jid = level2.userId();
      say("AO creates Level 2 user " + jid + " (John Smith): " + level2.status().label()
          + "; password emailed to him, " + mask(sms.outbox().lastPasswordFor(jid).orElseThrow()));
      minutes(10);
      Decision lockedOut = Decision.allowed();
      for (int i = 1; i <= 3; i++) {
        lockedOut = sms.logIn(jid, WRONG.toCharArray()).decision();
        say("Level 2 log-in, wrong password #" + i + ": " + verdict(lockedOut));
        minutes(1);
      }
      String johns = sms.outbox().lastPasswordFor(jid).orElseThrow();
      Decision whileLocked = sms.logIn(jid, johns.toCharArray()).decision();
      say("Level 2 log-in, right password while locked: " + verdict(whileLocked));
      say("  locked until " + sms.accountState(jid).flatMap(a -> a.lockedUntil()).map(WHEN::format).orElse("-"));
      minutes(31);
      SmsResult<LogIn> unlocked = sms.logIn(jid, johns.toCharArray());
      say("31 minutes later, right password: " + verdict(unlocked.decision()) + ", must change password: "
          + unlocked.value().map(LogIn::mustChangePassword).orElse(false));
      Decision johnChanged = sms.changePassword(unlocked.orElseThrow().session(), johns.toCharArray(),
          LEVEL2_PASSWORD.toCharArray(), LEVEL2_PASSWORD.toCharArray());
      say("  new password " + mask(LEVEL2_PASSWORD) + ": " + verdict(johnChanged));

      // ---------------------------------------------------------------- CoS
      heading("3. A Certificate of Sponsorship and the worker's visa application");
      minutes(20);
      t = logIn(floyd, LEVEL1_PASSWORD);
      int before = remaining(sms.licenceSummary(t).orElseThrow().allocations());
      Certificate draft = sms.create(t, Drafts.skilledWorker("P1234567")).orElseThrow();
      CosNumber cos = (CosNumber) draft.number().orElseThrow();
      say("AO creates CoS " + cos + " for Chidi Daniel Okafor (NGA), GBP 41,700 a year: " + draft.status());
      SmsResult<Certificate> assigned = sms.assign(t, cos);
      int after = remaining(sms.licenceSummary(t).orElseThrow().allocations());
      say("AO assigns it: " + verdict(assigned.decision()) + ", " + assigned.orElseThrow().status()
          + "; Skilled Worker CoS remaining " + before + " -> " + after);
      sms.clock().advanceTo(LocalDate.of(2026, 3, 9));
      sms.homeOffice().recordUse(cos);
      say("Home Office: the worker applies for a visa with " + cos + ": " + status(licence, cos));
      sms.clock().advanceTo(LocalDate.of(2026, 3, 26));
      sms.homeOffice().decideApplication(cos, ApplicationDecision.GRANTED);
      say("Home Office grants the visa; the CoS stays " + status(licence, cos));

      // ---------------------------------------------------------------- absence, duty
      heading("4. An absence without permission, a reporting duty");
      sms.clock().advanceTo(ABSENCE_NOTICED);
      WorkerUnauthorisedAbsence absence = WorkerUnauthorisedAbsence.builder().cos(cos).reference(ABSENCE_REFERENCE)
          .occurredOn(ABSENCE_FROM).consecutiveWorkingDaysAbsent(11).build();
      sms.recordOccurrence(licence, absence, NATION);
      Duty dutyBefore = duty(licence);
      say("HR system: worker absent since " + DAY.format(ABSENCE_FROM) + ", 11 working days (bank holiday "
          + "4 May not counted)");
      say("  duty " + dutyBefore.id() + ": " + shortTitle(dutyBefore));
      say("  duty " + describe(dutyBefore));
      sms.clock().advanceTo(REPORTED_ON);
      t = logIn(floyd, LEVEL1_PASSWORD);
      SmsResult<ActivityReport> report = sms.reportActivity(t, absence);
      say("AO reports the absence: " + verdict(report.decision()) + ", reference "
          + report.value().map(ActivityReport::reference).orElse("-"));
      Duty dutyAfter = duty(licence);
      say("  duty " + describe(dutyAfter));

      // ---------------------------------------------------------------- BDT upload
      heading("5. BDT upload of Student CAS (" + UPLOAD + ": three records)");
      sms.clock().advanceTo(LocalDate.of(2026, 5, 8));
      t = logIn(floyd, LEVEL1_PASSWORD);
      SmsResult<BulkUpload> uploaded = sms.uploadBdt(t, uploadFile());
      BulkUpload upload = uploaded.orElseThrow();
      say("AO uploads the file: " + (uploaded.isAllowed() ? "accepted" : "refused") + ", reference "
          + upload.reference() + "; " + upload.records() + " records, " + upload.created().size()
          + " CAS created " + upload.created() + ", " + upload.rejected() + " rejected");
      for (RecordOutcome o : upload.outcomes()) {
        say("  record " + o.recordNumber() + " (" + o.applicantId().orElse("-") + "): " + o.kind()
            + o.cas().map(c -> " " + c.value()).orElse(""));
      }
      SmsResult<BulkUpload> results = sms.bulkUploadResults(t, upload.reference());
      say("AO downloads the results of " + upload.reference() + ": " + verdict(results.decision()) + ", "
          + results.orElseThrow().findings().size() + " findings (records numbered from 1):");
      String row = "  %-6s  %-7s  %-24s  %-29s  %s%n";
      out.printf(row, "Record", "Level", "Code", "Field", "Message");
      for (Finding f : results.orElseThrow().findings()) {
        out.printf(row, f.location().recordNumber().map(String::valueOf).orElse("-"), level(f.reason()), f.code(),
            shorten(f.location().path(), 29), f.message());
      }

      // ---------------------------------------------------------------- Sponsor UK
      heading("6. Sponsor UK beside the SMS: a Government Authorised Exchange worker");
      SponsorUk spuk = sponsorUk(licence, cos, t);
      sms.clock().advanceTo(LocalDate.of(2026, 7, 1));

      // ---------------------------------------------------------------- audit trail
      List<AuditEntry> audit = sms.auditTrail().entries();
      heading("7. Audit trail (" + audit.size() + " entries: who, what, when)");
      for (AuditEntry e : audit) {
        out.printf("%s  %-11s  %-31s  %s%n", WHEN.format(e.at()), actor(e), e.action(), e.subject());
      }

      // ---------------------------------------------------------------- duties
      heading("8. Reporting duties of " + licence + " on " + DAY.format(sms.clock().today()));
      String duties = "%-40s  %-4s  %-9s  %-15s  %s%n";
      out.printf(duties, "Event", "Rule", "Status", "Due", "Reported on");
      for (Duty d : sms.duties(licence)) {
        out.printf(duties, d.event().kind() + " " + d.reference().orElse(""), d.id(), d.status(),
            d.dueDate().map(DAY::format).orElse("-"), d.reportedOn().map(DAY::format).orElse("-"));
      }
      out.println();
      out.println("Outbox: " + sms.outbox().size() + " emails; events: " + sms.events().size()
          + "; no password printed.");
      return new Outcome(sms, licence, jid, lockedOut, whileLocked, unlocked.decision(), weak, before, after,
          dutyBefore, dutyAfter, upload, spuk.smsRefusal, spuk.worker, spuk.lastDayToApply);
    }

    /**
     * The sponsor is in the Sponsor UK private beta for its GAE route: the Home Office moves the route, the SMS then
     * refuses a GAE CoS, and a GAE worker goes through Sponsor UK (submission, evidence, approval, payment link,
     * payment, SRN, visa application) while the Skilled Worker of section 3 stays on the SMS.
     */
    private SponsorUk sponsorUk(SponsorLicenceNumber licence, CosNumber smsWorker, SessionToken session) {
      SponsorUkHomeOffice ho = sms.sponsorUkHomeOffice();
      InMemorySponsorUk spuk = sms.sponsorUk();
      ho.migrateRoute(licence, RouteMigration.of(Route.GOVERNMENT_AUTHORISED_EXCHANGE, sms.clock().today())
          .withCohort("PB1"));
      say("Home Office moves the GAE route of " + licence + " to Sponsor UK (PB1 cohort)");
      SessionToken t = session;
      Decision refused = sms.create(t, Drafts.skilledWorker(GAE_PASSPORT).withRoute(
          Route.GOVERNMENT_AUTHORISED_EXCHANGE)).decision();
      say("AO tries an SMS CoS for a GAE worker: " + verdict(refused));
      SubmissionDraft draft = SubmissionDraft.builder().route(Route.GOVERNMENT_AUTHORISED_EXCHANGE)
          .worker(Drafts.migrant(GAE_PASSPORT).withFamilyName("Moreau").withGivenNames("Claire")
              .withNationality(io.github.sponsorsdk.sms.core.certificate.Nationality.of("FRA"))
              .withApplicantReference("HR-2026-0077"))
          .jobTitle("Visiting researcher").grossSalary(Money.parseSmsAmount("30000")).salaryPeriod(SalaryPeriod.YEAR)
          .workAddress(SponsorScenario.defaultAddress()).startDate(LocalDate.of(2026, 7, 1)).build();
      Submission s = spuk.createSubmission(t, draft).orElseThrow();
      SubmissionReference ref = s.reference();
      SmsResult<EvidenceMetadata> evidence = spuk.uploadEvidence(t, ref, EvidenceDocument.of("exchange-letter.pdf",
          "application/pdf", "%PDF-1.7 exchange scheme letter".getBytes(StandardCharsets.US_ASCII),
          sms.clock().today()));
      spuk.submit(t, ref).orElseThrow();
      say("AO makes submission " + ref + " for Claire Moreau (FRA), uploads " + evidence.orElseThrow().fileName()
          + " and submits it: " + status(ref));
      sms.clock().advanceTo(LocalDate.of(2026, 5, 11));
      ho.approve(ref);
      say("Home Office approves " + ref + "; payment link due by "
          + DAY.format(ho.paymentLinkStatus(ref).dueBy()) + " (5 working days, uncertain)");
      sms.clock().advanceTo(LocalDate.of(2026, 5, 13));
      ho.issuePaymentLink(ref);
      t = logIn(sms.users(licence).get(0).userId(), LEVEL1_PASSWORD);
      SmsResult<Submission> paid = sms.sponsorUk().pay(t, ref);
      SponsorshipReferenceNumber srn = ho.issueSrn(ref);
      Submission issued = spuk.submission(t, ref).orElseThrow();
      LocalDate lastDay = sms.rules().srnValidity().lastDayToApply(issued.srnIssuedOn().orElseThrow(),
          issued.editReviews(), sms.clock().today());
      say("Payment link issued (" + verdict(ho.paymentLinkStatus(ref).decision()) + "); AO pays: "
          + verdict(paid.decision()) + "; SRN " + srn + " issued, valid for applications up to "
          + DAY.format(lastDay));
      sms.clock().advanceTo(LocalDate.of(2026, 5, 20));
      ho.recordUse(ref);
      sms.clock().advanceTo(LocalDate.of(2026, 6, 3));
      Submission decided = ho.applicationDecided(ref);
      say("Home Office: Claire Moreau applies with " + srn + ", visa granted: " + decided.status());
      say("Side by side: CoS " + smsWorker + " on the SMS is " + status(licence, smsWorker) + "; submission " + ref
          + " on Sponsor UK is " + decided.status());
      return new SponsorUk(refused, decided, lastDay);
    }

    private SponsorLicenceNumber licenceOf(SubmissionReference ref) {
      return sms.licences().stream().map(l -> l.number())
          .filter(n -> sms.submissions(n).stream().anyMatch(x -> x.reference().equals(ref))).findFirst().orElseThrow();
    }

    private String status(SubmissionReference ref) {
      return sms.submissions(licenceOf(ref)).stream().filter(x -> x.reference().equals(ref))
          .map(x -> x.status().toString()).findFirst().orElseThrow();
    }

    private SessionToken logIn(SmsUserId user, String password) {
      SmsResult<LogIn> in = sms.logIn(user, password.toCharArray());
      if (in.isRefused()) {
        throw new IllegalStateException("log-in refused for " + user + ": " + in.decision().codes());
      }
      SessionToken t = in.orElseThrow().session();
      if (!in.orElseThrow().messages().isEmpty()) {
        sms.confirmMessagesRead(t);
      }
      return t;
    }

    private String status(SponsorLicenceNumber licence, CosNumber cos) {
      return sms.certificates(licence).stream().filter(c -> c.number().equals(Optional.of(cos)))
          .map(c -> c.status().toString()).findFirst().orElseThrow();
    }

    private Duty duty(SponsorLicenceNumber licence) {
      return sms.duties(licence).stream().filter(d -> d.reference().equals(Optional.of(ABSENCE_REFERENCE)))
          .findFirst().orElseThrow();
    }
  }

  /** The bytes of the bundled CAS upload file. */
  static byte[] uploadFile() {
    try (InputStream in = MainJob.class.getResourceAsStream(UPLOAD)) {
      if (in == null) {
        throw new IllegalStateException("the bundled " + UPLOAD + " is missing from the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A finding's level as the SMS results show it: a refusal rejected its record (error), a warning did not. */
  private static String level(Reason r) {
    return r.severity() == Severity.REFUSAL ? "ERROR" : r.severity().toString();
  }

  private static int remaining(List<Allocation> allocations) {
    return allocations.stream().filter(a -> a.route() == Route.SKILLED_WORKER).mapToInt(Allocation::remaining)
        .sum();
  }

  private static String describe(Duty d) {
    return d.id() + " " + d.status()
        + d.clockStart().map(c -> ", clock from " + DAY.format(c)).orElse("")
        + d.dueDate().map(c -> ", due " + DAY.format(c)).orElse("")
        + d.reportedOn().map(c -> ", reported " + DAY.format(c)).orElse("");
  }

  /** The rule's title up to its first colon (the rest lists what the report must say). */
  private static String shortTitle(Duty d) {
    String title = d.rule().title();
    int colon = title.indexOf(':');
    return colon > 0 ? title.substring(0, colon) : title;
  }

  private static String verdict(Decision d) {
    if (d.isAllowed()) {
      return d.warnings().isEmpty() ? "allowed" : "allowed, warnings " + d.warnings().stream().map(Reason::code)
          .collect(Collectors.toList());
    }
    return "refused " + d.refusals().stream().map(Reason::code).collect(Collectors.toList());
  }

  private static String actor(AuditEntry e) {
    return e.actor().map(SmsUserId::value).orElse(e.actorKind().name());
  }

  private static String mask(String password) {
    return "*".repeat(password.length()) + " (" + password.length() + " characters)";
  }

  private static String label(UkNation nation) {
    return nation == UkNation.ENGLAND_AND_WALES ? "England and Wales" : nation.toString();
  }

  private static String shorten(String s, int width) {
    return s.length() <= width ? s : "..." + s.substring(s.length() - width + 3);
  }
}
