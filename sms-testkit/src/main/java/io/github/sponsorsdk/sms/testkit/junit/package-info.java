/** The JUnit 5 extension: one line, a fresh fake per test by default. */
package io.github.sponsorsdk.sms.testkit.junit;
