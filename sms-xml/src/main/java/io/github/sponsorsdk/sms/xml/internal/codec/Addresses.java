package io.github.sponsorsdk.sms.xml.internal.codec;

import io.github.sponsorsdk.sms.xml.internal.FieldReader;
import io.github.sponsorsdk.sms.xml.internal.StructureException;
import io.github.sponsorsdk.sms.xml.internal.XmlOut;
import io.github.sponsorsdk.sms.xml.records.InternationalAddress;
import io.github.sponsorsdk.sms.xml.records.UkAddress;
import io.github.sponsorsdk.sms.xml.schema.BdtField;
import javax.xml.stream.XMLStreamException;

/** {@code UKAddressStructure} and {@code InternationalAddressStructure}, shared by the CAS codec's parts. */
final class Addresses {
  private Addresses() {}

  /** Reads the children of an already opened international address element and closes it. */
  static InternationalAddress readInternational(FieldReader in) {
    InternationalAddress.Builder a = InternationalAddress.builder();
    int lines = 0;
    do {
      if (++lines > BdtField.ADDRESS_LINE.maxOccurs()) {
        throw new StructureException("more than 3 <AddressLine> elements");
      }
      a.addAddressLines(in.text(BdtField.ADDRESS_LINE));
    } while (in.at(BdtField.ADDRESS_LINE));
    a.city(in.text(BdtField.CITY)).countyAreaDistrict(in.optText(BdtField.COUNTY_AREA_DISTRICT))
        .postCode(in.optText(BdtField.INTERNATIONAL_POST_CODE)).country(in.text(BdtField.COUNTRY));
    in.cursor().end();
    return a.build();
  }

  /** Reads the children of an already opened UK address element and closes it. */
  static UkAddress readUk(FieldReader in) {
    UkAddress.Builder a = UkAddress.builder();
    int lines = 0;
    do {
      if (++lines > BdtField.ADDRESS_LINE.maxOccurs()) {
        throw new StructureException("more than 3 <AddressLine> elements");
      }
      a.addAddressLines(in.text(BdtField.ADDRESS_LINE));
    } while (in.at(BdtField.ADDRESS_LINE));
    a.city(in.text(BdtField.CITY)).countyAreaDistrict(in.optText(BdtField.COUNTY_AREA_DISTRICT))
        .postCode(in.text(BdtField.UK_POST_CODE));
    in.cursor().end();
    return a.build();
  }

  static void writeUk(XmlOut out, String name, UkAddress a) throws XMLStreamException {
    out.start(name);
    for (String line : a.addressLines()) {
      out.text(BdtField.ADDRESS_LINE, line);
    }
    out.text(BdtField.CITY, a.city());
    out.text(BdtField.COUNTY_AREA_DISTRICT, a.countyAreaDistrict());
    out.leaf(BdtField.UK_POST_CODE, a.postCode());
    out.end();
  }

  static void writeInternational(XmlOut out, String name, InternationalAddress a) throws XMLStreamException {
    out.start(name);
    for (String line : a.addressLines()) {
      out.text(BdtField.ADDRESS_LINE, line);
    }
    out.text(BdtField.CITY, a.city());
    out.text(BdtField.COUNTY_AREA_DISTRICT, a.countyAreaDistrict());
    out.text(BdtField.INTERNATIONAL_POST_CODE, a.postCode());
    out.leaf(BdtField.COUNTRY, a.country());
    out.end();
  }
}
