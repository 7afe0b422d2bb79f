package io.github.sponsorsdk.sms.rules.certificate;

import io.github.sponsorsdk.sms.core.certificate.AgeAnswer;
import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.certificate.PartialDate;
import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.decision.Reason;
import io.github.sponsorsdk.sms.core.decision.Severity;
import io.github.sponsorsdk.sms.core.job.JobDetails;
import io.github.sponsorsdk.sms.core.job.OccupationCode;
import io.github.sponsorsdk.sms.core.job.SocVersion;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.route.CertificateKind;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.study.CasDetails;
import io.github.sponsorsdk.sms.core.study.CasEvidence;
import io.github.sponsorsdk.sms.core.study.CourseLevelComparison;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Is a saved certificate complete enough to assign? The SMS greys out the Assign button without saying why; this
 * check reports every missing field at once. A refusal blocks the assignment; a warning does not.
 *
 * <p><b>Every certificate</b> (SMS Manual 1, Troubleshooting, "I cannot assign a CoS/CAS"): gender and the main
 * work/study address ("mandatory for assignment") are refusals; the maintenance tick is a warning ("not mandatory,
 * but ... can lead to migrant applications ... being refused"); a start and an end date are refusals.
 *
 * <p><b>A CoS</b> also needs: the gross salary (typed {@code 1234} or {@code 1234.99}, no symbols) and its "For each"
 * period (Manual 1); the job title, occupation code, job description and weekly hours, the CoS form's starred fields
 * (docs/sources.md#secondary-cos-form); and what its route's rules say the CoS must confirm
 * (docs/sources.md#rules-cos-content): the ATAS answer on the routes that ask for it, the endorsement number
 * (International Sportsperson), the exchange scheme and why the role is supernumerary (Government Authorised
 * Exchange), the sector (Seasonal Worker), the registered contract (Service Supplier, Secondment Worker), and the PAYE
 * reference on Scale-up. On Skilled Worker and the Global Business Mobility routes that pay a salary, a missing PAYE
 * reference is a warning: it is needed only "if HM Revenue and Customs (HMRC) requires income tax and National
 * Insurance for the sponsored job to be paid via PAYE".
 *
 * <p><b>A CAS</b> also needs its course details ({@link Certificate#cas()}); a Student CAS is "not ready to go"
 * (refusals here) without the answers the BDT schema's documentation says leave it so: whether a Secure English
 * Language Test is required, its result or the reason none is, whether the student studied in the UK before and at
 * what level, the progression justification when the course is not at a higher level, and the percentage of a work
 * placement (docs/sources.md#bdt-types; official examples 2, 3, 8 and 11). The same rules are sms-xml's validator's
 * "not ready to go" warnings on a BDT record; a test holds the two in agreement. The validator's checks that need its
 * code lists or thresholds (academic levels, the work placement threshold, hours for the course level) stay with it.
 *
 * <p><b>On a date</b> ({@link #decide(Certificate, LocalDate)}): the occupation code must be a SOC 2020 code on a CoS
 * assigned from 4 April 2024; and where a route's rules set an age (Skilled Worker and Charity Worker 18 or over,
 * Student at least 16, Child Student 4 to 17), a migrant who is not that age on the day warns, and so does a partial
 * date of birth that cannot tell ({@link PartialDate#isAtLeast}): the age rule applies on the date of application,
 * which the sponsor does not control, so neither blocks the assignment. {@link #decide(Certificate)} makes only the
 * checks that need no date.
 *
 * <pre>{@code
 * Decision d = AssignmentReadiness.defaults().decide(certificate, LocalDate.of(2026, 1, 5), Optional.of("41,700"));
 * d.codes();  // [readiness.GROSS_SALARY_FORMAT, readiness.MAINTENANCE_NOT_CERTIFIED] say
 * }</pre>
 *
 * <p><b>Shape</b> (docs/decisions/0005-api-charter.md): no parameters (the tables are the sources' own);
 * {@link #defaults()} returns one shared, immutable, thread-safe instance.
 * <b>Verbs:</b> {@code decide}, {@code decideSalaryText} and {@code decideOccupationCodeText} (each a
 * {@code Decision}).
 */
public final class AssignmentReadiness {
  private static final AssignmentReadiness DEFAULTS = new AssignmentReadiness();

  /** SOC 2020 codes only, for CoS assigned from this day. */
  static final LocalDate SOC_2020_FROM = LocalDate.of(2024, 4, 4);

  /** The routes whose rules make a PAYE reference conditional on HMRC requiring PAYE: SW, SNR, GTR, UKX 5.1(a). */
  private static final Set<Route> PAYE_IF_HMRC_REQUIRES = EnumSet.of(Route.SKILLED_WORKER,
      Route.GBM_SENIOR_OR_SPECIALIST_WORKER, Route.GBM_GRADUATE_TRAINEE, Route.GBM_UK_EXPANSION_WORKER);

  /** The routes whose CoS must say whether ATAS applies (SW, SNR, GTR, UKX, SSU, SEC, SCU 5.1(f); GAE; IA). */
  private static final Set<Route> ATAS = EnumSet.of(Route.SKILLED_WORKER, Route.GBM_SENIOR_OR_SPECIALIST_WORKER,
      Route.GBM_GRADUATE_TRAINEE, Route.GBM_UK_EXPANSION_WORKER, Route.GBM_SERVICE_SUPPLIER,
      Route.GBM_SECONDMENT_WORKER, Route.SCALE_UP, Route.GOVERNMENT_AUTHORISED_EXCHANGE,
      Route.INTERNATIONAL_AGREEMENT);

  /** An age rule of a route: at least {@code minimum}, and under {@code underAge} where there is an upper limit. */
  private static final class AgeRule {
    final int minimum;
    final Optional<Integer> underAge;
    final Citation citation;

    AgeRule(int minimum, Optional<Integer> underAge, Citation citation) {
      this.minimum = minimum;
      this.underAge = underAge;
      this.citation = citation;
    }

    String requirement() {
      return underAge.map(u -> "aged " + minimum + " to " + (u - 1)).orElse("aged " + minimum + " or over");
    }
  }

  private static final Map<Route, AgeRule> AGES = new EnumMap<>(Route.class);

  static {
    AGES.put(Route.SKILLED_WORKER, new AgeRule(18, Optional.empty(),
        Citation.of(Source.RULES_APPENDIX_SKILLED_WORKER, "SW 1.3: aged 18 or over on the date of application")));
    AGES.put(Route.CHARITY_WORKER, new AgeRule(18, Optional.empty(), Citation.of(Source.RULES_WORKER_APPENDICES,
        "Appendix Temporary Work - Charity Worker CW 1.3: aged 18 or over on the date of application")));
    AGES.put(Route.STUDENT, new AgeRule(16, Optional.empty(), Citation.of(Source.RULES_APPENDIX_STUDENT,
        "ST 1.5: at least 16 years old on the date of application")));
    AGES.put(Route.CHILD_STUDENT, new AgeRule(4, Optional.of(18), Citation.of(Source.RULES_WORKER_APPENDICES,
        "Appendix Child Student: aged between 4 and 17 on the date of application")));
  }

  private AssignmentReadiness() {}

  /** {@return the check of the sources' tables; it has no parameters} */
  public static AssignmentReadiness defaults() {
    return DEFAULTS;
  }

  /**
   * Checks the fields of {@code certificate} that need no date (not the SOC edition, not the migrant's age).
   *
   * @param certificate the certificate to assign
   * @return allowed, or refused with every missing or bad field; warnings (maintenance not certified) do not refuse
   */
  public Decision decide(Certificate certificate) {
    return decide(certificate, Optional.empty(), Optional.empty());
  }

  /**
   * Checks {@code certificate} for an assignment on {@code on}: every field, the SOC edition and the age rules.
   *
   * @param certificate the certificate to assign
   * @param on the day of the assignment
   * @return allowed, or refused with every missing or bad field; warnings do not refuse
   */
  public Decision decide(Certificate certificate, LocalDate on) {
    return decide(certificate, Optional.of(on), Optional.empty());
  }

  /**
   * Checks {@code certificate} for an assignment on {@code on} and, when given, the gross salary exactly as it was
   * typed (the {@link Certificate} holds it already parsed, so a typed {@code £41,700} can only be caught here).
   *
   * @param certificate the certificate to assign
   * @param on the day of the assignment
   * @param grossSalaryAsEntered the salary as typed, if known
   * @return as {@link #decide(Certificate, LocalDate)}, with the salary format checked
   */
  public Decision decide(Certificate certificate, LocalDate on, Optional<String> grossSalaryAsEntered) {
    return decide(certificate, Optional.of(on), grossSalaryAsEntered);
  }

  private Decision decide(Certificate certificate, Optional<LocalDate> on, Optional<String> grossSalaryAsEntered) {
    List<Reason> reasons = new ArrayList<>();
    boolean cos = certificate.kind() == CertificateKind.COS;
    if (certificate.migrant().gender().isEmpty()) {
      reasons.add(ReadinessReasonCode.GENDER_MISSING.reason());
    }
    if (certificate.mainAddress().isEmpty()) {
      reasons.add(ReadinessReasonCode.MAIN_ADDRESS_MISSING.reason(Map.of("address", cos ? "work" : "study")));
    }
    String what = cos ? "employment" : "course";
    if (certificate.startDate().isEmpty()) {
      reasons.add(ReadinessReasonCode.START_DATE_MISSING.reason(Map.of("what", what)));
    }
    if (certificate.endDate().isEmpty()) {
      reasons.add(ReadinessReasonCode.END_DATE_MISSING.reason(Map.of("what", what)));
    }
    if (cos) {
      if (grossSalaryAsEntered.isPresent()) {
        reasons.addAll(decideSalaryText(grossSalaryAsEntered.get()).reasons());
      } else if (certificate.grossSalary().isEmpty()) {
        reasons.add(ReadinessReasonCode.GROSS_SALARY_MISSING.reason());
      }
      if (certificate.salaryPeriod().isEmpty()) {
        reasons.add(ReadinessReasonCode.SALARY_PERIOD_MISSING.reason());
      }
      job(certificate.route(), certificate.job().orElse(JobDetails.builder().build()), on, reasons);
    } else {
      cas(certificate, reasons);
    }
    if (!certificate.maintenanceCertified().orElse(false)) {
      reasons.add(ReadinessReasonCode.MAINTENANCE_NOT_CERTIFIED.reason());
    }
    on.ifPresent(d -> age(certificate, d, reasons));
    if (reasons.stream().noneMatch(r -> r.severity() == Severity.REFUSAL)) {
      reasons.add(0, ReadinessReasonCode.READY_TO_ASSIGN.reason());
    }
    return Decision.of(reasons);
  }

  private static void job(Route route, JobDetails job, Optional<LocalDate> on, List<Reason> reasons) {
    Map<String, Object> routeName = Map.of("route", route.displayName());
    if (job.title().isEmpty()) {
      reasons.add(ReadinessReasonCode.JOB_TITLE_MISSING.reason());
    }
    if (job.occupation().isEmpty()) {
      reasons.add(ReadinessReasonCode.OCCUPATION_CODE_MISSING.reason());
    }
    job.occupation().filter(c -> c.version() == SocVersion.SOC_2010)
        .filter(c -> on.filter(d -> !d.isBefore(SOC_2020_FROM)).isPresent())
        .ifPresent(c -> reasons.add(ReadinessReasonCode.OCCUPATION_CODE_EDITION.reason(Map.of("occupation", c,
            "since", SOC_2020_FROM))));
    if (job.description().isEmpty()) {
      reasons.add(ReadinessReasonCode.JOB_DESCRIPTION_MISSING.reason());
    }
    if (job.weeklyHours().isEmpty()) {
      reasons.add(ReadinessReasonCode.WEEKLY_HOURS_MISSING.reason());
    }
    if (job.payeReference().isEmpty()) {
      if (route == Route.SCALE_UP) {
        reasons.add(ReadinessReasonCode.PAYE_REFERENCE_REQUIRED.reason());
      } else if (PAYE_IF_HMRC_REQUIRES.contains(route)) {
        reasons.add(ReadinessReasonCode.PAYE_REFERENCE_NOT_GIVEN.reason(routeName));
      }
    }
    if (ATAS.contains(route) && job.atasRequired().isEmpty()) {
      reasons.add(ReadinessReasonCode.ATAS_ANSWER_MISSING.reason(routeName));
    }
    if (route == Route.INTERNATIONAL_SPORTSPERSON && job.sportsEndorsementNumber().isEmpty()) {
      reasons.add(ReadinessReasonCode.SPORTS_ENDORSEMENT_MISSING.reason());
    }
    if (route == Route.GOVERNMENT_AUTHORISED_EXCHANGE) {
      if (job.exchangeScheme().isEmpty()) {
        reasons.add(ReadinessReasonCode.EXCHANGE_SCHEME_MISSING.reason());
      }
      if (job.supernumeraryExplanation().isEmpty()) {
        reasons.add(ReadinessReasonCode.SUPERNUMERARY_EXPLANATION_MISSING.reason());
      }
    }
    if (route == Route.SEASONAL_WORKER && job.seasonalSector().isEmpty()) {
      reasons.add(ReadinessReasonCode.SEASONAL_SECTOR_MISSING.reason());
    }
    if ((route == Route.GBM_SERVICE_SUPPLIER || route == Route.GBM_SECONDMENT_WORKER)
        && job.registeredContract().isEmpty()) {
      reasons.add(ReadinessReasonCode.REGISTERED_CONTRACT_MISSING.reason(routeName));
    }
  }

  private static void cas(Certificate certificate, List<Reason> reasons) {
    Optional<CasDetails> details = certificate.cas();
    if (details.isEmpty()) {
      reasons.add(ReadinessReasonCode.CAS_DETAILS_MISSING.reason());
      return;
    }
    CasDetails c = details.get();
    if (c.course().hasWorkPlacement() && c.workPlacement().flatMap(w -> w.percentage()).isEmpty()
        && certificate.route() == Route.STUDENT) {
      reasons.add(ReadinessReasonCode.PLACEMENT_PERCENTAGE_MISSING.reason());
    }
    if (certificate.route() != Route.STUDENT) {
      return; // a Child CAS has no evidence block
    }
    CasEvidence e = c.evidence().orElse(CasEvidence.builder().build());
    if (e.seltRequired().isEmpty()) {
      reasons.add(ReadinessReasonCode.SELT_ANSWER_MISSING.reason());
    } else if (e.seltRequired().get()) {
      if (e.englishLanguageLevelAttained().isEmpty() || e.testProvider().isEmpty()) {
        reasons.add(ReadinessReasonCode.SELT_RESULT_MISSING.reason());
      }
    } else if (e.reasonSeltNotRequired().isEmpty()) {
      reasons.add(ReadinessReasonCode.SELT_EXEMPTION_REASON_MISSING.reason());
    }
    if (e.previousUkStudy().isEmpty()) {
      reasons.add(ReadinessReasonCode.PREVIOUS_STUDY_ANSWER_MISSING.reason());
    } else if (e.previousUkStudy().get()) {
      if (e.previousAcademicLevel().isEmpty() || e.levelComparison().isEmpty()) {
        reasons.add(ReadinessReasonCode.PREVIOUS_STUDY_LEVEL_MISSING.reason());
      }
      e.levelComparison().filter(l -> l != CourseLevelComparison.HIGHER)
          .filter(l -> e.progressionJustification().filter(t -> !t.isBlank()).isEmpty())
          .ifPresent(l -> reasons.add(ReadinessReasonCode.PROGRESSION_REASON_MISSING.reason(Map.of("comparison",
              l))));
    }
  }

  private static void age(Certificate certificate, LocalDate on, List<Reason> reasons) {
    AgeRule rule = AGES.get(certificate.route());
    if (rule == null) {
      return;
    }
    PartialDate dob = certificate.migrant().dateOfBirth();
    AgeAnswer old = dob.isAtLeast(rule.minimum, on);
    AgeAnswer young = rule.underAge.map(u -> dob.isUnder(u, on)).orElse(AgeAnswer.YES);
    AgeAnswer meets = old == AgeAnswer.NO || young == AgeAnswer.NO ? AgeAnswer.NO
        : old == AgeAnswer.YES && young == AgeAnswer.YES ? AgeAnswer.YES : AgeAnswer.CANNOT_TELL;
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("route", certificate.route().displayName());
    p.put("requirement", rule.requirement());
    p.put("on", on);
    if (meets == AgeAnswer.NO) {
      reasons.add(ReadinessReasonCode.AGE_REQUIREMENT_NOT_MET.reason(p).withCitation(rule.citation));
    } else if (meets == AgeAnswer.CANNOT_TELL) {
      p.put("dateOfBirth", dob);
      reasons.add(ReadinessReasonCode.AGE_REQUIREMENT_UNCONFIRMED.reason(p).withCitation(rule.citation));
    }
  }

  /**
   * Checks a gross salary as typed: {@code 1234} or {@code 1234.99}, no symbols, commas, spaces or sign.
   *
   * @param typed the salary as typed
   * @return allowed, or refused with {@code readiness.GROSS_SALARY_FORMAT}
   */
  public Decision decideSalaryText(String typed) {
    if (typed == null || typed.isEmpty()) {
      return Decision.of(ReadinessReasonCode.GROSS_SALARY_MISSING.reason());
    }
    if (!Money.isSmsAmount(typed)) {
      return Decision.of(ReadinessReasonCode.GROSS_SALARY_FORMAT.reason(Map.of("entered", typed)));
    }
    return Decision.allowed();
  }

  /**
   * Checks an occupation code as typed: four digits, the first 1 to 9 ({@link OccupationCode#PATTERN}).
   *
   * @param typed the code as typed
   * @return allowed, or refused with {@code readiness.OCCUPATION_CODE_FORMAT}
   */
  public Decision decideOccupationCodeText(String typed) {
    if (typed == null || typed.isEmpty()) {
      return Decision.of(ReadinessReasonCode.OCCUPATION_CODE_MISSING.reason());
    }
    if (!typed.matches(OccupationCode.PATTERN)) {
      return Decision.of(ReadinessReasonCode.OCCUPATION_CODE_FORMAT.reason(Map.of("entered", typed)));
    }
    return Decision.allowed();
  }
}
