/** The controllable clock: time moves only when a test advances it, and time-based changes happen then. */
package io.github.sponsorsdk.sms.testkit.clock;
