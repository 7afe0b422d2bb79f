package io.github.sponsorsdk.sms.testkit.server.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.event.ReportableEvent;
import io.github.sponsorsdk.sms.core.job.PayeReference;
import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.licence.Licence;
import io.github.sponsorsdk.sms.core.licence.LicenceStatus;
import io.github.sponsorsdk.sms.core.licence.Rating;
import io.github.sponsorsdk.sms.core.place.UkNation;
import io.github.sponsorsdk.sms.core.route.CertificateKind;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.route.RouteCategory;
import io.github.sponsorsdk.sms.core.user.KeyPersonnelRole;
import io.github.sponsorsdk.sms.core.user.UserProfile;
import io.github.sponsorsdk.sms.rules.actionplan.ActionPlanEvent;
import io.github.sponsorsdk.sms.rules.certificate.CertificateAction;
import io.github.sponsorsdk.sms.testkit.fault.Operation;
import io.github.sponsorsdk.sms.testkit.outbox.Email;
import io.github.sponsorsdk.sms.testkit.outbox.EmailKind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The request and answer bodies of the API that are not values of the SDK (those travel in their own Jackson form).
 * Records, read with unknown fields refused; a missing required field is a 400 naming it. A component the handler
 * requires is marked {@link Required}, so that the OpenAPI document lists it as required.
 */
public final class Bodies {
  private Bodies() {}

  /** Marks a record component the handler requires ({@link #required}): the OpenAPI schema lists it as required. */
  @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
  @java.lang.annotation.Target({java.lang.annotation.ElementType.RECORD_COMPONENT,
      java.lang.annotation.ElementType.FIELD})
  public @interface Required {}

  static <T> T required(T value, String field) {
    if (value == null) {
      throw new HttpProblem(400, "missing-field", "Missing field", "field '" + field + "' is required",
          java.util.Map.of("field", field));
    }
    return value;
  }

  /** {@code POST /api/session}. */
  public record LogInBody(@Required SmsUserId userId, @Required String password) {}

  /** {@code POST /api/session/password}. */
  public record PasswordChangeBody(@Required String currentPassword, @Required String newPassword,
      @Required String confirmation) {}

  /** {@code POST /api/password-resets}. */
  public record PasswordResetBody(@Required SmsUserId userId, @Required String email) {}

  /** {@code POST /api/certificates/{number}/transfer}. */
  public record TransferBody(@Required SmsUserId newOwner) {}

  /** {@code POST /api/certificates/{number}/notes}. */
  public record NoteBody(@Required String text) {}

  /** {@code POST /api/certificate-batches}: the batch's name and kind ({@code COS} or {@code CAS}). */
  public record BatchBody(@Required String name, @Required CertificateKind kind) {}

  /** {@code POST /api/creative-worker-groups}: the group's name. */
  public record GroupBody(@Required String name) {}

  /** {@code POST /api/home-office/licences}. */
  public record GrantBody(@Required Licence licence, @Required UserProfile firstUser,
      List<KeyPersonnelRole> roles) {}

  /** {@code PUT /api/home-office/licences/{number}/status}. */
  public record StatusBody(@Required LicenceStatus status) {}

  /** {@code PUT /api/home-office/licences/{number}/ratings}. */
  public record RatingBody(@Required RouteCategory category, @Required Rating rating) {}

  /** {@code POST /api/paye-references}. */
  public record PayeBody(@Required PayeReference reference) {}

  /** {@code POST /api/home-office/casework/{reference}/refusal}: the body is optional; the reason goes to the AO. */
  public record RefusalBody(@Required String reason) {}

  /** {@code POST /api/home-office/casework/{reference}/licence-renewal-approval}. */
  public record RenewalApprovalBody(@Required LocalDate newExpiry) {}

  /** {@code POST /api/home-office/casework/{reference}/student-sponsor-status-approval}. */
  public record StudentStatusApprovalBody(@Required LocalDate endDate) {}

  /** {@code POST /api/home-office/licences/{number}/action-plans}. */
  public record ActionPlanBody(@Required UkNation nation) {}

  /** {@code POST /api/home-office/action-plans/{reference}/completion}. */
  public record CompletionBody(@Required ActionPlanEvent outcome) {}

