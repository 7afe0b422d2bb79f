package io.github.sponsorsdk.sms.testkit;

import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.testkit.internal.Store;
import io.github.sponsorsdk.sms.testkit.internal.Tx;
import io.github.sponsorsdk.sms.testkit.state.UserRecord;

/** Log-in state of accounts and their sessions (filled in with the sms-rules login and session engines). */
final class Accounts {
  private Accounts() {}

  static UserRecord withNewAccount(UserRecord record) {
    return record;
  }

  static void endSessionsOf(Tx tx, Store store, SmsUserId userId) {
  }
}
