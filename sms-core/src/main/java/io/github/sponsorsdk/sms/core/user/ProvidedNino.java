package io.github.sponsorsdk.sms.core.user;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.identifier.NationalInsuranceNumber;
import io.github.sponsorsdk.sms.core.value.Sensitive;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import org.immutables.value.Value;

/**
 * A National Insurance number given by the person. Personal data: {@code toString} shows only the masked form
 * ({@code AB******C}) and validation errors show {@link Sensitive#MASK}.
 */
@Value.Immutable(builder = false)
@SmsStyle
@JsonSerialize(as = ImmutableProvidedNino.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableProvidedNino.class)
@JsonDeserialize(as = ImmutableProvidedNino.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableProvidedNino.class)
public non-sealed abstract class ProvidedNino implements NinoDeclaration, WithProvidedNino {

  /** {@return the number} */
  @Sensitive
  @Value.Parameter
  public abstract NationalInsuranceNumber nino();

  /**
   * {@return a declaration of {@code nino}}
   *
   * @param nino the number
   */
  public static ProvidedNino of(NationalInsuranceNumber nino) {
    return ImmutableProvidedNino.of(nino);
  }

  @Override
  public String toString() {
    return "ProvidedNino{" + nino() + "}";
  }
}
