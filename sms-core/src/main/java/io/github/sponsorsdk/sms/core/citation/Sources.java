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
  /**
   * The index of SMS manuals ("Additional SMS manuals" table at the head of every manual): which manual covers which
   * SMS function and for which sponsors.
   */
  public static final String SMS_MANUAL_INDEX = "SMS manuals: index of manuals (Manual 1, Additional SMS manuals)";
  /** SMS Manual 2: Managing your licence (key personnel, licence details, PAYE, allocations). */
  public static final String SMS_MANUAL_2 = "SMS Manual 2: Managing your licence";
  /** SMS Manual 3: Applications, renewals and services (Premium, Student Sponsor status, licence renewal, action plans). */
  public static final String SMS_MANUAL_3 = "SMS Manual 3: Applications, renewals and services";
  /** SMS Manual 4: Creating and assigning CAS. */
  public static final String SMS_MANUAL_4 = "SMS Manual 4: Creating and assigning CAS";
  /** SMS Manual 5: Reporting student activity (including fee updates and sponsor notes). */
  public static final String SMS_MANUAL_5 = "SMS Manual 5: Reporting student activity";
  /** SMS Manual 6: Miscellaneous CAS functions (batches, addresses, transfer, print, export). */
  public static final String SMS_MANUAL_6 = "SMS Manual 6: Miscellaneous CAS functions";
  /** SMS Manual 7: Bulk Data Transfer of CAS. */
  public static final String SMS_MANUAL_7 = "SMS Manual 7: Bulk Data Transfer of CAS";
  /** SMS Manual 8: Creating and assigning CoS. */
  public static final String SMS_MANUAL_8 = "SMS Manual 8: Creating and assigning CoS";
  /** SMS Manual 9: Reporting worker activity (including sponsor notes). */
  public static final String SMS_MANUAL_9 = "SMS Manual 9: Reporting worker activity";
  /** SMS Manual 10: Miscellaneous CoS functions (batches, addresses, transfer, print). */
  public static final String SMS_MANUAL_10 = "SMS Manual 10: Miscellaneous CoS functions";
  /** SMS Manual 11: Temporary Work - Creative Worker groups of CoS. */
  public static final String SMS_MANUAL_11 = "SMS Manual 11: Temporary Work - Creative Worker groups of CoS";
  /**
   * SMS message board message of 24 January 2024 removing the licence renewal requirement from 6 April 2024, as
   * quoted by secondary sources (DOMAIN-NOTES section 3.3) and the Part 3 change history of 5 March 2024.
   */
  public static final String SMS_MESSAGE_2024_01_24 = "SMS message board, 24 January 2024: licence renewal removed";
  /** GOV.UK, "Premium customer service for employers" (eligibility and fees). */
  public static final String GOVUK_PREMIUM_SERVICE = "GOV.UK, Premium customer service for employers";
  /** Workers and Temporary Workers: guidance for sponsors, Part 1: apply for a licence. */
  public static final String WORKER_GUIDANCE_PART_1 = "Workers and Temporary Workers: guidance for sponsors, Part 1";
  /**
   * The sponsor guidance of 11 November 2025 as summarised by secondary sources (Premium service closed to new
   * applications; Level 2 users to be phased out); the primary text was not read.
   */
  public static final String SPONSOR_GUIDANCE_2025_11_11 = "Sponsor guidance of 11 November 2025 (secondary summaries)";
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
