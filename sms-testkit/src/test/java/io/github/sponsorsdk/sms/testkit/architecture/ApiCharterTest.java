package io.github.sponsorsdk.sms.testkit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.members;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.rules.effective.ParameterSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The API charter (docs/decisions/0005-api-charter.md), checked on the compiled classes of all four modules.
 *
 * <p>Each rule is an {@link ArchRule} checked from a plain JUnit test (ArchUnit's JUnit 5 engine ran nothing under
 * our Surefire), and each has a self-check against offending classes below, so a rule that silently matches nothing
 * cannot pass unnoticed.
 */
class ApiCharterTest {

  static final JavaClasses ALL = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      // sms-xml's test-jar (the benchmark file's generator) is on this module's test class path: not API.
      .withImportOption(location -> !location.contains("-tests.jar"))
      .importPackages("io.github.sponsorsdk.sms");

  static final JavaClasses OFFENDERS = new ClassFileImporter().importClasses(ImmutableLeak.class,
      ImmutableLeak.Builder.class, Leak.class, Leak.Builder.class, LeakyEngine.class,
      BooleanApi.class, BadlyNamedSettings.class, CheckResult.class);

  private static final Pattern GENERATED = Pattern.compile("Immutable[A-Z].*");

  /** A type the Immutables processor wrote: {@code ImmutableX}, a type nested in one, or a {@code WithX}. */
  static boolean isGenerated(JavaClass c) {
    return isNamedGenerated(c) || c.isAnnotatedWith("org.immutables.value.Generated");
  }

  /** {@code ImmutableX} or a type nested in it (its {@code Builder}, its {@code Json}). */
  static boolean isNamedGenerated(JavaClass c) {
    for (Optional<JavaClass> k = Optional.of(c); k.isPresent(); k = k.get().getEnclosingClass()) {
      if (GENERATED.matcher(k.get().getSimpleName()).matches()) {
        return true;
      }
    }
    return false;
  }

  /** A public type of an API package (not {@code ..internal..}), written by hand. */
  static final DescribedPredicate<JavaClass> HAND_WRITTEN_API = DescribedPredicate.describe(
      "a public hand-written type of an API package", c -> c.getModifiers().contains(JavaModifier.PUBLIC)
          && !c.getPackageName().contains(".internal") && !isGenerated(c));

  /** A value's {@code Builder extends ImmutableX.Builder}: its setters are the generated builder's. */
  static boolean isValueBuilder(JavaClass c) {
    return c.getRawSuperclass().map(ApiCharterTest::isGenerated).orElse(false);
  }

  static Set<JavaClass> involvedTypes(JavaMember member) {
    Set<JavaClass> types = new LinkedHashSet<>();
    if (member instanceof JavaField field) {
      types.addAll(field.getType().getAllInvolvedRawTypes());
    }
    if (member instanceof JavaMethod method) {
      types.addAll(method.getReturnType().getAllInvolvedRawTypes());
    }
    if (member instanceof JavaCodeUnit unit) {
      for (JavaType t : unit.getParameterTypes()) {
        types.addAll(t.getAllInvolvedRawTypes());
      }
    }
    return types;
  }

  static boolean isPublicOrProtected(JavaMember m) {
    return m.getModifiers().contains(JavaModifier.PUBLIC) || m.getModifiers().contains(JavaModifier.PROTECTED);
  }

  // ---------------------------------------------------------------- 1. values

  /** No {@code ImmutableX} or {@code ImmutableX.Builder} in a public or protected signature of a hand-written type. */
  static ArchRule noGeneratedTypesInSignatures() {
    return members().that(DescribedPredicate.describe("public or protected members of hand-written API types",
            (JavaMember m) -> HAND_WRITTEN_API.test(m.getOwner()) && !isValueBuilder(m.getOwner())
                && isPublicOrProtected(m)))
        .should(new ArchCondition<JavaMember>("not name a generated ImmutableX type in their signature") {
          @Override
          public void check(JavaMember member, ConditionEvents events) {
            for (JavaClass t : involvedTypes(member)) {
              if (isNamedGenerated(t)) {
                events.add(SimpleConditionEvent.violated(member,
                    member.getFullName() + " names the generated " + t.getName()));
              }
            }
          }
        })
        .because("callers write X.builder() and x.withY(...): generated types are an implementation detail "
            + "(charter section 1)");
  }

