package io.github.sponsorsdk.sms.xml.records;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.SmsStyle;

import io.github.sponsorsdk.sms.xml.schema.BdtField;
import org.immutables.value.Value;

/** {@code Documentation}: the documents used to make the offer, ATAS, Postgraduate Dean certificate. */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableDocumentation.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableDocumentation.class)
@JsonDeserialize(as = ImmutableDocumentation.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableDocumentation.class)
public abstract class Documentation implements WithDocumentation {
  /** {@return multi-line free text, up to 2000 characters} */
  public abstract String documentsUsedToObtainOffer();

  /** {@return true when the course needs an ATAS certificate} */
  public abstract boolean courseRequiresAtas();

  /** {@return true when a postgraduate dean's certificate is needed} */
  public abstract boolean postgraduateDeanCertificateRequired();

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code Documentation}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableDocumentation.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    new Check("Documentation")
        .field("documentsUsedToObtainOffer", BdtField.DOCUMENTS_USED_TO_OBTAIN_OFFER, documentsUsedToObtainOffer())
        .done();
  }
}
