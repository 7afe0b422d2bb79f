package io.github.sponsorsdk.sms.core.port;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.identifier.CertificateNumber;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * A printable summary of one certificate ("Print CoS", Manual 10; "Printing CAS", Manual 6): its number, kind,
 * route, status and the migrant's name and passport, as lines of text ready for a printer or a PDF renderer. The SMS's
 * own print layout was not read; the lines are the SDK's, in the order of the "View CoS/CAS" screen's headings.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableCertificatePrint.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableCertificatePrint.class)
@JsonDeserialize(as = ImmutableCertificatePrint.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableCertificatePrint.class)
public abstract class CertificatePrint implements WithCertificatePrint {

  /** {@return the certificate printed} */
  public abstract CertificateNumber number();

  /** {@return the printable lines ({@code "Heading: value"}), in order} */
  public abstract List<String> lines();

  /** {@return the lines joined with line feeds, ending with one} */
  public String text() {
    return String.join("\n", lines()) + "\n";
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code CertificatePrint}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableCertificatePrint.Builder {
    Builder() {}
  }
}
