package io.github.sponsorsdk.sms.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * Users, certificates and messages carry no password, temporary password or other secret: those are credential types
 * of their own, kept out of serialisable values (ENGINEERING-NOTES §7.2: {@code @Value.Redacted} hides a secret from
 * {@code toString} but Jackson still writes it).
 */
class NoSecretsInPeopleValuesTest {

  static final String[] PACKAGES = {"io.github.sponsorsdk.sms.core.user", "io.github.sponsorsdk.sms.core.certificate",
      "io.github.sponsorsdk.sms.core.message", "io.github.sponsorsdk.sms.core.place"};
  static final String SECRET = "(?i).*(password|secret|token|credential|passphrase).*";

  static final JavaClasses VALUES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages(PACKAGES);

  static ArchRule noSecretMethods(String... packages) {
    return noMethods().that().areDeclaredInClassesThat().resideInAnyPackage(packages)
        .should().haveNameMatching(SECRET).because("secrets are never part of a user or certificate value");
  }

  static ArchRule noSecretFields(String... packages) {
    return noFields().that().areDeclaredInClassesThat().resideInAnyPackage(packages)
        .should().haveNameMatching(SECRET).because("secrets are never part of a user or certificate value");
  }

  @Test
  void theValuesWereImported() {
    assertThat(VALUES.stream().map(c -> c.getSimpleName()))
        .contains("SmsUser", "ImmutableSmsUser", "UserProfile", "Certificate", "BoardMessage", "Address");
  }

  @Test
  void noAttributeNamesASecret() {
    noSecretMethods(PACKAGES).check(VALUES);
    noSecretFields(PACKAGES).check(VALUES);
  }

  /** The rule can fail: a class with a password accessor breaks it. */
  @Test
  void theRuleCatchesAPasswordAccessor() {
    JavaClasses bad = new ClassFileImporter().importClasses(WithPassword.class);
    assertThatThrownBy(() -> noSecretMethods("..architecture..").check(bad)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("temporaryPassword");
  }

  static final class WithPassword {
    String temporaryPassword() {
      return "";
    }
  }
}
