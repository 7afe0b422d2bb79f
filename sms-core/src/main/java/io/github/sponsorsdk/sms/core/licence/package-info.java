/**
 * The sponsor licence: its {@link io.github.sponsorsdk.sms.core.licence.LicenceStatus status}, the
 * {@link io.github.sponsorsdk.sms.core.licence.Rating rating} held per route category, the licensed routes, dates and
 * {@link io.github.sponsorsdk.sms.core.licence.Allocation allocations} of CoS/CAS.
 *
 * <p>Values only: they refuse inconsistent data (a route without a rating, more used than granted) and report every
 * problem at once. What a status or rating allows in a given situation, and allocation accounting, are rules in
 * sms-rules. Sources: SMS Manual 1 "Access to SMS"; docs/sources.md#sms-manual-1-licence, #secondary-licence and
 * #secondary-allocations.
 */
package io.github.sponsorsdk.sms.core.licence;
