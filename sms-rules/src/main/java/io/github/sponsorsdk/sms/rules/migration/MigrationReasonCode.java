package io.github.sponsorsdk.sms.rules.migration;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.decision.ReasonCode;
import io.github.sponsorsdk.sms.core.decision.Severity;
import java.time.LocalDate;

/**
 * The reasons of {@link MigrationRules}. The function reasons carry {@code route}, {@code licence} and {@code date};
 * the marker reasons {@code route} and {@code from}.
 */
public enum MigrationReasonCode implements ReasonCode {
  /** The route is served by the system asked about (information). Parameters: {@code route}, {@code licence}, {@code system}, {@code date}. */
  ROUTE_SERVED(Severity.INFO, "{route} of licence {licence} is served by {system} on {date}",
      Citation.of(Source.WORKER_GUIDANCE_UPDATE_2024_10_24, "Update of 24 October 2024")),
  /**
   * An SMS certificate function on a route that moved to Sponsor UK. Parameters: {@code route}, {@code licence},
   * {@code from}, {@code date}.
   */
  ROUTE_MIGRATED_TO_SPONSOR_UK(Severity.REFUSAL, "{route} of licence {licence} moved to Sponsor UK on {from}: the "
      + "SMS's certificate functions are closed for it on {date}; make a sponsorship submission instead",
      Citation.of(Source.SMS_MANUAL_10, "Migrated to SpUK").uncertain()
      .withNote("That a migrated route is served by Sponsor UK only is the SDK's reading; no source says whether a "
          + "PB1 sponsor may still assign CoS for it in the SMS")),
  /**
   * A Sponsor UK function on a route not (or not yet) moved there. Parameters: {@code route}, {@code licence},
   * {@code date}.
   */
  ROUTE_NOT_ON_SPONSOR_UK(Severity.REFUSAL, "{route} of licence {licence} is not on Sponsor UK on {date}: its "
      + "certificates are assigned in the SMS", Citation.of(Source.WORKER_GUIDANCE_UPDATE_2024_10_24,
          "Update of 24 October 2024")
      .withNote("Only selected Government Authorised Exchange sponsors use Sponsor UK (the private beta)")),
  /** The route may be marked migrated on that day (information). Parameters: {@code route}, {@code from}. */
  MIGRATION_OPEN(Severity.INFO, "{route} may move to Sponsor UK on {from}",
      Citation.of(Source.WORKER_GUIDANCE_UPDATE_2024_10_24, "Update of 24 October 2024")),
  /**
   * The route is not open to Sponsor UK on that day. Parameters: {@code route}, {@code from}, {@code openRoutes}.
   */
  MIGRATION_NOT_OPEN(Severity.REFUSAL, "{route} is not open to Sponsor UK on {from} (open then: {openRoutes})",
      Citation.of(Source.WORKER_GUIDANCE_UPDATE_2024_10_24, "Update of 24 October 2024", LocalDate.of(2024, 10, 24)));

  private final Severity severity;
  private final String messageTemplate;
  private final Citation citation;

  MigrationReasonCode(Severity severity, String messageTemplate, Citation citation) {
    this.severity = severity;
    this.messageTemplate = messageTemplate;
    this.citation = citation;
  }

  /** {@code migration}. */
  @Override
  public String namespace() {
    return "migration";
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
