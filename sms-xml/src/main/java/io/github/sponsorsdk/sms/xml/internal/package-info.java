/**
 * Not API. The one-pass engine ({@code BdtStream}): StAX pull and record mapping by recursive descent. For the
 * upload kinds a record is cleared by the mapping's own checks (the schema's facets restated) and replayed from
 * {@code EventBuffer} into the per-record schema only when those checks reject it or meet something they do not
 * judge; for the other kinds every event goes to the JDK schema validator through a SAX adapter ({@code SaxBridge}).
 * Either way schema findings carry their record, line, column and path. Also here: the secure StAX factories and the
 * character repertoires of the schema's string types ({@code Repertoire}).
 */
package io.github.sponsorsdk.sms.xml.internal;
