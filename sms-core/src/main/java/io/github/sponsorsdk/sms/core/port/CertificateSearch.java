package io.github.sponsorsdk.sms.core.port;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.annotation.JsonIgnore;
import io.github.sponsorsdk.sms.core.identifier.CasNumber;
import io.github.sponsorsdk.sms.core.identifier.CertificateNumber;
import io.github.sponsorsdk.sms.core.identifier.CosNumber;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.Sensitive;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import io.github.sponsorsdk.sms.core.value.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The SMS search for CoS/CAS: by passport number or by certificate number, exactly one of them (Manual 1,
 * Troubleshooting: "No CAS were found for the search criteria given.").
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableCertificateSearch.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableCertificateSearch.class)
@JsonDeserialize(as = ImmutableCertificateSearch.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableCertificateSearch.class)
public abstract class CertificateSearch implements WithCertificateSearch {

  /** {@return the passport number searched for, when searching by passport} */
  @Sensitive
  public abstract Optional<String> passportNumber();

  /** {@return the CoS number searched for, when searching a CoS by number} */
  public abstract Optional<CosNumber> cosNumber();

  /** {@return the CAS number searched for, when searching a CAS by number} */
  public abstract Optional<CasNumber> casNumber();

  /** {@return the number searched for, whichever kind} */
  @JsonIgnore
  public Optional<CertificateNumber> number() {
    return cosNumber().isPresent() ? cosNumber().map(CertificateNumber.class::cast)
        : casNumber().map(CertificateNumber.class::cast);
  }

  /**
   * {@return a search by passport number}
   *
   * @param passportNumber the passport or travel document number, as on the certificate
   */
  public static CertificateSearch byPassport(String passportNumber) {
    return ImmutableCertificateSearch.builder().passportNumber(passportNumber).build();
  }

  /**
   * {@return a search by certificate number}
   *
   * @param number the CoS or CAS number
   */
  public static CertificateSearch byNumber(CertificateNumber number) {
    ImmutableCertificateSearch.Builder b = ImmutableCertificateSearch.builder();
    if (number instanceof CosNumber) {
      b.cosNumber((CosNumber) number);
    } else {
      b.casNumber((CasNumber) number);
    }
    return b.build();
  }

  @Value.Check
  void check() {
    List<Violation> v = new ArrayList<>(ValueValidation.violations(this));
    int given = (passportNumber().isPresent() ? 1 : 0) + (cosNumber().isPresent() ? 1 : 0)
        + (casNumber().isPresent() ? 1 : 0);
    if (given != 1) {
      v.add(Violation.of("passportNumber|cosNumber|casNumber", given + " given", "ExactlyOne",
          "search by passport number or by certificate number, exactly one"));
    }
    ValueValidation.requireNone("CertificateSearch", v);
  }

  @Override
  public String toString() {
    return number().map(n -> "CertificateSearch{number=" + n + "}").orElse("CertificateSearch{passport=****}");
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code CertificateSearch}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableCertificateSearch.Builder {
    Builder() {}
  }
}
