package io.github.sponsorsdk.sms.testkit;

import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.identifier.CertificateNumber;
import io.github.sponsorsdk.sms.core.port.BatchOutcome;
import io.github.sponsorsdk.sms.core.port.CertificateBatch;
import io.github.sponsorsdk.sms.core.port.CertificateExport;
import io.github.sponsorsdk.sms.core.port.CreativeWorkerGroup;
import io.github.sponsorsdk.sms.core.port.GroupOutcome;
import io.github.sponsorsdk.sms.core.port.ItemOutcome;
import io.github.sponsorsdk.sms.core.port.SessionToken;
import io.github.sponsorsdk.sms.core.port.SmsCertificateBatches;
import io.github.sponsorsdk.sms.core.port.SmsCreativeWorkerGroups;
import io.github.sponsorsdk.sms.core.port.SmsResult;
import io.github.sponsorsdk.sms.core.route.CertificateKind;
import io.github.sponsorsdk.sms.core.user.UserLevel;
import io.github.sponsorsdk.sms.rules.certificate.Actor;
import io.github.sponsorsdk.sms.rules.certificate.CertificateSetKind;
import io.github.sponsorsdk.sms.rules.certificate.CertificateSetRules;
import io.github.sponsorsdk.sms.rules.certificate.Membership;
import io.github.sponsorsdk.sms.rules.permission.PermissionRequest;
import io.github.sponsorsdk.sms.rules.permission.SmsAction;
import io.github.sponsorsdk.sms.testkit.audit.AuditAction;
import io.github.sponsorsdk.sms.testkit.fault.Operation;
import io.github.sponsorsdk.sms.testkit.internal.Store;
import io.github.sponsorsdk.sms.testkit.internal.Tx;
import io.github.sponsorsdk.sms.testkit.state.BatchRecord;
import io.github.sponsorsdk.sms.testkit.state.CertificateRecord;
import io.github.sponsorsdk.sms.testkit.state.GroupRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Batches of CoS and CAS, exports, and Creative Worker groups of CoS (decision record 0660). Who may act is the
 * permission engine's ({@code CREATE_*_BATCH}, {@code VIEW_*_BATCH}, {@code MANAGE_*_BATCHES},
 * {@code ASSIGN_*_BATCH}, {@code EXPORT_*}, {@code MANAGE_CREATIVE_WORKER_GROUPS}); which certificate may join or
 * leave a set is {@link CertificateSetRules}'; assigning a batch is the single assignment, certificate by
 * certificate ({@code CertificateLifecycle}, {@code AssignmentReadiness}, {@code AllocationRules}).
 */
final class BatchService implements SmsCertificateBatches, SmsCreativeWorkerGroups {
  /** The columns of an export: the fields of a printed certificate (the SMS's own export was not read). */
  static final List<String> EXPORT_COLUMNS = List.of("Number", "Kind", "Status", "Route", "Family name",
      "Given names", "Passport number", "Created", "Assigned", "Start date", "End date", "Gross salary",
      "Salary period");

  private final InMemorySms sms;
  private final Store store;
  private final CertificatePort certificates;

  BatchService(InMemorySms sms, CertificatePort certificates) {
    this.sms = sms;
    this.store = sms.store();
    this.certificates = certificates;
  }

  private CertificateSetRules rules() {
    return sms.rules().sets();
  }

  private static SmsAction pick(CertificateKind kind, SmsAction cos, SmsAction cas) {
    return kind == CertificateKind.COS ? cos : cas;
  }

  private static boolean level2(Accounts.Caller caller) {
    return caller.record.user().level() == UserLevel.LEVEL_2;
  }

  /** A batch the caller may see: of their licence and, for a Level 2 user, their own. */
  private static boolean sees(Accounts.Caller caller, io.github.sponsorsdk.sms.core.identifier.SponsorLicenceNumber
      licence, io.github.sponsorsdk.sms.core.identifier.SmsUserId owner) {
    return licence.equals(caller.record.licence()) && (!level2(caller) || owner.equals(caller.userId()));
  }

