/** The state of the fake as JSON-ready values: what a snapshot holds (password hashes, never passwords). */
package io.github.sponsorsdk.sms.testkit.state;
