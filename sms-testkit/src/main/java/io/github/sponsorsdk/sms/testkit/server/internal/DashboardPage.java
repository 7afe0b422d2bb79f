package io.github.sponsorsdk.sms.testkit.server.internal;

import static io.github.sponsorsdk.sms.testkit.server.internal.Html.escape;

import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.identifier.CertificateNumber;
import io.github.sponsorsdk.sms.core.identifier.SponsorLicenceNumber;
import io.github.sponsorsdk.sms.core.licence.Licence;
import io.github.sponsorsdk.sms.core.user.SmsUser;
import io.github.sponsorsdk.sms.core.user.UserProfile;
import io.github.sponsorsdk.sms.rules.reporting.Duty;
import io.github.sponsorsdk.sms.testkit.InMemorySms;
import io.github.sponsorsdk.sms.testkit.audit.AuditEntry;
import io.github.sponsorsdk.sms.testkit.outbox.Email;
import io.github.sponsorsdk.sms.testkit.state.CertificateRecord;
import io.github.sponsorsdk.sms.testkit.state.SmsSnapshot;
import io.github.sponsorsdk.sms.testkit.state.UserRecord;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The dashboard at {@code /}: one server-rendered HTML page of what the in-memory SMS holds (licences with their
 * allocations, users, certificates and reporting duties; the outbox; the audit trail), for a person watching a test
 * run. It reads the fake only through its public Java API: one consistent {@link InMemorySms#snapshot()} plus
 * {@link InMemorySms#duties} (the duties and due dates the sms-rules engine computes; none is worked out here).
 *
 * <p>Live: a few lines of script fetch the page again every second and swap the body in when the state's fingerprint
 * ({@code data-state} on {@code <body>}) changed, so clock advances, resets and every change show without a reload.
 * Every text from the fake is escaped ({@link Html#escape}); a Content Security Policy allows the page's own script
 * and style only (by hash), so markup that slipped through could still not run.
 */
public final class DashboardPage {
  /** The page's path. */
  public static final String PATH = "/";
  /** The most rows of one table shown; the rest is counted, and the control API lists everything. */
  public static final int MAX_ROWS = 200;
  /** How many of the newest emails and audit entries are shown. */
  public static final int RECENT = 50;

  private static final String STYLE = "body{font:14px/1.4 system-ui,sans-serif;margin:1em 2em;color:#111}"
      + "table{border-collapse:collapse;margin:.3em 0 1em}th,td{border:1px solid #ccc;padding:2px 6px;"
      + "text-align:left;vertical-align:top}th{background:#f2f2f2}section.licence{border-top:3px solid #1d70b8;"
      + "margin-top:1.5em}.muted{color:#666}#live{font-size:12px;color:#666}";
  private static final String SCRIPT = "document.addEventListener('DOMContentLoaded',function(){"
      + "function say(t){var e=document.getElementById('live');if(e){e.textContent=t;}}"
      + "function check(){fetch(location.pathname,{cache:'no-store'}).then(function(r){"
      + "if(!r.ok){throw new Error(r.status);}return r.text();}).then(function(t){"
      + "var next=new DOMParser().parseFromString(t,'text/html').body;"
      + "if(next.dataset.state!==document.body.dataset.state){document.body.replaceWith(next);}"
      + "say('live: checked '+new Date().toLocaleTimeString());"
      + "}).catch(function(){say('live: the server does not answer; retrying');})"
      + ".finally(function(){setTimeout(check,1000);});}"
      + "setTimeout(check,1000);});";
  private static final String POLICY = "default-src 'none'; script-src " + Html.hashSource(SCRIPT) + "; style-src "
      + Html.hashSource(STYLE) + "; connect-src 'self'; base-uri 'none'; form-action 'none'";

  private final InMemorySms sms;

  /**
   * A page over {@code sms}.
   *
   * @param sms the fake whose state the page shows
   */
  public DashboardPage(InMemorySms sms) {
    this.sms = sms;
  }

  /**
   * The dashboard's routes, for the server's route table: {@code GET /}.
   *
   * @param sms the fake the server serves
   * @return the routes
   */
  public static List<Endpoint> routes(InMemorySms sms) {
    DashboardPage page = new DashboardPage(sms);
    return List.of(new Endpoint("GET", PATH, Endpoint.Side.DASHBOARD,
        "The dashboard: licences, users, certificates, allocation, duties, outbox and audit trail (HTML)",
        Body.none(), Body.text("text/html"),
        r -> Answer.raw(200, "text/html; charset=utf-8", page.render().getBytes(StandardCharsets.UTF_8))));
  }

  /**
   * Renders the page from the fake's state now.
   *
   * @return the whole HTML document
   */
  public String render() {
    SmsSnapshot state = sms.snapshot();
    LocalDate today = sms.clock().today();
    StringBuilder body = new StringBuilder(8192);
    body.append("<header><h1>In-memory SMS</h1><p>SMS time <time id=\"sms-time\">").append(state.at())
        .append("</time>, today <span id=\"sms-today\">").append(today).append("</span>. <span id=\"live\">live: "
            + "the page checks for changes every second</span>. API: <a href=\"/openapi.json\">/openapi.json</a>"
            + "</p></header>\n<main>\n");
    if (state.licences().isEmpty()) {
      body.append("<p id=\"no-licences\">No licence yet: grant one (POST /api/home-office/licences or "
          + "/api/control/scenarios/sponsors).</p>\n");
    }
    for (Licence licence : state.licences()) {
      licence(body, licence, state);
    }
    outbox(body, state.emails());
    audit(body, state.audit());
    body.append("</main>\n");
    String markup = body.toString();
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + escape(POLICY) + "\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>In-memory SMS</title>\n<style>" + STYLE + "</style>\n<script>" + SCRIPT + "</script>\n"
        + "</head>\n<body data-state=\"" + Html.fingerprint(markup) + "\">\n" + markup + "</body></html>\n";
  }

  private void licence(StringBuilder out, Licence licence, SmsSnapshot state) {
    SponsorLicenceNumber number = licence.number();
    String n = escape(number.value());
    out.append("<section class=\"licence\" data-licence=\"").append(n).append("\">\n<h2>").append(n)
        .append(": <span class=\"organisation\">").append(escape(licence.organisationName())).append("</span></h2>\n")
        .append("<p>Status <b class=\"licence-status\">").append(licence.status()).append("</b>; routes ")
        .append(licence.routes().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")))
        .append("; ratings ").append(licence.ratings().isEmpty() ? "none" : licence.ratings().entrySet().stream()
            .map(e -> e.getKey() + " " + e.getValue()).sorted().collect(Collectors.joining(", ")))
        .append("; valid ").append(licence.startDate()).append(" to ").append(licence.expiryDate()).append(".</p>\n");

    out.append("<h3>Allocation</h3>\n");
    table(out, "allocation", List.of("Route", "Year", "Granted", "Used", "Remaining"), licence.allocations(),
        a -> List.of(a.route().name(), a.yearStart() + " to " + a.yearEndExclusive().minusDays(1),
            String.valueOf(a.granted()), String.valueOf(a.used()), String.valueOf(a.remaining())),
        a -> "");

    List<SmsUser> users = state.users().stream().filter(u -> u.licence().equals(number)).map(UserRecord::user)
        .collect(Collectors.toList());
    out.append("<h3>Users</h3>\n");
    table(out, "users", List.of("User ID", "Name", "Level", "Status", "Key personnel", "Email"), users,
        u -> List.of(u.userId().value(), name(u.profile()), u.level().name(), u.status().name(),
            u.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")), u.profile().email()),
        u -> " data-user=\"" + escape(u.userId().value()) + "\"");

    List<Certificate> certificates = state.certificates().stream().filter(c -> c.licence().equals(number))
        .map(CertificateRecord::certificate).collect(Collectors.toList());
    out.append("<h3>Certificates</h3>\n");
    table(out, "certificates", List.of("Number", "Route", "Worker or student", "Status", "Owner", "Created",
        "Assigned", "Used"), certificates,
        c -> List.of(c.number().map(CertificateNumber::value).orElse("(none)"), c.route().name(),
            c.migrant().givenNames().map(g -> g + " ").orElse("") + c.migrant().familyName(), c.status().name(),
            c.owner().value(), c.createdOn().toString(), day(c.assignedOn()), day(c.usedOn())),
        c -> c.number().map(x -> " data-certificate=\"" + escape(x.value()) + "\"").orElse(""));

    out.append("<h3>Reporting duties</h3>\n");
    table(out, "duties", List.of("Duty", "Event", "Reference", "Status", "Clock starts", "Due", "Reported"),
        sms.duties(number), d -> List.of(d.id() + ": " + d.rule().title(), d.event().kind().toString(),
            d.reference().orElse(""), d.status().name(), day(d.clockStart()), day(d.dueDate()),
            day(d.reportedOn())),
        d -> " data-duty=\"" + escape(d.id()) + "\"");
    out.append("</section>\n");
  }

  private static void outbox(StringBuilder out, List<Email> emails) {
    out.append("<section id=\"outbox\"><h2>Outbox</h2>\n");
    table(out, "outbox", List.of("Number", "Sent", "Kind", "To", "Subject", "Password it carries"), newest(emails),
        e -> List.of(String.valueOf(e.sequence()), e.sentAt().toString(), e.kind().name(), e.to(), e.subject(),
            e.password().orElse("")),
        e -> "");
    more(out, emails.size(), "GET /api/control/outbox");
    out.append("</section>\n");
  }

  private static void audit(StringBuilder out, List<AuditEntry> entries) {
    out.append("<section id=\"audit\"><h2>Audit trail</h2>\n");
    table(out, "audit", List.of("Number", "At", "Actor", "Action", "Licence", "Subject"), newest(entries),
        a -> List.of(String.valueOf(a.sequence()), a.at().toString(),
            a.actorKind().name() + a.actor().map(x -> " " + x.value()).orElse(""), a.action().name(),
            a.licence().map(SponsorLicenceNumber::value).orElse(""), a.subject()),
        a -> "");
    more(out, entries.size(), "GET /api/control/audit");
    out.append("</section>\n");
  }

  /** The newest {@link #RECENT} of a list kept oldest first, newest first. */
  private static <T> List<T> newest(List<T> oldestFirst) {
    List<T> recent = new ArrayList<>(oldestFirst.subList(Math.max(0, oldestFirst.size() - RECENT),
        oldestFirst.size()));
    Collections.reverse(recent);
    return recent;
  }

  private static void more(StringBuilder out, int total, String route) {
    if (total > RECENT) {
      out.append("<p class=\"muted\">The newest ").append(RECENT).append(" of ").append(total).append("; all: ")
          .append(route).append(".</p>\n");
    }
  }

  /** Row cells are plain text, escaped here; {@code rowAttributes} must escape what it adds. */
  private static <T> void table(StringBuilder out, String id, List<String> headings, List<T> rows,
      java.util.function.Function<T, List<String>> cells, java.util.function.Function<T, String> rowAttributes) {
    if (rows.isEmpty()) {
      out.append("<p class=\"muted\" data-empty=\"").append(id).append("\">None.</p>\n");
      return;
    }
    out.append("<table class=\"").append(id).append("\"><thead><tr>");
    headings.forEach(h -> out.append("<th>").append(escape(h)).append("</th>"));
    out.append("</tr></thead><tbody>\n");
    for (T row : rows.subList(0, Math.min(rows.size(), MAX_ROWS))) {
      out.append("<tr").append(rowAttributes.apply(row)).append('>');
      List<String> values = cells.apply(row);
      for (int i = 0; i < values.size(); i++) {
        String column = headings.get(i).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-");
        out.append("<td class=\"").append(column).append("\">").append(escape(values.get(i))).append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody></table>\n");
    if (rows.size() > MAX_ROWS) {
      out.append("<p class=\"muted\">").append(rows.size() - MAX_ROWS).append(" more not shown; the control API "
          + "lists them all.</p>\n");
    }
  }

  private static String name(UserProfile p) {
    return p.title() + " " + p.forenames() + " " + p.surname();
  }

  private static String day(Optional<LocalDate> day) {
    return day.map(LocalDate::toString).orElse("");
  }
}