  /**
   * Resolves the batch {@code reference} and authorises {@code action} (chosen by its kind) for the caller; a batch
   * the caller may not see reads as "No batch with that reference was found".
   */
  private <T> SmsResult<T> onBatch(Tx tx, SessionToken session, String reference, SmsAction cos, SmsAction cas,
      BiFunction<Accounts.Caller, BatchRecord, SmsResult<T>> work) {
    Optional<BatchRecord> record = tx.get(store.batches, reference);
    SmsAction action = record.map(r -> pick(r.batch().kind(), cos, cas)).orElse(SmsAction.VIEW_HOME);
    Accounts.Result auth = Accounts.authorise(tx, sms, session, action, Optional.empty());
    if (auth.caller.isEmpty()) {
      return SmsResult.refused(auth.decision);
    }
    Accounts.Caller caller = auth.caller.get();
    if (record.isEmpty() || !sees(caller, record.get().licence(), record.get().batch().owner())) {
      return SmsResult.refused(Decision.of(SessionReason.NO_SUCH_BATCH.reason()));
    }
    return Accounts.prefixed(auth.decision, work.apply(caller, record.get()));
  }

  /** The permission engine's answer on one certificate of the caller's licence; invisible ones are "not found". */
  private Decision permitted(Tx tx, Accounts.Caller caller, Optional<CertificateRecord> record, SmsAction action) {
    if (record.isEmpty() || !record.get().licence().equals(caller.record.licence())) {
      return CertificateService.notFound();
    }
    Decision d = sms.rules().permissions().decide(PermissionRequest.of(caller.record.user(), caller.licence,
        record.get().certificate(), sms.today()), action);
    return d.isRefused() ? CertificatePort.visibility(d, true) : d;
  }

  private Optional<CertificateRecord> certificate(Tx tx, CertificateNumber number) {
    return tx.get(store.certificates, number.value());
  }

  // ---------------------------------------------------------------- batches

  @Override
  public SmsResult<CertificateBatch> createBatch(SessionToken session, String name, CertificateKind kind) {
    sms.requireArguments(Operation.CREATE_BATCH, "session", session, "name", name, "kind", kind);
    return sms.call(Operation.CREATE_BATCH, Optional.empty(), tx -> Accounts.as(tx, sms, session,
        pick(kind, SmsAction.CREATE_COS_BATCH, SmsAction.CREATE_CAS_BATCH), Optional.empty(), (t, caller) -> {
          List<String> held = t.values(store.batches).stream()
              .filter(r -> r.licence().equals(caller.record.licence()))
              .map(r -> r.batch().name()).collect(Collectors.toList());
          Decision named = rules().decideName(name, held);
          if (named.isRefused()) {
            return SmsResult.refused(named);
          }
          CertificateBatch batch = CertificateBatch.builder().reference(t.ids().reference("B")).name(name.strip())
              .kind(kind).owner(caller.userId()).createdOn(sms.today()).build();
          t.put(store.batches, batch.reference(), BatchRecord.of(caller.record.licence(), batch));
          t.audit(AuditAction.BATCH_CREATED, Optional.of(caller.record.licence()), batch.reference(), null, batch);
          return SmsResult.allowed(batch);
        }));
  }

  @Override
  public SmsResult<List<CertificateBatch>> batches(SessionToken session) {
    sms.requireArguments(Operation.VIEW_BATCHES, "session", session);
    return sms.authorised(Operation.VIEW_BATCHES, session, SmsAction.VIEW_HOME, (tx, caller) -> {
      List<CertificateBatch> seen = tx.values(store.batches).stream()
          .filter(r -> sees(caller, r.licence(), r.batch().owner()))
          .map(BatchRecord::batch)
          .filter(b -> sms.rules().permissions().isAllowed(PermissionRequest.of(caller.record.user(), caller.licence,
              sms.today()), pick(b.kind(), SmsAction.VIEW_COS_BATCH, SmsAction.VIEW_CAS_BATCH)))
          .sorted(Comparator.comparing(CertificateBatch::createdOn).thenComparing(b -> number(b.reference())))
          .collect(Collectors.toList());
      return SmsResult.allowed(seen);
    });
  }

