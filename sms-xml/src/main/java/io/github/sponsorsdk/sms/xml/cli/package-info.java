/** The command line for a sponsor's IT team: {@code validate FILE} and {@code describe FILE} (runnable jar). */
package io.github.sponsorsdk.sms.xml.cli;
