/**
 * The GOV.UK registers of licensed sponsors (workers, and students) read into typed rows.
 *
 * <p>{@link io.github.sponsorsdk.sms.core.register.RegisterParser#parse(java.io.Reader)} reads the CSV from a
 * caller's {@link java.io.Reader} (this module opens no files), detects the layout by its header, and returns the
 * good rows and one finding per bad row. {@link io.github.sponsorsdk.sms.core.register.RegisteredSponsor#group}
 * groups rows by organisation. Sources: the registers themselves (samples of 2 November 2021 and 2025 in the
 * project's reference folder) and docs/sources.md#register-of-sponsors. CSV syntax is Apache Commons CSV's: the SDK
 * never splits CSV by
 * hand.
 */
package io.github.sponsorsdk.sms.core.register;