  private static long number(String reference) {
    return Long.parseLong(reference.substring(reference.lastIndexOf('-') + 1));
  }

  @Override
  public SmsResult<CertificateBatch> batch(SessionToken session, String reference) {
    sms.requireArguments(Operation.VIEW_BATCHES, "session", session, "reference", reference);
    return sms.call(Operation.VIEW_BATCHES, Optional.empty(), tx -> onBatch(tx, session, reference,
        SmsAction.VIEW_COS_BATCH, SmsAction.VIEW_CAS_BATCH, (caller, r) -> SmsResult.allowed(r.batch())));
  }

  /** Which batch of the licence holds {@code number}, if any. */
  private Optional<String> batchOf(Tx tx, io.github.sponsorsdk.sms.core.identifier.SponsorLicenceNumber licence,
      CertificateNumber number) {
    return tx.values(store.batches).stream().filter(r -> r.licence().equals(licence))
        .filter(r -> r.batch().certificates().contains(number)).map(r -> r.batch().reference()).findFirst();
  }

  /**
   * Adds to {@code members} each of {@code numbers} the permission engine and {@link CertificateSetRules#decideAdd}
   * allow, in order, and answers one outcome per number, numbered from 1 (batches and groups alike).
   */
  private List<ItemOutcome> addEach(Tx tx, Accounts.Caller caller, List<CertificateNumber> members,
      List<CertificateNumber> numbers, SmsAction action, CertificateSetKind set, CertificateKind kind,
      Function<CertificateNumber, Optional<String>> holder, String reference) {
    List<ItemOutcome> items = new ArrayList<>();
    for (CertificateNumber n : numbers) {
      Optional<CertificateRecord> c = certificate(tx, n);
      Decision d = permitted(tx, caller, c, action);
      if (d.isAllowed()) {
        Membership m = members.contains(n) ? Membership.THIS_SET : membership(holder.apply(n), reference);
        d = d.and(rules().decideAdd(set, kind, c.get().certificate(), c.get().applicationDecision(),
            Actor.of(caller.record.user(), c.get().certificate()), m, sms.today()));
      }
      if (d.isAllowed()) {
        members.add(n);
      }
      items.add(ItemOutcome.of(items.size() + 1, n, d));
    }
    return items;
  }

  /** As {@link #addEach}, removing through {@link CertificateSetRules#decideRemove}. */
  private List<ItemOutcome> removeEach(Tx tx, Accounts.Caller caller, List<CertificateNumber> members,
      List<CertificateNumber> numbers, SmsAction action, CertificateSetKind set) {
    List<ItemOutcome> items = new ArrayList<>();
    for (CertificateNumber n : numbers) {
      Decision d = permitted(tx, caller, certificate(tx, n), action);
      if (d.isAllowed()) {
        d = d.and(rules().decideRemove(set, members.contains(n) ? Membership.THIS_SET : Membership.NONE));
      }
      if (d.isAllowed()) {
        members.remove(n);
      }
      items.add(ItemOutcome.of(items.size() + 1, n, d));
    }
    return items;
  }

  private static Membership membership(Optional<String> holder, String reference) {
    return holder.map(h -> h.equals(reference) ? Membership.THIS_SET : Membership.OTHER_SET).orElse(Membership.NONE);
  }

