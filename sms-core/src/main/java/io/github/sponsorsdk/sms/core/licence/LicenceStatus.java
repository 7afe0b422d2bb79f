package io.github.sponsorsdk.sms.core.licence;

/**
 * The status of a sponsor licence, which decides what its SMS users may do.
 *
 * <p>Source: SMS Manual 1, "Access to SMS" (docs/sources.md#sms-manual-1-licence). The B-rating is not a status but a
 * {@link Rating};
 * the manual lists it beside the statuses because it also blocks functions (Defined CoS).
 */
public enum LicenceStatus {
  /**
   * "Licensed and fully active": every SMS function for the routes the licence covers (a Student-only sponsor has
   * everything except the Workers section). The 2026 register writes it {@code "Licensed and Fully Active"}.
   */
  LICENSED_AND_FULLY_ACTIVE("Licensed and Fully Active", true, true),
  /**
   * Users can log in but cannot request additional allocations, renew the licence, apply for Premium customer
   * service or Student Sponsor status, create, assign, export or view CoS/CAS (singly or in batches), make bulk fee
   * updates, or use any Defined CoS function (Manual 1, "Access to SMS").
   */
  SUSPENDED("Suspended", true, false),
  /**
   * Same access as {@link #SUSPENDED} (Manual 1 names them together). Used after a change of ownership once the
   * sponsored workers have moved to another sponsor's licence (docs/sources.md#secondary-licence).
   */
  DORMANT("Dormant", true, false),
  /** "If your licence has expired ... you will not be able to log in to SMS" (Manual 1). */
  EXPIRED("Expired", false, false),
  /** "If your licence ... has been revoked you will not be able to log in to SMS" (Manual 1). */
  REVOKED("Revoked", false, false),
  /**
   * The sponsor gave the licence up (Student sponsor guidance, Document 2, "Surrendering your licence"). Manual 1 does
   * not say what SMS allows; like {@link #REVOKED}, no log-in is assumed (docs/sources.md#secondary-licence, marked
   * uncertain).
   */
  SURRENDERED("Surrendered", false, false);

  private final String displayName;
  private final boolean canLogIn;
  private final boolean canIssueCertificates;

  LicenceStatus(String displayName, boolean canLogIn, boolean canIssueCertificates) {
    this.displayName = displayName;
    this.canLogIn = canLogIn;
    this.canIssueCertificates = canIssueCertificates;
  }

  /** {@return the name as the register and SMS write it, e.g. {@code "Licensed and Fully Active"}} */
  public String displayName() {
    return displayName;
  }

  /** {@return true when SMS users of a licence in this status can log in at all} */
  public boolean canLogIn() {
    return canLogIn;
  }

  /**
   * {@return true when the status itself allows creating and assigning CoS/CAS and requesting allocations; the rating
   * may still restrict (a B-rated sponsor cannot assign Defined CoS)}
   */
  public boolean canIssueCertificates() {
    return canIssueCertificates;
  }

  /** {@return true for the statuses that end the licence: expired, revoked, surrendered} */
  public boolean isEnded() {
    return !canLogIn;
  }
}
