package io.github.sponsorsdk.sms.testkit;

import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.identifier.SponsorLicenceNumber;
import io.github.sponsorsdk.sms.core.job.PayeReference;
import io.github.sponsorsdk.sms.core.licence.Licence;
import io.github.sponsorsdk.sms.core.place.Address;
import io.github.sponsorsdk.sms.core.port.CaseworkKind;
import io.github.sponsorsdk.sms.core.port.CaseworkRequest;
import io.github.sponsorsdk.sms.core.port.KeyPersonnelChange;
import io.github.sponsorsdk.sms.core.port.KeyPersonnelChangeKind;
import io.github.sponsorsdk.sms.core.port.OrganisationDetails;
import io.github.sponsorsdk.sms.core.port.PayeReferenceEntry;
import io.github.sponsorsdk.sms.core.port.SessionToken;
import io.github.sponsorsdk.sms.core.port.SmsKeyPersonnel;
import io.github.sponsorsdk.sms.core.port.SmsResult;
import io.github.sponsorsdk.sms.core.user.KeyPersonnelRole;
import io.github.sponsorsdk.sms.core.user.SmsUser;
import io.github.sponsorsdk.sms.core.user.UserLevel;
import io.github.sponsorsdk.sms.core.user.UserStatus;
import io.github.sponsorsdk.sms.rules.permission.SmsAction;
import io.github.sponsorsdk.sms.rules.user.FulfilmentOutcome;
import io.github.sponsorsdk.sms.rules.user.KeyPersonnelRequest;
import io.github.sponsorsdk.sms.rules.user.KeyPersonnelRequestKind;
import io.github.sponsorsdk.sms.rules.user.Processing;
import io.github.sponsorsdk.sms.rules.user.UserOutcome;
import io.github.sponsorsdk.sms.testkit.audit.AuditAction;
import io.github.sponsorsdk.sms.testkit.fault.Operation;
import io.github.sponsorsdk.sms.testkit.internal.Store;
import io.github.sponsorsdk.sms.testkit.internal.Tx;
import io.github.sponsorsdk.sms.testkit.state.CaseworkRecord;
import io.github.sponsorsdk.sms.testkit.state.OrganisationRecord;
import io.github.sponsorsdk.sms.testkit.state.UserRecord;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@link SmsKeyPersonnel} (Manual 2): the permission engine decides who may ask (Level 1 users; not while suspended
 * for AO, KC and Level 1 requests); the sms-rules {@code KeyPersonnelRequestRules} decide whether a key-personnel
 * request is fulfilled at once or goes to casework, comparing the new person's postcode (their
 * {@code workAddress}) with the organisation details the fake holds; {@code UserManagementRules} still decide
 * whether a Level 1 user may be requested at all. PAYE references change at once.
 *
 * <p>A replaced Authorising Officer or Key Contact: the role leaves every user of the licence who held it and goes to
 * the licence's active user whose e-mail address is the new person's, if there is one (the SMS shows the new AO or
 * KC on the Licence summary; the fake's users carry the roles).
 */
final class KeyPersonnelService implements SmsKeyPersonnel {
  private final InMemorySms sms;
  private final Store store;

  KeyPersonnelService(InMemorySms sms) {
    this.sms = sms;
    this.store = sms.store();
  }

  private static OrganisationRecord organisation(Tx tx, Store store, SponsorLicenceNumber number) {
    return tx.get(store.organisations, number).orElse(OrganisationRecord.empty(number));
  }

  @Override
  public SmsResult<CaseworkRequest> requestKeyPersonnelChange(SessionToken session, KeyPersonnelChange change) {
    SmsAction action = change.kind() == KeyPersonnelChangeKind.REPLACE_AUTHORISING_OFFICER
        ? SmsAction.REPLACE_AUTHORISING_OFFICER : change.kind() == KeyPersonnelChangeKind.REPLACE_KEY_CONTACT
        ? SmsAction.REPLACE_KEY_CONTACT : SmsAction.VIEW_HOME;
    return sms.authorised(Operation.REQUEST_KEY_PERSONNEL_CHANGE, session, action, (tx, caller) -> {
      Licence licence = caller.licence;
      boolean addUser = change.kind() == KeyPersonnelChangeKind.ADD_LEVEL_1_USER;
      if (addUser) {
        // may a Level 1 user be requested at all (permission, NINO)? The engine's own processing is superseded
        UserOutcome may = sms.rules().users().requestLevel1(licence, caller.record.user(), change.person(),
            sms.automation(), sms.today());
        if (!may.isAllowed()) {
          return SmsResult.refused(may.decision());
        }
      }
      Optional<OrganisationDetails> details = organisation(tx, store, licence.number()).details();
      FulfilmentOutcome outcome = details.isEmpty()
          ? FulfilmentOutcome.builder().decision(Decision.of(SessionReason.NO_ORGANISATION_DETAILS.reason()))
              .processing(Processing.CASEWORK).build()
          : sms.rules().keyPersonnelRequests().assess(licence, request(change, details.get()), sms.today());
      boolean atOnce = outcome.processing() == Processing.APPLIED_AT_ONCE;
      Optional<SmsUser> user = Optional.empty();
      if (addUser) {
        SmsUser created = SmsUser.builder().userId(tx.ids().userId()).level(UserLevel.LEVEL_1)
            .status(atOnce ? UserStatus.ACTIVE : UserStatus.REQUESTED).profile(change.person())
            .createdOn(sms.today()).build();
        if (atOnce) {
          sms.homeOffice().issueNewUser(tx, licence.number(), created);
        } else {
          tx.put(store.users, created.userId(), UserRecord.builder().licence(licence.number()).user(created).build());
          tx.audit(AuditAction.LEVEL_1_USER_REQUESTED, Optional.of(licence.number()), created.userId().value(), null,
              created);
        }
        user = Optional.of(created);
      }
      Optional<SmsUser> requested = user;
      CaseworkRequest opened = Casework.open(tx, sms, caller, CaseworkKind.KEY_PERSONNEL,
          label(change.kind()) + ": " + change.person().fullName(),
          b -> b.keyPersonnel(change).user(requested.map(SmsUser::userId)));
      if (!atOnce) {
        return SmsResult.allowed(opened, outcome.decision());
      }
      CaseworkRecord record = tx.get(store.casework, opened.reference()).orElseThrow();
      CaseworkRequest accepted = Tracking.accepted(sms, record, sms.today());
      tx.put(store.casework, opened.reference(), record.withRequest(accepted));
      tx.audit(AuditAction.CASEWORK_APPROVED, Optional.of(licence.number()), opened.reference(), opened, accepted);
      if (!addUser) {
        replaceRole(tx, licence.number(), change);
      }
      return SmsResult.allowed(accepted, outcome.decision());
    });
  }

  private static String label(KeyPersonnelChangeKind kind) {
    switch (kind) {
      case REPLACE_AUTHORISING_OFFICER:
        return "Replace the Authorising Officer";
      case REPLACE_KEY_CONTACT:
        return "Replace the Key Contact";
      default:
        return "Add a Level 1 user";
    }
  }

  private static KeyPersonnelRequest request(KeyPersonnelChange change, OrganisationDetails details) {
    return KeyPersonnelRequest.builder().kind(KeyPersonnelRequestKind.valueOf(change.kind().name()))
        .newPersonPostcode(change.person().workAddress().postcode())
        .mainAddressPostcode(details.mainAddress().postcode())
        .headOfficePostcode(details.headOffice().map(Address::postcode))
        .legalRepresentativePostcodes(details.legalRepresentatives().stream().map(Address::postcode)
            .collect(Collectors.toList()))
        .build();
  }

  /** The role of a replaced AO or KC moves: from every holder to the active user with the new person's e-mail. */
  private void replaceRole(Tx tx, SponsorLicenceNumber licence, KeyPersonnelChange change) {
    KeyPersonnelRole role = change.kind() == KeyPersonnelChangeKind.REPLACE_AUTHORISING_OFFICER
        ? KeyPersonnelRole.AUTHORISING_OFFICER : KeyPersonnelRole.KEY_CONTACT;
    for (UserRecord u : tx.values(store.users)) {
      if (!u.licence().equals(licence)) {
        continue;
      }
      Set<KeyPersonnelRole> roles = u.user().keyPersonnelRoles().isEmpty() ? EnumSet.noneOf(KeyPersonnelRole.class)
          : EnumSet.copyOf(u.user().keyPersonnelRoles());
      boolean newHolder = u.user().profile().email().equalsIgnoreCase(change.person().email())
          && io.github.sponsorsdk.sms.rules.login.LoginEligibility.permits(u.user().status());
      boolean changed = newHolder ? roles.add(role) : roles.remove(role);
      if (changed) {
        SmsUser after = u.user().withKeyPersonnelRoles(roles);
        tx.put(store.users, after.userId(), u.withUser(after));
        tx.audit(AuditAction.USER_AMENDED, Optional.of(licence), after.userId().value(), u.user(), after);
      }
    }
    tx.audit(AuditAction.KEY_PERSONNEL_CHANGED, Optional.of(licence), licence.value(), null, change);
  }

  /** The Home Office decided a key-personnel request sent to casework. */
  void decided(Tx tx, CaseworkRecord record, boolean approve) {
    KeyPersonnelChange change = record.keyPersonnel().orElseThrow();
    if (change.kind() == KeyPersonnelChangeKind.ADD_LEVEL_1_USER) {
      sms.homeOffice().decideLevel1(tx, record, approve);
    } else if (approve) {
      replaceRole(tx, record.licence(), change);
    }
  }

  @Override
  public SmsResult<Optional<OrganisationDetails>> organisationDetails(SessionToken session) {
    return sms.authorised(Operation.VIEW_ORGANISATION_DETAILS, session, SmsAction.VIEW_LICENCE_SUMMARY,
        (tx, caller) -> SmsResult.allowed(organisation(tx, store, caller.record.licence()).details()));
  }

  @Override
  public SmsResult<CaseworkRequest> requestOrganisationChange(SessionToken session, OrganisationDetails details) {
    return sms.authorised(Operation.REQUEST_ORGANISATION_CHANGE, session, SmsAction.REQUEST_LICENCE_CHANGE,
        (tx, caller) -> SmsResult.allowed(Casework.open(tx, sms, caller, CaseworkKind.ORGANISATION_DETAILS,
            "Change the organisation details: main address " + details.mainAddress().postcode().value(),
            b -> b.organisation(details))));
  }

  /** The Home Office approved an organisation details change. */
  void organisationChanged(Tx tx, CaseworkRecord record) {
    storeDetails(tx, record.licence(), record.organisation().orElseThrow());
  }

  void storeDetails(Tx tx, SponsorLicenceNumber number, OrganisationDetails details) {
    OrganisationRecord before = organisation(tx, store, number);
    OrganisationRecord after = before.withDetails(details);
    tx.put(store.organisations, number, after);
    tx.audit(AuditAction.ORGANISATION_DETAILS_CHANGED, Optional.of(number), number.value(),
        before.details().orElse(null), details);
  }

  @Override
  public SmsResult<List<PayeReferenceEntry>> payeReferences(SessionToken session) {
    return sms.authorised(Operation.LIST_PAYE_REFERENCES, session, SmsAction.MANAGE_PAYE_REFERENCES,
        (tx, caller) -> SmsResult.allowed(organisation(tx, store, caller.record.licence()).payeReferences()));
  }

  @Override
  public SmsResult<PayeReferenceEntry> addPayeReference(SessionToken session, PayeReference reference) {
    return sms.authorised(Operation.ADD_PAYE_REFERENCE, session, SmsAction.MANAGE_PAYE_REFERENCES, (tx, caller) -> {
      OrganisationRecord before = organisation(tx, store, caller.record.licence());
      if (held(before, reference).isPresent()) {
        return SmsResult.refused(Decision.of(SessionReason.PAYE_REFERENCE_HELD.reason(Map.of("reference",
            reference.value()))));
      }
      PayeReferenceEntry entry = PayeReferenceEntry.builder().reference(reference).addedBy(caller.userId())
          .addedOn(sms.today()).build();
      List<PayeReferenceEntry> list = new ArrayList<>(before.payeReferences());
      list.add(entry);
      tx.put(store.organisations, before.licence(), before.withPayeReferences(list));
      tx.audit(AuditAction.PAYE_REFERENCE_ADDED, Optional.of(before.licence()), reference.value(), null, entry);
      return SmsResult.allowed(entry);
    });
  }

  @Override
  public SmsResult<PayeReferenceEntry> deletePayeReference(SessionToken session, PayeReference reference) {
    return sms.authorised(Operation.DELETE_PAYE_REFERENCE, session, SmsAction.MANAGE_PAYE_REFERENCES,
        (tx, caller) -> {
          OrganisationRecord before = organisation(tx, store, caller.record.licence());
          Optional<PayeReferenceEntry> entry = held(before, reference);
          if (entry.isEmpty()) {
            return SmsResult.refused(Decision.of(SessionReason.PAYE_REFERENCE_NOT_HELD.reason(Map.of("reference",
                reference.value()))));
          }
          tx.put(store.organisations, before.licence(), before.withPayeReferences(before.payeReferences().stream()
              .filter(e -> !e.equals(entry.get())).collect(Collectors.toList())));
          tx.audit(AuditAction.PAYE_REFERENCE_DELETED, Optional.of(before.licence()), reference.value(),
              entry.get(), null);
          return SmsResult.allowed(entry.get());
        });
  }

  private static Optional<PayeReferenceEntry> held(OrganisationRecord record, PayeReference reference) {
    return record.payeReferences().stream().filter(e -> e.reference().equals(reference)).findFirst();
  }
}
