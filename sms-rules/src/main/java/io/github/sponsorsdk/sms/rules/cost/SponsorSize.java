package io.github.sponsorsdk.sms.rules.cost;

/**
 * The sponsor's size for the Immigration Skills Charge, declared by the caller: the SMS does not hold it.
 *
 * <p>Small or charitable (The Immigration Skills Charge Regulations 2017, regulation 2;
 * docs/sources.md#isc-regulations): "(a) a company subject to the small companies regime under section 381 of the
 * Companies Act 2006; (b) a charity within the meaning of section 1 of the Charities Act 2011, or section 1 of the
 * Charities Act (Northern Ireland) 2008, or a body entered in the Scottish Charity Register; or (c) a person who
 * employs no more than 50 employees". Every other sponsor is medium or large.
 */
public enum SponsorSize {
  /** Small (Companies Act 2006 s.381 small companies regime, or at most 50 employees) or charitable. */
  SMALL_OR_CHARITABLE,
  /** Every other sponsor. */
  MEDIUM_OR_LARGE
}
