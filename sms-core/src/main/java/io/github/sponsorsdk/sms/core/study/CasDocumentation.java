package io.github.sponsorsdk.sms.core.study;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;

/**
 * {@code Documentation}: the documents used to make the offer, whether the course needs an ATAS certificate, and
 * whether a Postgraduate Dean's certificate is required (doctors and dentists). BDT schema v2.1
 * {@code DocumentationStructure}: the list is free text of up to 2,000 characters ({@code PBSMultiLineStringType}).
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableCasDocumentation.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableCasDocumentation.class)
@JsonDeserialize(as = ImmutableCasDocumentation.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableCasDocumentation.class)
public abstract class CasDocumentation implements WithCasDocumentation {

  /** {@return {@code DocumentsUsedToObtainOffer}: free text, 1 to 2,000 characters, line breaks allowed} */
  @Size(min = 1, max = 2000)
  @Pattern(regexp = CasDetails.MULTI_LINE, message = CasDetails.MULTI_LINE_MESSAGE)
  public abstract String documentsUsedToObtainOffer();

  /** {@return {@code CourseRequiresATAS}} */
  public abstract boolean courseRequiresAtas();

  /** {@return {@code PostgraduateDeanCertificateRequired}} */
  public abstract boolean postgraduateDeanCertificateRequired();

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code CasDocumentation}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableCasDocumentation.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ValueValidation.check(this);
  }
}
