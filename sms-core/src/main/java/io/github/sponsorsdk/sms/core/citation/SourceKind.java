package io.github.sponsorsdk.sms.core.citation;

/**
 * What kind of document a {@link Source} is, so a reader knows how far to trust a rule that cites it.
 *
 * <p>The kind describes the document, not how the project read it: a Home Office guidance document read only through
 * a law firm's quotation is still {@link #PRIMARY}; {@link Source#readAs()} says how it was read.
 */
public enum SourceKind {
  /**
   * The Home Office's, UKVI's or Parliament's own text, or official data (the SMS manuals, the guidance, the
   * Immigration Rules, GOV.UK feeds).
   */
  PRIMARY,
  /** A third party's text or data: a law firm, university, vendor or library quoting or modelling the sources. */
  SECONDARY,
  /** This project's own decision where the sources are silent or disagree, recorded in {@code docs/decisions/}. */
  PROJECT_DECISION,
  /**
   * A document the caller cites and the project has not read: a royal proclamation made after this release, a
   * sponsor's legal advice. The citation's section names the document and its effective date is the caller's.
   */
  CALLER_SUPPLIED
}