  @Override
  public SmsResult<BatchOutcome> addToBatch(SessionToken session, String reference, List<CertificateNumber> numbers) {
    sms.requireArguments(Operation.ADD_TO_BATCH, "session", session, "reference", reference, "numbers", numbers);
    return sms.call(Operation.ADD_TO_BATCH, Optional.empty(), tx -> onBatch(tx, session, reference,
        SmsAction.MANAGE_COS_BATCHES, SmsAction.MANAGE_CAS_BATCHES, (caller, record) -> {
          CertificateBatch batch = record.batch();
          List<CertificateNumber> members = new ArrayList<>(batch.certificates());
          List<ItemOutcome> items = addEach(tx, caller, members, numbers, pick(batch.kind(),
              SmsAction.MANAGE_COS_BATCHES, SmsAction.MANAGE_CAS_BATCHES), CertificateSetKind.BATCH, batch.kind(),
              n -> batchOf(tx, caller.record.licence(), n), reference);
          return SmsResult.allowed(BatchOutcome.builder().batch(saveBatch(tx, record, members)).items(items).build());
        }));
  }

  @Override
  public SmsResult<BatchOutcome> removeFromBatch(SessionToken session, String reference,
      List<CertificateNumber> numbers) {
    sms.requireArguments(Operation.REMOVE_FROM_BATCH, "session", session, "reference", reference, "numbers",
        numbers);
    return sms.call(Operation.REMOVE_FROM_BATCH, Optional.empty(), tx -> onBatch(tx, session, reference,
        SmsAction.MANAGE_COS_BATCHES, SmsAction.MANAGE_CAS_BATCHES, (caller, record) -> {
          CertificateBatch batch = record.batch();
          List<CertificateNumber> members = new ArrayList<>(batch.certificates());
          List<ItemOutcome> items = removeEach(tx, caller, members, numbers, pick(batch.kind(),
              SmsAction.MANAGE_COS_BATCHES, SmsAction.MANAGE_CAS_BATCHES), CertificateSetKind.BATCH);
          return SmsResult.allowed(BatchOutcome.builder().batch(saveBatch(tx, record, members)).items(items).build());
        }));
  }

  private CertificateBatch saveBatch(Tx tx, BatchRecord record, List<CertificateNumber> members) {
    CertificateBatch before = record.batch();
    if (members.equals(before.certificates())) {
      return before;
    }
    CertificateBatch after = before.withCertificates(members);
    tx.put(store.batches, before.reference(), record.withBatch(after));
    tx.audit(AuditAction.BATCH_CHANGED, Optional.of(record.licence()), before.reference(), before, after);
    return after;
  }

  @Override
  public SmsResult<BatchOutcome> assignBatch(SessionToken session, String reference) {
    sms.requireArguments(Operation.ASSIGN_BATCH, "session", session, "reference", reference);
    SmsResult<CertificateBatch> opened = sms.call(Operation.ASSIGN_BATCH, Optional.empty(), tx -> onBatch(tx,
        session, reference, SmsAction.ASSIGN_COS_BATCH, SmsAction.ASSIGN_CAS_BATCH,
        (caller, r) -> SmsResult.allowed(r.batch())));
    if (opened.isRefused()) {
      return SmsResult.refused(opened.decision());
    }
    CertificateBatch batch = opened.orElseThrow();
    List<ItemOutcome> items = new ArrayList<>();
    for (CertificateNumber n : batch.certificates()) {
      // Each certificate as the single assignment does it, in its own transaction: one unit of allocation each,
      // a refused one changes nothing (a defined CoS asks its own permission row, as the single path does).
      SmsResult<Certificate> r = certificates.assignAs(Operation.ASSIGN_BATCH, session, n,
          pick(batch.kind(), SmsAction.ASSIGN_COS_BATCH, SmsAction.ASSIGN_CAS_BATCH));
      items.add(ItemOutcome.of(items.size() + 1, n, r.decision()));
    }
    CertificateBatch now = sms.read(tx -> tx.get(store.batches, reference)).map(BatchRecord::batch).orElse(batch);
    return SmsResult.allowed(BatchOutcome.builder().batch(now).items(items).build(), opened.decision());
  }

