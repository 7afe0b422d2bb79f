/**
 * Streaming reading and writing of BDT files: {@link io.github.sponsorsdk.sms.xml.io.BdtReader} hands out one typed
 * record at a time in constant memory; {@link io.github.sponsorsdk.sms.xml.io.BdtWriter} streams records out as
 * ISO 8859-1.
 *
 * <p>Secure by default (decision 0510): a DOCTYPE is refused outright, so there is no DTD, no entity expansion and
 * no external entity; nothing is ever fetched; {@link io.github.sponsorsdk.sms.xml.io.ReadOptions} bound file size,
 * record count, text length and nesting depth, each with a clear
 * {@link io.github.sponsorsdk.sms.xml.io.BdtReadException.Problem}. All XML parsing is the JDK's StAX.
 */
package io.github.sponsorsdk.sms.xml.io;
