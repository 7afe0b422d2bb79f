package io.github.sponsorsdk.sms.core.port;

/** The Premium customer service contacts the SMS shows (Manual 1, Guide 3, step 1). */
public enum PremiumContactRole {
  /** The licence manager assigned to a Premium customer. */
  LICENCE_MANAGER,
  /** The senior account manager, where one is assigned. */
  SENIOR_ACCOUNT_MANAGER
}