  @Override
  public SmsResult<CertificateExport> export(SessionToken session, List<CertificateNumber> numbers) {
    sms.requireArguments(Operation.EXPORT_CERTIFICATES, "session", session, "numbers", numbers);
    return sms.authorised(Operation.EXPORT_CERTIFICATES, session, SmsAction.VIEW_HOME,
        (tx, caller) -> exportOf(tx, caller, numbers));
  }

  private SmsResult<CertificateExport> exportOf(Tx tx, Accounts.Caller caller, List<CertificateNumber> numbers) {
    if (numbers.isEmpty()) {
      return SmsResult.refused(Decision.of(SessionReason.NOTHING_TO_EXPORT.reason()));
    }
    Decision all = Decision.allowed();
    List<List<String>> rows = new ArrayList<>();
    for (CertificateNumber n : numbers) {
      Optional<CertificateRecord> c = certificate(tx, n);
      CertificateKind kind = c.map(r -> r.certificate().kind())
          .orElse(n instanceof io.github.sponsorsdk.sms.core.identifier.CasNumber ? CertificateKind.CAS
              : CertificateKind.COS);
      Decision d = permitted(tx, caller, c, pick(kind, SmsAction.EXPORT_COS, SmsAction.EXPORT_CAS));
      all = all.and(d);
      if (d.isAllowed()) {
        rows.add(row(c.get().certificate()));
      }
    }
    return all.isRefused() ? SmsResult.refused(all)
        : SmsResult.allowed(CertificateExport.builder().columns(EXPORT_COLUMNS).rows(rows).build(), all);
  }

  static List<String> row(Certificate c) {
    return List.of(InMemorySms.key(c), c.kind().name(), c.status().name(), c.route().displayName(),
        c.migrant().familyName(), c.migrant().givenNames().orElse(""), c.migrant().passportNumber(),
        c.createdOn().toString(), c.assignedOn().map(Object::toString).orElse(""),
        c.startDate().map(Object::toString).orElse(""), c.endDate().map(Object::toString).orElse(""),
        c.grossSalary().map(m -> m.toPlainString()).orElse(""),
        c.salaryPeriod().map(Enum::name).orElse(""));
  }

  @Override
  public SmsResult<CertificateExport> exportBatch(SessionToken session, String reference) {
    sms.requireArguments(Operation.EXPORT_CERTIFICATES, "session", session, "reference", reference);
    return sms.call(Operation.EXPORT_CERTIFICATES, Optional.empty(), tx -> onBatch(tx, session, reference,
        SmsAction.EXPORT_COS, SmsAction.EXPORT_CAS, (caller, r) -> exportOf(tx, caller, r.batch().certificates())));
  }

  // ---------------------------------------------------------------- Creative Worker groups

  @Override
  public SmsResult<CreativeWorkerGroup> createGroup(SessionToken session, String name) {
    sms.requireArguments(Operation.CREATE_GROUP, "session", session, "name", name);
    return sms.authorised(Operation.CREATE_GROUP, session, SmsAction.MANAGE_CREATIVE_WORKER_GROUPS,
        (tx, caller) -> {
          List<String> held = tx.values(store.groups).stream()
              .filter(r -> r.licence().equals(caller.record.licence()))
              .map(r -> r.group().name()).collect(Collectors.toList());
          Decision named = rules().decideName(name, held);
          if (named.isRefused()) {
            return SmsResult.refused(named);
          }
          CreativeWorkerGroup group = CreativeWorkerGroup.builder().reference(tx.ids().reference("G"))
              .name(name.strip()).owner(caller.userId()).createdOn(sms.today()).build();
          tx.put(store.groups, group.reference(), GroupRecord.of(caller.record.licence(), group));
          tx.audit(AuditAction.GROUP_CREATED, Optional.of(caller.record.licence()), group.reference(), null, group);
          return SmsResult.allowed(group);
        });
  }

