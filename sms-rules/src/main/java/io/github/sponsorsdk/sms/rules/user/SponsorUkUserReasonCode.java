package io.github.sponsorsdk.sms.rules.user;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.decision.ReasonCode;
import io.github.sponsorsdk.sms.core.decision.Severity;

/**
 * The reasons of {@link SponsorUkEligibility}. Every reason carries {@code roles} (the key personnel roles the person
 * holds); the engine cites the parameter version it applied, uncertain by default. No personal data is put in a
 * reason.
 */
public enum SponsorUkUserReasonCode implements ReasonCode {
  /** The person may be a Sponsor UK user (information). Parameters: {@code roles}, {@code eligibleRoles}. */
  SPONSOR_UK_USER_ELIGIBLE(Severity.INFO, "A key person holding {roles} may be a Sponsor UK user (invited: "
      + "{eligibleRoles})", Citation.of(Source.SPONSOR_UK_AYJ, "User Access").uncertain()),
  /** None of the person's roles is invited. Parameters: {@code roles}, {@code eligibleRoles}. */
  SPONSOR_UK_ROLE_NOT_ELIGIBLE(Severity.REFUSAL, "A key person holding {roles} may not be a Sponsor UK user: only "
      + "{eligibleRoles} are invited", Citation.of(Source.SPONSOR_UK_AYJ, "User Access").uncertain()),
  /** A Level 2 user (and nothing else) has no access in the beta. Parameters: {@code roles}. */
  SPONSOR_UK_LEVEL_2_NO_ACCESS(Severity.REFUSAL, "A key person holding {roles} may not be a Sponsor UK user: Level 2 "
      + "users have no access during the beta", Citation.of(Source.SPONSOR_UK_COMMENTARY, "Sable International")
      .withNote("'Current Level 2 users will not have access to the new system during the beta phase'")),
  /** A representative is not invited. Parameters: {@code roles}. */
  SPONSOR_UK_REPRESENTATIVE_EXCLUDED(Severity.REFUSAL, "A representative holding {roles} may not be a Sponsor UK "
      + "user: users must work for the sponsor", Citation.of(Source.SPONSOR_UK_AYJ, "User Access").uncertain());

  private final Severity severity;
  private final String messageTemplate;
  private final Citation citation;

  SponsorUkUserReasonCode(Severity severity, String messageTemplate, Citation citation) {
    this.severity = severity;
    this.messageTemplate = messageTemplate;
    this.citation = citation;
  }

  /** {@code sponsorUkUser}. */
  @Override
  public String namespace() {
    return "sponsorUkUser";
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
