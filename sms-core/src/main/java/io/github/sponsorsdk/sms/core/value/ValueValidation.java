package io.github.sponsorsdk.sms.core.value;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.reflect.Method;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Bean Validation for the project's values, configured once.
 *
 * <p>Two choices matter and are tested ({@code ValueValidationTest}):
 * <ul>
 *   <li>Accessors without a {@code get} prefix ({@code number()}) are properties. Hibernate Validator only treats
 *       JavaBeans getters as properties by default and silently ignores constraints on other accessors; the
 *       {@link AccessorStrategy} below makes every public no-argument, non-void method a property.
 *   <li>{@link ParameterMessageInterpolator}: messages interpolate {@code {min}}-style parameters without needing an
 *       Expression Language implementation at run time.
 * </ul>
 *
 * <p>Building the validator prints nothing: Hibernate Validator's version banner is held back (see
 * {@code QuietBootstrap}).
 *
 * <p>Values call {@link #check(Object)} from their {@code @Value.Check} method, so no invalid value can be built,
 * whether through a builder, a factory or JSON.
 */
public final class ValueValidation {

  private static final Validator VALIDATOR = QuietBootstrap.withoutBanner(() ->
      Validation.byProvider(HibernateValidator.class)
          .providerResolver(() -> List.of(new HibernateValidator()))
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .getterPropertySelectionStrategy(new AccessorStrategy())
          .buildValidatorFactory()
          .getValidator());

  private ValueValidation() {}

  /**
   * {@return every violation of {@code value}'s constraints, in a stable order; empty when valid}
   *
   * @param value the value to check
   */
  public static List<Violation> violations(Object value) {
    Set<ConstraintViolation<Object>> found = VALIDATOR.validate(value);
    return found.stream()
        .map(ValueValidation::toViolation)
        .sorted(Comparator.comparing(Violation::path).thenComparing(Violation::rule))
        .collect(Collectors.toList());
  }

  /**
   * Throws {@link InvalidValueException} listing all violations of {@code value}, or returns it unchanged.
   *
   * @param <T> the value's type
   * @param value the value to check
   * @return {@code value}, unchanged
   * @throws InvalidValueException listing every violation
   */
  public static <T> T check(T value) {
    List<Violation> violations = violations(value);
    if (!violations.isEmpty()) {
      throw new InvalidValueException(publicName(value.getClass()), violations);
    }
    return value;
  }

  /**
   * Throws one {@link InvalidValueException} for {@code type} if {@code violations} is not empty.
   *
   * @param type the simple name of the value type
   * @param violations the violations found
   */
  public static void requireNone(String type, List<Violation> violations) {
    if (!violations.isEmpty()) {
      throw new InvalidValueException(type, violations);
    }
  }

  private static Violation toViolation(ConstraintViolation<Object> v) {
    String path = v.getPropertyPath().toString();
    String rule = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    boolean sensitive = isSensitive(v.getLeafBean(), path);
    String rejected = sensitive ? Sensitive.MASK : String.valueOf(unwrap(v.getInvalidValue()));
    return Violation.of(path.isEmpty() ? "value" : path, rejected, rule, v.getMessage());
  }

  private static Object unwrap(Object o) {
    return o instanceof Optional<?> opt ? opt.orElse(null) : o;
  }

  private static boolean isSensitive(Object bean, String path) {
    if (bean == null) {
      return false;
    }
    String leaf = path.replaceAll("\\[.*?]", "");
    leaf = leaf.substring(leaf.lastIndexOf('.') + 1).replaceAll("<.*>", "");
    for (Class<?> c = bean.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
      if (hasSensitive(c, leaf)) {
        return true;
      }
      for (Class<?> i : c.getInterfaces()) {
        if (hasSensitive(i, leaf)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean hasSensitive(Class<?> c, String name) {
    try {
      Method m = c.getDeclaredMethod(name);
      return m.isAnnotationPresent(Sensitive.class);
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  /** Strips the generated {@code Immutable} prefix so messages name the public type. */
  static String publicName(Class<?> type) {
    String name = type.getSimpleName();
    return name.startsWith("Immutable") && name.length() > "Immutable".length()
        ? name.substring("Immutable".length()) : name;
  }

  /** Every public, non-static, no-argument, non-void method except the {@code Object} ones is a property. */
  static final class AccessorStrategy implements GetterPropertySelectionStrategy {
    private static final Set<String> EXCLUDED =
        Set.of("hashCode", "toString", "getClass", "clone", "finalize", "notify", "notifyAll", "wait");

    @Override
    public Optional<String> getProperty(ConstrainableExecutable executable) {
      if (executable.getParameterTypes().length != 0
          || executable.getReturnType() == void.class
          || EXCLUDED.contains(executable.getName())
          || executable.getName().startsWith("with")
          || executable.getName().equals("builder")) {
        return Optional.empty();
      }
      return Optional.of(executable.getName());
    }

    @Override
    public List<String> getGetterMethodNameCandidates(String propertyName) {
      return List.of(propertyName);
    }
  }
}
