package io.github.sponsorsdk.sms.rules.certificate;

/**
 * The decision on the visa application a USED certificate supports, once made. A certificate used in an application
 * that was granted or refused cannot be used again (Appendix Skilled Worker SW 5.1(d); Appendix Student ST 7.2);
 * one whose application was rejected as invalid, made void or withdrawn can, and goes back to ASSIGNED.
 */
public enum ApplicationDecision {
  /** The visa application was granted. */
  GRANTED,
  /** The visa application was refused. */
  REFUSED
}