  /** Every value with a generated builder declares the sandwich: {@code Builder extends ImmutableX.Builder}, builder(). */
  static ArchRule valuesDeclareTheirBuilder() {
    return classes().that(DescribedPredicate.describe("abstract values whose ImmutableX has a builder",
            (JavaClass c) -> HAND_WRITTEN_API.test(c) && generatedBuilderOf(c).isPresent()))
        .should(new ArchCondition<JavaClass>("declare Builder extends ImmutableX.Builder and static builder()") {
          @Override
          public void check(JavaClass value, ConditionEvents events) {
            Optional<JavaClass> builder = ALL_AND_OFFENDERS.stream()
                .filter(c -> c.getEnclosingClass().map(value::equals).orElse(false)
                    && c.getSimpleName().equals("Builder"))
                .findFirst();
            boolean extendsGenerated = builder.flatMap(JavaClass::getRawSuperclass)
                .map(s -> s.equals(generatedBuilderOf(value).get())).orElse(false);
            boolean factory = value.getMethods().stream().anyMatch(m -> m.getName().equals("builder")
                && m.getParameters().isEmpty() && m.getModifiers().contains(JavaModifier.STATIC)
                && m.getModifiers().contains(JavaModifier.PUBLIC) && builder.map(m.getRawReturnType()::equals)
                .orElse(false));
            if (!extendsGenerated || !factory) {
              events.add(SimpleConditionEvent.violated(value, value.getName()
                  + " lacks public static Builder builder() with Builder extends Immutable"
                  + value.getSimpleName() + ".Builder"));
            }
          }
        });
  }

  static JavaClasses ALL_AND_OFFENDERS = ALL;

  static Optional<JavaClass> generatedBuilderOf(JavaClass value) {
    String outer = value.getEnclosingClass().map(e -> e.getName() + "$").orElse(value.getPackageName() + ".");
    String name = outer + "Immutable" + value.getSimpleName() + "$Builder";
    JavaClasses pool = ALL_AND_OFFENDERS;
    return pool.contain(name) ? Optional.of(pool.get(name)) : Optional.empty();
  }

  /** A value Jackson 2 binds to its implementation is bound the same way for Jackson 3. */
  static ArchRule valuesBindBothJacksonMajors() {
    return classes().that(HAND_WRITTEN_API)
        .and().areAnnotatedWith("com.fasterxml.jackson.databind.annotation.JsonDeserialize")
        .should().beAnnotatedWith("tools.jackson.databind.annotation.JsonDeserialize")
        .andShould().beAnnotatedWith("tools.jackson.databind.annotation.JsonSerialize")
        .because("values round-trip with Jackson 2 and 3 (charter section 1; the tests' Json.roundTrip runs both)");
  }

  // ---------------------------------------------------------------- 2. engines

  static boolean isOffender(JavaClass c) {
    return c.getEnclosingClass().map(e -> e.isEquivalentTo(ApiCharterTest.class)).orElse(false);
  }

  /** A public class of {@code ..sms.rules..} with a static {@code defaults()} that is not a parameter set. */
  static final DescribedPredicate<JavaClass> ENGINES = DescribedPredicate.describe(
      "public rule engines (a static defaults(), not a *Parameters)",
      c -> HAND_WRITTEN_API.test(c) && (c.getPackageName().contains(".sms.rules") || isOffender(c)) && !c.isEnum()
          && !c.getSimpleName().endsWith("Parameters") && !c.isAssignableTo(ParameterSet.class)
          && c.getMethods().stream().anyMatch(m -> m.getName().equals("defaults") && m.getParameters().isEmpty()
              && m.getModifiers().contains(JavaModifier.STATIC)));

