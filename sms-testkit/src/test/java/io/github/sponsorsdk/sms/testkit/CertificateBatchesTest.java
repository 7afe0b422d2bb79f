package io.github.sponsorsdk.sms.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.certificate.CertificateStatus;
import io.github.sponsorsdk.sms.core.identifier.CertificateNumber;
import io.github.sponsorsdk.sms.core.licence.Rating;
import io.github.sponsorsdk.sms.core.port.BatchOutcome;
import io.github.sponsorsdk.sms.core.port.CertificateBatch;
import io.github.sponsorsdk.sms.core.port.CertificateDraft;
import io.github.sponsorsdk.sms.core.port.CertificateExport;
import io.github.sponsorsdk.sms.core.port.CreativeWorkerGroup;
import io.github.sponsorsdk.sms.core.port.ItemOutcome;
import io.github.sponsorsdk.sms.core.port.SessionToken;
import io.github.sponsorsdk.sms.core.route.CertificateKind;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.testkit.scenario.Drafts;
import io.github.sponsorsdk.sms.testkit.scenario.Scenarios;
import io.github.sponsorsdk.sms.testkit.scenario.Sponsor;
import io.github.sponsorsdk.sms.testkit.state.SmsSnapshot;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * One scenario per manual, from the purpose each manual's row of the index of manuals gives (docs/sources.md
 * #sms-manual-index; the manuals' own steps were not read): Manual 4 and 8 "create and assign ... batches of
 * CAS/CoS", Manual 6 "managing batches of CAS ... printing CAS and exporting CAS", Manual 10 "managing batches of
 * CoS", Manual 11 "create and manage groups of CoS". Refused calls leave the whole fake snapshot-equal.
 */
class CertificateBatchesTest {

  private static InMemorySms sms() {
    return InMemorySms.builder().startingOn(LocalDate.of(2026, 3, 2))
        .passwordIterations(InMemorySms.FAST_TEST_ITERATIONS).build();
  }

  private static List<CertificateNumber> created(InMemorySms sms, SessionToken t, List<CertificateDraft> drafts) {
    return sms.createAll(t, drafts).stream().map(r -> r.orElseThrow().number().orElseThrow())
        .collect(Collectors.toList());
  }

  @Test
  void manual8CreateAndAssignABatchOfCos() {
    InMemorySms sms = sms();
    Sponsor s = Scenarios.skilledWorkerSponsor().allocation(Route.SKILLED_WORKER, 2).grant(sms);
    SessionToken t = s.signIn();
    List<CertificateNumber> cos = created(sms, t, List.of(Drafts.skilledWorker("M8A"), Drafts.skilledWorker("M8B"),
        Drafts.skilledWorker("M8C")));
    CertificateBatch batch = sms.createBatch(t, "Graduate scheme", CertificateKind.COS).orElseThrow();
    assertThat(sms.addToBatch(t, batch.reference(), cos).orElseThrow().refused()).isEmpty();

    BatchOutcome out = sms.assignBatch(t, batch.reference()).orElseThrow();
    assertThat(out.items()).extracting(ItemOutcome::item).containsExactly(1, 2, 3);
    assertThat(out.allowed()).hasSize(2);
    assertThat(out.refused()).singleElement().satisfies(i -> assertThat(i.decision().codes())
        .contains("allocation.INSUFFICIENT_ALLOCATION"));
    assertThat(sms.licence(s.licenceNumber()).orElseThrow().allocations().get(0).remaining()).isZero();
    assertThat(sms.auditTrail().toJson()).contains("BATCH_CREATED", "BATCH_CHANGED", "CERTIFICATE_ASSIGNED");

    sms.homeOffice().downgrade(s.licenceNumber(), io.github.sponsorsdk.sms.core.route.RouteCategory.WORKER);
    t = s.signIn();
    SmsSnapshot before = sms.snapshot();
    BatchOutcome bRated = sms.assignBatch(t, batch.reference()).orElseThrow();
    assertThat(bRated.allowed()).isEmpty();
    assertThat(bRated.items()).hasSize(3);
    assertThat(sms.snapshot()).isEqualTo(before);
  }

  @Test
  void manual4CreateAndAssignABatchOfCas() {
    InMemorySms sms = sms();
    Sponsor s = Scenarios.studentSponsor().grant(sms);
    SessionToken t = s.signIn();
    List<CertificateNumber> cas = created(sms, t, List.of(Drafts.student("M4A"), Drafts.student("M4B")));
    CertificateBatch batch = sms.createBatch(t, "September", CertificateKind.CAS).orElseThrow();
    sms.addToBatch(t, batch.reference(), cas).orElseThrow();
    BatchOutcome out = sms.assignBatch(t, batch.reference()).orElseThrow();
    assertThat(out.refused()).isEmpty();
    assertThat(sms.certificates(s.licenceNumber())).extracting(Certificate::status)
        .containsOnly(CertificateStatus.ASSIGNED);

    SmsSnapshot before = sms.snapshot();
    assertThat(sms.createBatch(t, "september", CertificateKind.CAS).decision().codes())
        .contains("certificateSet.SET_NAME_TAKEN");
    assertThat(sms.createBatch(t, "Workers", CertificateKind.COS).isRefused()).isTrue();
    assertThat(sms.snapshot()).isEqualTo(before);
  }

