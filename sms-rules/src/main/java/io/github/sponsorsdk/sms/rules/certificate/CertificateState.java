package io.github.sponsorsdk.sms.rules.certificate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.certificate.CertificateStatus;
import io.github.sponsorsdk.sms.core.route.CertificateKind;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.Violation;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a certificate stands in its lifecycle: its kind, its SMS status and, once USED, the decision on the
 * application it supports (empty while the application is pending). The SMS shows only the status; the decision is
 * what tells a reusable USED certificate from a spent one (SW 5.1(d)).
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableCertificateState.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableCertificateState.class)
@JsonDeserialize(as = ImmutableCertificateState.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableCertificateState.class)
public abstract class CertificateState implements WithCertificateState {

  /** {@return CoS or CAS} */
  public abstract CertificateKind kind();

  /** {@return the certificate's status} */
  public abstract CertificateStatus status();

  /** {@return the decision on the application, present only when {@link #status()} is USED and a decision was made} */
  public abstract Optional<ApplicationDecision> applicationDecision();

  /** {@return true for WITHDRAWN, CANCELLED, EXPIRED and OBSOLETE: nothing leaves these} */
  @JsonIgnore
  public boolean isFinal() {
    return status().isFinal();
  }

  /**
   * {@return the lifecycle state of {@code certificate}, with the decision on its application where the caller knows it
   * (the {@link Certificate} value does not record it: the SMS shows only the status)}
   *
   * @param certificate the certificate
   * @param applicationDecision the decision on its visa application, if known
   */
  public static CertificateState of(Certificate certificate, Optional<ApplicationDecision> applicationDecision) {
    return builder().kind(certificate.kind()).status(certificate.status())
        .applicationDecision(applicationDecision).build();
  }

  /**
   * {@return a newly created, unassigned certificate}
   *
   * @param kind CoS or CAS
   */
  public static CertificateState created(CertificateKind kind) {
    return of(kind, CertificateStatus.CREATED);
  }

  /**
   * {@return the state of a certificate of {@code kind} in {@code status}, no application decision known}
   *
   * @param kind CoS or CAS
   * @param status the status
   */
  public static CertificateState of(CertificateKind kind, CertificateStatus status) {
    return ImmutableCertificateState.builder().kind(kind).status(status).build();
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code CertificateState}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableCertificateState.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (applicationDecision().isPresent() && status() != CertificateStatus.USED) {
      throw new InvalidValueException("CertificateState", List.of(Violation.of("applicationDecision",
          applicationDecision().get().name(), "OnlyWhenUsed", "only a USED certificate has an application decision")));
    }
  }

  @Override
  public String toString() {
    return kind() + " " + status() + applicationDecision().map(d -> " (" + d + ")").orElse("");
  }
}
