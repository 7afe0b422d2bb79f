package io.github.sponsorsdk.sms.core.citation;

/**
 * The names of the documents the SDK cites, spelled once. The project's copy of each is listed in
 * {@code docs/sources.md}.
 */
public final class Sources {
  private Sources() {}

  /** UKVI, "The sponsorship management system (SMS) manuals, Manual 1 of 12: Introduction to SMS". */
  public static final String SMS_MANUAL_1 = "SMS Manual 1: Introduction to SMS";
  /** Manual 1, "Guide 1: How to log in for the first time". */
  public static final String SMS_MANUAL_1_GUIDE_1 = "SMS Manual 1, Guide 1: How to log in for the first time";
  /** Manual 1, "Guide 2: How to reset your password". */
  public static final String SMS_MANUAL_1_GUIDE_2 = "SMS Manual 1, Guide 2: How to reset your password";
  /** Manual 1, "Guide 3: How to request a new Level 1 user or create a new Level 2 user". */
  public static final String SMS_MANUAL_1_GUIDE_3 =
      "SMS Manual 1, Guide 3: How to request a new Level 1 user or create a new Level 2 user";
  /** Manual 1, "Guide 4: How to amend or deactivate a Level 1 or 2 user". */
  public static final String SMS_MANUAL_1_GUIDE_4 = "SMS Manual 1, Guide 4: How to amend or deactivate a Level 1 or 2 user";
  /** Manual 1, "Guide 5: How to view the SMS message board (Level 1 users only)". */
  public static final String SMS_MANUAL_1_GUIDE_5 =
      "SMS Manual 1, Guide 5: How to view the SMS message board (Level 1 users only)";
  /** Workers and Temporary Workers: guidance for sponsors, Part 3: sponsor duties and compliance. */
  public static final String WORKER_GUIDANCE_PART_3 = "Workers and Temporary Workers: guidance for sponsors, Part 3";
  /** Workers and Temporary Workers: guidance for sponsors, Part 2: sponsoring a worker (section S4: absences). */
  public static final String WORKER_GUIDANCE_PART_2 = "Workers and Temporary Workers: guidance for sponsors, Part 2";
  /** Skilled Worker: guidance for sponsors (SK9: pay increases of pre-registration nurses and midwives). */
  public static final String SKILLED_WORKER_GUIDANCE = "Workers and Temporary Workers: Skilled Worker guidance";
  /** Student sponsor guidance, Document 2: Sponsorship duties. */
  public static final String STUDENT_GUIDANCE_DOC_2 = "Student sponsor guidance, Document 2: Sponsorship duties";
  /** Immigration Rules, Appendix Skilled Worker. */
  public static final String RULES_APPENDIX_SKILLED_WORKER = "Immigration Rules, Appendix Skilled Worker";
  /** Immigration Rules, Appendix Student. */
  public static final String RULES_APPENDIX_STUDENT = "Immigration Rules, Appendix Student";
  /** Immigration Rules, Part Suitability. */
  public static final String RULES_PART_SUITABILITY = "Immigration Rules, Part Suitability";
  /** GOV.UK, "UK visa sponsorship for employers: your responsibilities". */
  public static final String GOVUK_SPONSOR_RESPONSIBILITIES = "GOV.UK, UK visa sponsorship for employers: your responsibilities";
  /** GOV.UK bank holidays feed, https://www.gov.uk/bank-holidays.json. */
  public static final String GOVUK_BANK_HOLIDAYS = "GOV.UK bank holidays (gov.uk/bank-holidays.json)";
  /**
   * jollyday (de.focus-shift) 2.19.0, {@code holidays/Holidays_gb.xml}: the UK bank-holiday rules the working-day
   * calendars are compiled from (sub-calendars {@code eng}, {@code sct}, {@code nir}).
   */
  public static final String JOLLYDAY_HOLIDAYS_GB = "jollyday 2.19.0, Holidays_gb.xml";
  /**
   * A royal proclamation under the Banking and Financial Dealings Act 1971, s.1(3): how a one-off bank holiday is
   * added or a bank holiday moved.
   */
  public static final String BANKING_ACT_1971_PROCLAMATION = "Banking and Financial Dealings Act 1971, s.1(3) proclamation";
  /** Home Office Bulk Data Transfer schema v2.1 ({@code BulkDataCommon-v2.1.xsd}) and its official examples. */
  public static final String BDT_SCHEMA_V2_1 = "Home Office BDT schema v2.1";
  /** GOV.UK, "Register of licensed sponsors: workers" (CSV). */
  public static final String REGISTER_OF_SPONSORS = "GOV.UK, Register of licensed sponsors: workers";
  /**
   * The project's own decision where the sources are silent or disagree; the section names the decision record
   * in {@code docs/decisions/}.
   */
  public static final String PROJECT_DECISION = "sponsor-sdk decision record";
  /** UKVI, "The sponsorship management system (SMS) manuals, Manual 12: Defined CoS". */
  public static final String SMS_MANUAL_12 = "SMS Manual 12: Defined CoS";
  /**
   * A secondary source (law firm, university or vendor page) quoting or paraphrasing the guidance, used where the
   * primary text could not be read; the section names the site and date, the note what it says.
   */
  public static final String SECONDARY_SOURCE = "Secondary source quoting the guidance";
}
