/**
 * Not API. One codec per BDT record kind and header, each reading and writing its element structure in the schema's
 * order around the fields of {@link io.github.sponsorsdk.sms.xml.schema.BdtField}; {@code FileCodec} pairs them per
 * {@link io.github.sponsorsdk.sms.xml.schema.BdtFileKind}.
 */
package io.github.sponsorsdk.sms.xml.internal.codec;