  @Override
  public SmsResult<List<CreativeWorkerGroup>> groups(SessionToken session) {
    sms.requireArguments(Operation.VIEW_GROUPS, "session", session);
    return sms.authorised(Operation.VIEW_GROUPS, session, SmsAction.MANAGE_CREATIVE_WORKER_GROUPS,
        (tx, caller) -> SmsResult.allowed(tx.values(store.groups).stream()
            .filter(r -> sees(caller, r.licence(), r.group().owner())).map(GroupRecord::group)
            .sorted(Comparator.comparing(CreativeWorkerGroup::createdOn).thenComparing(g -> number(g.reference())))
            .collect(Collectors.toList())));
  }

  private <T> SmsResult<T> onGroup(Tx tx, SessionToken session, String reference,
      BiFunction<Accounts.Caller, GroupRecord, SmsResult<T>> work) {
    return Accounts.as(tx, sms, session, SmsAction.MANAGE_CREATIVE_WORKER_GROUPS, Optional.empty(), (t, caller) -> {
      Optional<GroupRecord> record = t.get(store.groups, reference)
          .filter(r -> sees(caller, r.licence(), r.group().owner()));
      return record.isEmpty() ? SmsResult.refused(Decision.of(SessionReason.NO_SUCH_GROUP.reason()))
          : work.apply(caller, record.get());
    });
  }

  private Optional<String> groupOf(Tx tx, io.github.sponsorsdk.sms.core.identifier.SponsorLicenceNumber licence,
      CertificateNumber number) {
    return tx.values(store.groups).stream().filter(r -> r.licence().equals(licence))
        .filter(r -> r.group().certificates().contains(number)).map(r -> r.group().reference()).findFirst();
  }

  @Override
  public SmsResult<GroupOutcome> addToGroup(SessionToken session, String reference, List<CertificateNumber> numbers) {
    sms.requireArguments(Operation.ADD_TO_GROUP, "session", session, "reference", reference, "numbers", numbers);
    return sms.call(Operation.ADD_TO_GROUP, Optional.empty(), tx -> onGroup(tx, session, reference,
        (caller, record) -> {
          List<CertificateNumber> members = new ArrayList<>(record.group().certificates());
          List<ItemOutcome> items = addEach(tx, caller, members, numbers, SmsAction.MANAGE_CREATIVE_WORKER_GROUPS,
              CertificateSetKind.CREATIVE_WORKER_GROUP, CertificateKind.COS,
              n -> groupOf(tx, caller.record.licence(), n), reference);
          return SmsResult.allowed(GroupOutcome.builder().group(saveGroup(tx, record, members)).items(items).build());
        }));
  }

  @Override
  public SmsResult<GroupOutcome> removeFromGroup(SessionToken session, String reference,
      List<CertificateNumber> numbers) {
    sms.requireArguments(Operation.REMOVE_FROM_GROUP, "session", session, "reference", reference, "numbers",
        numbers);
    return sms.call(Operation.REMOVE_FROM_GROUP, Optional.empty(), tx -> onGroup(tx, session, reference,
        (caller, record) -> {
          List<CertificateNumber> members = new ArrayList<>(record.group().certificates());
          List<ItemOutcome> items = removeEach(tx, caller, members, numbers, SmsAction.MANAGE_CREATIVE_WORKER_GROUPS,
              CertificateSetKind.CREATIVE_WORKER_GROUP);
          return SmsResult.allowed(GroupOutcome.builder().group(saveGroup(tx, record, members)).items(items).build());
        }));
  }

  private CreativeWorkerGroup saveGroup(Tx tx, GroupRecord record, List<CertificateNumber> members) {
    CreativeWorkerGroup before = record.group();
    if (members.equals(before.certificates())) {
      return before;
    }
    CreativeWorkerGroup after = before.withCertificates(members);
    tx.put(store.groups, before.reference(), record.withGroup(after));
    tx.audit(AuditAction.GROUP_CHANGED, Optional.of(record.licence()), before.reference(), before, after);
    return after;
  }
}
