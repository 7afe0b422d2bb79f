package io.github.sponsorsdk.sms.rules.certificate;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.route.CertificateKind;
import java.util.EnumSet;
import java.util.Set;

/**
 * What can happen to a CoS or CAS, who may make it happen, and the source that says so. The statuses each action
 * moves between are in {@link CertificateLifecycle}'s table.
 */
public enum CertificateAction {
  /** Assign a created certificate to a named migrant (consumes allocation: see the allocation engine). */
  ASSIGN(EnumSet.of(Actor.LEVEL_1_USER, Actor.LEVEL_2_OWNER), EnumSet.allOf(CertificateKind.class),
      Citation.of(Source.SMS_MANUAL_1,
          "Users and key personnel: Level 2 users; Troubleshooting: I cannot assign a CoS/CAS")),
  /** Manage a live certificate (amend, add a sponsor note): only while ASSIGNED. */
  MANAGE_LIVE(EnumSet.of(Actor.LEVEL_1_USER, Actor.LEVEL_2_OWNER), EnumSet.allOf(CertificateKind.class),
      Citation.of(Source.SMS_MANUAL_1, "Troubleshooting: I am unable to manage live CoS/CAS")
          .withNote("'CoS/CAS available to manage will have the status of ASSIGNED'")),
  /** The migrant applies with the certificate: the Home Office marks it USED. */
  RECORD_USE(EnumSet.of(Actor.HOME_OFFICE), EnumSet.allOf(CertificateKind.class),
      Citation.of(Source.SMS_MANUAL_1, "Troubleshooting: I am unable to report activity against a CoS/CAS")
          .withNote("'used in association with a migrant's application for leave to enter or remain'")),
  /** The application was granted: the certificate stays USED and can never be used again. */
  APPLICATION_GRANTED(EnumSet.of(Actor.HOME_OFFICE), EnumSet.allOf(CertificateKind.class),
      Citation.of(Source.RULES_APPENDIX_SKILLED_WORKER, "SW 5.1(d)").withNote("CAS: Appendix Student ST 7.2")),
  /** The application was refused: the certificate stays USED and can never be used again. */
  APPLICATION_REFUSED(EnumSet.of(Actor.HOME_OFFICE), EnumSet.allOf(CertificateKind.class),
      Citation.of(Source.RULES_APPENDIX_SKILLED_WORKER, "SW 5.1(d)").withNote("CAS: Appendix Student ST 7.2")),
  /** The application was rejected as invalid: the certificate may be used again (back to ASSIGNED). */
  APPLICATION_REJECTED_INVALID(EnumSet.of(Actor.HOME_OFFICE), EnumSet.allOf(CertificateKind.class),
      Citation.of(Source.RULES_APPENDIX_SKILLED_WORKER, "SW 5.1(d)").withNote("CAS: Appendix Student ST 7.2")),
  /** The application was made void: the certificate may be used again (back to ASSIGNED). */
  APPLICATION_VOID(EnumSet.of(Actor.HOME_OFFICE), EnumSet.allOf(CertificateKind.class),
      Citation.of(Source.RULES_APPENDIX_SKILLED_WORKER, "SW 5.1(d)").withNote("CAS: Appendix Student ST 7.2")),
  /** The application was withdrawn: the certificate may be used again (back to ASSIGNED). */
  APPLICATION_WITHDRAWN(EnumSet.of(Actor.HOME_OFFICE), EnumSet.allOf(CertificateKind.class),
      Citation.of(Source.RULES_APPENDIX_SKILLED_WORKER, "SW 5.1(d)").withNote("CAS: Appendix Student ST 7.2")),
  /** Report worker or student activity: only once USED. */
  REPORT_ACTIVITY(EnumSet.of(Actor.LEVEL_1_USER, Actor.LEVEL_2_OWNER), EnumSet.allOf(CertificateKind.class),
      Citation.of(Source.SMS_MANUAL_1, "Troubleshooting: I am unable to report activity against a CoS/CAS")
          .withNote("'You can only report against a CoS/CAS once it has been used'")),
  /**
   * The sponsor withdraws an assigned certificate; it can then support no application (SW 5.1(e)). Level 1 only
   * by default: Manual 1 lists assigning and reporting, not withdrawing, among Level 2 powers, and
   * rocketlawyer.com says Level 2 cannot withdraw (UNCERTAIN; decision record 0430).
   */
  WITHDRAW(EnumSet.of(Actor.LEVEL_1_USER), EnumSet.allOf(CertificateKind.class),
      Citation.of(Source.RULES_APPENDIX_SKILLED_WORKER, "SW 5.1(e)")
          .withNote("Level 1 only: Manual 1 gives Level 2 users assign and report, not withdraw (UNCERTAIN)")),
  /** The Home Office cancels an assigned certificate (SW 5.1(e)). */
  CANCEL(EnumSet.of(Actor.HOME_OFFICE), EnumSet.allOf(CertificateKind.class),
      Citation.of(Source.RULES_APPENDIX_SKILLED_WORKER, "SW 5.1(e)")),
  /** An assigned certificate not used within its validity expires (see {@link CertificateValidity}). */
  EXPIRE(EnumSet.of(Actor.TIME), EnumSet.allOf(CertificateKind.class),
      Citation.of(Source.BDT_SCHEMA_V2_1, "CASStatusType: EXPIRED")
          .withNote("Validity: Appendix Skilled Worker SW 1.2(d), Appendix Student ST 1.2(d)")),
  /**
   * The Home Office makes an assigned CAS obsolete. OBSOLETE is a CAS status of the BDT schema; its trigger is not
   * documented in any source read (UNCERTAIN), so the SDK lets only the Home Office set it, on an ASSIGNED CAS.
   */
  MAKE_OBSOLETE(EnumSet.of(Actor.HOME_OFFICE), EnumSet.of(CertificateKind.CAS),
      Citation.of(Source.BDT_SCHEMA_V2_1, "CASStatusType: OBSOLETE").withNote("Trigger undocumented (UNCERTAIN)"));

  private final Set<Actor> actors;
  private final Set<CertificateKind> kinds;
  private final Citation citation;

  CertificateAction(Set<Actor> actors, Set<CertificateKind> kinds, Citation citation) {
    this.actors = actors;
    this.kinds = kinds;
    this.citation = citation;
  }

  /** {@return who may take this action} */
  public Set<Actor> actors() {
    return EnumSet.copyOf(actors);
  }

  /** {@return the certificate kinds the action exists for} */
  public Set<CertificateKind> kinds() {
    return EnumSet.copyOf(kinds);
  }

  /** {@return the manual's section for the action} */
  public Citation citation() {
    return citation;
  }
}
