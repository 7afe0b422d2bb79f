package io.github.sponsorsdk.sms.core.user;

/**
 * The two levels of SMS user (SMS Manual 1, "Access to SMS").
 *
 * <p>Level 1 users can use every function the licence status allows. Level 2 users cannot see the
 * "Licence summary, applications and services" menu, the Defined CoS sub-menu or the message board, and can view
 * or report only against CoS/CAS they own. The permissions themselves are rules in {@code sms-rules}.
 */
public enum UserLevel {
  /** Full access; requested by another Level 1 user and approved by the Home Office (Manual 1, Guide 3). */
  LEVEL_1("Level 1"),
  /** Restricted access; created by a Level 1 user and active at once (Manual 1, Guide 3, step 5). */
  LEVEL_2("Level 2");

  private final String label;

  UserLevel(String label) {
    this.label = label;
  }

  /** {@return the SMS label, as in the "Level of user" column: "Level 1", "Level 2"} */
  public String label() {
    return label;
  }
}
