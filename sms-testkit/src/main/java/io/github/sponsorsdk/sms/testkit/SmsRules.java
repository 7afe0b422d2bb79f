package io.github.sponsorsdk.sms.testkit;

import io.github.sponsorsdk.sms.rules.actionplan.ActionPlanRules;
import io.github.sponsorsdk.sms.rules.login.MonthlyAccessRules;
import io.github.sponsorsdk.sms.rules.tracking.RequestTracking;
import io.github.sponsorsdk.sms.rules.user.KeyPersonnelRequestRules;
import io.github.sponsorsdk.sms.rules.migration.MigrationRules;
import io.github.sponsorsdk.sms.rules.submission.PaymentLinkDeadline;
import io.github.sponsorsdk.sms.rules.submission.SrnValidity;
import io.github.sponsorsdk.sms.rules.submission.SubmissionLifecycle;
import io.github.sponsorsdk.sms.rules.user.SponsorUkEligibility;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.rules.allocation.AllocationRules;
import io.github.sponsorsdk.sms.rules.certificate.CertificateLifecycle;
import io.github.sponsorsdk.sms.rules.certificate.CertificateValidity;
import io.github.sponsorsdk.sms.rules.certificate.DefinedCosRules;
import io.github.sponsorsdk.sms.rules.licence.LicenceRules;
import io.github.sponsorsdk.sms.rules.login.LoginEngine;
import io.github.sponsorsdk.sms.rules.message.MessageBoardRules;
import io.github.sponsorsdk.sms.rules.password.PasswordCheck;
import io.github.sponsorsdk.sms.rules.permission.PermissionEngine;
import io.github.sponsorsdk.sms.rules.reporting.ReportingDuties;
import io.github.sponsorsdk.sms.rules.session.SessionEngine;
import io.github.sponsorsdk.sms.rules.user.UserManagementRules;
import org.immutables.value.Value;

/**
 * The sms-rules engines an {@link InMemorySms} asks every question of policy: the one place the fake gets them.
 * {@link #defaults()} is today's guidance (each engine's {@code defaults()}); replace any engine to model other
 * parameters:
 *
 * <pre>{@code
 * SmsRules rules = SmsRules.builder()
 *     .login(LoginEngine.of(LoginParameters.twentyMinuteLockout()))   // Manual 1, "User ID and password": 20 minutes
 *     .build();
 * InMemorySms sms = InMemorySms.builder().rules(rules).build();
 * SmsRules stricter = rules.withPasswords(PasswordCheck.of(myPasswordParameters));
 * }</pre>
 *
 * <p>A value in the project's style (API charter, decision 0005): {@code builder()}, {@code with*}, every engine
 * defaulting to its {@code defaults()}. Not JSON: it holds engines, not data. Immutable and thread-safe, like the
 * engines it holds. The defined CoS rules are derived from {@link #validity()} (a grant lasts as long as a CoS may
 * wait to be assigned): {@code DefinedCosRules.of(validity().parameters())}.
 */
@Value.Immutable
@SmsStyle
public abstract class SmsRules implements WithSmsRules {

  /** {@return every engine with its defaults (today's guidance, as each engine documents)} */
  public static SmsRules defaults() {
    return builder().build();
  }

  /** {@return a builder; every engine not set is its {@code defaults()}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link SmsRules}: one setter per engine, {@code from(rules)} to start from another bundle. */
  public static final class Builder extends ImmutableSmsRules.Builder {
    Builder() {}
  }

  /** {@return log-in and lockout (3 failures lock for 30 minutes by default; {@code LoginParameters})} */
  @Value.Default
  public LoginEngine login() {
    return LoginEngine.defaults();
  }

  /** {@return sessions (20 minutes of inactivity; a second log-in replaces the first; {@code SessionParameters})} */
  @Value.Default
  public SessionEngine sessions() {
    return SessionEngine.defaults();
  }

  /** {@return the password policy (Manual 1, Guide 1; {@code PasswordParameters})} */
  @Value.Default
  public PasswordCheck passwords() {
    return PasswordCheck.defaults();
  }

  /** {@return who may use which function (Manual 1, "Access to SMS")} */
  @Value.Default
  public PermissionEngine permissions() {
    return PermissionEngine.defaults();
  }

