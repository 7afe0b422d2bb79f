package io.github.sponsorsdk.sms.xml.internal.codec;

import io.github.sponsorsdk.sms.xml.internal.FieldReader;
import io.github.sponsorsdk.sms.xml.internal.StructureException;
import io.github.sponsorsdk.sms.xml.schema.BdtField;

/** The {@code CASReport} discriminator shared by the two reporting kinds. */
final class Reports {
  private Reports() {}

  static void expect(FieldReader in, String expected) {
    String v = in.text(BdtField.CAS_REPORT);
    if (!expected.equals(v)) {
      throw new StructureException("CASReport must be " + expected + ", is '" + v + "'");
    }
  }
}
