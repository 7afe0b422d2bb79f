package io.github.sponsorsdk.sms.core.job;

/**
 * The sector a Seasonal Worker is employed in: the CoS must "confirm that they are employed in either the
 * horticulture or the poultry production sector" (Appendix Temporary Work - Seasonal Worker SAW 4.1(f);
 * docs/sources.md#rules-cos-content).
 */
public enum SeasonalSector {
  /** Horticulture (protected and field vegetables, soft and top fruit, vines and bines, mushrooms, and others). */
  HORTICULTURE,
  /** Poultry production. */
  POULTRY
}
