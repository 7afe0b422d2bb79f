package io.github.sponsorsdk.sms.testkit.regression;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.identifier.CertificateNumber;
import io.github.sponsorsdk.sms.core.port.SessionToken;
import io.github.sponsorsdk.sms.core.port.SmsResult;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.testkit.InMemorySms;
import io.github.sponsorsdk.sms.testkit.audit.CallRecord;
import io.github.sponsorsdk.sms.testkit.event.SmsEvent;
import io.github.sponsorsdk.sms.testkit.event.SmsEventKind;
import io.github.sponsorsdk.sms.testkit.scenario.Drafts;
import io.github.sponsorsdk.sms.testkit.scenario.Scenarios;
import io.github.sponsorsdk.sms.testkit.scenario.Sponsor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, defects 2 and 3: a listener that fails does not change the call's outcome or the journal, and the
 * listeners after it still get the event; listeners get events in commit order.
 */
class ListenerDeliveryTest {

  private static SmsResult<Certificate> assignOne(InMemorySms sms, SessionToken t, String passport) {
    Certificate c = sms.create(t, Drafts.skilledWorker(passport)).orElseThrow();
    return sms.assign(t, c.number().orElseThrow());
  }

  @Test
  void aThrowingListenerChangesNeitherTheAnswerNorTheJournalAndLaterListenersStillHear() {
    InMemorySms sms = Fakes.fast();
    Sponsor s = Scenarios.skilledWorkerSponsor().grant(sms);
    SessionToken t = s.signIn();
    List<SmsEvent> heard = new ArrayList<>();
    sms.addListener(e -> {
      throw new IllegalStateException("listener bug");
    });
    sms.addListener(e -> {
      throw new AssertionError("a test's own assertion in a listener");
    });
    sms.addListener(heard::add);
    int callsBefore = sms.calls().size();

    SmsResult<Certificate> r = assignOne(sms, t, "L0001");

    assertThat(r.isAllowed()).isTrue();
    assertThat(sms.certificates(s.licenceNumber())).extracting(Certificate::status)
        .containsExactly(io.github.sponsorsdk.sms.core.certificate.CertificateStatus.ASSIGNED);
    assertThat(heard).extracting(SmsEvent::kind).containsExactly(SmsEventKind.CERTIFICATE_STATUS_CHANGED);
    assertThat(sms.calls().subList(callsBefore, sms.calls().size())).extracting(CallRecord::outcome)
        .containsExactly(CallRecord.OutcomeKind.ALLOWED, CallRecord.OutcomeKind.ALLOWED);
  }

  @Test
  void listenersHearEventsInCommitOrder() throws Exception {
    InMemorySms sms = Fakes.fast();
    int threads = 4;
    List<Sponsor> sponsors = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      sponsors.add(Scenarios.skilledWorkerSponsor().licenceNumber("QHDGH10" + i + "X")
          .allocation(Route.SKILLED_WORKER, 10_000).grant(sms));
    }
    List<Long> heard = new CopyOnWriteArrayList<>();
    sms.addListener(e -> heard.add(e.sequence()));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Callable<Void>> work = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      Sponsor sponsor = sponsors.get(i);
      int thread = i;
      work.add(() -> {
        SessionToken t = sponsor.signIn();
        for (int n = 0; n < 400; n++) {
          CertificateNumber number = assignOne(sms, t, "T" + thread + "N" + n).orElseThrow().number().orElseThrow();
          sms.withdraw(t, number).orElseThrow();
        }
        return null;
      });
    }
    for (Future<Void> f : pool.invokeAll(work)) {
      f.get();
    }
    pool.shutdown();
    List<Long> sorted = heard.stream().sorted().collect(Collectors.toList());
    assertThat(heard).hasSize(sms.events().size());
    assertThat(heard).as("events heard out of commit order").isEqualTo(sorted);
  }
}
