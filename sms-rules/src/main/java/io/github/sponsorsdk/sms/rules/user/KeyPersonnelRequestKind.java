package io.github.sponsorsdk.sms.rules.user;

/** The typed key-personnel requests of "Request changes to licence details" (Manual 2; Manual 1, Guide 3). */
public enum KeyPersonnelRequestKind {
  /** Replace the Authorising Officer. */
  REPLACE_AUTHORISING_OFFICER,
  /** Replace the Key Contact. */
  REPLACE_KEY_CONTACT,
  /** Add (request) a new Level 1 user. */
  ADD_LEVEL_1_USER;

  /**
   * {@return true when a notified legal representative's postcode also qualifies (Key Contact and Level 1 users only)}
   */
  public boolean legalRepresentativePostcodeQualifies() {
    return this != REPLACE_AUTHORISING_OFFICER;
  }
}
