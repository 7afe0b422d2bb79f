/**
 * The command line for a sponsor's IT team: {@code validate FILE} and {@code describe FILE}, run from the runnable
 * {@code sms-xml-VERSION-cli.jar}.
 *
 * <p>Not API: the module does not export this package, so code on the module path cannot use it, and it may change in
 * any release. Programs use {@link io.github.sponsorsdk.sms.xml.validate.BdtValidator} and
 * {@link io.github.sponsorsdk.sms.xml.io.BdtReader} instead; the command's arguments, output and exit codes are what
 * is kept stable.
 */
package io.github.sponsorsdk.sms.xml.cli;
