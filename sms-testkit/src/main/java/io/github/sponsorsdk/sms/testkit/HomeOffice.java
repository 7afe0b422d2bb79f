package io.github.sponsorsdk.sms.testkit;

import io.github.sponsorsdk.sms.testkit.audit.AuditAction;
import static io.github.sponsorsdk.sms.testkit.InMemorySms.details;

import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.identifier.SponsorLicenceNumber;
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
import io.github.sponsorsdk.sms.testkit.state.UserRecord;
import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.identifier.CertificateNumber;
import io.github.sponsorsdk.sms.core.licence.Allocation;
import io.github.sponsorsdk.sms.core.port.AllocationRequest;
import io.github.sponsorsdk.sms.core.port.CaseworkKind;
import io.github.sponsorsdk.sms.core.port.CaseworkRequest;
import io.github.sponsorsdk.sms.core.port.CaseworkStatus;
import io.github.sponsorsdk.sms.rules.allocation.AllocationOutcome;
import io.github.sponsorsdk.sms.rules.allocation.AllocationYearBasis;
import io.github.sponsorsdk.sms.rules.certificate.ApplicationDecision;
import io.github.sponsorsdk.sms.rules.certificate.CertificateAction;
import io.github.sponsorsdk.sms.rules.certificate.DefinedCosEvent;
import io.github.sponsorsdk.sms.rules.certificate.DefinedCosOutcome;
import io.github.sponsorsdk.sms.rules.user.StatusChanger;
import io.github.sponsorsdk.sms.rules.user.UserStatusTransitions;
import io.github.sponsorsdk.sms.testkit.state.CaseworkRecord;
import io.github.sponsorsdk.sms.testkit.state.CertificateRecord;
import io.github.sponsorsdk.sms.rules.tracking.RequestEvent;
import io.github.sponsorsdk.sms.core.place.UkNation;
import io.github.sponsorsdk.sms.core.port.ActionPlanNotice;
import io.github.sponsorsdk.sms.core.port.OrganisationDetails;
import io.github.sponsorsdk.sms.core.port.PremiumContact;
import io.github.sponsorsdk.sms.rules.actionplan.ActionPlan;
import io.github.sponsorsdk.sms.rules.actionplan.ActionPlanEvent;
import io.github.sponsorsdk.sms.rules.actionplan.ActionPlanOutcome;
import io.github.sponsorsdk.sms.rules.calendar.UkWorkingDayCalendars;
import io.github.sponsorsdk.sms.rules.licence.LicenceRules;
import io.github.sponsorsdk.sms.testkit.state.ActionPlanRecord;
import io.github.sponsorsdk.sms.testkit.state.OrganisationRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
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
   *
   * @param licence the licence to grant
   * @param firstUser the first Level 1 user's details
   * @param roles key personnel roles the first user also holds
   * @return the first user's ID
   */
  public SmsUserId grantLicence(Licence licence, UserProfile firstUser, KeyPersonnelRole... roles) {
    return act(tx -> {
      if (tx.get(store.licences, licence.number()).isPresent()) {
        throw new IllegalStateException("licence " + licence.number() + " already exists");
      }
      tx.put(store.licences, licence.number(), licence);
      tx.audit(AuditAction.LICENCE_GRANTED, Optional.of(licence.number()), licence.number().value(), null, licence);
      SmsUser user = SmsUser.builder().userId(tx.ids().userId()).level(UserLevel.LEVEL_1)
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
    char[] password = sms.generatedPassword();
    try {
      UserRecord record = UserRecord.builder().licence(licence).user(user)
          .password(sms.hasher().hash(password)).build();
      record = Accounts.withNewAccount(record);
      tx.put(store.users, user.userId(), record);
      tx.audit(AuditAction.USER_CREATED, Optional.of(licence), user.userId().value(), null, user);
      tx.email(EmailKind.NEW_USER_PASSWORD, user.profile().email(), Optional.of(user.userId()),
          "Your SMS password", "Your SMS password is [password]. You must change it when you first log in.",
          Optional.of(new String(password)));
      return record;
    } finally {
      PasswordHasher.wipe(password);
    }
  }

  /**
   * Sets the licence status (suspend, make dormant, revoke, reinstate ...).
   *
   * @param number the licence
   * @param status the new status
   */
  public void setLicenceStatus(SponsorLicenceNumber number, LicenceStatus status) {
    act(tx -> {
      changeStatus(tx, number, status);
      return null;
    });
  }

  /** Sets the licence status inside {@code tx} (also used when an action plan revokes the licence). */
  void changeStatus(Tx tx, SponsorLicenceNumber number, LicenceStatus status) {
    Licence before = licence(tx, number);
    Licence after = before.withStatus(status);
    tx.put(store.licences, number, after);
    if (!LoginEligibility.permits(status)) {
      sms.endSessionsOfLicence(tx, number);
    }
    tx.audit(AuditAction.LICENCE_STATUS_CHANGED, Optional.of(number), number.value(), before, after);
    tx.event(SmsEventKind.LICENCE_STATUS_CHANGED, Optional.of(number), number.value(),
        details("from", before.status().name(), "to", status.name()));
  }

  /**
   * Suspends the licence: log-in works, certificates and allocations do not (Manual 1, licence statuses).
   *
   * @param number the licence
   */
  public void suspend(SponsorLicenceNumber number) {
    setLicenceStatus(number, LicenceStatus.SUSPENDED);
  }

  /**
   * Makes the licence dormant: log-in works, certificates and allocations do not (Manual 1, licence statuses).
   *
   * @param number the licence
   */
  public void makeDormant(SponsorLicenceNumber number) {
    setLicenceStatus(number, LicenceStatus.DORMANT);
  }

  /**
   * Revokes the licence: no one can log in any more.
   *
   * @param number the licence
   */
  public void revoke(SponsorLicenceNumber number) {
    setLicenceStatus(number, LicenceStatus.REVOKED);
  }

  /**
   * Records that the sponsor surrendered the licence: like a revoked licence, it no longer permits log-in and every
   * session ends (Manual 1 is silent on surrender: docs/sources.md#secondary-licence, uncertain).
   *
   * @param number the licence
   */
  public void surrender(SponsorLicenceNumber number) {
    setLicenceStatus(number, LicenceStatus.SURRENDERED);
  }

  /**
   * Reinstates the licence: licensed and fully active again.
   *
   * @param number the licence
   */
  public void reinstate(SponsorLicenceNumber number) {
    setLicenceStatus(number, LicenceStatus.LICENSED_AND_FULLY_ACTIVE);
  }

  /**
   * Sets the rating in one category (e.g. downgrade to {@link Rating#B}).
   *
   * @param number the licence
   * @param category the route category
   * @param rating the new rating
   */
  public void rate(SponsorLicenceNumber number, RouteCategory category, Rating rating) {
    act(tx -> {
      Licence before = licence(tx, number);
      if (!before.categories().contains(category)) {
        throw new IllegalArgumentException("licence " + number + " holds no " + category + " routes");
      }
      java.util.Map<RouteCategory, Rating> ratings = new java.util.EnumMap<>(RouteCategory.class);
      ratings.putAll(before.ratings());
      ratings.put(category, rating);
      changeRatings(tx, before, ratings);
      return null;
    });
  }

  /**
   * Sets the ratings of {@code before} to {@code ratings} inside {@code tx}: audited, one
   * {@code LICENCE_STATUS_CHANGED} event per category whose rating changes.
   */
  void changeRatings(Tx tx, Licence before, java.util.Map<RouteCategory, Rating> ratings) {
    Licence after = before.withRatings(ratings);
    tx.put(store.licences, before.number(), after);
    tx.audit(AuditAction.LICENCE_RATING_CHANGED, Optional.of(before.number()), before.number().value(), before,
        after);
    ratings.forEach((category, rating) -> {
      if (before.ratings().get(category) != rating) {
        tx.event(SmsEventKind.LICENCE_STATUS_CHANGED, Optional.of(before.number()), before.number().value(),
            details("category", category.name(), "from", String.valueOf(before.ratings().get(category)),
                "to", rating.name()));
      }
    });
  }

  /**
   * Downgrades the licence to a B-rating in {@code category}.
   *
   * @param number the licence
   * @param category the route category
   */
  public void downgrade(SponsorLicenceNumber number, RouteCategory category) {
    rate(number, category, Rating.B);
  }

  /**
   * Posts a message on the board.
   *
   * @param message the message
   */
  public void postMessage(BoardMessage message) {
    act(tx -> {
      if (tx.get(store.messages, message.id()).isPresent()) {
        throw new IllegalStateException("message " + message.id() + " already posted");
      }
      tx.put(store.messages, message.id(), message);
      tx.audit(AuditAction.MESSAGE_POSTED, Optional.empty(), message.id(), null, message);
      tx.event(SmsEventKind.MESSAGE_POSTED, Optional.empty(), message.id(), details());
      return null;
    });
  }

  /**
   * Deactivates a user "by UK V&amp;I" (Guide 3 status note). Deactivation is permanent (Guide 4), so deactivating a
   * user whose status is already final is a test error.
   *
   * @param userId the user
   */
  public void deactivateUser(SmsUserId userId) {
    act(tx -> {
      UserRecord before = tx.get(store.users, userId)
          .orElseThrow(() -> new IllegalArgumentException("no user " + userId));
      Decision allowed = UserStatusTransitions.defaults().decide(before.user().status(), UserStatus.DEACTIVATED_BY_UK_VI,
          StatusChanger.HOME_OFFICE);
      if (allowed.isRefused()) {
        throw new IllegalStateException("user " + userId + " is " + before.user().status().label() + ": " + allowed);
      }
      SmsUser after = before.user()
          .withStatus(UserStatus.DEACTIVATED_BY_UK_VI).withDeactivatedOn(sms.today());
      tx.put(store.users, userId, before.withUser(after));
      Accounts.endSessionsOf(tx, store, userId);
      tx.audit(AuditAction.USER_DEACTIVATED_BY_UK_VI, Optional.of(before.licence()), userId.value(), before.user(), after);
      tx.event(SmsEventKind.USER_STATUS_CHANGED, Optional.of(before.licence()), userId.value(),
          details("from", before.user().status().name(), "to", after.status().name()));
      return null;
    });
  }

  /**
   * Requests waiting for a decision, oldest first.
   *
   * @return the requests, oldest first
   */
  public List<CaseworkRecord> pendingCasework() {
    return sms.casework().stream().filter(c -> !c.request().status().isDecided()).collect(Collectors.toList());
  }

  /**
   * Approves a request: a Level 1 user becomes Active and gets a password by email; an amendment applies; an
   * allocation increase or renewal is granted as asked (through the sms-rules allocation engine).
   *
   * @param reference the request's reference
   * @return the request, approved
   */
  public CaseworkRequest approve(String reference) {
    return decide(reference, RequestEvent.ACCEPT, Optional.empty(), Optional.empty());
  }

  /**
   * Refuses a request: a requested Level 1 user becomes Refused and the Authorising Officer is written to (Guide 3,
   * step 6 note); nothing else changes. The letter gives no reason: {@link #refuse(String, String)} gives one.
   *
   * @param reference the request's reference
   * @return the request, refused
   */
  public CaseworkRequest refuse(String reference) {
    return decide(reference, RequestEvent.REFUSE, Optional.empty(), Optional.empty());
  }

  /**
   * Refuses a request and says why: for a Level 1 user, the letter to the Authorising Officer carries
   * {@code reason} ("we will write to the AO to advise them why the request has refused", Guide 3, step 6 note).
   *
   * @param reference the casework reference
   * @param reason why the Home Office refused it
   * @return the decided request
   */
  public CaseworkRequest refuse(String reference, String reason) {
    return decide(reference, RequestEvent.REFUSE, Optional.empty(),
        Optional.of(java.util.Objects.requireNonNull(reason, "reason")));
  }

  /**
   * Rejects a request (not considered, e.g. incomplete): like a refusal, the reasons are written to the Authorising
   * Officer (the UKBA notice of 26 July 2012, docs/sources.md#secondary-functions); nothing else changes.
   *
   * @param reference the casework reference
   * @return the request, rejected
   */
  public CaseworkRequest reject(String reference) {
    return decide(reference, RequestEvent.REJECT, Optional.empty(), Optional.empty());
  }

  /**
   * Grants a licence renewal application: the licence's expiry date becomes {@code newExpiry}. The length of a
   * renewed licence is the Home Office's to give (the SDK read none), hence the explicit date; {@link #approve}
   * refuses a renewal for that reason.
   *
   * @param reference the casework reference
   * @param newExpiry the licence's new expiry date
   * @return the request, approved
   * @throws IllegalArgumentException when {@code newExpiry} is not after the current expiry date
   */
  public CaseworkRequest approveLicenceRenewal(String reference, LocalDate newExpiry) {
    return decide(reference, RequestEvent.ACCEPT, Optional.of(newExpiry), Optional.empty());
  }

  /**
   * Grants a Student Sponsor status (or Basic Compliance Assessment) application: the status ends on
   * {@code endDate}. The status's length is the Home Office's to give (the SDK read none), hence the explicit date.
   *
   * @param reference the casework reference
   * @param endDate the day the status ends
   * @return the request, approved
   * @throws IllegalArgumentException when {@code endDate} is not after today
   */
  public CaseworkRequest approveStudentSponsorStatus(String reference, LocalDate endDate) {
    return decide(reference, RequestEvent.ACCEPT, Optional.of(endDate), Optional.empty());
  }

  private CaseworkRequest decide(String reference, RequestEvent event, Optional<LocalDate> date,
      Optional<String> reason) {
    boolean approve = event == RequestEvent.ACCEPT;
    return act(tx -> {
      CaseworkRecord found = tx.get(store.casework, reference)
          .orElseThrow(() -> new IllegalArgumentException("no casework " + reference));
      CaseworkRecord record = found.request().kind() == CaseworkKind.DEFINED_COS
          && !found.request().status().isDecided() ? decideDefinedCos(found, event) : found;
      io.github.sponsorsdk.sms.rules.tracking.TrackingOutcome tracked = Tracking.apply(sms, record, event);
      if (!tracked.isAllowed()) {
        throw new IllegalStateException("casework " + reference + " is already " + record.request().status());
      }
      CaseworkRequest decided = Tracking.moved(record.request(), tracked, sms.today());
      switch (record.request().kind()) {
        case LICENCE_RENEWAL:
        case STUDENT_SPONSOR_STATUS:
          if (approve) {
            datesGranted(tx, record, date.orElseThrow(() -> new IllegalStateException("casework " + reference
                + " is a " + record.request().kind() + ": approve it with approveLicenceRenewal or "
                + "approveStudentSponsorStatus, giving the date the Home Office sets")));
          }
          break;
        case PREMIUM_SERVICE:
          if (approve) {
            premiumGranted(tx, record);
          }
          break;
        case KEY_PERSONNEL:
          sms.keyPersonnelService().decided(tx, record, approve);
          break;
        case ORGANISATION_DETAILS:
          if (approve) {
            sms.keyPersonnelService().organisationChanged(tx, record);
          }
          break;
        case LEVEL_1_USER:
          decideLevel1(tx, record, approve);
          break;
        case USER_AMENDMENT:
          if (approve) {
            amend(tx, record);
          }
          break;
        case ALLOCATION_INCREASE:
        case ALLOCATION_RENEWAL:
          if (approve) {
            allocate(tx, record);
          }
          break;
        default:
          break;
      }
      tx.put(store.casework, reference, record.withRequest(decided));
      tx.audit(approve ? AuditAction.CASEWORK_APPROVED : event == RequestEvent.REJECT ? AuditAction.CASEWORK_REJECTED
          : AuditAction.CASEWORK_REFUSED, Optional.of(record.licence()), reference, record.request(), decided);
      tx.event(SmsEventKind.CASEWORK_DECIDED, Optional.of(record.licence()), reference,
          details("kind", decided.kind().name(), "status", decided.status().name()));
      if (record.request().kind() == CaseworkKind.LEVEL_1_USER) {
        // Guide 3: an approved Level 1 user gets the password by email (issueNewUser) and the requester reads the
        // status on the Manage users screen; a refusal is written to the AO, with the reason.
        if (!approve) {
          writeToAuthorisingOfficer(tx, record, decided, reason);
        }
        return decided;
      }
      tx.get(store.users, record.request().submittedBy()).ifPresent(u -> tx.email(
          approve ? EmailKind.REQUEST_APPROVED : EmailKind.REQUEST_REFUSED, u.user().profile().email(),
          record.user(), "Your SMS request " + reference, decided.summary() + ": " + decided.status()
              + reason.map(r -> ". " + r).orElse(""),
          Optional.empty()));
      return decided;
    });
  }

  /**
   * The letter to the Authorising Officer about a refused Level 1 request: to the email of the licence's user who
   * holds the AO role, or by post ({@code "Authorising Officer (post)"}, as the first user ID) when no user does.
   */
  private void writeToAuthorisingOfficer(Tx tx, CaseworkRecord record, CaseworkRequest decided,
      Optional<String> reason) {
    String to = tx.values(store.users).stream().filter(u -> u.licence().equals(record.licence()))
        .filter(u -> u.user().keyPersonnelRoles().contains(KeyPersonnelRole.AUTHORISING_OFFICER))
        .map(u -> u.user().profile().email()).findFirst().orElse("Authorising Officer (post)");
    tx.email(EmailKind.LEVEL_1_REFUSAL_LETTER, to, record.user(), "Your request for a new Level 1 user",
        decided.summary() + ": refused. " + reason.orElse("No reason was recorded."), Optional.empty());
  }

  private CaseworkRecord decideDefinedCos(CaseworkRecord record, RequestEvent event) {
    DefinedCosOutcome out = sms.rules().definedCos().apply(record.definedCosState().orElseThrow(),
        event == RequestEvent.ACCEPT ? DefinedCosEvent.GRANT
            : event == RequestEvent.REJECT ? DefinedCosEvent.REJECT : DefinedCosEvent.REFUSE, io.github.sponsorsdk.sms.rules.certificate.Actor
            .HOME_OFFICE, sms.today());
    if (out.decision().isRefused()) {
      throw new IllegalStateException("cannot decide the defined CoS application: " + out.decision());
    }
    return record.withDefinedCosState(out.application());
  }

  void decideLevel1(Tx tx, CaseworkRecord record, boolean approve) {
    UserRecord before = tx.get(store.users, record.user().orElseThrow()).orElseThrow();
    UserStatus to = approve ? UserStatus.ACTIVE : UserStatus.REFUSED;
    Decision allowed = UserStatusTransitions.defaults().decide(before.user().status(), to, StatusChanger.HOME_OFFICE);
    if (allowed.isRefused()) {
      throw new IllegalStateException("cannot move " + before.user().userId() + " to " + to + ": " + allowed);
    }
    SmsUser after = before.user().withStatus(to);
    if (approve) {
      issueNewUser(tx, before.licence(), after);
    } else {
      tx.put(store.users, after.userId(), before.withUser(after));
    }
    tx.audit(approve ? AuditAction.LEVEL_1_USER_APPROVED : AuditAction.LEVEL_1_USER_REFUSED, Optional.of(before.licence()),
        after.userId().value(), before.user(), after);
    tx.event(SmsEventKind.USER_STATUS_CHANGED, Optional.of(before.licence()), after.userId().value(),
        details("from", before.user().status().name(), "to", to.name()));
  }

  private void amend(Tx tx, CaseworkRecord record) {
    UserRecord before = tx.get(store.users, record.user().orElseThrow()).orElseThrow();
    if (!LoginEligibility.permits(before.user().status())) {
      return;
    }
    SmsUser after = before.user().withProfile(record.profile().orElseThrow());
    tx.put(store.users, after.userId(), before.withUser(after));
    tx.audit(AuditAction.USER_AMENDED, Optional.of(before.licence()), after.userId().value(), before.user(), after);
  }

  private void allocate(Tx tx, CaseworkRecord record) {
    AllocationRequest request = record.allocation().orElseThrow();
    Licence before = licence(tx, record.licence());
    Allocation current = sms.certificateService().allocationFor(before, request.route(), sms.today());
    List<Allocation> list = new ArrayList<>(before.allocations());
    if (record.request().kind() == CaseworkKind.ALLOCATION_INCREASE) {
      AllocationOutcome out = sms.rules().allocations().increase(current, request.number(), sms.today());
      if (out.decision().isRefused()) {
        throw new IllegalStateException("cannot increase: " + out.decision());
      }
      int i = list.indexOf(current);
      if (i >= 0) {
        list.set(i, out.allocation());
      } else {
        list.add(out.allocation());
      }
    } else {
      LocalDate start = current.yearEndExclusive().isAfter(sms.today()) ? current.yearEndExclusive() : sms.today();
      list.add(sms.rules().allocations().openYear(request.route(), start, request.number(),
          AllocationYearBasis.FROM_GRANT));
    }
    Licence after = before.withAllocations(list);
    tx.put(store.licences, after.number(), after);
    tx.audit(AuditAction.ALLOCATION_GRANTED, Optional.of(after.number()), after.number().value(), before, after);
  }

  /**
   * Records that the certificate was used in a visa application (status USED).
   *
   * @param number the certificate
   * @return the certificate, USED
   */
  public Certificate recordUse(CertificateNumber number) {
    return certificateAct(number, CertificateAction.RECORD_USE);
  }

  /**
   * Decides the application the certificate was used in: granted or refused (the certificate stays USED).
   *
   * @param number the certificate
   * @param decision granted or refused
   * @return the certificate
   */
  public Certificate decideApplication(CertificateNumber number, ApplicationDecision decision) {
    return certificateAct(number, decision == ApplicationDecision.GRANTED ? CertificateAction.APPLICATION_GRANTED
        : CertificateAction.APPLICATION_REFUSED);
  }

  /**
   * {@return any other Home Office act of the lifecycle: {@code APPLICATION_REJECTED_INVALID}, {@code
   * APPLICATION_VOID}, {@code APPLICATION_WITHDRAWN} (the certificate becomes usable again), {@code CANCEL}, {@code
   * MAKE_OBSOLETE}}
   *
   * @param number the certificate
   * @param action the act
   */
  public Certificate certificateAct(CertificateNumber number, CertificateAction action) {
    return act(tx -> {
      CertificateRecord record = tx.get(store.certificates, number.value())
          .orElseThrow(() -> new IllegalArgumentException("no certificate " + number));
      return sms.certificateService().homeOffice(tx, record, action);
    });
  }

  /** A granted licence renewal (new expiry date) or Student Sponsor status (its end date). */
  private void datesGranted(Tx tx, CaseworkRecord record, LocalDate date) {
    Licence before = licence(tx, record.licence());
    Licence after;
    if (record.request().kind() == CaseworkKind.LICENCE_RENEWAL) {
      if (!date.isAfter(before.expiryDate())) {
        throw new IllegalArgumentException("a renewed licence expires after " + before.expiryDate() + ": " + date);
      }
      after = before.withExpiryDate(date);
    } else {
      if (!date.isAfter(sms.today())) {
        throw new IllegalArgumentException("Student Sponsor status granted today ends after it: " + date);
      }
      after = before.withStudentStatusEndDate(date);
    }
    tx.put(store.licences, after.number(), after);
    tx.audit(AuditAction.LICENCE_DATES_CHANGED, Optional.of(after.number()), after.number().value(), before, after);
  }

  /**
   * A granted Premium customer service application: the A-rated worker categories show as "A (Premium)" (the
   * register's rating string; docs/sources.md#secondary-licence).
   */
  private void premiumGranted(Tx tx, CaseworkRecord record) {
    Licence before = licence(tx, record.licence());
    java.util.Map<RouteCategory, Rating> ratings = new java.util.EnumMap<>(RouteCategory.class);
    ratings.putAll(before.ratings());
    ratings.replaceAll((category, rating) -> rating == Rating.A ? Rating.A_PREMIUM : rating);
    changeRatings(tx, before, ratings);
  }

  /**
   * Issues an action plan to a B-rated licence (Manual 3, "Manage action plans"): the sms-rules
   * {@code ActionPlanRules} set the fee in force today and the last day to pay, 10 working days later on
   * {@code nation}'s calendar (the sponsor's). The licence's active Level 1 users are e-mailed.
   *
   * @param number the licence
   * @param nation whose bank holidays count for the payment deadline
   * @return the plan as the sponsor sees it
   * @throws IllegalStateException when the licence holds no B-rating
   */
  public ActionPlanNotice issueActionPlan(SponsorLicenceNumber number, UkNation nation) {
    return act(tx -> {
      Licence licence = licence(tx, number);
      if (!LicenceRules.anyBRated(licence.ratings().values())) {
        throw new IllegalStateException("action plans follow a B-rating; licence " + number + " holds none");
      }
      ActionPlan plan = sms.rules().actionPlans().issue(sms.today(), UkWorkingDayCalendars.of(nation));
      ActionPlanRecord record = ActionPlanRecord.builder().licence(number).reference(tx.ids().reference("AP"))
          .plan(plan).build();
      tx.put(store.actionPlans, record.reference(), record);
      tx.audit(AuditAction.ACTION_PLAN_ISSUED, Optional.of(number), record.reference(), null, plan);
      tx.event(SmsEventKind.ACTION_PLAN_CHANGED, Optional.of(number), record.reference(),
          details("event", "ISSUED", "to", plan.status().name(), "payBy", plan.payBy().toString()));
      String body = sms.rules().actionPlans().decideIssue(plan).reasons().get(0).message();
      tx.values(store.users).stream().filter(u -> u.licence().equals(number))
          .filter(u -> u.user().level() == UserLevel.LEVEL_1)
          .filter(u -> LoginEligibility.permits(u.user().status()))
          .forEach(u -> tx.email(EmailKind.ACTION_PLAN, u.user().profile().email(), Optional.of(u.user().userId()),
              "Action plan " + record.reference(), body, Optional.empty()));
      return ApplicationService.notice(record);
    });
  }

  /**
   * Ends a paid action plan: {@code COMPLETED_UPGRADE} (the worker categories become A), {@code
   * COMPLETED_FURTHER_PLAN} (they stay B; issue the further plan with {@link #issueActionPlan}) or {@code REVOKE} (the
   * licence is revoked), through the sms-rules {@code ActionPlanRules}.
   *
   * @param reference the reference
   * @param outcome the outcome
   * @throws IllegalArgumentException for an unknown plan or a sponsor's or time's event
   * @throws IllegalStateException when the rules refuse the event (the plan is not in progress)
   * @return the result
   */
  public ActionPlanNotice completeActionPlan(String reference, ActionPlanEvent outcome) {
    if (outcome == ActionPlanEvent.PAY || outcome == ActionPlanEvent.DECLINE
        || outcome == ActionPlanEvent.DEADLINE_PASSED) {
      throw new IllegalArgumentException(outcome + " is not a Home Office act");
    }
    return act(tx -> {
      ActionPlanRecord record = tx.get(store.actionPlans, reference)
          .orElseThrow(() -> new IllegalArgumentException("no action plan " + reference));
      ActionPlanOutcome out = sms.applicationService().move(tx, record, outcome, sms.today());
      if (!out.isAllowed()) {
        throw new IllegalStateException("cannot " + outcome + " action plan " + reference + ": " + out.decision());
      }
      return ApplicationService.notice(record.withPlan(out.plan().orElseThrow()));
    });
  }

  /**
   * {@return the action plans issued to {@code number}, oldest first}
   *
   * @param number the certificate number
   */
  public List<ActionPlanNotice> actionPlans(SponsorLicenceNumber number) {
    return sms.read(tx -> tx.values(store.actionPlans).stream().filter(r -> r.licence().equals(number))
        .map(ApplicationService::notice).collect(Collectors.toList()));
  }

  /**
   * Assigns the Premium customer service contacts a Premium customer sees (Manual 1, Guide 3, step 1), replacing any
   * assigned before.
   *
   * @param number the certificate number
   * @param contacts the contacts
   */
  public void assignPremiumContacts(SponsorLicenceNumber number, List<PremiumContact> contacts) {
    act(tx -> {
      licence(tx, number);
      OrganisationRecord before = tx.get(store.organisations, number).orElse(OrganisationRecord.empty(number));
      OrganisationRecord after = before.withPremiumContacts(contacts);
      tx.put(store.organisations, number, after);
      tx.audit(AuditAction.PREMIUM_CONTACTS_ASSIGNED, Optional.of(number), number.value(), before.premiumContacts(),
          after.premiumContacts());
      return null;
    });
  }

  /**
   * Records the organisation details the Home Office holds for a licence (from its application): the addresses the
   * key-personnel rule compares postcodes with.
   *
   * @param number the certificate number
   * @param details the details asked for
   */
  public void recordOrganisationDetails(SponsorLicenceNumber number, OrganisationDetails details) {
    act(tx -> {
      licence(tx, number);
      sms.keyPersonnelService().storeDetails(tx, number, details);
      return null;
    });
  }

  private static Licence licence(Tx tx, Store store, SponsorLicenceNumber number) {
    return tx.get(store.licences, number).orElseThrow(() -> new IllegalArgumentException("no licence " + number));
  }

  private Licence licence(Tx tx, SponsorLicenceNumber number) {
    return licence(tx, store, number);
  }
}
