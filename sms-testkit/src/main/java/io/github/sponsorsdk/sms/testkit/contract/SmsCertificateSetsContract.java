package io.github.sponsorsdk.sms.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.certificate.CertificateStatus;
import io.github.sponsorsdk.sms.core.decision.Reason;
import io.github.sponsorsdk.sms.core.identifier.CertificateNumber;
import io.github.sponsorsdk.sms.core.place.Address;
import io.github.sponsorsdk.sms.core.place.UkPostcode;
import io.github.sponsorsdk.sms.core.port.BatchOutcome;
import io.github.sponsorsdk.sms.core.port.CertificateBatch;
import io.github.sponsorsdk.sms.core.port.CertificateExport;
import io.github.sponsorsdk.sms.core.port.CreativeWorkerGroup;
import io.github.sponsorsdk.sms.core.port.GroupOutcome;
import io.github.sponsorsdk.sms.core.port.ItemOutcome;
import io.github.sponsorsdk.sms.core.port.SessionToken;
import io.github.sponsorsdk.sms.core.port.SmsResult;
import io.github.sponsorsdk.sms.core.route.CertificateKind;
import io.github.sponsorsdk.sms.core.user.SmsUser;
import io.github.sponsorsdk.sms.core.user.UserProfile;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of batches of CoS/CAS and exports (Manuals 4, 6, 8 and 10) and of Creative Worker groups of CoS
 * (Manual 11): what a batch holds (saved certificates of one kind, each in one batch), assigning it item by item with
 * one unit of allocation each (items numbered from 1, a refused item unchanged), who sees it, an export as CSV, and
 * groups open only to Creative Worker sponsors. Every refused call is checked to change nothing visible through the
 * port. Runnable against any implementation: extend it and return a fresh {@link CertificateSetsFixture}.
 */
public abstract class SmsCertificateSetsContract {

  /** The fixture of the current test, from {@link #fixture()}. */
  protected CertificateSetsFixture fx;

  /** {@return a fresh fixture for each test: the implementation under test} */
  protected abstract CertificateSetsFixture fixture();

  @BeforeEach
  void freshFixture() {
    fx = fixture();
  }

  private static boolean has(SmsResult<?> r, String code) {
    return r.decision().codes().contains(code);
  }

  private static boolean has(ItemOutcome item, String code) {
    return item.decision().codes().contains(code);
  }

  private static List<String> messages(ItemOutcome item) {
    return item.decision().reasons().stream().map(Reason::message).collect(Collectors.toList());
  }

  private CertificateNumber saved(SessionToken t, String passport) {
    return fx.certificates().create(t, fx.readyDraft(passport)).orElseThrow().number().orElseThrow();
  }

  private CertificateStatus status(SessionToken t, CertificateNumber n) {
    return fx.certificates().view(t, n).orElseThrow().status();
  }

  private static UserProfile level2(String name) {
    return UserProfile.builder().title("Ms").forenames(name).surname("Jones")
        .email(name.toLowerCase() + "@sponsororg.com").position("Recruiter")
        .workAddress(Address.builder().line1("1 High Street").townOrCity("Leeds").postcode(UkPostcode.of("LS1 1AA"))
            .build())
        .settledWorker(true).build();
  }

  @Test
  void aBatchIsAssignedItemByItemUntilTheAllocationRunsOut() {
    SessionToken t = fx.newSkilledWorkerSponsor(2);
    List<CertificateNumber> three = List.of(saved(t, "BA1"), saved(t, "BA2"), saved(t, "BA3"));
    CertificateBatch batch = fx.batches().createBatch(t, "  Spring intake ", CertificateKind.COS).orElseThrow();
    assertEquals("Spring intake", batch.name());
    assertTrue(batch.certificates().isEmpty());

    BatchOutcome added = fx.batches().addToBatch(t, batch.reference(), three).orElseThrow();
    assertEquals(three, added.batch().certificates());
    assertEquals(List.of(1, 2, 3), added.items().stream().map(ItemOutcome::item).collect(Collectors.toList()));
    assertTrue(added.refused().isEmpty());

    BatchOutcome assigned = fx.batches().assignBatch(t, batch.reference()).orElseThrow();
    assertEquals(3, assigned.items().size());
    assertTrue(assigned.items().get(0).isAllowed() && assigned.items().get(1).isAllowed(), assigned::toString);
    ItemOutcome third = assigned.items().get(2);
    assertEquals(3, third.item());
    assertFalse(third.isAllowed());
    assertTrue(messages(third).contains(SmsSponsorContract.INSUFFICIENT), third.decision()::toString);
    assertEquals(CertificateStatus.ASSIGNED, status(t, three.get(0)));
    assertEquals(CertificateStatus.ASSIGNED, status(t, three.get(1)));
    assertEquals(CertificateStatus.CREATED, status(t, three.get(2)));
    assertEquals(three, fx.batches().batch(t, batch.reference()).orElseThrow().certificates());

    BatchOutcome again = fx.batches().assignBatch(t, batch.reference()).orElseThrow();
    assertTrue(again.items().stream().noneMatch(ItemOutcome::isAllowed), again::toString);
    assertEquals(CertificateStatus.CREATED, status(t, three.get(2)));
  }