  @Test
  void manual6ManageAndExportABatchOfCasBlockedWhileSuspended() {
    InMemorySms sms = sms();
    Sponsor s = Scenarios.studentSponsor().grant(sms);
    SessionToken t = s.signIn();
    List<CertificateNumber> cas = created(sms, t, List.of(Drafts.student("M6A"), Drafts.student("M6B")));
    CertificateBatch batch = sms.createBatch(t, "January", CertificateKind.CAS).orElseThrow();
    sms.addToBatch(t, batch.reference(), cas).orElseThrow();
    assertThat(sms.removeFromBatch(t, batch.reference(), List.of(cas.get(1))).orElseThrow().batch().certificates())
        .containsExactly(cas.get(0));
    CertificateExport export = sms.exportBatch(t, batch.reference()).orElseThrow();
    assertThat(export.csv()).startsWith("Number,Kind,Status,Route,").contains(cas.get(0).value() + ",CAS,CREATED,")
        .doesNotContain(cas.get(1).value());

    sms.homeOffice().suspend(s.licenceNumber());
    t = s.signIn();
    SmsSnapshot before = sms.snapshot();
    assertThat(sms.exportBatch(t, batch.reference()).decision().codes()).contains("permission.LICENCE_SUSPENDED_OR_DORMANT");
    assertThat(sms.export(t, cas).isRefused()).isTrue();
    assertThat(sms.batch(t, batch.reference()).isRefused()).isTrue();
    assertThat(sms.snapshot()).isEqualTo(before);
  }

  @Test
  void manual10ManageBatchesOfCosAndTheirSnapshot() {
    InMemorySms sms = sms();
    Sponsor s = Scenarios.skilledWorkerSponsor().grant(sms);
    SessionToken t = s.signIn();
    CertificateNumber n = created(sms, t, List.of(Drafts.skilledWorker("M10A"))).get(0);
    CertificateBatch a = sms.createBatch(t, "A", CertificateKind.COS).orElseThrow();
    CertificateBatch b = sms.createBatch(t, "B", CertificateKind.COS).orElseThrow();
    sms.addToBatch(t, a.reference(), List.of(n)).orElseThrow();
    assertThat(sms.batches(t).orElseThrow()).extracting(CertificateBatch::name).containsExactly("A", "B");

    SmsSnapshot taken = sms.snapshot();
    assertThat(taken.batches()).hasSize(2);
    sms.removeFromBatch(t, a.reference(), List.of(n)).orElseThrow();
    sms.addToBatch(t, b.reference(), List.of(n)).orElseThrow();
    sms.restoreJson(sms.snapshotJson());
    assertThat(sms.snapshot().batches()).hasSize(2);
    sms.restore(taken);
    assertThat(sms.snapshot().batches()).isEqualTo(taken.batches());
  }

  @Test
  void manual11GroupsOfCreativeWorkerCos() {
    InMemorySms sms = sms();
    Sponsor s = Scenarios.sponsor().route(Route.CREATIVE_WORKER, Rating.A).allocation(Route.CREATIVE_WORKER, 4)
        .grant(sms);
    SessionToken t = s.signIn();
    CertificateDraft draft = Drafts.creativeWorker("M11A");
    CertificateNumber n = sms.create(t, draft).orElseThrow().number().orElseThrow();
    CreativeWorkerGroup quartet = sms.createGroup(t, "String quartet").orElseThrow();
    assertThat(sms.addToGroup(t, quartet.reference(), List.of(n)).orElseThrow().group().certificates())
        .containsExactly(n);
    assertThat(sms.groups(t).orElseThrow()).extracting(CreativeWorkerGroup::name).containsExactly("String quartet");
    assertThat(sms.auditTrail().toJson()).contains("GROUP_CREATED", "GROUP_CHANGED");

    SmsSnapshot before = sms.snapshot();
    assertThat(sms.addToGroup(t, quartet.reference(), List.of(n)).orElseThrow().refused()).hasSize(1);
    assertThat(sms.snapshot().groups()).isEqualTo(before.groups());
    Sponsor skilled = Scenarios.skilledWorkerSponsor().licenceNumber("QHDGK777X").grant(sms);
    SessionToken other = skilled.signIn();
    before = sms.snapshot();
    assertThat(sms.createGroup(other, "Band").isRefused()).isTrue();
    assertThat(sms.snapshot()).isEqualTo(before);
  }
}
