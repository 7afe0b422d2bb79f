package io.github.sponsorsdk.sms.testkit.server.internal;

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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The request bodies of the API that are not values of the SDK (those travel in their own Jackson form). Records,
 * read with unknown fields refused; a missing required field is a 400 naming it.
 */
public final class Bodies {
  private Bodies() {}

  static <T> T required(T value, String field) {
    if (value == null) {
      throw new HttpProblem(400, "missing-field", "Missing field", "field '" + field + "' is required",
          java.util.Map.of("field", field));
    }
    return value;
  }

  /** {@code POST /api/session}. */
  public record LogInBody(SmsUserId userId, String password) {}

  /** {@code POST /api/session/password}. */
  public record PasswordChangeBody(String currentPassword, String newPassword, String confirmation) {}

  /** {@code POST /api/password-resets}. */
  public record PasswordResetBody(SmsUserId userId, String email) {}

  /** {@code POST /api/certificates/{number}/transfer}. */
  public record TransferBody(SmsUserId newOwner) {}

  /** {@code POST /api/certificates/{number}/notes}. */
  public record NoteBody(String text) {}

  /** {@code POST /api/certificate-batches}: the batch's name and kind ({@code COS} or {@code CAS}). */
  public record BatchBody(String name, CertificateKind kind) {}

  /** {@code POST /api/creative-worker-groups}: the group's name. */
  public record GroupBody(String name) {}

  /** {@code POST /api/home-office/licences}. */
  public record GrantBody(Licence licence, UserProfile firstUser, List<KeyPersonnelRole> roles) {}

  /** {@code PUT /api/home-office/licences/{number}/status}. */
  public record StatusBody(LicenceStatus status) {}

  /** {@code PUT /api/home-office/licences/{number}/ratings}. */
  public record RatingBody(RouteCategory category, Rating rating) {}

  /** {@code POST /api/paye-references}. */
  public record PayeBody(PayeReference reference) {}

  /** {@code POST /api/home-office/casework/{reference}/refusal}: the body is optional; the reason goes to the AO. */
  public record RefusalBody(String reason) {}

  /** {@code POST /api/home-office/casework/{reference}/licence-renewal-approval}. */
  public record RenewalApprovalBody(LocalDate newExpiry) {}

  /** {@code POST /api/home-office/casework/{reference}/student-sponsor-status-approval}. */
  public record StudentStatusApprovalBody(LocalDate endDate) {}

  /** {@code POST /api/home-office/licences/{number}/action-plans}. */
  public record ActionPlanBody(UkNation nation) {}

  /** {@code POST /api/home-office/action-plans/{reference}/completion}. */
  public record CompletionBody(ActionPlanEvent outcome) {}

  /** {@code POST /api/home-office/certificates/{number}/acts}. */
  public record ActBody(CertificateAction action) {}

  /** {@code POST /api/control/licences/{number}/occurrences}. */
  public record OccurrenceBody(ReportableEvent event, UkNation nation) {}

  /** {@code POST /api/control/clock/advance}: exactly one of a duration, a day or an instant. */
  public record AdvanceBody(Duration by, LocalDate toDay, Instant toInstant) {}

  /** {@code POST /api/control/faults}. */
  public record FaultBody(FaultKind kind, Operation operation, Duration delay, Double rate) {}

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
  public record SponsorBody(SponsorKind kind, String licenceNumber, Integer allocation, Route route, Rating rating,
      LocalDate expiresOn, UserProfile firstUser, List<KeyPersonnelRole> roles) {}

  /** The scenario sponsors the control API grants: {@code EMPTY} has no route until the body adds one. */
  public enum SponsorKind {
    SKILLED_WORKER, STUDENT, EMPTY
  }

  /** The answer to {@code POST /api/control/scenarios/sponsors}. */
  public record SponsorGrant(String licenceNumber, SmsUserId level1, String initialPassword, String email) {}
}
