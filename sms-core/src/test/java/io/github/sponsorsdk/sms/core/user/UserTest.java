package io.github.sponsorsdk.sms.core.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sponsorsdk.sms.core.identifier.NationalInsuranceNumber;
import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.testing.Examples;
import io.github.sponsorsdk.sms.core.testing.Json;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.Violation;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserTest {

  @Test
  void statusFactsOverTheWholeDomain() {
    // Manual 1, Guide 3 step 3 note (labels); Guide 4 steps 4 and 9 ("cannot be reactivated", "cannot be reinstated").
    for (UserStatus s : UserStatus.values()) {
      assertThat(s.isFinal()).as(s.name())
          .isEqualTo(EnumSet.of(UserStatus.REFUSED, UserStatus.DEACTIVATED_BY_SPONSOR,
              UserStatus.DEACTIVATED_BY_UK_VI).contains(s));
      assertThat(s.canLogIn()).as(s.name()).isEqualTo(s == UserStatus.ACTIVE);
      assertThat(UserStatus.fromLabel(s.label())).isEqualTo(s);
    }
    assertThat(UserStatus.values()).extracting(UserStatus::label).containsExactly("Requested", "Active", "Refused",
        "Deactivated by sponsor", "Deactivated by UK V&I");
    assertThatThrownBy(() -> UserStatus.fromLabel("active")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void onlyTheAuthorisingOfficerRoleIsClosedToRepresentatives() {
    for (KeyPersonnelRole r : KeyPersonnelRole.values()) {
      assertThat(r.mayBeHeldByRepresentative()).as(r.name()).isEqualTo(r != KeyPersonnelRole.AUTHORISING_OFFICER);
    }
    assertThat(KeyPersonnelRole.forLevel(UserLevel.LEVEL_1)).isEqualTo(KeyPersonnelRole.LEVEL_1_USER);
    assertThat(KeyPersonnelRole.forLevel(UserLevel.LEVEL_2)).isEqualTo(KeyPersonnelRole.LEVEL_2_USER);
  }

  @Test
  void aProfileWithSeveralBadFieldsFailsOnceNamingEveryField() {
    assertThatThrownBy(() -> UserProfile.builder().title("Mr").forenames(" ").surname("S".repeat(51))
        .email("john at sponsororg.com").position("Training Lead").workAddress(Examples.workAddress())
        .phone("call me").settledWorker(true).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.valueType()).isEqualTo("UserProfile");
          assertThat(e.violations()).extracting(Violation::path)
              .containsExactlyInAnyOrder("email", "forenames", "phone", "surname");
        })
        .hasMessageContaining("Invalid UserProfile: 4 violations");
  }

  @Test
  void missingRequiredFieldsAreListedTogether() {
    assertThatThrownBy(() -> UserProfile.builder().title("Ms").build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
            .extracting(Violation::path)
            .contains("forenames", "surname", "email", "position", "workAddress", "settledWorker"));
  }

  @Test
  void exactlyOneOfNinoExemptionOrNeither() {
    UserProfile withNino = Examples.djDon();
    assertThat(withNino.nationalInsuranceNumber()).contains(NationalInsuranceNumber.of("AB123456C"));
    assertThat(withNino.ninoExemptionReason()).isEmpty();

    UserProfile exempt = withNino.withNinoDeclaration(NinoDeclaration.exempt("Diplomatic staff, no NINO issued"));
    assertThat(exempt.nationalInsuranceNumber()).isEmpty();
    assertThat(exempt.ninoExemptionReason()).map(NinoExemptionReason::reason)
        .contains("Diplomatic staff, no NINO issued");

    UserProfile neither = Examples.johnSmith(); // Level 2: no NINO rule applies (Manual 1, Guide 4, 19 June 2023)
    assertThat(neither.ninoDeclaration()).isEmpty();
    assertThat(neither.nationalInsuranceNumber()).isEmpty();
    assertThat(neither.ninoExemptionReason()).isEmpty();

    for (UserProfile p : new UserProfile[] {withNino, exempt, neither}) {
      assertThat(Json.roundTrip(p, UserProfile.class)).isEqualTo(p);
    }
    assertThat(Json.MAPPER.valueToTree(withNino).get("ninoDeclaration").get("kind").asText()).isEqualTo("NINO");
    assertThat(Json.MAPPER.valueToTree(exempt).get("ninoDeclaration").get("kind").asText()).isEqualTo("EXEMPT");
    assertThatThrownBy(() -> NinoDeclaration.exempt("  ")).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void theNinoNeverAppearsInToStringOrErrors() throws Exception {
    UserProfile p = Examples.djDon();
    assertThat(p.toString()).doesNotContain("AB123456C").contains("AB******C");
    assertThat(Examples.level1User().toString()).doesNotContain("123456");
    String json = Json.MAPPER.writeValueAsString(p).replace("AB123456C", "AB123456E");
    assertThatThrownBy(() -> Json.MAPPER.readValue(json, UserProfile.class))
        .hasStackTraceContaining("****")
        .satisfies(e -> {
          for (Throwable t = e; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain("AB123456E");
          }
        });
  }

  @Test
  void usersRoundTripAndExposeTheirRoles() {
    SmsUser ao = Examples.level1User().withKeyPersonnelRoles(
        Set.of(KeyPersonnelRole.AUTHORISING_OFFICER, KeyPersonnelRole.KEY_CONTACT));
    assertThat(ao.roles()).containsExactlyInAnyOrder(KeyPersonnelRole.AUTHORISING_OFFICER,
        KeyPersonnelRole.KEY_CONTACT, KeyPersonnelRole.LEVEL_1_USER);
    assertThat(ao.holds(KeyPersonnelRole.LEVEL_2_USER)).isFalse();
    assertThat(ao.isRepresentative()).isFalse();

    SmsUser rep = Examples.level2User().withKeyPersonnelRoles(Set.of(KeyPersonnelRole.KEY_CONTACT))
        .withRepresentative(Representative.builder().referenceNumber("F201900123").firm("Example Law LLP").build());
    SmsUser gone = Examples.level2User().withStatus(UserStatus.DEACTIVATED_BY_SPONSOR)
        .withDeactivatedOn(LocalDate.of(2026, 11, 2)).withDeactivatedBy(Examples.DJ_DON);
    for (SmsUser u : new SmsUser[] {ao, rep, gone, Examples.level2User()}) {
      assertThat(Json.roundTrip(u, SmsUser.class)).isEqualTo(u);
    }
    Representative r = rep.representative().orElseThrow();
    assertThat(Json.roundTrip(r, Representative.class)).isEqualTo(r);
  }

  @Test
  void structuralInvariantsOfAUserAreReportedTogether() {
    // A representative AO, a Level 2 "Requested" account and a self-deactivation: one exception, every breach named.
    assertThatThrownBy(() -> SmsUser.builder().from(Examples.level2User())
        .status(UserStatus.REQUESTED)
        .addKeyPersonnelRoles(KeyPersonnelRole.AUTHORISING_OFFICER, KeyPersonnelRole.LEVEL_1_USER)
        .representative(Representative.builder().build())
        .deactivatedOn(LocalDate.of(2020, 1, 1))
        .deactivatedBy(Examples.JOHN_SMITH)
        .build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
            .extracting(Violation::rule)
            .containsExactlyInAnyOrder("RepresentativeRole", "LevelRole", "Level2Status", "DeactivationStatus",
                "DeactivationStatus", "SelfDeactivation", "DateOrder"));
  }

  @Test
  void deactivationByUkViNamesNoSponsorUser() {
    SmsUser byHomeOffice = Examples.level1User().withStatus(UserStatus.DEACTIVATED_BY_UK_VI)
        .withDeactivatedOn(LocalDate.of(2026, 6, 1));
    assertThat(byHomeOffice.status().isFinal()).isTrue();
    assertThatThrownBy(() -> byHomeOffice.withDeactivatedBy(Examples.JOHN_SMITH))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("deactivatedBy");
  }

  @Test
  void keyPeopleHoldOnlyAoOrKcAndAnAoIsNeverARepresentative() {
    KeyPerson ao = KeyPerson.builder().addRole(KeyPersonnelRole.AUTHORISING_OFFICER).profile(Examples.djDon())
        .userId(SmsUserId.of("OsNBX7uVOL")).build();
    KeyPerson kc = KeyPerson.builder().addRole(KeyPersonnelRole.KEY_CONTACT).profile(Examples.johnSmith())
        .representative(Representative.builder().firm("Example Law LLP").build()).build();
    assertThat(ao.isAuthorisingOfficer()).isTrue();
    assertThat(kc.isKeyContact()).isTrue();
    assertThat(Json.roundTrip(ao, KeyPerson.class)).isEqualTo(ao);
    assertThat(Json.roundTrip(kc, KeyPerson.class)).isEqualTo(kc);
    assertThatThrownBy(() -> kc.withRoles(KeyPersonnelRole.AUTHORISING_OFFICER, KeyPersonnelRole.LEVEL_2_USER))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
            .extracting(Violation::rule).containsExactlyInAnyOrder("RepresentativeRole", "KeyPersonRole"));
    assertThatThrownBy(() -> kc.withRoles()).isInstanceOf(InvalidValueException.class).hasMessageContaining("roles");
  }
}