  /** Engines: final, private constructors, defaults() and of(parameters) returning the engine, parameters(). */
  static ArchRule enginesHaveTheCharterShape() {
    return classes().that(ENGINES).should(new ArchCondition<JavaClass>(
        "be final with private constructors, immutable fields, defaults(), of(XParameters) and parameters() "
            + "where it has parameters, decide* for every Decision, no get* or withDefaults()") {
      @Override
      public void check(JavaClass engine, ConditionEvents events) {
        String name = engine.getName();
        if (!engine.getModifiers().contains(JavaModifier.FINAL)) {
          events.add(SimpleConditionEvent.violated(engine, name + " is not final"));
        }
        for (JavaConstructor c : engine.getConstructors()) {
          if (!c.getModifiers().contains(JavaModifier.PRIVATE)) {
            events.add(SimpleConditionEvent.violated(engine, c.getFullName() + " is not private"));
          }
        }
        for (JavaField f : engine.getFields()) {
          if (!f.getModifiers().contains(JavaModifier.FINAL)) {
            events.add(SimpleConditionEvent.violated(engine, f.getFullName() + " is mutable"));
          }
        }
        engine.getMethods().stream().filter(m -> m.getName().equals("defaults")).forEach(m -> {
          if (!m.getRawReturnType().equals(engine)) {
            events.add(SimpleConditionEvent.violated(engine, m.getFullName() + " does not return the engine"));
          }
        });
        boolean hasParameters = engine.getFields().stream()
            .anyMatch(f -> f.getRawType().getSimpleName().endsWith("Parameters"))
            || engine.getMethods().stream().anyMatch(m -> m.getName().equals("parameters"));
        if (hasParameters) {
          boolean of = engine.getMethods().stream().anyMatch(m -> m.getName().equals("of")
              && m.getModifiers().contains(JavaModifier.STATIC) && m.getRawReturnType().equals(engine)
              && !m.getRawParameterTypes().isEmpty()
              && m.getRawParameterTypes().get(0).getSimpleName().endsWith("Parameters"));
          boolean parameters = engine.getMethods().stream().anyMatch(m -> m.getName().equals("parameters")
              && m.getParameters().isEmpty() && m.getModifiers().contains(JavaModifier.PUBLIC)
              && m.getRawReturnType().getSimpleName().endsWith("Parameters"));
          if (!of || !parameters) {
            events.add(SimpleConditionEvent.violated(engine,
                name + " has parameters but lacks static of(XParameters) or public XParameters parameters()"));
          }
        }
        for (JavaMethod m : engine.getMethods()) {
          if (!m.getModifiers().contains(JavaModifier.PUBLIC)) {
            continue;
          }
          if (m.getName().equals("withDefaults") || m.getName().startsWith("get")) {
            events.add(SimpleConditionEvent.violated(engine, m.getFullName() + " is not a charter name"));
          }
          if (m.getRawReturnType().isEquivalentTo(Decision.class) && !m.getName().startsWith("decide")) {
            events.add(SimpleConditionEvent.violated(engine,
                m.getFullName() + " returns a Decision: its verb is decide"));
          }
        }
      }
    }).because("one engine shape for every rule (charter section 2)");
  }

  // ---------------------------------------------------------------- 3. names and verbs

  /** No boolean parameter in a public method of a public API type (values' generated builder setters aside). */
  static ArchRule noBooleanParameters() {
    return members().that(DescribedPredicate.describe("public methods and constructors of hand-written API types",
            (JavaMember m) -> m instanceof JavaCodeUnit && HAND_WRITTEN_API.test(m.getOwner())
                && !isValueBuilder(m.getOwner()) && m.getModifiers().contains(JavaModifier.PUBLIC)))
        .should(new ArchCondition<JavaMember>("take no boolean parameter") {
          @Override
          public void check(JavaMember member, ConditionEvents events) {
            for (JavaClass p : ((JavaCodeUnit) member).getRawParameterTypes()) {
              if (p.isEquivalentTo(boolean.class) || p.isEquivalentTo(Boolean.class)) {
                events.add(SimpleConditionEvent.violated(member,
                    member.getFullName() + " takes a boolean: use an enum that names both cases"));
              }
            }
          }
        })
        .because("a call reads amend(..., Automation.GRANTED, on), not amend(..., false, on) (charter section 3)");
  }

  /** Rule parameter sets end in Parameters. */
  static ArchRule parameterSetsEndInParameters() {
    return classes().that(DescribedPredicate.describe("hand-written parameter sets",
            (JavaClass c) -> HAND_WRITTEN_API.test(c) && c.isAssignableTo(ParameterSet.class) && !c.isInterface()))
        .should().haveSimpleNameEndingWith("Parameters")
        .because("one suffix for rule parameter sets (charter section 3)");
  }

  /** A rule value that carries a Decision plus more ends in Outcome; nothing in sms-rules is a *Result or *Policy set. */
  static ArchRule outcomesEndInOutcome() {
    return classes().that(DescribedPredicate.describe("hand-written rule values with a decision() and more",
            (JavaClass c) -> HAND_WRITTEN_API.test(c) && c.getPackageName().contains(".rules") && !c.isEnum()
                && c.getMethods().stream().anyMatch(m -> m.getName().equals("decision")
                    && m.getParameters().isEmpty() && m.getRawReturnType().isEquivalentTo(Decision.class))))
        .should().haveSimpleNameEndingWith("Outcome")
        .because("one suffix for what an engine returns beside a bare Decision (charter section 3)");
  }

