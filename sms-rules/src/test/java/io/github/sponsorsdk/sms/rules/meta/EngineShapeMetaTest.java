package io.github.sponsorsdk.sms.rules.meta;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine shape of the API charter (docs/decisions/0005-api-charter.md, section 2) as behaviour, for every engine
 * of sms-rules: {@code defaults()} is an engine built on the parameters of today's guidance (its parameter set's own
 * {@code defaults()}), and {@code of(parameters)} is an engine that reads exactly the parameters it was given. The
 * engines are found by scanning, so a new engine is covered; each is built inside the test, not once per JVM.
 */
class EngineShapeMetaTest {

  static Stream<Class<?>> engines() {
    List<Class<?>> found = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.github.sponsorsdk.sms.rules").stream()
        .filter(c -> c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC))
        .filter(c -> c.isTopLevelClass() && !c.getSimpleName().endsWith("Parameters"))
        .filter(c -> c.tryGetMethod("defaults").isPresent())
        .map(JavaClass::reflect).sorted(java.util.Comparator.comparing(Class::getName)).collect(Collectors.toList());
    assertThat(found).hasSizeGreaterThanOrEqualTo(29);
    return found.stream();
  }

  @ParameterizedTest
  @MethodSource("engines")
  void defaultsReadTodaysParametersAndOfReadsTheGivenOnes(Class<?> engine) throws ReflectiveOperationException {
    Method defaults = engine.getMethod("defaults");
    assertThat(Modifier.isStatic(defaults.getModifiers())).isTrue();
    Object byDefault = defaults.invoke(null);
    assertThat(byDefault).as(engine.getSimpleName() + ".defaults()").isInstanceOf(engine);
    Optional<Method> parameters = Stream.of(engine.getMethods())
        .filter(m -> m.getName().equals("parameters") && m.getParameterCount() == 0).findFirst();
    if (parameters.isEmpty()) {
      return;
    }
    Class<?> type = parameters.get().getReturnType();
    Object read = parameters.get().invoke(byDefault);
    assertThat(read).as(engine.getSimpleName() + ".defaults().parameters()").isNotNull();
    Object todays = type.getMethod("defaults").invoke(null);
    assertThat(read).as(engine.getSimpleName() + ".defaults().parameters()").isEqualTo(todays);
    Method of = engine.getMethod("of", type);
    Object built = of.invoke(null, todays);
    assertThat(built).as(engine.getSimpleName() + ".of(...)").isInstanceOf(engine).isNotSameAs(byDefault);
    assertThat(parameters.get().invoke(built)).as(engine.getSimpleName() + ".of(p).parameters()").isSameAs(todays);
  }
}
