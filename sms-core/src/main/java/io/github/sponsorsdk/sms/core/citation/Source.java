package io.github.sponsorsdk.sms.core.citation;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The documents the SDK cites: one constant per document, with what it is, how the project read it, the edition
 * read and where its facts are kept inside the repository ({@link #anchor()}, a section of {@code docs/sources.md}).
 * Every {@link Citation} names one of these, so every rule's source can be opened from the repository.
 *
 * <p>{@code docs/sources.md} is generated from this enum by a test ({@code SourcesDocumentTest} in sms-core), together
 * with the facts and quotations the code relies on, per source; the test fails when the file is stale.
 *
 * <p><b>Citing a document of your own.</b> A caller who needs to cite a document this catalogue does not hold (a
 * royal proclamation made after this release, its own legal advice) uses {@link #CALLER_DOCUMENT} with a section
 * that names the document, an explicit effective date and, where it has one, a URL:
 *
 * <pre>{@code
 * Citation proclamation = Citation.of(Source.BANKING_ACT_1971_PROCLAMATION,
 *     "Proclamation of 4 February 2026 (Scotland, 15 June 2026)", LocalDate.of(2026, 2, 4));
 * Citation advice = Citation.of(Source.CALLER_DOCUMENT, "Our counsel's opinion of 3 March 2027 on SUI 34.1",
 *     LocalDate.of(2027, 3, 3)).withUrl("https://intranet.example/opinions/42");
 * }</pre>
 */
public enum Source {

  /** UKVI, "The sponsorship management system (SMS) manuals", Manual 1 of 12: Introduction to SMS. */
  SMS_MANUAL_1("sms-manual-1", "SMS Manual 1: Introduction to SMS", SourceKind.PRIMARY,
      "Full text of the post-19 June 2023 edition (GOV.UK), kept beside the project as reference material",
      LocalDate.of(2023, 6, 19),
      "Undated; its latest dated statement is 19 June 2023 (NINO mandatory for Level 1 users), so the edition read "
          + "holds from that day. It predates the April 2024 removal of licence renewal.",
      null),
  /** Manual 1, "Guide 1: How to log in for the first time". */
  SMS_MANUAL_1_GUIDE_1("sms-manual-1-guide-1", "SMS Manual 1, Guide 1: How to log in for the first time",
      SourceKind.PRIMARY, "Full text, within Manual 1", LocalDate.of(2023, 6, 19), "The edition of Manual 1", null),
  /** Manual 1, "Guide 2: How to reset your password". */
  SMS_MANUAL_1_GUIDE_2("sms-manual-1-guide-2", "SMS Manual 1, Guide 2: How to reset your password",
      SourceKind.PRIMARY, "Full text, within Manual 1", LocalDate.of(2023, 6, 19), "The edition of Manual 1", null),
  /** Manual 1, "Guide 3: How to request a new Level 1 user or create a new Level 2 user". */
  SMS_MANUAL_1_GUIDE_3("sms-manual-1-guide-3",
      "SMS Manual 1, Guide 3: How to request a new Level 1 user or create a new Level 2 user", SourceKind.PRIMARY,
      "Full text, within Manual 1", LocalDate.of(2023, 6, 19), "The edition of Manual 1", null),
  /** Manual 1, "Guide 4: How to amend or deactivate a Level 1 or 2 user". */
  SMS_MANUAL_1_GUIDE_4("sms-manual-1-guide-4", "SMS Manual 1, Guide 4: How to amend or deactivate a Level 1 or 2 user",
      SourceKind.PRIMARY, "Full text, within Manual 1", LocalDate.of(2023, 6, 19), "The edition of Manual 1", null),
  /** Manual 1, "Guide 5: How to view the SMS message board (Level 1 users only)". */
  SMS_MANUAL_1_GUIDE_5("sms-manual-1-guide-5",
      "SMS Manual 1, Guide 5: How to view the SMS message board (Level 1 users only)", SourceKind.PRIMARY,
      "Full text, within Manual 1", LocalDate.of(2023, 6, 19), "The edition of Manual 1", null),
  /**
   * The index of SMS manuals ("Additional SMS manuals" table at the head of every manual): which manual covers which
   * SMS function and for which sponsors.
   */
  SMS_MANUAL_INDEX("sms-manual-index", "SMS manuals: index of manuals (\"Additional SMS manuals\")",
      SourceKind.PRIMARY, "The table in Manual 1 (full text); the same table opens Manuals 4, 5, 8, 9 and 10 on GOV.UK "
          + "(updated July 2024 to June 2025)",
      LocalDate.of(2023, 6, 19), "The edition of Manual 1 the table was read in", null),
  /** SMS Manual 2: Managing your licence (key personnel, licence details, PAYE, allocations). */
  SMS_MANUAL_2("sms-manual-2", "SMS Manual 2: Managing your licence", SourceKind.PRIMARY,
      "Its row of the index of manuals only; the manual's own text was not read", LocalDate.of(2023, 6, 19),
      "The edition of the index read", null),
  /** SMS Manual 3: Applications, renewals and services (Premium, Student Sponsor status, licence renewal). */
  SMS_MANUAL_3("sms-manual-3", "SMS Manual 3: Applications, renewals and services", SourceKind.PRIMARY,
      "Its row of the index of manuals only; the manual's own text was not read", LocalDate.of(2023, 6, 19),
      "The edition of the index read", null),
  /** SMS Manual 4: Creating and assigning CAS. */
  SMS_MANUAL_4("sms-manual-4", "SMS Manual 4: Creating and assigning CAS", SourceKind.PRIMARY,
      "Its row of the index of manuals and the GOV.UK opening (updated 10 July 2024); the steps were not read",
      LocalDate.of(2023, 6, 19), "The edition of the index read", null),
  /** SMS Manual 5: Reporting student activity (fee updates and sponsor notes included). */
  SMS_MANUAL_5("sms-manual-5", "SMS Manual 5: Reporting student activity", SourceKind.PRIMARY,
      "Its row of the index of manuals and the GOV.UK opening (a mirror of 26 June 2025); the steps were not read",
      LocalDate.of(2023, 6, 19), "The edition of the index read", null),
  /** SMS Manual 6: Miscellaneous CAS functions (batches, addresses, transfer, print, export). */
  SMS_MANUAL_6("sms-manual-6", "SMS Manual 6: Miscellaneous CAS functions", SourceKind.PRIMARY,
      "Its row of the index of manuals only; the manual's own text was not read", LocalDate.of(2023, 6, 19),
      "The edition of the index read", null),
  /** SMS Manual 7: Bulk Data Transfer of CAS. */
  SMS_MANUAL_7("sms-manual-7", "SMS Manual 7: Bulk Data Transfer of CAS", SourceKind.PRIMARY,
      "Its row of the index of manuals and the GOV.UK opening (updated 9 July 2024); the steps were not read",
      LocalDate.of(2023, 6, 19), "The edition of the index read", null),
  /** SMS Manual 8: Creating and assigning CoS. */
  SMS_MANUAL_8("sms-manual-8", "SMS Manual 8: Creating and assigning CoS", SourceKind.PRIMARY,
      "Its row of the index of manuals and the GOV.UK opening (updated 9 July 2024); the steps were not read",
      LocalDate.of(2023, 6, 19), "The edition of the index read", null),
  /** SMS Manual 9: Reporting worker activity (sponsor notes included). */
  SMS_MANUAL_9("sms-manual-9", "SMS Manual 9: Reporting worker activity", SourceKind.PRIMARY,
      "Its row of the index of manuals and the GOV.UK opening (updated 17 July 2024); the steps were not read",
      LocalDate.of(2023, 6, 19), "The edition of the index read", null),
  /** SMS Manual 10: Miscellaneous CoS functions (batches, addresses, transfer, print). */
  SMS_MANUAL_10("sms-manual-10", "SMS Manual 10: Miscellaneous CoS functions", SourceKind.PRIMARY,
      "Its row of the index of manuals and the GOV.UK landing page (10 July 2024 and a later note on the "
          + "\"Migrated to SpUK\" column); the steps were not read",
      LocalDate.of(2023, 6, 19), "The edition of the index read", null),
  /** SMS Manual 11: Temporary Work - Creative Worker groups of CoS. */
  SMS_MANUAL_11("sms-manual-11", "SMS Manual 11: Temporary Work - Creative Worker groups of CoS", SourceKind.PRIMARY,
      "Its row of the index of manuals only; the manual's own text was not read", LocalDate.of(2023, 6, 19),
      "The edition of the index read", null),
  /** UKVI, "The sponsorship management system (SMS) manuals", Manual 12: Defined CoS. */
  SMS_MANUAL_12("sms-manual-12", "SMS Manual 12: Defined CoS", SourceKind.PRIMARY,
      "GOV.UK landing page and its change history (4 December 2024, 2 July 2025) and the index of manuals; the "
          + "content through secondary sources, noted per citation",
      LocalDate.of(2025, 7, 2), "The last update in the change history read",
      "https://www.gov.uk/government/publications/restricted-certificate-of-sponsorship-sms-guide-12"),
  /** SMS message board message of 24 January 2024 removing the licence renewal requirement from 6 April 2024. */
  SMS_MESSAGE_2024_01_24("sms-message-2024-01-24", "SMS message board, 24 January 2024: licence renewal removed",
      SourceKind.PRIMARY, "Quoted by secondary sources (mondaq, 1 February 2024; davidsonmorris) and summarised in "
          + "the change history of the Workers guidance Part 3 (5 March 2024)",
      LocalDate.of(2024, 1, 24), "The date of the message", null),
  /** GOV.UK, "Premium customer service for employers" (eligibility and fees). */
  GOVUK_PREMIUM_SERVICE("govuk-premium-service", "GOV.UK, Premium customer service for employers",
      SourceKind.PRIMARY, "Eligibility and fee wording as quoted in the project's research (the page and an older "
          + "UKBA version)",
      LocalDate.of(2026, 11, 25), "Undated page; dated by the day the project recorded its reading", null),
  /** Workers and Temporary Workers: guidance for sponsors, Part 1: apply for a licence. */
  WORKER_GUIDANCE_PART_1("worker-guidance-part-1", "Workers and Temporary Workers: guidance for sponsors, Part 1",
      SourceKind.PRIMARY, "GOV.UK landing page and accessible version (Version 08/22); the Level 1 settled-worker "
          + "text of 31 December 2024 through secondary sources (getborderless, gherson, mondaq February 2025)",
      LocalDate.of(2022, 8, 22), "Version 08/22, valid from 22 August 2022", null),
  /** Workers and Temporary Workers: guidance for sponsors, Part 2: sponsoring a worker (S4: absences). */
  WORKER_GUIDANCE_PART_2("worker-guidance-part-2", "Workers and Temporary Workers: guidance for sponsors, Part 2",
      SourceKind.PRIMARY, "Through secondary sources only (wbbi), noted per citation", null,
      "No edition read: each citation gives the date of the text it relies on", null),
  /** Workers and Temporary Workers: guidance for sponsors, Part 3: sponsor duties and compliance. */
  WORKER_GUIDANCE_PART_3("worker-guidance-part-3", "Workers and Temporary Workers: guidance for sponsors, Part 3",
      SourceKind.PRIMARY, "GOV.UK landing page and change history to 9 April 2025; the paragraphs through secondary "
          + "sources, noted per citation",
      LocalDate.of(2025, 4, 9), "The last update in the change history read (9 April 2025)",
      "https://www.gov.uk/government/publications/workers-and-temporary-workers-guidance-for-sponsors-part-3-sponsor-"
          + "duties-and-compliance"),
  /** Workers and Temporary Workers: Skilled Worker guidance (SK9: pay of pre-registration nurses and midwives). */
  SKILLED_WORKER_GUIDANCE("skilled-worker-guidance", "Workers and Temporary Workers: Skilled Worker guidance",
      SourceKind.PRIMARY, "Through secondary sources only (wbbi, reissedwards), noted per citation", null,
      "No edition read: each citation gives the date of the text it relies on", null),
  /** The sponsor guidance of 11 November 2025 as summarised by secondary sources. */
  SPONSOR_GUIDANCE_2025_11_11("sponsor-guidance-2025-11-11", "Sponsor guidance of 11 November 2025",
      SourceKind.PRIMARY, "Secondary summaries only (osbournepinner, sttglobal, davidsonmorris); the primary text "
          + "was not read",
      LocalDate.of(2025, 11, 11), "The date of the guidance", null),
  /** Student sponsor guidance, Document 2: Sponsorship duties. */
  STUDENT_GUIDANCE_DOC_2("student-guidance-doc-2", "Student sponsor guidance, Document 2: Sponsorship duties",
      SourceKind.PRIMARY, "GOV.UK accessible version (opening and change table); the paragraphs through secondary "
          + "sources (universities' readings), noted per citation",
      LocalDate.of(2023, 7, 17), "Version 07/2023, to be used from 17 July 2023",
      "https://www.gov.uk/government/publications/student-sponsor-guidance/sponsorship-duties-accessible"),
  /** Immigration Rules, Appendix Skilled Worker. */
  RULES_APPENDIX_SKILLED_WORKER("rules-appendix-skilled-worker", "Immigration Rules, Appendix Skilled Worker",
      SourceKind.PRIMARY, "Full text as on GOV.UK on 6 December 2025", LocalDate.of(2025, 12, 6),
      "The Rules as at 6 December 2025", null),
  /** Immigration Rules, Introduction (paragraph 6.2: definitions, among them "Certificate of Sponsorship"). */
  RULES_INTRODUCTION("rules-introduction", "Immigration Rules, Introduction", SourceKind.PRIMARY,
      "Full text as updated on 25 November 2025 (read through a public scrape of the GOV.UK page)",
      LocalDate.of(2025, 11, 25), "The Rules as updated 25 November 2025",
      "https://www.gov.uk/guidance/immigration-rules/immigration-rules-introduction"),
  /** Immigration Rules, Appendix Temporary Work - Government Authorised Exchange. */
  RULES_APPENDIX_GAE("rules-appendix-gae", "Immigration Rules, Appendix Temporary Work - Government Authorised "
      + "Exchange", SourceKind.PRIMARY, "Full text as updated on 25 November 2025 (read through a public scrape of "
          + "the GOV.UK page)",
      LocalDate.of(2025, 11, 25), "The Rules as updated 25 November 2025", null),
  /**
   * Workers and Temporary Workers: guidance for sponsors: sponsor a Government Authorised Exchange Worker, the
   * guidance in which the Sponsor UK private beta is described.
   */
  GAE_SPONSOR_GUIDANCE("gae-sponsor-guidance", "Workers and Temporary Workers: guidance for sponsors: sponsor a "
      + "Government Authorised Exchange Worker", SourceKind.PRIMARY, "The opening of the GOV.UK accessible version "
          + "(title, version, validity); the body was not read, and what it says of Sponsor UK is known through "
          + "secondary sources (sponsor-uk-ayj), noted per citation",
      LocalDate.of(2025, 4, 9), "Version 04/25, valid from 9 April 2025",
      "https://www.gov.uk/government/publications/workers-and-temporary-workers-guidance-for-sponsors-sponsor-a-"
          + "government-authorised-exchange-worker"),
  /**
   * The update of 24 October 2024 to the Workers and Temporary Workers guidance for sponsors, Parts 1 to 3: the
   * initial phase of the new sponsorship service (Sponsor UK) for selected Government Authorised Exchange sponsors.
   */
  WORKER_GUIDANCE_UPDATE_2024_10_24("worker-guidance-update-2024-10-24", "Workers and Temporary Workers: guidance "
      + "for sponsors, Parts 1 to 3: update of 24 October 2024", SourceKind.PRIMARY, "The change-history entry of "
          + "24 October 2024 on the GOV.UK landing pages of Parts 1, 2 and 3; the updated paragraphs themselves were "
          + "not read (Part 2 S4.9 aside, through an unofficial copy)",
      LocalDate.of(2024, 10, 24), "The date of the update",
      "https://www.gov.uk/government/publications/workers-and-temporary-workers-guidance-for-sponsors-part-1-apply-"
          + "for-a-licence"),
  /**
   * A Y &amp; J Solicitors, "Sponsor UK: the new interface for UK sponsorship" (11 March 2025): a law firm's summary
   * of what the Government Authorised Exchange sponsor guidance says of Sponsor UK. Secondary.
   */
  SPONSOR_UK_AYJ("sponsor-uk-ayj", "A Y & J Solicitors, \"Sponsor UK\": the new interface for UK sponsorship",
      SourceKind.SECONDARY, "The web page, which says it is drawn from the Government Authorised Exchange scheme "
          + "guidance", LocalDate.of(2025, 3, 11), "The page's date",
      "https://ayjsolicitors.com/news/sponsor-uk-the-new-interface-for-uk-sponsorship/"),
  /**
   * Law firms' notes on the Sponsor UK private beta: Sable International, DavidsonMorris and Carter Thomas, written
   * after 24 October 2024. Secondary; the citation's section names the firm.
   */
  SPONSOR_UK_COMMENTARY("sponsor-uk-commentary", "Law firms' notes on the Sponsor UK private beta (Sable "
      + "International, DavidsonMorris, Carter Thomas)", SourceKind.SECONDARY, "The three web pages (undated, "
          + "written after 24 October 2024)",
      LocalDate.of(2026, 11, 25), "Undated pages; dated by the day the project recorded its reading", null),
  /** GOV.UK, "UK visa sponsorship for employers: apply for your licence" (how supporting documents are sent). */
  GOVUK_APPLY_FOR_LICENCE("govuk-apply-for-licence", "GOV.UK, UK visa sponsorship for employers: apply for your "
      + "licence", SourceKind.PRIMARY, "The GOV.UK page, an undated snapshot", LocalDate.of(2026, 11, 25),
      "Undated page; dated by the day the project recorded its reading",
      "https://www.gov.uk/uk-visa-sponsorship-employers/apply-for-your-licence"),
  /** Immigration Rules, Appendix Student. */
  RULES_APPENDIX_STUDENT("rules-appendix-student", "Immigration Rules, Appendix Student", SourceKind.PRIMARY,
      "Full text as updated on 25 November 2025", LocalDate.of(2025, 11, 25), "The Rules as updated 25 November 2025",
      null),
  /** Immigration Rules, Part Suitability (SUI 29 to 39: cancellation grounds). */
  RULES_PART_SUITABILITY("rules-part-suitability", "Immigration Rules, Part Suitability", SourceKind.PRIMARY,
      "Full text as on GOV.UK on 6 December 2025", LocalDate.of(2025, 12, 6), "The Rules as at 6 December 2025", null),
  /**
   * Immigration Rules: the worker appendices other than Skilled Worker (Global Business Mobility, Scale-up, T2 Minister
   * of Religion, International Sportsperson, the Temporary Work routes), Appendix Skilled Occupations, Appendix Child
   * Student and the Introduction's definitions: what a CoS must confirm on each route, SOC codes, age limits.
   */
  RULES_WORKER_APPENDICES("rules-worker-appendices",
      "Immigration Rules: worker appendices, Appendix Skilled Occupations, Appendix Child Student", SourceKind.PRIMARY,
      "Full text of each appendix as on GOV.UK (pages \"Updated: 25 November 2025\"), read through a public scrape "
          + "of 6 December 2025",
      LocalDate.of(2025, 11, 25), "The Rules as updated 25 November 2025",
      "https://www.gov.uk/government/collections/immigration-rules"),
  /** HMRC's online help on the employer PAYE reference, and HMRC's own code that checks one. */
  HMRC_PAYE_REFERENCE("hmrc-paye-reference", "HMRC online help: Employer PAYE reference", SourceKind.PRIMARY,
      "The help page's text, and HMRC's open-source library that parses the reference (hmrc/domain, EmpRef)",
      LocalDate.of(2026, 12, 5), "Undated page; dated by the day the project recorded its reading",
      "https://online.hmrc.gov.uk/information/help?helpcategory=security&helpid=EmployerPAYEreference"),
  /**
   * The Immigration Skills Charge Regulations 2017 (SI 2017/499) and their amendment of 2025 (SI 2025/1078): who pays,
   * how much, for how long, and that an assignment is invalid while the charge is unpaid.
   */
  IMMIGRATION_SKILLS_CHARGE_REGULATIONS("isc-regulations",
      "The Immigration Skills Charge Regulations 2017 (SI 2017/499), as amended by SI 2025/1078", SourceKind.PRIMARY,
      "SI 2017/499 on legislation.gov.uk (regulation 2 and the Explanatory Note); the 2025 amendment through five "
          + "secondary sources that agree on its date and figures (its own text was not read)",
      null, "No single edition: each citation gives the date of the version it relies on",
      "https://www.legislation.gov.uk/uksi/2017/499/made"),
  /** GOV.UK, "UK visa sponsorship for employers: Immigration skills charge" (rates, how it is worked out, exemptions). */
  GOVUK_IMMIGRATION_SKILLS_CHARGE("govuk-immigration-skills-charge",
      "GOV.UK, UK visa sponsorship for employers: Immigration skills charge", SourceKind.PRIMARY,
      "Through a mirror of the page (its list of exempt SOC 2020 codes, undated) and an older copy listing SOC 2010 "
          + "codes",
      LocalDate.of(2026, 12, 5), "Undated page; dated by the day the project recorded its reading",
      "https://www.gov.uk/uk-visa-sponsorship-employers/immigration-skills-charge"),
  /**
   * The Immigration and Nationality (Fees) Regulations 2018, Schedule 4 (sponsorship): the Certificate of Sponsorship
   * fees for Workers and Temporary Workers.
   */
  FEES_REGULATIONS("fees-regulations",
      "The Immigration and Nationality (Fees) Regulations 2018, Schedule 4 (sponsorship), as amended",
      SourceKind.PRIMARY, "Regulation 11 of SI 2020/1147 (which amends Schedule 4) on legislation.gov.uk; the amounts "
          + "of 4 October 2023 and 9 April 2025 through secondary sources, noted per citation",
      null, "No single edition: each citation gives the date of the amount it relies on",
      "https://www.legislation.gov.uk/uksi/2018/330/schedule/4"),
  /** ONS, Standard Occupational Classification 2020 (SOC 2020): the occupation codes a CoS carries. */
  ONS_SOC_2020("ons-soc-2020", "ONS, Standard Occupational Classification 2020 (SOC 2020)", SourceKind.PRIMARY,
      "The GDS Data Standards Authority page on SOC (structure, the coding index as an Excel workbook, its owner) and "
          + "the ONS re-use statement (Open Government Licence)",
      LocalDate.of(2026, 12, 5), "Undated pages; dated by the day the project recorded its reading",
      "https://www.ons.gov.uk/methodology/classificationsandstandards/standardoccupationalclassificationsoc/soc2020"),
  /** GOV.UK, "UK visa sponsorship for employers: your responsibilities". */
  GOVUK_SPONSOR_RESPONSIBILITIES("govuk-sponsor-responsibilities",
      "GOV.UK, UK visa sponsorship for employers: your responsibilities", SourceKind.PRIMARY,
      "The GOV.UK page, an undated snapshot", LocalDate.of(2026, 11, 25),
      "Undated page; dated by the day the project recorded its reading",
      "https://www.gov.uk/uk-visa-sponsorship-employers/your-responsibilities"),
  /** GOV.UK bank holidays feed. */
  GOVUK_BANK_HOLIDAYS("govuk-bank-holidays", "GOV.UK bank holidays (gov.uk/bank-holidays.json)", SourceKind.PRIMARY,
      "Two verbatim copies of the feed, kept as test fixtures with their provenance (2018 to 2026, taken March "
          + "2024; 2024 to 2027, taken 17 August 2025)",
      LocalDate.of(2025, 8, 17), "The newer copy of the feed", "https://www.gov.uk/bank-holidays.json"),
  /**
   * jollyday (de.focus-shift) 2.19.0, {@code holidays/Holidays_gb.xml}: the UK bank-holiday rules the working-day
   * calendars are compiled from (sub-calendars {@code eng}, {@code sct}, {@code nir}).
   */
  JOLLYDAY_HOLIDAYS_GB("jollyday-holidays-gb", "jollyday 2.19.0, Holidays_gb.xml", SourceKind.SECONDARY,
      "The library's data file, read through its API at build or run time and held against the GOV.UK feed by "
          + "golden tests",
      LocalDate.of(2026, 7, 27), "The build date of the 2.19.0 release",
      "https://github.com/focus-shift/jollyday"),
  /**
   * A royal proclamation under the Banking and Financial Dealings Act 1971, s.1(3): how a one-off bank holiday is
   * added or a bank holiday moved. Each proclamation is cited with its own date.
   */
  BANKING_ACT_1971_PROCLAMATION("banking-act-1971-proclamation",
      "Banking and Financial Dealings Act 1971, s.1(3) proclamation", SourceKind.PRIMARY,
      "The power as the project's research describes it; each proclamation is the caller's to cite", null,
      "No edition: each citation gives the date of its proclamation", null),
  /**
   * Home Office Bulk Data Transfer schema v2.1 ({@code BulkDataCommon-v2.1.xsd},
   * {@code BulkDataCASUpload-General-v2.1.xsd}) and its documentation comments.
   */
  BDT_SCHEMA_V2_1("bdt-schema-v2-1", "Home Office BDT schema v2.1", SourceKind.PRIMARY,
      "Verbatim copies of the two XSD files (a public GitHub copy matching the GOV.UK set), bundled with sms-xml",
      LocalDate.of(2021, 3, 14),
      "v2.1, as published with the example files of 14 March 2021; the revision of 3 August 2022 was not found",
      "https://www.gov.uk/government/publications/bulk-data-transfer-for-sponsors-xml-schema"),
  /** GOV.UK "Bulk data transfer for sponsors: example files" (14 March 2021). */
  BDT_EXAMPLE_FILES("bdt-example-files", "GOV.UK Bulk data transfer for sponsors: example files", SourceKind.PRIMARY,
      "Verbatim copies of the 13 files", LocalDate.of(2021, 3, 14), "Last updated 14 March 2021 (Graduate route)",
      null),
  /** GOV.UK "Bulk data transfer toolkit: reference data values for CAS fields", version 16. */
  BDT_REFERENCE_VALUES_V16("bdt-reference-values-v16",
      "GOV.UK BDT toolkit: reference data values for CAS fields, version 16", SourceKind.PRIMARY,
      "The accessible page (its first 3 of 9 pages: the AcademicLevel list) and a third-party transcription of the "
          + "other lists (SELT reasons, test providers, CEFR levels)",
      LocalDate.of(2023, 7, 31), "Version 16, updated 31 July 2023",
      "https://www.gov.uk/government/publications/bulk-data-transfer-for-sponsors-data-values-for-cas-fields"),
  /** Oracle PeopleSoft Campus Solutions "(GBR) PBI" field documentation (upload, update and report files). */
  ORACLE_PBI("oracle-pbi", "Oracle PeopleSoft Campus Solutions, (GBR) PBI field derivation", SourceKind.SECONDARY,
      "The documentation pages on docs.oracle.com (upload, update and report extract fields)",
      LocalDate.of(2026, 11, 25), "Undated pages; dated by the day the project recorded its reading", null),
  /** UKBA, "Tier 4 of the points-based system: policy guidance" (work placements), restated in Student guidance. */
  TIER4_POLICY_GUIDANCE("tier4-policy-guidance", "UKBA Tier 4 of the points-based system: policy guidance",
      SourceKind.PRIMARY, "As restated by the BDT schema's documentation and the Student sponsor guidance; the "
          + "2009-era text itself through secondary sources",
      null, "No edition read: each citation gives the date of the text it relies on", null),
  /** GOV.UK, "Register of licensed sponsors: workers" and "students" (CSV). */
  REGISTER_OF_SPONSORS("register-of-sponsors", "GOV.UK, Register of licensed sponsors (workers, students)",
      SourceKind.PRIMARY, "Byte-exact samples of the workers file of 2 November 2021 and of an early-2025 copy; the "
          + "2026 rating and route strings and the students layout through public repositories that track the file",
      LocalDate.of(2021, 11, 2), "The complete file the main sample was taken from", null),
  /**
   * The project's own decision where the sources are silent or disagree; the citation's section names the decision
   * record in {@code docs/decisions/}.
   */
  PROJECT_DECISION("project-decision", "sponsor-sdk decision record", SourceKind.PROJECT_DECISION,
      "docs/decisions/ in this repository", LocalDate.of(2026, 11, 25),
      "The records accepted on 25 November 2026; a later record is cited with its own date", null),
  /**
   * A secondary source (law firm, university or vendor page) quoting or paraphrasing the guidance, used where the
   * primary text could not be read; the citation's section names the site and its date, the note what it says.
   */
  SECONDARY_SOURCE("secondary-source", "Secondary source quoting the guidance", SourceKind.SECONDARY,
      "The pages listed in docs/sources.md, each cited by site (and date, where the page has one)",
      LocalDate.of(2026, 11, 25), "The day the project recorded its reading of the pages; a citation of a dated page "
          + "or of a rule with a known start gives that date instead", null),
  /**
   * A document the caller cites that this catalogue does not hold; the citation's section names it and gives its
   * date. See the class documentation.
   */
  CALLER_DOCUMENT("caller-document", "A document supplied by the caller", SourceKind.CALLER_SUPPLIED,
      "Not read by the project: the caller's citation names it", null,
      "No edition: each citation gives the date of the caller's document", null);

  /** The generated document that holds one section per source. */
  public static final String DOCUMENT = "docs/sources.md";

  private final String id;
  private final String title;
  private final SourceKind kind;
  private final String readAs;
  private final LocalDate edition;
  private final String editionNote;
  private final String url;

  Source(String id, String title, SourceKind kind, String readAs, LocalDate edition, String editionNote, String url) {
    this.id = id;
    this.title = title;
    this.kind = kind;
    this.readAs = readAs;
    this.edition = edition;
    this.editionNote = editionNote;
    this.url = url;
  }

  /**
   * {@return the stable identifier, also the anchor of the source's section in {@code docs/sources.md}:
   * {@code sms-manual-1}}
   */
  public String id() {
    return id;
  }

  /** {@return the document's title as cited: {@code "SMS Manual 1: Introduction to SMS"}} */
  public String title() {
    return title;
  }

  /** {@return what kind of document this is} */
  public SourceKind kind() {
    return kind;
  }

  /** {@return where and how the project read the document: full text, a landing page, or through secondary sources} */
  public String readAs() {
    return readAs;
  }

  /**
   * {@return the date of the edition the project read, used as a citation's effective date when the source gives no
   * date for the rule; empty where the project read no single edition (each citation then gives its own date)}
   */
  public Optional<LocalDate> edition() {
    return Optional.ofNullable(edition);
  }

  /** {@return how {@link #edition()} was dated, or why there is none} */
  public String editionNote() {
    return editionNote;
  }

  /** {@return a public address of the document, where the project knows one} */
  public Optional<String> url() {
    return Optional.ofNullable(url);
  }

  /** {@return the repository path and anchor of this source's section: {@code docs/sources.md#sms-manual-1}} */
  public String anchor() {
    return DOCUMENT + "#" + id;
  }

  /**
   * {@return the source whose {@link #id()} is {@code id}}
   *
   * @param id a source id, as in {@code docs/sources.md}
   */
  public static Optional<Source> byId(String id) {
    for (Source s : values()) {
      if (s.id.equals(id)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
