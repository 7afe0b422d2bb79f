package io.github.sponsorsdk.sms.rules.salary;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;

/**
 * The tradeable-points salary options of the Skilled Worker route, as lettered in the table following SW 4.4 of
 * Appendix Skilled Worker since 4 April 2024.
 *
 * <p>Whether an applicant may use an option (a relevant PhD, an Immigration Salary List job, a new entrant, the
 * transitional cohort of SW 4.2(b), a listed health or education job) is the caller's assertion: this engine checks
 * only the salary figures the option sets. Before 4 April 2024 the route had a different, differently lettered
 * table; only its general threshold (today's option {@link #A}) is modelled for those dates.
 */
public enum SalaryOption {
  /** Option A (SW 8.1): the general threshold and the going rate. */
  A("general: the general threshold and the going rate", "SW 8.1"),
  /** Option B (SW 9.1 to 9.4): a relevant PhD, 90% of the going rate. */
  B("relevant PhD: 90% of the going rate", "SW 9.1 to SW 9.4"),
  /** Option C (SW 10.1 to 10.3): a STEM PhD, 80% of the going rate. */
  C("STEM PhD: 80% of the going rate", "SW 10.1 to SW 10.3"),
  /** Option D (SW 11.1 to 11.3): an Immigration Salary List job, the going rate. */
  D("Immigration Salary List job: the going rate", "SW 11.1 to SW 11.3"),
  /** Option E (SW 12.1 to 12.3): a new entrant, 70% of the going rate. */
  E("new entrant: 70% of the going rate", "SW 12.1 to SW 12.3"),
  /** Option F (SW 4.2(b), SW 8.1): a transitional or Health and Care ASHE job, the going rate. */
  F("transitional or Health and Care ASHE job: the going rate", "SW 4.2(b), SW 8.1"),
  /** Option G (SW 4.2(b), SW 9.1 to 9.4): transitional, a relevant PhD, 90% of the going rate. */
  G("transitional, relevant PhD: 90% of the going rate", "SW 4.2(b), SW 9.1 to SW 9.4"),
  /** Option H (SW 4.2(b), SW 10.1 to 10.3): transitional, a STEM PhD, 80% of the going rate. */
  H("transitional, STEM PhD: 80% of the going rate", "SW 4.2(b), SW 10.1 to SW 10.3"),
  /** Option I (SW 4.2(b), SW 11.1 to 11.3): transitional, an Immigration Salary List job, the going rate. */
  I("transitional, Immigration Salary List job: the going rate", "SW 4.2(b), SW 11.1 to SW 11.3"),
  /** Option J (SW 4.2(b), SW 12.1 to 12.3): transitional, a new entrant, 70% of the going rate. */
  J("transitional, new entrant: 70% of the going rate", "SW 4.2(b), SW 12.1 to SW 12.3"),
  /** Option K (SW 4.2(c), SW 13.1 to 13.3): a listed health or education occupation, the going rate. */
  K("listed health or education occupation: the going rate", "SW 4.2(c), SW 13.1 to SW 13.3");

  private final String description;
  private final String paragraphs;

  SalaryOption(String description, String paragraphs) {
    this.description = description;
    this.paragraphs = paragraphs;
  }

  /** {@return what the option is, in words} */
  public String description() {
    return description;
  }

  /** {@return where the option is defined: the options table after SW 4.4 and the option's own paragraphs} */
  public Citation citation() {
    return Citation.of(Source.RULES_APPENDIX_SKILLED_WORKER,
        "Table following SW 4.4, option " + name() + "; " + paragraphs);
  }
}
