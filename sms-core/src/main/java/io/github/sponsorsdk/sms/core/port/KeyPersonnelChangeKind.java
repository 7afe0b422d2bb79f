package io.github.sponsorsdk.sms.core.port;

/** The typed key-personnel requests of "Request changes to licence details" (Manual 2; Manual 1, Guide 3). */
public enum KeyPersonnelChangeKind {
  /** "Replace your Authorising Officer". */
  REPLACE_AUTHORISING_OFFICER,
  /** "Replace your Key Contact". */
  REPLACE_KEY_CONTACT,
  /** Request a new Level 1 user (Manual 1, Guide 3). */
  ADD_LEVEL_1_USER
}
