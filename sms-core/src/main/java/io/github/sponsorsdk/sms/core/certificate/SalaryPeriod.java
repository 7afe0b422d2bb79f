package io.github.sponsorsdk.sms.core.certificate;

/**
 * The period a gross salary is quoted for: the SMS "For each" drop-down beside "Gross salary" on a CoS (SMS Manual 1,
 * Troubleshooting: "For each: please ensure this dropdown menu is completed, as it is often missed").
 *
 * <p>The drop-down's values are not in any source read (SMS guide 8a, which describes the CoS fields, was not
 * available). The SDK offers year, month, week, day and hour: the Immigration Rules state salary thresholds per year
 * and the going rates pro rata per hour (Appendix Skilled Worker SW 14.3–14.4), and the other three are the usual
 * pay periods. <b>UNCERTAIN</b>: if the SMS list differs, this enum changes.
 */
public enum SalaryPeriod {
  /** Per year: the period the salary thresholds are stated in. */
  YEAR("Year"),
  /** Per month. */
  MONTH("Month"),
  /** Per week. */
  WEEK("Week"),
  /** Per day. */
  DAY("Day"),
  /** Per hour. */
  HOUR("Hour");

  private final String label;

  SalaryPeriod(String label) {
    this.label = label;
  }

  /** {@return the label, e.g. "Year"} */
  public String label() {
    return label;
  }
}
