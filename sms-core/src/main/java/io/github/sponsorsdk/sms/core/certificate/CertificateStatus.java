package io.github.sponsorsdk.sms.core.certificate;

/**
 * The status of a CoS or CAS.
 *
 * <p>Sources (docs/sources.md#secondary-certificates): the BDT schema v2.1 {@code CASStatusType} lists exactly {@code
 * ASSIGNED, USED,
 * WITHDRAWN, CANCELLED, EXPIRED, OBSOLETE}; SMS Manual 1 uses "ASSIGNED" and "USED" for both CoS and CAS
 * (Troubleshooting) and describes certificates "that you have created but not yet assigned" (message board, 6 April
 * 2014). That saved, unassigned state has no published status string; the SDK calls it {@link #CREATED}
 * (<b>UNCERTAIN</b>: vendor software calls it "Ready to go"). Whether CoS share all six CAS statuses is
 * <b>UNCERTAIN</b> (no CoS schema is public); the SDK assumes they do.
 *
 * <p>Only facts about a status live here. Which transition is allowed is a rule in {@code sms-rules}.
 */
public enum CertificateStatus {
  /** Saved but not yet assigned; can still be edited or deleted; uses no allocation. No SMS string (UNCERTAIN). */
  CREATED,
  /**
   * Assigned to a named migrant; one unit of allocation used. The only "live" status: "CoS/CAS available to manage
   * will have the status of ASSIGNED" (Manual 1, Troubleshooting).
   */
  ASSIGNED,
  /**
   * Used in the migrant's application for leave to enter or remain. Activity can be reported only now ("You can
   * only report against a CoS/CAS once it has been used", Manual 1, Troubleshooting). Not final: the sponsor keeps
   * reporting against it, and a certificate used in an application rejected as invalid, void or withdrawn may be used
   * again (Immigration Rules SW 5.1(d), ST 7.2) — how the SMS shows that is UNCERTAIN.
   */
  USED,
  /** Withdrawn by the sponsor; can no longer support an application (SW 5.1(e)). Final. */
  WITHDRAWN,
  /** Cancelled by the Home Office (SW 5.1(e)). Final. */
  CANCELLED,
  /**
   * Not used within its validity: 3 months from assignment for a CoS, 6 months for a CAS (Immigration Rules SW 1.2(d),
   * ST 1.2(d)). Final.
   */
  EXPIRED,
  /** CAS status whose trigger is not documented in anything read (UNCERTAIN). Treated as final. */
  OBSOLETE;

  /**
   * {@return true for {@link #WITHDRAWN}, {@link #CANCELLED}, {@link #EXPIRED} and {@link #OBSOLETE}: nothing more
   * happens to the certificate} {@code OBSOLETE} is final by assumption (UNCERTAIN).
   */
  public boolean isFinal() {
    return this == WITHDRAWN || this == CANCELLED || this == EXPIRED || this == OBSOLETE;
  }

  /** {@return true only for {@link #ASSIGNED}: the status in which a live certificate can be managed} */
  public boolean isLive() {
    return this == ASSIGNED;
  }

  /** {@return true only for {@link #USED}: the status in which activity can be reported} */
  public boolean allowsActivityReports() {
    return this == USED;
  }

  /** {@return true for every status except {@link #CREATED}: the certificate has been assigned at some point} */
  public boolean hasBeenAssigned() {
    return this != CREATED;
  }

  /** {@return the status the BDT schema and SMS exports write ({@code ASSIGNED} …), empty for {@link #CREATED}} */
  public java.util.Optional<String> smsCode() {
    return this == CREATED ? java.util.Optional.empty() : java.util.Optional.of(name());
  }
}
