package io.github.sponsorsdk.sms.xml.records;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import java.util.List;
import java.util.Optional;
import io.github.sponsorsdk.sms.xml.schema.BdtField;
import org.immutables.value.Value;

/** A UK address ({@code UKAddressStructure}): one to three lines, a town, an optional county, a BS 7666 postcode. */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableUkAddress.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableUkAddress.class)
@JsonDeserialize(as = ImmutableUkAddress.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableUkAddress.class)
public abstract class UkAddress implements WithUkAddress {
  /** {@return the address lines, in order} */
  public abstract List<String> addressLines();

  /** {@return the city} */
  public abstract String city();

  /** {@return the county, area or district, when given} */
  public abstract Optional<String> countyAreaDistrict();

  /** {@return the postcode} */
  public abstract String postCode();

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code UkAddress}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableUkAddress.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Check c = new Check("UkAddress");
    c.lines("addressLines", BdtField.ADDRESS_LINE, addressLines());
    c.field("city", BdtField.CITY, city())
        .field("countyAreaDistrict", BdtField.COUNTY_AREA_DISTRICT, countyAreaDistrict())
        .field("postCode", BdtField.UK_POST_CODE, postCode())
        .done();
  }
}
