package io.github.sponsorsdk.sms.xml.validate;

/**
 * Whether finding messages show the values of personal-data fields ({@code BdtField.personalData()}: names,
 * passport or travel document number, date and place of birth, nationality, country of birth, gender, UCAS/UKPASS
 * identifier). A validation report is printed, logged and passed around; a name or passport number in it is a data
 * leak waiting to happen, so values are hidden unless a caller asks to see them.
 */
public enum PersonalData {
  /** Shown as {@code [hidden: 7 characters]}: the default. */
  MASKED,
  /** Shown as written, for a person correcting the file who may see the data. */
  SHOWN
}
