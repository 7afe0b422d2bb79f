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
@JsonDeserialize(as = ImmutableDocumentation.class)
public abstract class Documentation {
  /** Multi-line free text, up to 2000 characters. */
  public abstract String documentsUsedToObtainOffer();

  public abstract boolean courseRequiresAtas();

  public abstract boolean postgraduateDeanCertificateRequired();

  public static ImmutableDocumentation.Builder builder() {
    return ImmutableDocumentation.builder();
  }

  @Value.Check
  protected void check() {
    new Check("Documentation")
        .field("documentsUsedToObtainOffer", BdtField.DOCUMENTS_USED_TO_OBTAIN_OFFER, documentsUsedToObtainOffer())
        .done();
  }
}
