/**
 * Which system serves a licence's route: the SMS or its successor Sponsor UK. From 24 October 2024 selected sponsors
 * of the Government Authorised Exchange route (the guidance's "PB1 sponsors") sponsor through Sponsor UK; every other
 * route stays on the SMS; both are to run side by side for "two to four years" (docs/sources.md#sponsor-uk-start,
 * docs/sources.md#sponsor-uk-scope). {@link io.github.sponsorsdk.sms.rules.migration.MigrationRules} answers whether
 * a function of one system may be used for a route, and whether a route may be marked migrated on a date.
 */
package io.github.sponsorsdk.sms.rules.migration;
