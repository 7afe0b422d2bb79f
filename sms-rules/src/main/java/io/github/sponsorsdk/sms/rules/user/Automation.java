package io.github.sponsorsdk.sms.rules.user;

/**
 * Whether the Home Office has granted the sponsor "automation": from 6 April 2014 a sponsor with it adds new Level 1
 * users and changes a Level 1 user's address without casework (SMS Manual 1, Glossary, "Automation"). Whether the
 * rule is in force on a date is {@link UserParameters#level1AddressAutomation()}; this says whether the sponsor has
 * it. An argument of {@link UserManagementRules#requestLevel1} and {@link UserManagementRules#amend}, in place of a
 * boolean.
 */
public enum Automation {
  /** The sponsor has automation: qualifying changes apply at once. */
  GRANTED,
  /** The sponsor has no automation: Level 1 requests and address changes go to the Home Office. */
  NOT_GRANTED
}