  /** {@code POST /api/home-office/certificates/{number}/acts}. */
  public record ActBody(@Required CertificateAction action) {}

  /** {@code POST /api/control/licences/{number}/occurrences}. */
  public record OccurrenceBody(@Required ReportableEvent event, @Required UkNation nation) {}

  /** {@code POST /api/control/clock/advance}: exactly one of a duration, a day or an instant. */
  public record AdvanceBody(Duration by, LocalDate toDay, Instant toInstant) {}

  /** {@code POST /api/control/faults}. */
  public record FaultBody(@Required FaultKind kind, Operation operation, Duration delay, Double rate) {}

  /** The kinds of fault the control API injects (the methods of {@code Faults}). */
  public enum FaultKind {
    FAIL_NEXT_CALL, DELAY_NEXT_CALL, FAIL_FRACTION, SLOW_FRACTION
  }

  /**
   * {@code POST /api/control/scenarios/sponsors}: a ready sponsor from the testkit's scenarios. Only {@code kind} is
   * required; {@code route} with {@code rating} adds a route (rated per category), {@code allocation} is granted for
   * {@code route} when given, else for the kind's own route; {@code firstUser} and {@code roles} replace the
   * scenario's first Level 1 user (Floyd Rose, Authorising Officer); {@code expiresOn} sets the expiry date.
   */
  public record SponsorBody(@Required SponsorKind kind, String licenceNumber, Integer allocation, Route route,
      Rating rating, LocalDate expiresOn, UserProfile firstUser, List<KeyPersonnelRole> roles) {}

  /** The scenario sponsors the control API grants: {@code EMPTY} has no route until the body adds one. */
  public enum SponsorKind {
    SKILLED_WORKER, STUDENT, EMPTY
  }

  /** The answer to {@code POST /api/control/scenarios/sponsors}. */
  public record SponsorGrant(@Required String licenceNumber, @Required SmsUserId level1,
      @Required String initialPassword, @Required String email) {}

  /** The answer of a port call that returns a bare {@code Decision} (log out, password change ...): allowed only. */
  public record DecisionAnswer(@Required Decision decision) {}

  /** The answer to {@code POST /api/home-office/licences}: the first Level 1 user's ID. */
  public record GrantAnswer(@Required SmsUserId userId) {}

  /** The answer to {@code GET /api/control/licences/{number}/last-log-in}: {@code null} when nobody logged in. */
  public record LastLogInAnswer(@Required Optional<LocalDate> lastLogIn) {}

  /** The answer to {@code POST /api/control/licences/{number}/occurrences}: the occurrence's ID. */
  public record OccurrenceAnswer(@Required String occurrence) {}

  /** The answer to {@code GET /api/control/clock} and to a clock advance: the SMS's instant and day. */
  public record ClockAnswer(@Required Instant instant, @Required LocalDate today) {}

  /**
   * One email of {@code GET /api/control/outbox}: the {@code Email}'s own Jackson form (in its order) and, only when
   * the email carries one, the {@code password} (which {@code Email} never writes, so that snapshots hold none).
   */
  @JsonPropertyOrder({"sequence", "sentAt", "kind", "to", "about", "subject", "body", "password"})
  public record OutboxEntry(@Required long sequence, @Required Instant sentAt, @Required EmailKind kind,
      @Required String to, @Required Optional<SmsUserId> about, @Required String subject, @Required String body,
      @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<String> password) {

    static OutboxEntry of(Email e) {
      return new OutboxEntry(e.sequence(), e.sentAt(), e.kind(), e.to(), e.about(), e.subject(), e.body(),
          e.password());
    }
  }

  /**
   * {@code GET /openapi.json}: the OpenAPI 3.1 document itself (its top level; the objects under it are OpenAPI's).
   */
  @JsonPropertyOrder({"openapi", "jsonSchemaDialect", "info", "servers", "tags", "paths", "components"})
  public record ApiDocument(@Required String openapi, @Required String jsonSchemaDialect,
      @Required Map<String, String> info, List<Map<String, String>> servers, List<Map<String, String>> tags,
      @Required Map<String, Map<String, Object>> paths, @Required Map<String, Map<String, Object>> components) {}
}
