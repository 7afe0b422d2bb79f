package io.github.sponsorsdk.sms.core.place;

/**
 * The three UK jurisdictions that publish their own bank holidays (GOV.UK bank-holidays feed divisions). Working-day
 * deadlines depend on it, so it is always an explicit argument, never a silent default.
 */
public enum UkNation {
  /** Division {@code england-and-wales}. */
  ENGLAND_AND_WALES("england-and-wales"),
  /** Division {@code scotland}. */
  SCOTLAND("scotland"),
  /** Division {@code northern-ireland}. */
  NORTHERN_IRELAND("northern-ireland");

  private final String feedDivision;

  UkNation(String feedDivision) {
    this.feedDivision = feedDivision;
  }

  /** {@return the division key in the GOV.UK bank-holidays JSON feed} */
  public String feedDivision() {
    return feedDivision;
  }
}
