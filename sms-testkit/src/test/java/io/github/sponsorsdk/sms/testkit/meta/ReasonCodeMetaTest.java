package io.github.sponsorsdk.sms.testkit.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.EffectiveDateBasis;
import io.github.sponsorsdk.sms.core.citation.SourceKind;
import io.github.sponsorsdk.sms.core.decision.MessageTemplate;
import io.github.sponsorsdk.sms.core.decision.Reason;
import io.github.sponsorsdk.sms.core.decision.ReasonCode;
import io.github.sponsorsdk.sms.rules.allocation.AllocationReasonCode;
import io.github.sponsorsdk.sms.rules.certificate.DefinedCosReasonCode;
import io.github.sponsorsdk.sms.rules.certificate.LifecycleReasonCode;
import io.github.sponsorsdk.sms.rules.certificate.ReadinessReasonCode;
import io.github.sponsorsdk.sms.rules.certificate.ValidityReasonCode;
import io.github.sponsorsdk.sms.rules.derivation.DerivationReasonCode;
import io.github.sponsorsdk.sms.rules.licence.LicenceReasonCode;
import io.github.sponsorsdk.sms.rules.login.LoginReasonCode;
import io.github.sponsorsdk.sms.rules.message.MessageReasonCode;
import io.github.sponsorsdk.sms.rules.password.PasswordReasonCode;
import io.github.sponsorsdk.sms.rules.permission.PermissionEngine;
import io.github.sponsorsdk.sms.rules.permission.PermissionMatrix;
import io.github.sponsorsdk.sms.rules.permission.PermissionReasonCode;
import io.github.sponsorsdk.sms.rules.permission.SmsAction;
import io.github.sponsorsdk.sms.rules.reporting.DutyReason;
import io.github.sponsorsdk.sms.rules.salary.SalaryReasonCode;
import io.github.sponsorsdk.sms.rules.session.SessionReasonCode;
import io.github.sponsorsdk.sms.testkit.SessionReason;
import io.github.sponsorsdk.sms.testkit.mainjob.MainJobReasons;
import io.github.sponsorsdk.sms.xml.validate.FindingCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The one reason-code contract, checked over every {@link ReasonCode} enum of every module (this test tree sees all
 * four; the enums are found on the compiled classes, not listed by hand): qualified codes and names unique, one
 * namespace per enum, a non-blank message template whose placeholders are well formed and documented in the
 * constant's (or its enum's) Javadoc, a citation of a catalogued source with its effective date. Then, as far as it
 * can be checked without every engine's inputs: every reason of the main job's story and of the permission matrix
 * carries a catalogued code, the parameters its template names and the message rendered from them (and
 * {@code Reason.of} refuses any other parameters, so every engine test checks the same at run time).
 */
class ReasonCodeMetaTest {

  static final Pattern NAMESPACE = Pattern.compile("[a-z][A-Za-z0-9]*");
  static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

  @Test
  void theScanFindsEveryModulesEnums() {
    assertThat(ReasonCodeCatalogue.enums()).containsExactlyInAnyOrder(
        io.github.sponsorsdk.sms.rules.actionplan.ActionPlanReasonCode.class,
        io.github.sponsorsdk.sms.rules.login.AccessReasonCode.class,
        io.github.sponsorsdk.sms.rules.tracking.TrackingReasonCode.class,
        io.github.sponsorsdk.sms.rules.certificate.CertificateSetReasonCode.class,
        io.github.sponsorsdk.sms.rules.user.KeyPersonnelReasonCode.class, PasswordReasonCode.class,
        LoginReasonCode.class, SessionReasonCode.class, PermissionReasonCode.class, LicenceReasonCode.class,
        io.github.sponsorsdk.sms.rules.licence.ProvisionalReasonCode.class,
        io.github.sponsorsdk.sms.rules.user.UserReasonCode.class, MessageReasonCode.class,
        AllocationReasonCode.class, LifecycleReasonCode.class, DefinedCosReasonCode.class,
        ReadinessReasonCode.class, ValidityReasonCode.class, SalaryReasonCode.class, DutyReason.class,
        DerivationReasonCode.class,
        FindingCode.class, SessionReason.class, io.github.sponsorsdk.sms.rules.cost.CostReasonCode.class,
        io.github.sponsorsdk.sms.rules.submission.SubmissionReasonCode.class,
        io.github.sponsorsdk.sms.rules.submission.SrnValidityReasonCode.class,
        io.github.sponsorsdk.sms.rules.submission.PaymentReasonCode.class,
        io.github.sponsorsdk.sms.rules.migration.MigrationReasonCode.class,
        io.github.sponsorsdk.sms.rules.user.SponsorUkUserReasonCode.class);
  }

