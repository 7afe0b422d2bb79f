package io.github.sponsorsdk.sms.rules.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.decision.Severity;
import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.licence.Licence;
import io.github.sponsorsdk.sms.core.licence.LicenceStatus;
import io.github.sponsorsdk.sms.core.licence.Rating;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.user.SmsUser;
import io.github.sponsorsdk.sms.core.user.UserLevel;
import io.github.sponsorsdk.sms.core.user.UserStatus;
import io.github.sponsorsdk.sms.rules.testing.PermissionFixtures;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Exhaustive over actor level and status, target level and status, self or other, licence status and rating:
 * deactivation and amendment are allowed exactly when Manual 1 (Guides 3 and 4) says so.
 */
class UserManagementInvariantsTest {

  final UserManagementRules rules = UserManagementRules.defaults();
  final LocalDate today = LocalDate.of(2025, 6, 2);

  /** A Level 2 user is never Requested or Refused (created Active at once, Guide 3 step 5; SmsUser checks it). */
  static boolean exists(UserLevel level, UserStatus status) {
    return level == UserLevel.LEVEL_1 || status != UserStatus.REQUESTED && status != UserStatus.REFUSED;
  }

  @Test
  void deactivateAndAmendAreAllowedExactlyWhenTheManualAllows() {
    int cases = 0;
    for (LicenceStatus ls : LicenceStatus.values()) {
      for (Rating rating : new Rating[] {Rating.A, Rating.B, Rating.PROVISIONAL}) {
        Licence licence = PermissionFixtures.licence(ls, rating, LocalDate.of(2034, 1, 1),
            rating == Rating.PROVISIONAL ? Route.GBM_UK_EXPANSION_WORKER : Route.SKILLED_WORKER);
        boolean functionOpen = ls.canLogIn() && ls != LicenceStatus.DORMANT && rating != Rating.PROVISIONAL;
        for (UserLevel actorLevel : UserLevel.values()) {
          for (UserStatus actorStatus : UserStatus.values()) {
            if (!exists(actorLevel, actorStatus)) {
              continue;
            }
            SmsUser actor = PermissionFixtures.user(PermissionFixtures.DJ_DON, actorLevel, actorStatus, true);
            boolean actorOk = actorLevel == UserLevel.LEVEL_1 && actorStatus == UserStatus.ACTIVE;
            for (boolean self : new boolean[] {true, false}) {
              for (UserLevel targetLevel : UserLevel.values()) {
                for (UserStatus targetStatus : UserStatus.values()) {
                  if (!exists(targetLevel, targetStatus)
                      || self && (targetLevel != actorLevel || targetStatus != actorStatus)) {
                    continue;
                  }
                  SmsUserId id = self ? PermissionFixtures.DJ_DON : PermissionFixtures.JOHN_SMITH;
                  SmsUser target = PermissionFixtures.user(id, targetLevel, targetStatus, true);
                  boolean targetActive = targetStatus == UserStatus.ACTIVE;
                  String at = String.format("%s/%s actor %s %s, %s target %s %s", ls, rating, actorLevel,
                      actorStatus, self ? "self" : "other", targetLevel, targetStatus);

                  UserOutcome deactivation = rules.deactivate(licence, actor, target, today);
                  assertThat(deactivation.isAllowed()).as("deactivate " + at)
                      .isEqualTo(functionOpen && actorOk && !self && targetActive);
                  if (self) {
                    assertThat(deactivation.isAllowed()).as("never self-deactivation: " + at).isFalse();
                  }

                  UserOutcome amendment = rules.amend(licence, actor, target, target.profile(), Automation.NOT_GRANTED, today);
                  assertThat(amendment.isAllowed()).as("amend " + at)
                      .isEqualTo(functionOpen && actorOk && (self || targetLevel == UserLevel.LEVEL_2) && targetActive);

                  for (UserOutcome o : new UserOutcome[] {deactivation, amendment}) {
                    if (o.isAllowed()) {
                      assertThat(o.resultingStatus()).as(at).isPresent();
                      assertThat(o.processing()).as(at).isPresent();
                    } else {
                      assertThat(o.resultingStatus()).as(at).isEmpty();
                      assertThat(o.decision().reasons()).as(at)
                          .anyMatch(r -> r.severity() == Severity.REFUSAL)
                          .noneMatch(r -> r.severity() == Severity.INFO);
                    }
                  }
                  cases++;
                }
              }
            }
          }
        }
      }
    }
    assertThat(cases).isGreaterThan(500);
  }
}