  /** Enums of kinds of result end in Kind, never Outcome or Result. */
  static ArchRule kindEnumsEndInKind() {
    return classes().that(DescribedPredicate.describe("hand-written enums", (JavaClass c) -> HAND_WRITTEN_API.test(c)
            && c.isEnum()))
        .should().haveSimpleNameNotEndingWith("Outcome").andShould().haveSimpleNameNotEndingWith("Result")
        .because("a kind of result is a *Kind (LoginOutcomeKind), the result itself an *Outcome (charter section 3)");
  }

  @Test
  void importsEveryModule() {
    assertThat(ALL.stream().map(JavaClass::getPackageName).map(p -> p.split("\\.")[4]).distinct())
        .contains("core", "rules", "xml", "testkit");
    assertThat(ALL.stream().filter(ENGINES)).hasSizeGreaterThanOrEqualTo(15);
  }

  @Test
  void noGeneratedTypeInAPublicSignature() {
    noGeneratedTypesInSignatures().check(ALL);
  }

  @Test
  void everyValueDeclaresItsBuilder() {
    valuesDeclareTheirBuilder().check(ALL);
  }

  @Test
  void everyValueBindsBothJacksonMajors() {
    valuesBindBothJacksonMajors().check(ALL);
  }

  @Test
  void everyEngineHasTheCharterShape() {
    enginesHaveTheCharterShape().check(ALL);
  }

  @Test
  void noBooleanParameterInAPublicMethod() {
    noBooleanParameters().check(ALL);
  }

  @Test
  void parameterSetsOutcomesAndKindsAreNamedByTheCharter() {
    parameterSetsEndInParameters().check(ALL);
    outcomesEndInOutcome().check(ALL);
    kindEnumsEndInKind().check(ALL);
  }

  @Test
  void theRulesCatchViolations() {
    ALL_AND_OFFENDERS = OFFENDERS;
    try {
      assertThatThrownBy(() -> noGeneratedTypesInSignatures().check(OFFENDERS)).isInstanceOf(AssertionError.class)
          .hasMessageContaining("leak()");
      assertThatThrownBy(() -> valuesDeclareTheirBuilder().check(OFFENDERS)).isInstanceOf(AssertionError.class)
          .hasMessageContaining("Leak ");
      assertThatThrownBy(() -> valuesBindBothJacksonMajors().check(OFFENDERS)).isInstanceOf(AssertionError.class)
          .hasMessageContaining("Leak");
      assertThatThrownBy(() -> enginesHaveTheCharterShape().check(OFFENDERS)).isInstanceOf(AssertionError.class)
          .hasMessageContaining("is not private").hasMessageContaining("withDefaults")
          .hasMessageContaining("its verb is decide").hasMessageContaining("is mutable");
      assertThatThrownBy(() -> noBooleanParameters().check(OFFENDERS)).isInstanceOf(AssertionError.class)
          .hasMessageContaining("takes a boolean");
      assertThatThrownBy(() -> parameterSetsEndInParameters().check(OFFENDERS)).isInstanceOf(AssertionError.class)
          .hasMessageContaining("BadlyNamedSettings");
      assertThatThrownBy(() -> kindEnumsEndInKind().check(OFFENDERS)).isInstanceOf(AssertionError.class)
          .hasMessageContaining("CheckResult");
    } finally {
      ALL_AND_OFFENDERS = ALL;
    }
  }

  // ---------------------------------------------------------------- offenders (break each rule on purpose)

  /** Stands for the generated implementation of {@link Leak}. */
  public static final class ImmutableLeak extends Leak {
    /** Stands for a generated builder. */
    public static class Builder {}
  }

  /** A value that names its implementation, hides no builder of its own and binds Jackson 2 only. */
  @com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableLeak.class)
  public abstract static class Leak {
    /** Leaks the generated type. */
    public ImmutableLeak leak() {
      return null;
    }

    /** Not the sandwich: does not extend the generated builder. */
    public static final class Builder {}
  }

  /** An engine of the old shape; the name puts it in a rules package for the predicate. */
  public static class LeakyEngine {
    int calls;

    /** Public constructor. */
    public LeakyEngine() {}

    /** The old factory. */
    public static LeakyEngine defaults() {
      return new LeakyEngine();
    }

    /** The old name. */
    public static LeakyEngine withDefaults() {
      return new LeakyEngine();
    }

    /** The old verb. */
    public Decision check() {
      return Decision.allowed();
    }
  }

  /** A boolean flag in an API. */
  public static final class BooleanApi {
    /** amend(..., false, on). */
    public void amend(String who, boolean automationGranted) {}
  }

  /** A parameter set with the wrong suffix. */
  public abstract static class BadlyNamedSettings implements ParameterSet {}

  /** A kind-of-result enum with the wrong suffix. */
  public enum CheckResult { PASSED }
}
