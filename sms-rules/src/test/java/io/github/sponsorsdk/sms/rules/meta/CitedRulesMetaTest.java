package io.github.sponsorsdk.sms.rules.meta;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.decision.ReasonCode;
import io.github.sponsorsdk.sms.core.licence.LicenceStatus;
import io.github.sponsorsdk.sms.core.user.UserStatus;
import io.github.sponsorsdk.sms.rules.effective.DateEffective;
import io.github.sponsorsdk.sms.rules.effective.DatedValue;
import io.github.sponsorsdk.sms.rules.effective.ParameterSet;
import io.github.sponsorsdk.sms.rules.login.LoginEligibility;
import io.github.sponsorsdk.sms.rules.login.LoginParameters;
import io.github.sponsorsdk.sms.rules.login.LoginReasonCode;
import io.github.sponsorsdk.sms.rules.password.PasswordParameters;
import io.github.sponsorsdk.sms.rules.password.PasswordReasonCode;
import io.github.sponsorsdk.sms.rules.session.SessionParameters;
import io.github.sponsorsdk.sms.rules.session.SessionReasonCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every reason code of the password, log-in and session engines has a citation; every parameter of their default
 * sets is cited and, on every day from its first version to the end of 2035, exactly one version applies.
 */
class CitedRulesMetaTest {

  static final LocalDate SWEEP_END = LocalDate.of(2035, 12, 31);

  static final Map<Class<? extends Enum<?>>, Function<Object, Citation>> CODES = Map.of(
      PasswordReasonCode.class, c -> ((PasswordReasonCode) c).citation(),
      LoginReasonCode.class, c -> ((LoginReasonCode) c).citation(),
      SessionReasonCode.class, c -> ((SessionReasonCode) c).citation(),
      LicenceStatus.class, c -> LoginEligibility.citation((LicenceStatus) c),
      UserStatus.class, c -> LoginEligibility.citation((UserStatus) c));

  static final List<ParameterSet> SETS = List.of(PasswordParameters.defaults(), LoginParameters.defaults(),
      LoginParameters.twentyMinuteLockout(), SessionParameters.defaults());

  @Test
  void everyReasonCodeAndStatusHasACompleteCitation() {
    int seen = 0;
    for (Map.Entry<Class<? extends Enum<?>>, Function<Object, Citation>> e : CODES.entrySet()) {
      for (Enum<?> constant : e.getKey().getEnumConstants()) {
        Citation c = e.getValue().apply(constant);
        String as = e.getKey().getSimpleName() + "." + constant.name();
        assertThat(c).as(as).isNotNull();
        assertThat(c.source()).as(as).isNotNull();
        assertThat(c.section()).as(as).isNotBlank();
        assertThat(c.note()).as(as + " quotes or explains its source").isPresent();
        assertThat(c.effectiveFrom()).as(as).isEqualTo(PasswordParameters.MANUAL_1_KNOWN_FROM);
        seen++;
      }
    }
    assertThat(seen).isEqualTo(PasswordReasonCode.values().length + LoginReasonCode.values().length
        + SessionReasonCode.values().length + LicenceStatus.values().length + UserStatus.values().length);
  }

  @Test
  void reasonCodesAreReasonCodesAndUniqueAcrossEngines() {
    Set<String> names = new HashSet<>();
    List<ReasonCode> all = new ArrayList<>();
    all.addAll(List.of(PasswordReasonCode.values()));
    all.addAll(List.of(LoginReasonCode.values()));
    all.addAll(List.of(SessionReasonCode.values()));
    for (ReasonCode code : all) {
      assertThat(names.add(code.name())).as("code %s is unique", code.name()).isTrue();
    }
  }

  @Test
  void everyParameterIsCitedAndExactlyOneVersionAppliesOnEveryDayOfItsRange() {
    Set<String> names = new HashSet<>();
    for (ParameterSet set : SETS) {
      assertThat(set.parameters()).isNotEmpty();
      for (DateEffective<?> p : set.parameters()) {
        names.add(p.name());
        for (DatedValue<?> v : p.versions()) {
          assertThat(v.citation().source()).as(p.name()).isNotNull();
          assertThat(v.citation().section()).as(p.name()).isNotBlank();
          assertThat(v.citation().note()).as(p.name()).isPresent();
        }
        assertThat(p.covers(p.effectiveFrom().minusDays(1))).as(p.name() + " is not extrapolated backwards").isFalse();
        LocalDate end = p.endExclusive().orElse(SWEEP_END.plusDays(1));
        for (LocalDate d = p.effectiveFrom(); d.isBefore(end); d = d.plusDays(1)) {
          LocalDate day = d;
          long applicable = p.versions().stream().filter(v -> !v.effectiveFrom().isAfter(day)
              && p.versions().stream().noneMatch(w -> w.effectiveFrom().isAfter(v.effectiveFrom())
                  && !w.effectiveFrom().isAfter(day))).count();
          assertThat(applicable).as("%s on %s", p.name(), day).isEqualTo(1);
          assertThat(p.find(day)).as("%s on %s", p.name(), day).isPresent();
        }
      }
    }
    assertThat(names).containsExactlyInAnyOrder("password.minLength", "password.maxLength",
        "password.specialCharacters", "password.unlistedCharacters", "password.nameTokenMinLength",
        "login.maxFailedAttempts", "login.lockoutDuration", "session.inactivityTimeout", "session.secondLogIn");
  }

  @Test
  void theDefaultsAreTheManualsNumbers() {
    LocalDate d = LocalDate.of(2026, 11, 25);
    PasswordParameters p = PasswordParameters.defaults();
    assertThat(p.minLength().on(d)).isEqualTo(12);
    assertThat(p.maxLength().on(d)).isEqualTo(256);
    assertThat(p.specialCharacters().on(d)).isEqualTo("@$!%^&*+=_");
    assertThat(LoginParameters.defaults().maxFailedAttempts().on(d)).isEqualTo(3);
    assertThat(LoginParameters.defaults().lockoutDuration().on(d)).hasMinutes(30);
    assertThat(LoginParameters.twentyMinuteLockout().lockoutDuration().on(d)).hasMinutes(20);
    assertThat(SessionParameters.defaults().inactivityTimeout().on(d)).hasMinutes(20);
  }
}
