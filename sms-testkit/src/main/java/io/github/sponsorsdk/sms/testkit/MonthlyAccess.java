package io.github.sponsorsdk.sms.testkit;

import static io.github.sponsorsdk.sms.testkit.InMemorySms.details;

import io.github.sponsorsdk.sms.core.decision.Reason;
import io.github.sponsorsdk.sms.core.identifier.SponsorLicenceNumber;
import io.github.sponsorsdk.sms.core.licence.Licence;
import io.github.sponsorsdk.sms.rules.login.AccessOutcome;
import io.github.sponsorsdk.sms.rules.login.LoginEligibility;
import io.github.sponsorsdk.sms.testkit.clock.SmsTestClock;
import io.github.sponsorsdk.sms.testkit.event.SmsEventKind;
import io.github.sponsorsdk.sms.testkit.internal.Store;
import io.github.sponsorsdk.sms.testkit.internal.Tx;
import io.github.sponsorsdk.sms.testkit.state.AccessRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Monthly access: each licence's last log-in (any of its users), and on clock advance the warnings of the sms-rules
 * {@code MonthlyAccessRules} (the "at least once a month" recommendation, the 12-month inactivity e-mail; periods
 * are its parameters) raised as {@code ACCESS_WARNING} events carrying the reason's code, message and citation. Each
 * warning is raised once per absence: a log-in clears them. Counting starts at a licence's first log-in in the fake
 * (a licence granted and never used is not assessed: the fake cannot know when it was last used before).
 */
final class MonthlyAccess {
  private MonthlyAccess() {}

  /** Records a successful log-in of one of {@code licence}'s users on {@code day}. */
  static void loggedIn(Tx tx, Store store, SponsorLicenceNumber licence, LocalDate day) {
    Optional<AccessRecord> before = tx.get(store.access, licence);
    if (before.flatMap(AccessRecord::lastLogIn).filter(day::equals).isPresent()) {
      return; // already recorded today: no write, so log-ins of one day do not conflict
    }
    tx.put(store.access, licence, AccessRecord.builder().licence(licence).lastLogIn(day).build());
  }

  /** Clock sweep: raises the warnings that became due between the two days. */
  static void sweep(InMemorySms sms, Tx tx, Instant from, Instant to) {
    LocalDate today = LocalDate.ofInstant(to, SmsTestClock.LONDON);
    if (!today.isAfter(LocalDate.ofInstant(from, SmsTestClock.LONDON))) {
      return;
    }
    Store store = sms.store();
    for (AccessRecord r : tx.values(store.access)) {
      Optional<Licence> licence = tx.get(store.licences, r.licence());
      if (r.lastLogIn().isEmpty() || licence.isEmpty() || !LoginEligibility.permits(licence.get().status())) {
        continue;
      }
      AccessOutcome outcome = sms.rules().monthlyAccess().assess(r.lastLogIn(), today);
      Set<String> warned = new LinkedHashSet<>(r.warned());
      for (Reason reason : outcome.decision().reasons()) {
        if (warned.add(reason.code())) {
          tx.event(SmsEventKind.ACCESS_WARNING, Optional.of(r.licence()), r.licence().value(),
              details("code", reason.code(), "message", reason.message(),
                  "citation", reason.citation().source().name() + ", " + reason.citation().section(),
                  "lastLogIn", r.lastLogIn().get().toString(),
                  "dueBy", outcome.dueBy().map(LocalDate::toString).orElse("")));
        }
      }
      if (warned.size() != r.warned().size()) {
        tx.put(store.access, r.licence(), r.withWarned(warned));
      }
    }
  }
}
