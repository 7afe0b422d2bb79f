package io.github.sponsorsdk.sms.core.licence;

/**
 * The Home Office system through which a sponsor sponsors workers on a route. From 24 October 2024 Sponsor UK (the
 * "Sponsor a Worker" scheme of the Immigration Rules) serves the routes of selected sponsors in its private beta, and
 * the SMS every other route; both are to run side by side for "two to four years"
 * (docs/sources.md#sponsor-uk-start, docs/sources.md#sponsor-uk-scope).
 */
public enum SponsorshipSystem {
  /** The Sponsorship Management System: certificates assigned from an allocation. */
  SMS("SMS"),
  /** Sponsor UK: a sponsorship submission per worker, approved, paid for, then a Sponsorship Reference Number. */
  SPONSOR_UK("Sponsor UK");

  private final String label;

  SponsorshipSystem(String label) {
    this.label = label;
  }

  /** {@return the system's usual name: "SMS", "Sponsor UK"} */
  public String label() {
    return label;
  }
}
