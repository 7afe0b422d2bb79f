package io.github.sponsorsdk.sms.rules.login;

import static io.github.sponsorsdk.sms.core.citation.Source.SECONDARY_SOURCE;
import static io.github.sponsorsdk.sms.core.citation.Source.WORKER_GUIDANCE_PART_1;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.decision.ReasonCode;
import io.github.sponsorsdk.sms.core.decision.Severity;
import java.time.LocalDate;

/** The reasons of {@link MonthlyAccessRules}: warnings, never refusals. */
public enum AccessReasonCode implements ReasonCode {
  /** More than a month since the last log-in. Parameters: {@code lastLogIn}, {@code dueBy}. */
  MONTHLY_ACCESS_RECOMMENDED(Severity.WARNING,
      "No log-in since {lastLogIn}: the guidance recommends that a Level 1 user accesses the SMS at least once a month "
          + "(due by {dueBy})",
      Citation.of(WORKER_GUIDANCE_PART_1, "L10.4", LocalDate.of(2022, 5, 3))
          .withNote("'We recommend that your Level 1 User accesses your account at least once a month' (quoted by "
              + "davidsonmorris; icslegal). A recommendation, not a rule; no source found for a 2026 requirement")),
  /** No log-in recorded at all. */
  NEVER_LOGGED_IN(Severity.WARNING,
      "No log-in is recorded: the guidance recommends that a Level 1 user accesses the SMS at least once a month",
      MONTHLY_ACCESS_RECOMMENDED.citation),
  /** More than 12 months: the Home Office writes about inactive Level 1 users. Parameter: {@code lastLogIn}. */
  INACTIVE_12_MONTHS(Severity.WARNING,
      "No log-in since {lastLogIn}: the Home Office contacts sponsors whose Level 1 users have not logged in for over "
          + "12 months",
      Citation.of(SECONDARY_SOURCE, "smithstonewalters (3 May 2022); davidsonmorris, quoting the Home Office e-mail",
          LocalDate.of(2022, 5, 3))
          .withNote("'Our records show that the following Level 1 user(s) have not logged in to the Sponsorship "
              + "Management System (SMS) in over 12 months'"));

  private final Severity severity;
  private final String messageTemplate;
  private final Citation citation;

  AccessReasonCode(Severity severity, String messageTemplate, Citation citation) {
    this.severity = severity;
    this.messageTemplate = messageTemplate;
    this.citation = citation;
  }

  /** {@code access}. */
  @Override
  public String namespace() {
    return "access";
  }

  @Override
  public Severity severity() {
    return severity;
  }

  @Override
  public String messageTemplate() {
    return messageTemplate;
  }

  @Override
  public Citation citation() {
    return citation;
  }
}
