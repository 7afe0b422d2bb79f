package io.github.sponsorsdk.sms.xml.records;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import java.util.List;
import java.util.Optional;
import io.github.sponsorsdk.sms.xml.schema.BdtField;
import org.immutables.value.Value;

/** An address anywhere ({@code InternationalAddressStructure}): lines, town, optional county and postcode, country. */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableInternationalAddress.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableInternationalAddress.class)
@JsonDeserialize(as = ImmutableInternationalAddress.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableInternationalAddress.class)
public abstract class InternationalAddress implements WithInternationalAddress {
  /** {@return the address lines, in order} */
  public abstract List<String> addressLines();

  /** {@return the city} */
  public abstract String city();

  /** {@return the county, area or district, when given} */
  public abstract Optional<String> countyAreaDistrict();

  /** {@return the postcode, when given} */
  public abstract Optional<String> postCode();

  /** {@return the SMS 3-letter country code (ISO 3166-1 alpha-3 plus SMS extras)} */
  public abstract String country();

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code InternationalAddress}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableInternationalAddress.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Check c = new Check("InternationalAddress");
    c.lines("addressLines", BdtField.ADDRESS_LINE, addressLines());
    c.field("city", BdtField.CITY, city())
        .field("countyAreaDistrict", BdtField.COUNTY_AREA_DISTRICT, countyAreaDistrict())
        .field("postCode", BdtField.INTERNATIONAL_POST_CODE, postCode())
        .field("country", BdtField.COUNTRY, country())
        .done();
  }
}
