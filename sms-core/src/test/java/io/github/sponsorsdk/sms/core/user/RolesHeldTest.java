package io.github.sponsorsdk.sms.core.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.testing.Examples;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Which roles a person holds, each way round: an Authorising Officer who is not the Key Contact, a Key Contact who is
 * not the Authorising Officer, a user who also holds both, and a representative (docs/sources.md#secondary-people).
 */
class RolesHeldTest {

  @Test
  void aKeyPersonIsExactlyTheRolesListed() {
    KeyPerson ao = KeyPerson.builder().addRole(KeyPersonnelRole.AUTHORISING_OFFICER).profile(Examples.djDon())
        .userId(SmsUserId.of("OsNBX7uVOL")).build();
    KeyPerson kc = KeyPerson.builder().addRole(KeyPersonnelRole.KEY_CONTACT).profile(Examples.johnSmith()).build();
    KeyPerson both = ao.withRoles(KeyPersonnelRole.AUTHORISING_OFFICER, KeyPersonnelRole.KEY_CONTACT);
    assertThat(ao.isAuthorisingOfficer()).isTrue();
    assertThat(ao.isKeyContact()).isFalse();
    assertThat(kc.isKeyContact()).isTrue();
    assertThat(kc.isAuthorisingOfficer()).isFalse();
    assertThat(both.isAuthorisingOfficer()).isTrue();
    assertThat(both.isKeyContact()).isTrue();
  }

  @Test
  void aUserHoldsTheRoleOfItsLevelAndItsKeyPersonnelRoles() {
    SmsUser ao = Examples.level1User().withKeyPersonnelRoles(Set.of(KeyPersonnelRole.AUTHORISING_OFFICER));
    assertThat(ao.holds(KeyPersonnelRole.LEVEL_1_USER)).isTrue();
    assertThat(ao.holds(KeyPersonnelRole.AUTHORISING_OFFICER)).isTrue();
    assertThat(ao.holds(KeyPersonnelRole.KEY_CONTACT)).isFalse();
    assertThat(ao.holds(KeyPersonnelRole.LEVEL_2_USER)).isFalse();
    assertThat(Examples.level2User().holds(KeyPersonnelRole.LEVEL_2_USER)).isTrue();
  }

  @Test
  void aUserActingForAFirmIsARepresentative() {
    SmsUser rep = Examples.level2User().withRepresentative(Representative.builder().referenceNumber("F201900123")
        .firm("Example Law LLP").build());
    assertThat(rep.isRepresentative()).isTrue();
    assertThat(Examples.level2User().isRepresentative()).isFalse();
  }
}