  @Test
  void qualifiedCodesAndNamesAreUniqueAndEachEnumHasItsOwnNamespace() {
    Set<String> qualified = new HashSet<>();
    Map<String, String> nameOwner = new HashMap<>();
    Map<String, Class<?>> namespaceOwner = new HashMap<>();
    List<String> problems = new ArrayList<>();
    for (ReasonCode c : ReasonCodeCatalogue.codes()) {
      Class<?> type = ((Enum<?>) c).getDeclaringClass();
      String where = type.getSimpleName() + "." + c.name();
      if (!NAMESPACE.matcher(c.namespace()).matches() || !NAME.matcher(c.name()).matches()) {
        problems.add(where + ": malformed namespace or name " + c.code());
      }
      if (!c.code().equals(c.namespace() + "." + c.name()) || !c.code().matches(Reason.QUALIFIED_CODE)) {
        problems.add(where + ": code() is not namespace.NAME: " + c.code());
      }
      if (!qualified.add(c.code())) {
        problems.add(where + ": qualified code " + c.code() + " exists twice");
      }
      String other = nameOwner.putIfAbsent(c.name(), where);
      if (other != null) {
        problems.add(where + ": the name " + c.name() + " is also " + other + " (one rule, one code)");
      }
      Class<?> owner = namespaceOwner.putIfAbsent(c.namespace(), type);
      if (owner != null && owner != type) {
        problems.add(where + ": namespace " + c.namespace() + " is also " + owner.getSimpleName() + "'s");
      }
    }
    assertThat(problems).isEmpty();
    assertThat(qualified).hasSizeGreaterThan(190);
  }

