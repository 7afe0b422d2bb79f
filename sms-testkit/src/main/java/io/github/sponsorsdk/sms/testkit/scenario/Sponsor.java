package io.github.sponsorsdk.sms.testkit.scenario;

import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.identifier.SponsorLicenceNumber;
import io.github.sponsorsdk.sms.core.licence.Licence;
import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.port.LogIn;
import io.github.sponsorsdk.sms.core.port.SessionToken;
import io.github.sponsorsdk.sms.core.port.SmsResult;
import io.github.sponsorsdk.sms.testkit.InMemorySms;

/** A sponsor granted by a {@link SponsorScenario}: its licence number and first Level 1 user. */
public final class Sponsor {
  /** The password {@link #signIn} gives every user it signs in (meets the Guide 1 policy for the default names). */
  public static final String PASSWORD = "Scenario!Pass2026";

  private final InMemorySms sms;
  private final SponsorLicenceNumber licence;
  private final SmsUserId level1;

  Sponsor(InMemorySms sms, SponsorLicenceNumber licence, SmsUserId level1) {
    this.sms = sms;
    this.licence = licence;
    this.level1 = level1;
  }

  /** {@return the licence number} */
  public SponsorLicenceNumber licenceNumber() {
    return licence;
  }

  /** {@return the licence as the fake holds it now} */
  public Licence licence() {
    return sms.licence(licence).orElseThrow();
  }

  /** {@return the first Level 1 user} */
  public SmsUserId level1() {
    return level1;
  }

  /** {@return the password emailed to the first Level 1 user (to be changed at first log-in)} */
  public String initialPassword() {
    return sms.outbox().lastPasswordFor(level1).orElseThrow();
  }

  /**
   * Logs {@code userId} in, through the port, ready to work: the first time with the emailed password, changed at
   * once to {@link #PASSWORD} (Guide 1 step 2), later with {@link #PASSWORD}; board messages shown at log-in are
   * confirmed as read. For tests whose subject is not the log-in itself.
   *
   * @param userId the user
   * @return the user's session
   */
  public SessionToken signIn(SmsUserId userId) {
    boolean mustChange = sms.accountState(userId).map(a -> a.passwordStatus().mustChange()).orElse(false);
    if (!mustChange) {
      SmsResult<LogIn> in = sms.logIn(userId, PASSWORD.toCharArray());
      if (in.isRefused()) {
        throw new IllegalStateException("cannot sign in " + userId + ": " + in.decision());
      }
      return confirmed(in.orElseThrow().session(), in.orElseThrow());
    }
    String emailed = sms.outbox().lastPasswordFor(userId)
        .orElseThrow(() -> new IllegalStateException("no emailed password for " + userId));
    SmsResult<LogIn> first = sms.logIn(userId, emailed.toCharArray());
    if (first.isRefused()) {
      throw new IllegalStateException("cannot sign in " + userId + ": " + first.decision());
    }
    SessionToken t = first.orElseThrow().session();
    Decision changed = sms.changePassword(t, emailed.toCharArray(), PASSWORD.toCharArray(), PASSWORD.toCharArray());
    if (changed.isRefused()) {
      throw new IllegalStateException("cannot set the scenario password: " + changed);
    }
    return confirmed(t, first.orElseThrow());
  }

  private SessionToken confirmed(SessionToken t, LogIn in) {
    if (!in.messages().isEmpty()) {
      sms.confirmMessagesRead(t);
    }
    return t;
  }

  /** {@return {@link #signIn(SmsUserId)} for the first Level 1 user} */
  public SessionToken signIn() {
    return signIn(level1);
  }

  /** {@return the fake the sponsor was granted in} */
  public InMemorySms sms() {
    return sms;
  }
}
