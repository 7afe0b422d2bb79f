package io.github.sponsorsdk.sms.core.user;

/**
 * The status of an SMS user account, as shown on the "Manage Level 1 and 2 users" screen (SMS Manual 1, Guide 3,
 * step 3 note).
 *
 * <p>Only facts about a status live here: whether it is final and whether its holder can log in. Which transition
 * is allowed, and who may make it, is a rule in {@code sms-rules}.
 */
public enum UserStatus {
  /** "the request to add a Level 1 user has been submitted to us for consideration". Not final; no log-in yet. */
  REQUESTED("Requested"),
  /** "the user is active". The only status that can log in (subject to the licence status). */
  ACTIVE("Active"),
  /**
   * "the request to add a Level 1 user has been refused by us". Final: the same account is never approved later;
   * a new request makes a new user ID.
   */
  REFUSED("Refused"),
  /**
   * "the user has been deactivated by a Level 1 user". Final: "deactivated accounts cannot be reactivated"
   * (Guide 4, step 4) and "Once a user account has been deactivated, it cannot be reinstated" (Guide 4, step 9).
   */
  DEACTIVATED_BY_SPONSOR("Deactivated by sponsor"),
  /** "we have deactivated the user" (the Home Office). Final, as every deactivation. */
  DEACTIVATED_BY_UK_VI("Deactivated by UK V&I");

  private final String label;

  UserStatus(String label) {
    this.label = label;
  }

  /** {@return the label the SMS shows, e.g. "Deactivated by UK V&amp;I"} */
  public String label() {
    return label;
  }

  /** {@return true when no further status change can happen: refused and both deactivated statuses} */
  public boolean isFinal() {
    return this == REFUSED || isDeactivated();
  }

  /** {@return true for both deactivated statuses} */
  public boolean isDeactivated() {
    return this == DEACTIVATED_BY_SPONSOR || this == DEACTIVATED_BY_UK_VI;
  }

  /** {@return true only for {@link #ACTIVE}: a requested, refused or deactivated account has no working password} */
  public boolean canLogIn() {
    return this == ACTIVE;
  }

  /**
   * {@return the status with this SMS label, exactly as the SMS writes it}
   *
   * @param label the label, e.g. {@code Deactivated by sponsor}
   */
  public static UserStatus fromLabel(String label) {
    for (UserStatus s : values()) {
      if (s.label.equals(label)) {
        return s;
      }
    }
    throw new IllegalArgumentException("Unknown SMS user status label: " + label);
  }
}