  @Test
  void everyTemplateIsWellFormedRendersAndDocumentsItsPlaceholders() {
    List<String> problems = new ArrayList<>();
    for (ReasonCode c : ReasonCodeCatalogue.codes()) {
      Class<?> type = ((Enum<?>) c).getDeclaringClass();
      String where = type.getSimpleName() + "." + c.name();
      Set<String> names;
      try {
        names = MessageTemplate.placeholders(c.messageTemplate());
      } catch (IllegalArgumentException e) {
        problems.add(where + ": " + e.getMessage());
        continue;
      }
      if (!names.equals(c.parameterNames())) {
        problems.add(where + ": parameterNames() " + c.parameterNames() + " differ from the template's " + names);
      }
      Map<String, Object> sample = new LinkedHashMap<>();
      names.forEach(n -> sample.put(n, "<" + n + ">"));
      Reason r = c.reason(sample);
      if (r.message().contains("{") || r.message().contains("}") || r.message().isBlank()) {
        problems.add(where + ": renders badly: " + r.message());
      }
      if (!r.code().equals(c.code()) || r.severity() != c.severity() || !r.citation().equals(c.citation())) {
        problems.add(where + ": the reason does not carry the code's code, severity and citation");
      }
      String docs = ReasonCodeCatalogue.constantJavadoc(type, c.name()).orElse("");
      if (docs.isBlank()) {
        problems.add(where + ": no Javadoc");
      }
      String classDocs = ReasonCodeCatalogue.classJavadoc(type);
      for (String n : names) {
        if (!docs.contains("{@code " + n + "}") && !classDocs.contains("{@code " + n + "}")) {
          problems.add(where + ": placeholder {" + n + "} is not documented as {@code " + n + "}");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  /** Wording slips a template can hide: "at least 1 an uppercase letter", doubled words, stray spaces. */
  static final List<Pattern> ARTEFACTS = List.of(Pattern.compile("\\b(\\d+|\\}) an? \\b"),
      Pattern.compile("\\b(\\w+) \\1\\b", Pattern.CASE_INSENSITIVE), Pattern.compile("  "),
      Pattern.compile(" [.,;:)]"), Pattern.compile("\\( "), Pattern.compile("\\.\\."),
      Pattern.compile("\\ba (?=[aeiouAEIOU])(?!(?:one|use|uni|eu|UK|U))"));

  @Test
  void noTemplateHasAWordingArtefact() {
    List<String> problems = new ArrayList<>();
    for (ReasonCode c : ReasonCodeCatalogue.codes()) {
      for (Pattern p : ARTEFACTS) {
        java.util.regex.Matcher m = p.matcher(c.messageTemplate());
        if (m.find()) {
          problems.add(c.code() + ": '" + m.group() + "' in \"" + c.messageTemplate() + "\"");
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(ARTEFACTS.get(0).matcher("at least 1 an uppercase letter").find()).as("the issue's slip").isTrue();
    assertThat(ARTEFACTS.get(0).matcher("at least {minCount} an uppercase letter").find()).isTrue();
    assertThat(ARTEFACTS.get(0).matcher("at least {minCount} uppercase letter").find()).isFalse();
  }

  @Test
  void everyCodeCitesACataloguedSourceWithItsEffectiveDate() {
    List<String> problems = new ArrayList<>();
    for (ReasonCode c : ReasonCodeCatalogue.codes()) {
      String where = ((Enum<?>) c).getDeclaringClass().getSimpleName() + "." + c.name();
      Citation cite = c.citation();
      if (cite == null || cite.source() == null) {
        problems.add(where + ": no citation");
        continue;
      }
      if (cite.source().kind() == SourceKind.CALLER_SUPPLIED) {
        problems.add(where + ": cites a caller's document, not the catalogue");
      }
      if (cite.effectiveFrom() == null || cite.section().isBlank()) {
        problems.add(where + ": no effective date or section");
      }
      if (cite.effectiveFromBasis() == EffectiveDateBasis.EDITION_READ
          && !cite.source().edition().equals(java.util.Optional.of(cite.effectiveFrom()))) {
        problems.add(where + ": an edition date that is not the source's edition");
      }
      if (c.severity() == null) {
        problems.add(where + ": no severity");
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void theRealisticRunsProduceOnlyCatalogueCodesWithTheirTemplatesParameters() {
    Map<String, ReasonCode> byCode = new HashMap<>();
    ReasonCodeCatalogue.codes().forEach(c -> byCode.put(c.code(), c));
    List<Reason> produced = new ArrayList<>(MainJobReasons.all());
    PermissionEngine permissions = PermissionEngine.defaults();
    for (PermissionMatrix.Situation situation : PermissionMatrix.situations()) {
      for (SmsAction action : SmsAction.values()) {
        produced.addAll(permissions.decide(situation.request(), action).reasons());
      }
    }
    assertThat(produced).hasSizeGreaterThan(20);
    Set<String> seen = new HashSet<>();
    for (Reason r : produced) {
      ReasonCode c = byCode.get(r.code());
      assertThat(c).as("%s is a catalogued code", r.code()).isNotNull();
      assertThat(r.parameters().keySet()).as("%s parameters", r.code()).isEqualTo(c.parameterNames());
      assertThat(r.message()).as("%s message", r.code())
          .isEqualTo(MessageTemplate.render(c.messageTemplate(), r.parameters()));
      seen.add(r.namespace());
    }
    assertThat(seen).as("the runs reach several modules' codes").contains("login", "bdt", "permission");
  }

  @Test
  void aTemplateThatDoesNotMatchItsParametersFails() {
    assertThatThrownBy(() -> PasswordReasonCode.TOO_SHORT.reason(Map.of("minLength", 12)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("password.TOO_SHORT");
  }
}
