package io.github.sponsorsdk.sms.rules.permission;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.decision.Reason;
import io.github.sponsorsdk.sms.core.decision.ReasonCode;
import io.github.sponsorsdk.sms.core.licence.LicenceStatus;
import io.github.sponsorsdk.sms.core.licence.Rating;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.route.RouteCategory;
import io.github.sponsorsdk.sms.core.user.UserLevel;
import io.github.sponsorsdk.sms.core.user.UserStatus;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The permission matrix, generated from the engine: every {@link SmsAction} against representative situations, each
 * cell "allowed" or the codes of every reason, so a reviewer can hold it against Manual 1 line by line. The project
 * keeps the output in {@code docs/permission-matrix.md}; a test regenerates it and fails when the file is stale.
 *
 * <p>Pure: returns text, writes nothing.
 */
public final class PermissionMatrix {

  /** One column of the matrix: a named, representative request. */
  public static final class Situation {
    private final String name;
    private final String description;
    private final PermissionRequest request;

    Situation(String name, String description, PermissionRequest request) {
      this.name = name;
      this.description = description;
      this.request = request;
    }

    /** {@return the row's name} */
    public String name() {
      return name;
    }

    /** {@return what the row's actor is, in words} */
    public String description() {
      return description;
    }

    /** {@return the request the row asks about} */
    public PermissionRequest request() {
      return request;
    }
  }

  private PermissionMatrix() {}

  /** {@return the representative situations, in column order} */
  public static List<Situation> situations() {
    LocalDate today = LocalDate.of(2025, 6, 2);
    LocalDate extended = LocalDate.of(2034, 9, 30);
    Map<RouteCategory, Rating> allA = Map.of(RouteCategory.WORKER, Rating.A, RouteCategory.TEMPORARY_WORKER,
        Rating.A, RouteCategory.STUDENT, Rating.STUDENT_SPONSOR);
    java.util.Set<Route> allRoutes = java.util.Set.of(Route.SKILLED_WORKER, Route.CREATIVE_WORKER, Route.STUDENT);
    PermissionRequest base = PermissionRequest.builder().actorLevel(UserLevel.LEVEL_1).actorStatus(UserStatus.ACTIVE)
        .licenceStatus(LicenceStatus.LICENSED_AND_FULLY_ACTIVE).ratings(allA).routes(allRoutes)
        .licenceExpiry(extended).date(today).build();
    PermissionRequest b = base;
    return List.of(
        new Situation("L1", "Level 1, active; licensed and fully active; A-rated; Skilled Worker, Creative Worker and "
            + "Student; expiry " + extended + " (extended, no renewal); on " + today, base),
        new Situation("L2 own", "As L1 but a Level 2 user, on a certificate they own",
            b.withActorLevel(UserLevel.LEVEL_2).withCertificate(CertificateOwnership.ACTOR)),
        new Situation("L2 other", "As L1 but a Level 2 user, on another user's certificate",
            b.withActorLevel(UserLevel.LEVEL_2).withCertificate(CertificateOwnership.ANOTHER_USER)),
        new Situation("L1 other", "As L1, on another user's certificate",
            b.withCertificate(CertificateOwnership.ANOTHER_USER)),
        new Situation("Suspended", "As L1, licence suspended", b.withLicenceStatus(LicenceStatus.SUSPENDED)),
        new Situation("Dormant", "As L1, licence dormant", b.withLicenceStatus(LicenceStatus.DORMANT)),
        new Situation("Expired", "As L1, licence expired", b.withLicenceStatus(LicenceStatus.EXPIRED)),
        new Situation("Deactivated", "As L1, the user deactivated by the sponsor",
            b.withActorStatus(UserStatus.DEACTIVATED_BY_SPONSOR)),
        new Situation("B-rated", "As L1, B-rated in the Worker and Temporary Worker categories",
            b.withRatings(Map.of(RouteCategory.WORKER, Rating.B, RouteCategory.TEMPORARY_WORKER, Rating.B,
                RouteCategory.STUDENT, Rating.STUDENT_SPONSOR))),
        new Situation("Provisional", "Level 1 of a UK Expansion Worker sponsor with a provisional rating",
            b.withRoutes(java.util.Set.of(Route.GBM_UK_EXPANSION_WORKER))
                .withRatings(Map.of(RouteCategory.WORKER, Rating.PROVISIONAL))),
        new Situation("Student only", "Level 1 of a Student-only sponsor",
            b.withRoutes(java.util.Set.of(Route.STUDENT)).withRatings(Map.of(RouteCategory.STUDENT,
                Rating.STUDENT_SPONSOR))),
        new Situation("Premium", "As L1, A (Premium) in the Worker category",
            b.withRatings(Map.of(RouteCategory.WORKER, Rating.A_PREMIUM, RouteCategory.TEMPORARY_WORKER, Rating.A,
                RouteCategory.STUDENT, Rating.STUDENT_SPONSOR))),
        new Situation("Renewal open", "As L1 on 2024-01-10, licence expiring 2024-03-31 (window 2024-01-01 to "
            + "2024-03-30)", b.withLicenceExpiry(LocalDate.of(2024, 3, 31)).withDate(LocalDate.of(2024, 1, 10))),
        new Situation("After Nov 2025", "As L1 on 2025-11-11 (Premium closed to new applications)",
            b.withDate(LocalDate.of(2025, 11, 11))));
  }

