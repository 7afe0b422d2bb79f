package io.github.sponsorsdk.sms.testkit;

import static io.github.sponsorsdk.sms.testkit.InMemorySms.details;

import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.identifier.SponsorLicenceNumber;
import io.github.sponsorsdk.sms.core.licence.ImmutableLicence;
import io.github.sponsorsdk.sms.core.licence.Licence;
import io.github.sponsorsdk.sms.core.licence.LicenceStatus;
import io.github.sponsorsdk.sms.core.licence.Rating;
import io.github.sponsorsdk.sms.core.message.BoardMessage;
import io.github.sponsorsdk.sms.core.route.RouteCategory;
import io.github.sponsorsdk.sms.core.user.KeyPersonnelRole;
import io.github.sponsorsdk.sms.core.user.SmsUser;
import io.github.sponsorsdk.sms.core.user.UserLevel;
import io.github.sponsorsdk.sms.core.user.UserProfile;
import io.github.sponsorsdk.sms.core.user.UserStatus;
import io.github.sponsorsdk.sms.rules.login.LoginEligibility;
import io.github.sponsorsdk.sms.testkit.audit.ActorKind;
import io.github.sponsorsdk.sms.testkit.event.SmsEventKind;
import io.github.sponsorsdk.sms.testkit.internal.PasswordHasher;
import io.github.sponsorsdk.sms.testkit.internal.Store;
import io.github.sponsorsdk.sms.testkit.internal.Tx;
import io.github.sponsorsdk.sms.testkit.outbox.EmailKind;
import io.github.sponsorsdk.sms.testkit.state.ImmutableUserRecord;
import io.github.sponsorsdk.sms.testkit.state.UserRecord;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/**
 * The Home Office side of the fake, for tests to play the other party: grant licences, change their status and
 * rating, post board messages, deactivate users "by UK V&amp;I", decide casework.
 *
 * <p>These are the caseworker's own acts, not sponsor requests: they are not refused with a {@code Decision}. Misuse
 * by the test (an unknown licence, deciding a request twice, reactivating a deactivated user) fails loudly with an
 * {@link IllegalArgumentException} or {@link IllegalStateException}, as WireMock fails on an unmatched request.
 * Every act is audited with the Home Office as actor.
 */
public final class HomeOffice {
  private final InMemorySms sms;
  private final Store store;

  HomeOffice(InMemorySms sms) {
    this.sms = sms;
    this.store = sms.store();
  }

  private <R> R act(Function<Tx, R> work) {
    return sms.write(ActorKind.HOME_OFFICE, Optional.empty(), work);
  }

  /**
   * Grants {@code licence} and creates its first Level 1 user from {@code firstUser}: the user ID goes by post to the
   * Authorising Officer and the password by email to the user (Manual 1, "User ID and password"; Guide 2
   * introduction). Returns the new user's ID; the password is in the {@link io.github.sponsorsdk.sms.testkit.outbox
   * outbox}.
   */
  public SmsUserId grantLicence(Licence licence, UserProfile firstUser, KeyPersonnelRole... roles) {
    return act(tx -> {
      if (tx.get(store.licences, licence.number()).isPresent()) {
        throw new IllegalStateException("licence " + licence.number() + " already exists");
      }
      tx.put(store.licences, licence.number(), licence);
      tx.audit("LICENCE_GRANTED", Optional.of(licence.number()), licence.number().value(), null, licence);
      SmsUser user = SmsUser.builder().userId(sms.ids().userId()).level(UserLevel.LEVEL_1)
          .status(UserStatus.ACTIVE).profile(firstUser).keyPersonnelRoles(Arrays.asList(roles))
          .createdOn(sms.today()).build();
      issueNewUser(tx, licence.number(), user);
      tx.email(EmailKind.USER_ID_LETTER, "Authorising Officer (post)", Optional.of(user.userId()),
          "Your SMS user ID", "The SMS user ID of " + firstUser.fullName() + " is " + user.userId().value() + ".",
          Optional.empty());
      return user.userId();
    });
  }

  /** Stores a new active user with a generated password, emailed to them. Shared with user management. */
  UserRecord issueNewUser(Tx tx, SponsorLicenceNumber licence, SmsUser user) {
    char[] password = sms.ids().password();
    try {
      UserRecord record = ImmutableUserRecord.builder().licence(licence).user(user)
          .password(sms.hasher().hash(password)).build();
      record = Accounts.withNewAccount(record);
      tx.put(store.users, user.userId(), record);
      tx.audit("USER_CREATED", Optional.of(licence), user.userId().value(), null, user);
      tx.email(EmailKind.NEW_USER_PASSWORD, user.profile().email(), Optional.of(user.userId()),
          "Your SMS password", "Your SMS password is [password]. You must change it when you first log in.",
          Optional.of(new String(password)));
      return record;
    } finally {
      PasswordHasher.wipe(password);
    }
  }

