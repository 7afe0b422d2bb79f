package io.github.sponsorsdk.sms.rules.derivation;

/** Whether a worker's pattern includes the bank holidays that fall on its days. */
public enum BankHolidayWork {
  /** Bank holidays are days off (the usual office pattern). */
  NOT_WORKED,
  /** Bank holidays on the pattern's days are worked (shift work: care homes, hospitals, hospitality). */
  WORKED
}