  @Test
  void aCertificateJoinsOneBatchOnlyAndOnlyWhileSaved() {
    SessionToken t = fx.newSkilledWorkerSponsor(2);
    CertificateNumber draft = saved(t, "BB1");
    CertificateNumber live = saved(t, "BB2");
    assertTrue(fx.certificates().assign(t, live).isAllowed());
    CertificateBatch first = fx.batches().createBatch(t, "First", CertificateKind.COS).orElseThrow();
    CertificateBatch second = fx.batches().createBatch(t, "Second", CertificateKind.COS).orElseThrow();

    BatchOutcome out = fx.batches().addToBatch(t, first.reference(), List.of(draft, live, draft)).orElseThrow();
    assertEquals(List.of(draft), out.batch().certificates());
    assertTrue(out.items().get(0).isAllowed());
    assertFalse(out.items().get(1).isAllowed(), "an assigned CoS cannot join a batch");
    assertTrue(has(out.items().get(2), "certificateSet.ALREADY_IN_THIS_SET"), out.items().get(2)::toString);

    BatchOutcome other = fx.batches().addToBatch(t, second.reference(), List.of(draft)).orElseThrow();
    assertTrue(has(other.items().get(0), "certificateSet.IN_ANOTHER_SET"), other::toString);
    assertTrue(other.batch().certificates().isEmpty());

    BatchOutcome removed = fx.batches().removeFromBatch(t, first.reference(), List.of(draft, live)).orElseThrow();
    assertTrue(removed.batch().certificates().isEmpty());
    assertTrue(removed.items().get(0).isAllowed());
    assertTrue(has(removed.items().get(1), "certificateSet.NOT_IN_THIS_SET"), removed::toString);
    assertTrue(fx.batches().addToBatch(t, second.reference(), List.of(draft)).orElseThrow().refused().isEmpty());
  }

  @Test
  void refusedBatchCallsChangeNothing() {
    SessionToken t = fx.newSkilledWorkerSponsor(1);
    CertificateNumber draft = saved(t, "BC1");
    CertificateBatch batch = fx.batches().createBatch(t, "Only", CertificateKind.COS).orElseThrow();
    List<CertificateBatch> before = fx.batches().batches(t).orElseThrow();
    assertEquals(List.of(batch), before);

    assertTrue(has(fx.batches().createBatch(t, "ONLY", CertificateKind.COS), "certificateSet.SET_NAME_TAKEN"));
    assertTrue(has(fx.batches().addToBatch(t, "NO-SUCH-BATCH", List.of(draft)), "testkit.NO_SUCH_BATCH"));
    assertTrue(has(fx.batches().assignBatch(t, "NO-SUCH-BATCH"), "testkit.NO_SUCH_BATCH"));
    assertTrue(fx.batches().createBatch(t, "Students", CertificateKind.CAS).isRefused(),
        "a Skilled Worker sponsor has no Students menu");
    assertEquals(before, fx.batches().batches(t).orElseThrow());
    assertEquals(CertificateStatus.CREATED, status(t, draft));
  }