  /**
   * {@return the matrix as Markdown}
   *
   * @param engine the engine
   */
  public static String markdown(PermissionEngine engine) {
    List<Situation> situations = situations();
    StringBuilder md = new StringBuilder();
    md.append("# SMS permission matrix\n\n")
        .append("Generated by `PermissionMatrix.markdown(PermissionEngine.defaults())` from the catalogue in ")
        .append("`io.github.sponsorsdk.sms.rules.permission`. Do not edit by hand: run\n")
        .append("`mvn -B -ntp -o -q verify -pl sms-rules -am -Dsms.permissionMatrix.write=true` to regenerate.\n\n")
        .append("A cell is `ok` (allowed), `ok (warn: CODE)` (allowed with a warning) or the codes of every reason ")
        .append("the action is refused. Codes, messages and sources are listed below the matrix.\n\n");
    md.append("## Situations\n\n| Column | Situation |\n|---|---|\n");
    for (Situation s : situations) {
      md.append("| ").append(s.name()).append(" | ").append(s.description()).append(" |\n");
    }
    md.append("\n## Matrix\n\n| Action | Menu | On certificate |");
    for (Situation s : situations) {
      md.append(' ').append(s.name()).append(" |");
    }
    md.append("\n|---|---|---|");
    md.append("---|".repeat(situations.size())).append('\n');
    Map<String, ReasonCode> seen = new LinkedHashMap<>();
    for (SmsAction action : SmsAction.values()) {
      md.append("| `").append(action.name()).append("` | ").append(action.menu().name()).append(" | ")
          .append(action.onCertificate() ? "yes" : "no").append(" |");
      for (Situation s : situations) {
        Decision d = engine.decide(s.request(), action);
        md.append(' ').append(cell(d)).append(" |");
      }
      md.append('\n');
      for (Requirement r : action.requirements()) {
        seen.putIfAbsent(r.reason().code(), r.reason());
      }
    }
    md.append("\n## Reasons\n\n| Code | Severity | Message | Source |\n|---|---|---|---|\n");
    for (ReasonCode code : seen.values()) {
      md.append("| `").append(code.code()).append("` | ").append(code.severity()).append(" | ")
          .append(code.messageTemplate()).append(" | ").append(cite(code.citation())).append(" |\n");
    }
    md.append("\n## Catalogue sources\n\n| Action | Requirements | Source |\n|---|---|---|\n");
    for (SmsAction action : SmsAction.values()) {
      md.append("| `").append(action.name()).append("` | ");
      StringBuilder reqs = new StringBuilder();
      for (Requirement r : action.requirements()) {
        reqs.append(reqs.length() == 0 ? "" : ", ").append(r.name());
      }
      md.append(reqs).append(" | ").append(cite(action.citation())).append(" |\n");
    }
    return md.toString();
  }

  private static String cell(Decision d) {
    StringBuilder refusals = new StringBuilder();
    StringBuilder warnings = new StringBuilder();
    for (Reason r : d.reasons()) {
      StringBuilder target = r.severity() == io.github.sponsorsdk.sms.core.decision.Severity.REFUSAL
          ? refusals : warnings;
      target.append(target.length() == 0 ? "" : "<br>").append(r.code());
    }
    if (d.isAllowed()) {
      return warnings.length() == 0 ? "ok" : "ok (warn: " + warnings + ")";
    }
    return refusals.toString();
  }

  /** The citation with its source linked to its section of {@code docs/sources.md} (this file's neighbour). */
  private static String cite(Citation c) {
    String text = "[" + c.source().title() + "](sources.md#" + c.source().id() + "), "
        + c.toString().substring(c.source().title().length() + 2) + c.note().map(n -> ". Note: " + n).orElse("");
    return text.replace("|", "\\|");
  }
}
