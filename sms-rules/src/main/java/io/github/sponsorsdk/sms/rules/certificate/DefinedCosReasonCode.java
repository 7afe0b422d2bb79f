package io.github.sponsorsdk.sms.rules.certificate;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Sources;
import io.github.sponsorsdk.sms.core.decision.ReasonCode;

/** The reasons of {@link DefinedCosRules}, each with the rule it applies. */
public enum DefinedCosReasonCode implements ReasonCode {
  /** The application may be made; it awaits a decision. */
  APPLICATION_MADE(Citation.of(Sources.SMS_MANUAL_12, "Apply for defined CoS")),
  /** Defined CoS exist only for Skilled Worker (Manual 1: the Defined CoS sub-menu only for Skilled Worker sponsors). */
  NOT_SKILLED_WORKER(Citation.of(Sources.SMS_MANUAL_1, "Access to SMS: Workers menu, Defined CoS sub-menu")
      .withNote("Appendix Skilled Worker SW 5.1(b)")),
  /** Only an entry clearance application needs a defined CoS; in-country applications use undefined CoS. */
  NOT_ENTRY_CLEARANCE(Citation.of(Sources.RULES_APPENDIX_SKILLED_WORKER, "SW 5.1(b)")
      .withNote("'if the application is for entry clearance, have been allocated by the Home Office to that sponsor "
          + "for the specific job and salary details shown'")),
  /** "If you are ... currently B-rated you cannot apply for or assign Defined CoS" (Manual 1). */
  B_RATED(Citation.of(Sources.SMS_MANUAL_1, "Access to SMS: B-Rated")),
  /** Level 2 users cannot see the Defined CoS sub-menu (Manual 1). */
  LEVEL_1_ONLY(Citation.of(Sources.SMS_MANUAL_1, "Access to SMS: Level 2 users")),
  /** A suspended or dormant licence cannot use "any defined CoS functions"; an ended one cannot log in. */
  LICENCE_STATUS_BLOCKS(Citation.of(Sources.SMS_MANUAL_1, "Access to SMS: Suspended or Dormant; Expired or Revoked")),
  /** The decision or withdrawal is recorded. */
  DECISION_RECORDED(Citation.of(Sources.SMS_MANUAL_12, "Track applications for defined CoS")),
  /** Only an application awaiting a decision can be decided or withdrawn. */
  NOT_AWAITING_DECISION(Citation.of(Sources.SMS_MANUAL_12, "View and withdraw an application awaiting a decision")),
  /** This actor may not cause the event (the Home Office decides; the sponsor's Level 1 user withdraws). */
  ACTOR_NOT_PERMITTED(Citation.of(Sources.SMS_MANUAL_12, "View and withdraw an application awaiting a decision")),
  /** Only a granted defined CoS can be created and assigned. */
  NOT_GRANTED(Citation.of(Sources.SMS_MANUAL_12, "Once granted, create defined CoS")),
  /** A granted defined CoS may be created and assigned. */
  ASSIGNABLE(Citation.of(Sources.SMS_MANUAL_12, "Once granted, create defined CoS"));

  private final Citation citation;

  DefinedCosReasonCode(Citation citation) {
    this.citation = citation;
  }

  public Citation citation() {
    return citation;
  }
}
