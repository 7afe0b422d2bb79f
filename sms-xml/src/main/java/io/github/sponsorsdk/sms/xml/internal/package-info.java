/**
 * Not API. The one-pass engine ({@code BdtStream}): StAX pull, record mapping by recursive descent, events fed to
 * the JDK schema validator through a SAX adapter so schema errors arrive while the stream is on their record; the
 * secure factories; the character repertoires of the schema's string types.
 */
package io.github.sponsorsdk.sms.xml.internal;