  /** Sets the licence status (suspend, make dormant, revoke, reinstate ...). */
  public void setLicenceStatus(SponsorLicenceNumber number, LicenceStatus status) {
    act(tx -> {
      Licence before = licence(tx, number);
      Licence after = ImmutableLicence.copyOf(before).withStatus(status);
      tx.put(store.licences, number, after);
      if (!LoginEligibility.permits(status)) {
        sms.endSessionsOfLicence(tx, number);
      }
      tx.audit("LICENCE_STATUS_CHANGED", Optional.of(number), number.value(), before, after);
      tx.event(SmsEventKind.LICENCE_STATUS_CHANGED, Optional.of(number), number.value(),
          details("from", before.status().name(), "to", status.name()));
      return null;
    });
  }

  public void suspend(SponsorLicenceNumber number) {
    setLicenceStatus(number, LicenceStatus.SUSPENDED);
  }

  public void makeDormant(SponsorLicenceNumber number) {
    setLicenceStatus(number, LicenceStatus.DORMANT);
  }

  public void revoke(SponsorLicenceNumber number) {
    setLicenceStatus(number, LicenceStatus.REVOKED);
  }

  public void reinstate(SponsorLicenceNumber number) {
    setLicenceStatus(number, LicenceStatus.LICENSED_AND_FULLY_ACTIVE);
  }

  /** Sets the rating in one category (e.g. downgrade to {@link Rating#B}). */
  public void rate(SponsorLicenceNumber number, RouteCategory category, Rating rating) {
    act(tx -> {
      Licence before = licence(tx, number);
      if (!before.categories().contains(category)) {
        throw new IllegalArgumentException("licence " + number + " holds no " + category + " routes");
      }
      Licence after = ImmutableLicence.copyOf(before).withRatings(
          new java.util.EnumMap<>(before.ratings()) {
            {
              put(category, rating);
            }
          });
      tx.put(store.licences, number, after);
      tx.audit("LICENCE_RATING_CHANGED", Optional.of(number), number.value(), before, after);
      tx.event(SmsEventKind.LICENCE_STATUS_CHANGED, Optional.of(number), number.value(),
          details("category", category.name(), "from", String.valueOf(before.ratings().get(category)),
              "to", rating.name()));
      return null;
    });
  }

  /** Downgrades the licence to a B-rating in {@code category}. */
  public void downgrade(SponsorLicenceNumber number, RouteCategory category) {
    rate(number, category, Rating.B);
  }

  /** Posts a message on the board. */
  public void postMessage(BoardMessage message) {
    act(tx -> {
      if (tx.get(store.messages, message.id()).isPresent()) {
        throw new IllegalStateException("message " + message.id() + " already posted");
      }
      tx.put(store.messages, message.id(), message);
      tx.audit("MESSAGE_POSTED", Optional.empty(), message.id(), null, message);
      tx.event(SmsEventKind.MESSAGE_POSTED, Optional.empty(), message.id(), details());
      return null;
    });
  }

  /**
   * Deactivates a user "by UK V&amp;I" (Guide 3 status note). Deactivation is permanent (Guide 4), so deactivating a
   * user whose status is already final is a test error.
   */
  public void deactivateUser(SmsUserId userId) {
    act(tx -> {
      UserRecord before = tx.get(store.users, userId)
          .orElseThrow(() -> new IllegalArgumentException("no user " + userId));
      if (before.user().status().isFinal()) {
        throw new IllegalStateException("user " + userId + " is already " + before.user().status().label());
      }
      SmsUser after = io.github.sponsorsdk.sms.core.user.ImmutableSmsUser.copyOf(before.user())
          .withStatus(UserStatus.DEACTIVATED_BY_UK_VI).withDeactivatedOn(sms.today());
      tx.put(store.users, userId, ImmutableUserRecord.copyOf(before).withUser(after));
      Accounts.endSessionsOf(tx, store, userId);
      tx.audit("USER_DEACTIVATED_BY_UK_VI", Optional.of(before.licence()), userId.value(), before.user(), after);
      tx.event(SmsEventKind.USER_STATUS_CHANGED, Optional.of(before.licence()), userId.value(),
          details("from", before.user().status().name(), "to", after.status().name()));
      return null;
    });
  }

  private Licence licence(Tx tx, SponsorLicenceNumber number) {
    return tx.get(store.licences, number).orElseThrow(() -> new IllegalArgumentException("no licence " + number));
  }
}
