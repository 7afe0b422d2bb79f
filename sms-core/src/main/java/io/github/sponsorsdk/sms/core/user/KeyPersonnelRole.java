package io.github.sponsorsdk.sms.core.user;

/**
 * The key personnel roles of a sponsor licence. One person may hold several, even all of them.
 *
 * <p>Sources: SMS Manual 1 ("User ID and password", Guide 3); docs/sources.md#secondary-people (Authorising Officer
 * is responsible
 * for all SMS users; Key Contact is the main point of contact with UK Visas and Immigration; only Level 1 and Level 2
 * users have SMS access). A representative (a UK-based regulated immigration adviser, see {@link Representative})
 * may be the Key Contact or a Level 1 or Level 2 user, never the Authorising Officer.
 */
public enum KeyPersonnelRole {
  /** Senior person responsible for the licence and for every SMS user. Never a representative. */
  AUTHORISING_OFFICER("Authorising Officer", false),
  /** Main point of contact with the Home Office; may be a representative. */
  KEY_CONTACT("Key Contact", true),
  /** Full SMS access; may be a representative once the licence is granted. */
  LEVEL_1_USER("Level 1 user", true),
  /** Restricted SMS access; may be a representative. */
  LEVEL_2_USER("Level 2 user", true);

  private final String label;
  private final boolean representativeAllowed;

  KeyPersonnelRole(String label, boolean representativeAllowed) {
    this.label = label;
    this.representativeAllowed = representativeAllowed;
  }

  /** {@return the role's name as the SMS shows it, e.g. "Authorising Officer"} */
  public String label() {
    return label;
  }

  /**
   * {@return false only for the Authorising Officer (docs/sources.md#secondary-people: the AO "cannot be a
   * representative")}
   */
  public boolean mayBeHeldByRepresentative() {
    return representativeAllowed;
  }

  /** {@return true for the two roles that are SMS user accounts} */
  public boolean isUserRole() {
    return this == LEVEL_1_USER || this == LEVEL_2_USER;
  }

  /**
   * {@return the user role of {@code level}}
   *
   * @param level the user level
   */
  public static KeyPersonnelRole forLevel(UserLevel level) {
    return level == UserLevel.LEVEL_1 ? LEVEL_1_USER : LEVEL_2_USER;
  }
}