  @Test
  void aLevel2UserSeesAndFillsOnlyTheirOwnBatches() {
    SessionToken l1 = fx.newSkilledWorkerSponsor(3);
    SmsUser ann = fx.users().createLevel2User(l1, level2("Ann")).orElseThrow();
    SessionToken a = fx.signIn(ann.userId());
    CertificateBatch theirs = fx.batches().createBatch(l1, "Level 1's", CertificateKind.COS).orElseThrow();
    CertificateNumber l1Draft = saved(l1, "BD1");
    CertificateBatch hers = fx.batches().createBatch(a, "Ann's", CertificateKind.COS).orElseThrow();

    assertEquals(List.of(hers), fx.batches().batches(a).orElseThrow());
    assertEquals(2, fx.batches().batches(l1).orElseThrow().size());
    assertTrue(has(fx.batches().batch(a, theirs.reference()), "testkit.NO_SUCH_BATCH"));
    BatchOutcome out = fx.batches().addToBatch(a, hers.reference(), List.of(l1Draft)).orElseThrow();
    assertTrue(out.items().get(0).decision().reasons().stream()
        .anyMatch(r -> r.message().equals(SmsSponsorContract.NOT_FOUND)), out::toString);
    assertTrue(out.batch().certificates().isEmpty());
  }

  @Test
  void certificatesAndBatchesExportAsCsv() {
    SessionToken t = fx.newSkilledWorkerSponsor(1);
    CertificateNumber n = saved(t, "EX1");
    CertificateExport one = fx.batches().export(t, List.of(n)).orElseThrow();
    assertEquals(1, one.rows().size());
    assertEquals(one.columns().size(), one.rows().get(0).size());
    assertTrue(one.rows().get(0).contains(n.value()));
    assertTrue(one.rows().get(0).contains("EX1"));
    String[] lines = one.csv().split("\r\n");
    assertEquals(2, lines.length, one::csv);
    assertTrue(lines[1].contains(n.value()) && lines[1].contains("EX1"), one::csv);

    CertificateBatch batch = fx.batches().createBatch(t, "Export me", CertificateKind.COS).orElseThrow();
    fx.batches().addToBatch(t, batch.reference(), List.of(n)).orElseThrow();
    assertEquals(one.rows(), fx.batches().exportBatch(t, batch.reference()).orElseThrow().rows());

    assertTrue(fx.batches().export(t, List.of()).isRefused());
    SessionToken other = fx.newSkilledWorkerSponsor(1);
    assertTrue(fx.batches().export(other, List.of(n)).isRefused(), "another licence's CoS is not found");
  }

  @Test
  void creativeWorkerSponsorsGroupTheirCreativeWorkerCosEachInOneGroup() {
    SessionToken t = fx.newCreativeWorkerSponsor(3);
    CertificateNumber a = fx.certificates().create(t, fx.creativeWorkerDraft("CW1")).orElseThrow().number()
        .orElseThrow();
    Certificate b = fx.certificates().create(t, fx.creativeWorkerDraft("CW2")).orElseThrow();
    assertTrue(fx.certificates().assign(t, b.number().orElseThrow()).isAllowed());
    CreativeWorkerGroup band = fx.groups().createGroup(t, "The Band").orElseThrow();
    CreativeWorkerGroup crew = fx.groups().createGroup(t, "Road crew").orElseThrow();

    GroupOutcome joined = fx.groups().addToGroup(t, band.reference(), List.of(a, b.number().orElseThrow()))
        .orElseThrow();
    assertEquals(List.of(a, b.number().orElseThrow()), joined.group().certificates());
    GroupOutcome twice = fx.groups().addToGroup(t, crew.reference(), List.of(a)).orElseThrow();
    assertTrue(has(twice.items().get(0), "certificateSet.IN_ANOTHER_SET"), twice::toString);
    assertEquals(2, fx.groups().groups(t).orElseThrow().size());

    GroupOutcome left = fx.groups().removeFromGroup(t, band.reference(), List.of(a)).orElseThrow();
    assertEquals(List.of(b.number().orElseThrow()), left.group().certificates());
    assertTrue(has(fx.groups().addToGroup(t, "NO-SUCH-GROUP", List.of(a)), "testkit.NO_SUCH_GROUP"));
    assertTrue(has(fx.groups().createGroup(t, "the band"), "certificateSet.SET_NAME_TAKEN"));
    assertEquals(2, fx.groups().groups(t).orElseThrow().size());
  }

  @Test
  void groupsAreOnlyForCreativeWorkerSponsors() {
    SessionToken t = fx.newSkilledWorkerSponsor(1);
    assertTrue(fx.groups().createGroup(t, "Band").isRefused());
    assertTrue(fx.groups().groups(t).isRefused());
  }
}
