package io.github.sponsorsdk.sms.rules.user;

/** Whether the SMS fulfils qualifying key-personnel requests immediately ({@link KeyPersonnelRequestParameters}). */
public enum ImmediateFulfilment {
  /** Every key-personnel request goes to casework (before 23 March 2023). */
  NOT_OFFERED,
  /** Qualifying requests are fulfilled immediately (from 23 March 2023). */
  OFFERED
}
