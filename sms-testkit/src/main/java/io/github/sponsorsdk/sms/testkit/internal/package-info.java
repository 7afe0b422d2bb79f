/** Plumbing of the fake (store and transactions, hashing, identifiers, JSON); not API, not exported. */
package io.github.sponsorsdk.sms.testkit.internal;
