package io.github.sponsorsdk.sms.rules.certificate;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.route.CertificateKind;
import io.github.sponsorsdk.sms.rules.permission.SmsAction;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What can happen to a CoS or CAS, who makes it happen, and the source that says so. The statuses each action
 * moves between are in {@link CertificateLifecycle}'s table. A sponsor user's action names its SMS function
 * ({@link #sponsorFunction}); which users may take it is read from that function's permission row, so the lifecycle
 * and the permission engine answer from one table.
 */
public enum CertificateAction {
  /** Assign a created certificate to a named migrant (consumes allocation: see the allocation engine). */
  ASSIGN(SmsAction.ASSIGN_COS, SmsAction.ASSIGN_CAS, EnumSet.allOf(CertificateKind.class),
      Citation.of(Source.SMS_MANUAL_1,
          "Users and key personnel: Level 2 users; Troubleshooting: I cannot assign a CoS/CAS")),
  /**
   * Edit a saved certificate before it is assigned: supply the fields it lacks (a CAS uploaded "not ready to go"
   * "will require correction online", BDT schema v2.1 documentation) or correct them. Only while CREATED.
   */
  EDIT_SAVED(SmsAction.AMEND_COS_DRAFT, SmsAction.AMEND_CAS_DRAFT, EnumSet.allOf(CertificateKind.class),
      Citation.of(Source.BDT_SCHEMA_V2_1, "AcademicLevel, PreviousAcademicLevel, WorkPlacementPercentage")
          .withNote("'If not supplied when required a warning will be generated, CAS will not be ready to go and "
              + "will require correction online'")),
  /** Manage a live certificate (amend, add a sponsor note): only while ASSIGNED. */
  MANAGE_LIVE(SmsAction.MANAGE_LIVE_COS, SmsAction.MANAGE_LIVE_CAS, EnumSet.allOf(CertificateKind.class),
      Citation.of(Source.SMS_MANUAL_1, "Troubleshooting: I am unable to manage live CoS/CAS")
          .withNote("'CoS/CAS available to manage will have the status of ASSIGNED'")),
  /** The migrant applies with the certificate: the Home Office marks it USED. */
  RECORD_USE(Actor.HOME_OFFICE, EnumSet.allOf(CertificateKind.class),
      Citation.of(Source.SMS_MANUAL_1, "Troubleshooting: I am unable to report activity against a CoS/CAS")
          .withNote("'used in association with a migrant's application for leave to enter or remain'")),
  /** The application was granted: the certificate stays USED and can never be used again. */
  APPLICATION_GRANTED(Actor.HOME_OFFICE, EnumSet.allOf(CertificateKind.class),
      Citation.of(Source.RULES_APPENDIX_SKILLED_WORKER, "SW 5.1(d)").withNote("CAS: Appendix Student ST 7.2")),
  /** The application was refused: the certificate stays USED and can never be used again. */
  APPLICATION_REFUSED(Actor.HOME_OFFICE, EnumSet.allOf(CertificateKind.class),
      Citation.of(Source.RULES_APPENDIX_SKILLED_WORKER, "SW 5.1(d)").withNote("CAS: Appendix Student ST 7.2")),
  /** The application was rejected as invalid: the certificate may be used again (back to ASSIGNED). */
  APPLICATION_REJECTED_INVALID(Actor.HOME_OFFICE, EnumSet.allOf(CertificateKind.class),
      Citation.of(Source.RULES_APPENDIX_SKILLED_WORKER, "SW 5.1(d)").withNote("CAS: Appendix Student ST 7.2")),
  /** The application was made void: the certificate may be used again (back to ASSIGNED). */
  APPLICATION_VOID(Actor.HOME_OFFICE, EnumSet.allOf(CertificateKind.class),
      Citation.of(Source.RULES_APPENDIX_SKILLED_WORKER, "SW 5.1(d)").withNote("CAS: Appendix Student ST 7.2")),
  /** The application was withdrawn: the certificate may be used again (back to ASSIGNED). */
  APPLICATION_WITHDRAWN(Actor.HOME_OFFICE, EnumSet.allOf(CertificateKind.class),
      Citation.of(Source.RULES_APPENDIX_SKILLED_WORKER, "SW 5.1(d)").withNote("CAS: Appendix Student ST 7.2")),
  /** Report worker or student activity: only once USED. */
  REPORT_ACTIVITY(SmsAction.REPORT_WORKER_ACTIVITY, SmsAction.REPORT_STUDENT_ACTIVITY,
      EnumSet.allOf(CertificateKind.class),
      Citation.of(Source.SMS_MANUAL_1, "Troubleshooting: I am unable to report activity against a CoS/CAS")
          .withNote("'You can only report against a CoS/CAS once it has been used'")),
  /**
   * The sponsor withdraws an assigned certificate; it can then support no application (SW 5.1(e)). Whether a Level 2
   * owner may is {@link io.github.sponsorsdk.sms.rules.permission.PermissionParameters#level2Withdrawal()}, the
   * reading the permission engine takes too (default: yes, Manual 1 Troubleshooting; decision record 0485).
   */
  WITHDRAW(SmsAction.WITHDRAW_COS, SmsAction.WITHDRAW_CAS, EnumSet.allOf(CertificateKind.class),
      Citation.of(Source.RULES_APPENDIX_SKILLED_WORKER, "SW 5.1(e)")
          .withNote("Manage live CoS/CAS: 'Withdraw an unused CoS' (Manual 1 Troubleshooting; decision record 0485)")),
  /** The Home Office cancels an assigned certificate (SW 5.1(e)). */
  CANCEL(Actor.HOME_OFFICE, EnumSet.allOf(CertificateKind.class),
      Citation.of(Source.RULES_APPENDIX_SKILLED_WORKER, "SW 5.1(e)")),
  /** An assigned certificate not used within its validity expires (see {@link CertificateValidity}). */
  EXPIRE(Actor.TIME, EnumSet.allOf(CertificateKind.class),
      Citation.of(Source.BDT_SCHEMA_V2_1, "CASStatusType: EXPIRED")
          .withNote("Validity: Appendix Skilled Worker SW 1.2(d), Appendix Student ST 1.2(d)")),
  /**
   * The Home Office makes an assigned CAS obsolete. OBSOLETE is a CAS status of the BDT schema; its trigger is not
   * documented in any source read (UNCERTAIN), so the SDK lets only the Home Office set it, on an ASSIGNED CAS.
   */
  MAKE_OBSOLETE(Actor.HOME_OFFICE, EnumSet.of(CertificateKind.CAS),
      Citation.of(Source.BDT_SCHEMA_V2_1, "CASStatusType: OBSOLETE").withNote("Trigger undocumented (UNCERTAIN)"));

  private final Optional<Actor> party;
  private final Optional<SmsAction> cosFunction;
  private final Optional<SmsAction> casFunction;
  private final Set<CertificateKind> kinds;
  private final Citation citation;

  /** An action of the sponsor's users: the SMS function it is for each kind (the permission catalogue's row). */
  CertificateAction(SmsAction cos, SmsAction cas, Set<CertificateKind> kinds, Citation citation) {
    this.party = Optional.empty();
    this.cosFunction = Optional.of(cos);
    this.casFunction = Optional.of(cas);
    this.kinds = kinds;
    this.citation = citation;
  }

  /** An action of the Home Office or of time. */
  CertificateAction(Actor party, Set<CertificateKind> kinds, Citation citation) {
    this.party = Optional.of(party);
    this.cosFunction = Optional.empty();
    this.casFunction = Optional.empty();
    this.kinds = kinds;
    this.citation = citation;
  }

  /**
   * {@return the SMS function a sponsor user takes this action through on a certificate of {@code kind}} For example
   * {@link SmsAction#WITHDRAW_COS}; empty for the actions of the Home Office and of time. Who among the sponsor's
   * users may take it is that function's row of the permission catalogue, read by
   * {@link io.github.sponsorsdk.sms.rules.permission.PermissionParameters#level2May}.
   *
   * @param kind the kind of certificate acted on
   */
  public Optional<SmsAction> sponsorFunction(CertificateKind kind) {
    return kind == CertificateKind.COS ? cosFunction : casFunction;
  }

  /** {@return the one non-sponsor actor who takes this action ({@link Actor#HOME_OFFICE} or {@link Actor#TIME}), if any} */
  public Optional<Actor> party() {
    return party;
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
