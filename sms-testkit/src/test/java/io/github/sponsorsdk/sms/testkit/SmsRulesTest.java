package io.github.sponsorsdk.sms.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.rules.certificate.CertificateValidity;
import io.github.sponsorsdk.sms.rules.certificate.ValidityParameters;
import io.github.sponsorsdk.sms.rules.effective.DateEffective;
import io.github.sponsorsdk.sms.rules.login.LoginEngine;
import io.github.sponsorsdk.sms.rules.login.LoginParameters;
import io.github.sponsorsdk.sms.rules.login.LoginReasonCode;
import io.github.sponsorsdk.sms.rules.permission.PermissionEngine;
import io.github.sponsorsdk.sms.testkit.scenario.Scenarios;
import io.github.sponsorsdk.sms.testkit.scenario.Sponsor;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The engines a fake asks, as one value: defaults, replacing one engine, the derived defined CoS rules. */
class SmsRulesTest {

  @Test
  void theDefaultsAreEveryEnginesDefaults() {
    SmsRules rules = SmsRules.defaults();
    assertThat(rules.login().parameters()).isEqualTo(LoginParameters.defaults());
    assertThat(rules.validity().parameters()).isEqualTo(ValidityParameters.defaults());
    assertThat(rules.definedCos().parameters()).isEqualTo(ValidityParameters.defaults());
    assertThat(InMemorySms.builder().build().rules().login().parameters()).isEqualTo(LoginParameters.defaults());
  }

  @Test
  void oneEngineIsReplacedTheOthersKeepTheirDefaults() {
    LoginEngine twenty = LoginEngine.of(LoginParameters.twentyMinuteLockout());
    PermissionEngine permissions = PermissionEngine.defaults();
    SmsRules rules = SmsRules.builder().login(twenty).permissions(permissions).build();
    assertThat(rules.login()).isSameAs(twenty);
    assertThat(rules.permissions()).isSameAs(permissions);
    assertThat(rules.sessions().parameters()).isEqualTo(SmsRules.defaults().sessions().parameters());

    SmsRules again = SmsRules.defaults().withLogin(twenty);
    assertThat(again.login()).isSameAs(twenty);
    assertThat(SmsRules.builder().from(rules).build().login()).isSameAs(twenty);
  }

  @Test
  void theDefinedCosRulesFollowTheValidityRules() {
    ValidityParameters longer = ValidityParameters.defaults().withDefinedCosAssignmentMonths(DateEffective.of(
        "certificate.definedCosAssignmentMonths", LocalDate.of(2020, 12, 1), 6,
        ValidityParameters.defaults().definedCosAssignmentMonths().versions().get(0).citation()));
    SmsRules rules = SmsRules.defaults().withValidity(CertificateValidity.of(longer));
    assertThat(rules.definedCos().parameters()).isEqualTo(longer);
    assertThat(SmsRules.defaults().definedCos().parameters()).isEqualTo(ValidityParameters.defaults());
  }

  @Test
  void aMissingEngineFailsAtTheBoundary() {
    assertThatThrownBy(() -> SmsRules.builder().login(null)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> InMemorySms.builder().rules(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("rules");
  }

  @Test
  void theFakeAsksTheEnginesItWasGiven() {
    InMemorySms sms = InMemorySms.builder().passwordIterations(InMemorySms.FAST_TEST_ITERATIONS)
        .rules(SmsRules.builder().login(LoginEngine.of(LoginParameters.twentyMinuteLockout())).build()).build();
    Sponsor s = Scenarios.skilledWorkerSponsor().grant(sms);
    s.signIn();
    for (int i = 0; i < 3; i++) {
      sms.logIn(s.level1(), "wrong password 1!".toCharArray());
    }
    sms.clock().advance(Duration.ofMinutes(20));
    assertThat(sms.logIn(s.level1(), Sponsor.PASSWORD.toCharArray()).decision().has(LoginReasonCode.ACCOUNT_LOCKED))
        .isFalse();

    InMemorySms defaults = InMemorySms.builder().passwordIterations(InMemorySms.FAST_TEST_ITERATIONS).build();
    Sponsor d = Scenarios.skilledWorkerSponsor().grant(defaults);
    d.signIn();
    for (int i = 0; i < 3; i++) {
      defaults.logIn(d.level1(), "wrong password 1!".toCharArray());
    }
    defaults.clock().advance(Duration.ofMinutes(20));
    assertThat(defaults.logIn(d.level1(), Sponsor.PASSWORD.toCharArray()).decision()
        .has(LoginReasonCode.ACCOUNT_LOCKED)).isTrue();
  }
}
