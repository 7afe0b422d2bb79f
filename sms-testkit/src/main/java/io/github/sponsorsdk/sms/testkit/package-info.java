/**
 * The in-memory reference SMS: {@link io.github.sponsorsdk.sms.testkit.InMemorySms} implements every port of
 * {@code io.github.sponsorsdk.sms.core.port}, holds the state, and asks sms-rules every question of policy; the
 * Home Office side is {@link io.github.sponsorsdk.sms.testkit.HomeOffice}. Design: decision record 0610; what is
 * modelled and from which source: {@code docs/fidelity.md}.
 *
 * <pre>{@code
 * @RegisterExtension static SmsExtension sms = SmsExtension.create();
 *
 * Sponsor sponsor = Scenarios.skilledWorkerSponsor().grant(sms.get());   // A-rated, 10 CoS, one Level 1 user
 * SessionToken t = sponsor.signIn();
 * Certificate cos = sms.get().create(t, Drafts.skilledWorker("A01234567")).orElseThrow();
 * sms.get().assign(t, cos.number().orElseThrow());
 * sms.get().clock().advance(Duration.ofDays(92));                           // unused: EXPIRED
 * }</pre>
 */
package io.github.sponsorsdk.sms.testkit;
