/**
 * Not API. The one-pass engine, one job per class:
 *
 * <ul>
 *   <li>{@code Cursor}: the position in the file (StAX pull, element stack, limits, navigation, locations);
 *   <li>{@code SchemaReplay}: the schema's judgement of the same events, live ({@code SaxBridge}) or replayed from
 *       an {@code EventBuffer} for the upload kinds, plus the character ranges of the string types;
 *   <li>{@code Lexical} and {@code FieldReader}: the lexical forms of the schema's simple types and the typed reading
 *       of each {@link io.github.sponsorsdk.sms.xml.schema.BdtField};
 *   <li>{@code codec}: one codec per record kind (and header), which both reads and writes it around the field table;
 *   <li>{@code XmlOut} and {@code Transliteration}: the writing side of the codecs;
 *   <li>{@code BdtStream}: the orchestration the reader and the validator share.
 * </ul>
 *
 * <p>For the upload kinds a record is cleared by the mapping's own checks (the schema's facets restated) and
 * replayed into the per-record schema only when those checks reject it or meet something they do not judge; for the
 * other kinds every event goes to the JDK schema validator live. Either way schema findings carry their record,
 * line, column and path. Also here: the secure StAX factories.
 */
package io.github.sponsorsdk.sms.xml.internal;