  /** {@return user management (Manual 1, Guides 3 and 4)} */
  @Value.Default
  public UserManagementRules users() {
    return UserManagementRules.defaults();
  }

  /** {@return the message board (Manual 1, Guide 5)} */
  @Value.Default
  public MessageBoardRules messages() {
    return MessageBoardRules.defaults();
  }

  /** {@return licence renewal and expiry notices} */
  @Value.Default
  public LicenceRules licences() {
    return LicenceRules.defaults();
  }

  /** {@return certificate transitions} */
  @Value.Default
  public CertificateLifecycle lifecycle() {
    return CertificateLifecycle.defaults();
  }

  /** {@return allocation accounting} */
  @Value.Default
  public AllocationRules allocations() {
    return AllocationRules.defaults();
  }

  /** {@return certificate validity (expiry of unused assigned certificates)} */
  @Value.Default
  public CertificateValidity validity() {
    return CertificateValidity.defaults();
  }

  /** {@return reporting duties and their deadlines} */
  @Value.Default
  public ReportingDuties duties() {
    return ReportingDuties.defaults();
  }

  /**
   * {@return batches of CoS/CAS and Creative Worker groups: who may join or leave a set (derived from
   * {@link #lifecycle()}'s parameters, so both read one table)}
   */
  @Value.Derived
  public io.github.sponsorsdk.sms.rules.certificate.CertificateSetRules sets() {
    return io.github.sponsorsdk.sms.rules.certificate.CertificateSetRules.of(lifecycle().parameters());
  }

  /** {@return defined CoS applications, grants and their use (derived from {@link #validity()})} */
  @Value.Derived
  public DefinedCosRules definedCos() {
    return DefinedCosRules.of(validity().parameters());
  }

  /**
   * Sponsor UK: the submission lifecycle (who may do what in which status; {@code SubmissionParameters}).
   *
   * @return Sponsor UK's submission lifecycle (who may do what in which status; {@code SubmissionParameters})
   */
  @Value.Default
  public SubmissionLifecycle submissions() {
    return SubmissionLifecycle.defaults();
  }

  /**
   * Sponsor UK: the SRN's 90 days, edit-review days disregarded (Appendix Skilled Worker SW 1.2(d)).
   *
   * @return Sponsor UK's SRN validity: 90 days, edit-review days disregarded (Appendix Skilled Worker SW 1.2(d))
   */
  @Value.Default
  public SrnValidity srnValidity() {
    return SrnValidity.defaults();
  }

  /**
   * Sponsor UK: the payment link's service level, 5 UK working days after approval (uncertain).
   *
   * @return Sponsor UK's payment-link service level, 5 UK working days after approval (uncertain)
   */
  @Value.Default
  public PaymentLinkDeadline paymentLinks() {
    return PaymentLinkDeadline.defaults();
  }

  /** {@return which system serves a licence's route: the SMS or Sponsor UK (GAE from 24 October 2024)} */
  @Value.Default
  public MigrationRules migrations() {
    return MigrationRules.defaults();
  }

  /** {@return who may use Sponsor UK (Level 1 users, Key Contact, Authorising Officer; no representatives)} */
  @Value.Default
  public SponsorUkEligibility sponsorUkUsers() {
    return SponsorUkEligibility.defaults();
  }

  /**
   * {@return key-personnel requests: immediate fulfilment from 23 March 2023 when the criteria are met, else casework}
   */
  @Value.Default
  public KeyPersonnelRequestRules keyPersonnelRequests() {
    return KeyPersonnelRequestRules.defaults();
  }

  /** {@return action plans after a B-rating: fee, 10 working days to pay, endings} */
  @Value.Default
  public ActionPlanRules actionPlans() {
    return ActionPlanRules.defaults();
  }

  /** {@return "View recent and outstanding requests": statuses and how outcomes are notified (since 30 July 2012)} */
  @Value.Default
  public RequestTracking tracking() {
    return RequestTracking.defaults();
  }

  /** {@return monthly access: the recommended period after the last log-in and the 12-month inactivity warning} */
  @Value.Default
  public MonthlyAccessRules monthlyAccess() {
    return MonthlyAccessRules.defaults();
  }
}
