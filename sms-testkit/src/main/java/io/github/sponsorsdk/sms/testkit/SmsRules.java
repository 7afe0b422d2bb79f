package io.github.sponsorsdk.sms.testkit;

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
import java.util.Objects;

/**
 * The sms-rules engines an {@link InMemorySms} asks every question of policy: the one place the fake gets them.
 * {@link #defaults()} is today's guidance; replace any engine to model other parameters:
 *
 * <pre>{@code
 * SmsRules rules = SmsRules.builder()
 *     .login(LoginEngine.of(LoginPolicy.twentyMinuteLockout()))   // Manual 1, "User ID and password": 20 minutes
 *     .build();
 * InMemorySms sms = InMemorySms.builder().rules(rules).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe, like the engines it holds. The defined CoS rules are derived from
 * {@link #validity()} (a grant lasts as long as a CoS may wait to be assigned).
 */
public final class SmsRules {
  private final LoginEngine login;
  private final SessionEngine sessions;
  private final PasswordCheck passwords;
  private final PermissionEngine permissions;
  private final UserManagementRules users;
  private final MessageBoardRules messages;
  private final LicenceRules licences;
  private final CertificateLifecycle lifecycle;
  private final AllocationRules allocations;
  private final CertificateValidity validity;
  private final ReportingDuties duties;
  private final DefinedCosRules definedCos;

  private SmsRules(Builder b) {
    this.login = b.login;
    this.sessions = b.sessions;
    this.passwords = b.passwords;
    this.permissions = b.permissions;
    this.users = b.users;
    this.messages = b.messages;
    this.licences = b.licences;
    this.lifecycle = b.lifecycle;
    this.allocations = b.allocations;
    this.validity = b.validity;
    this.duties = b.duties;
    this.definedCos = new DefinedCosRules(b.validity);
  }

  /** Every engine with its defaults (today's guidance, as each engine documents). */
  public static SmsRules defaults() {
    return builder().build();
  }

  /** A builder starting from {@link #defaults()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these engines. */
  public Builder toBuilder() {
    return new Builder().login(login).sessions(sessions).passwords(passwords).permissions(permissions).users(users)
        .messages(messages).licences(licences).lifecycle(lifecycle).allocations(allocations).validity(validity)
        .duties(duties);
  }

  /** Log-in and lockout (3 failures lock for 30 minutes by default). */
  public LoginEngine login() {
    return login;
  }

  /** Sessions (20 minutes of inactivity; a second log-in replaces the first). */
  public SessionEngine sessions() {
    return sessions;
  }

  /** The password policy (Manual 1, Guide 1). */
  public PasswordCheck passwords() {
    return passwords;
  }

  /** Who may use which function (Manual 1, "Access to SMS"). */
  public PermissionEngine permissions() {
    return permissions;
  }

  /** User management (Manual 1, Guides 3 and 4). */
  public UserManagementRules users() {
    return users;
  }

  /** The message board (Manual 1, Guide 5). */
  public MessageBoardRules messages() {
    return messages;
  }

  /** Licence renewal and expiry notices. */
  public LicenceRules licences() {
    return licences;
  }

  /** Certificate transitions. */
  public CertificateLifecycle lifecycle() {
    return lifecycle;
  }

  /** Allocation accounting. */
  public AllocationRules allocations() {
    return allocations;
  }

  /** Certificate validity (expiry of unused assigned certificates). */
  public CertificateValidity validity() {
    return validity;
  }

  /** Reporting duties and their deadlines. */
  public ReportingDuties duties() {
    return duties;
  }

  /** Defined CoS applications, grants and their use (derived from {@link #validity()}). */
  public DefinedCosRules definedCos() {
    return definedCos;
  }

  /** Builds an {@link SmsRules}; every engine starts at its default. */
  public static final class Builder {
    private LoginEngine login = LoginEngine.defaults();
    private SessionEngine sessions = SessionEngine.defaults();
    private PasswordCheck passwords = PasswordCheck.defaults();
    private PermissionEngine permissions = PermissionEngine.defaults();
    private UserManagementRules users = UserManagementRules.defaults();
    private MessageBoardRules messages = MessageBoardRules.defaults();
    private LicenceRules licences = LicenceRules.defaults();
    private CertificateLifecycle lifecycle = new CertificateLifecycle();
    private AllocationRules allocations = AllocationRules.withDefaults();
    private CertificateValidity validity = CertificateValidity.withDefaults();
    private ReportingDuties duties = ReportingDuties.withDefaults();

    private Builder() {}

    /**
     * The log-in engine.
     *
     * @param engine e.g. {@code LoginEngine.of(LoginPolicy.twentyMinuteLockout())}
     * @return this builder
     */
    public Builder login(LoginEngine engine) {
      this.login = Objects.requireNonNull(engine, "engine");
      return this;
    }

    /**
     * The session engine.
     *
     * @param engine the engine
     * @return this builder
     */
    public Builder sessions(SessionEngine engine) {
      this.sessions = Objects.requireNonNull(engine, "engine");
      return this;
    }

    /**
     * The password policy.
     *
     * @param check the policy
     * @return this builder
     */
    public Builder passwords(PasswordCheck check) {
      this.passwords = Objects.requireNonNull(check, "check");
      return this;
    }

    /**
     * The permission engine.
     *
     * @param engine the engine
     * @return this builder
     */
    public Builder permissions(PermissionEngine engine) {
      this.permissions = Objects.requireNonNull(engine, "engine");
      return this;
    }

    /**
     * The user management rules.
     *
     * @param rules the rules
     * @return this builder
     */
    public Builder users(UserManagementRules rules) {
      this.users = Objects.requireNonNull(rules, "rules");
      return this;
    }

    /**
     * The message board rules.
     *
     * @param rules the rules
     * @return this builder
     */
    public Builder messages(MessageBoardRules rules) {
      this.messages = Objects.requireNonNull(rules, "rules");
      return this;
    }

    /**
     * The licence rules (expiry notices).
     *
     * @param rules the rules
     * @return this builder
     */
    public Builder licences(LicenceRules rules) {
      this.licences = Objects.requireNonNull(rules, "rules");
      return this;
    }

    /**
     * The certificate lifecycle.
     *
     * @param engine the engine
     * @return this builder
     */
    public Builder lifecycle(CertificateLifecycle engine) {
      this.lifecycle = Objects.requireNonNull(engine, "engine");
      return this;
    }

    /**
     * The allocation rules.
     *
     * @param rules the rules
     * @return this builder
     */
    public Builder allocations(AllocationRules rules) {
      this.allocations = Objects.requireNonNull(rules, "rules");
      return this;
    }

    /**
     * The certificate validity rules.
     *
     * @param rules the rules
     * @return this builder
     */
    public Builder validity(CertificateValidity rules) {
      this.validity = Objects.requireNonNull(rules, "rules");
      return this;
    }

    /**
     * The reporting duties engine.
     *
     * @param engine the engine
     * @return this builder
     */
    public Builder duties(ReportingDuties engine) {
      this.duties = Objects.requireNonNull(engine, "engine");
      return this;
    }

    /** The bundle. */
    public SmsRules build() {
      return new SmsRules(this);
    }
  }
}
