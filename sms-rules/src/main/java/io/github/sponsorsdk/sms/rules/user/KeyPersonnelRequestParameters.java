package io.github.sponsorsdk.sms.rules.user;

import static io.github.sponsorsdk.sms.rules.licence.LicenceParameters.COVERAGE_FROM;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.rules.effective.DateEffective;
import io.github.sponsorsdk.sms.rules.effective.ParameterSet;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * The date-effective parameters of {@link KeyPersonnelRequestRules}: immediate fulfilment from 23 March 2023. The
 * sources disagree on the day: 23 March 2023 (the Home Office e-mail of that day as quoted by smithstonewalters,
 * stevens-bolton, woodcocklaw, manislaw, Morgan Lewis, freemovement) against 24 March 2023 (boyesturner). Default:
 * 23 March 2023, the majority and the date of the e-mail.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableKeyPersonnelRequestParameters.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableKeyPersonnelRequestParameters.class)
@JsonDeserialize(as = ImmutableKeyPersonnelRequestParameters.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableKeyPersonnelRequestParameters.class)
public abstract class KeyPersonnelRequestParameters implements ParameterSet, WithKeyPersonnelRequestParameters {

  /** The first day qualifying requests are fulfilled immediately. */
  public static final LocalDate IMMEDIATE_FULFILMENT_FROM = LocalDate.of(2023, 3, 23);

  /** {@return whether qualifying requests are fulfilled immediately} */
  public abstract DateEffective<ImmediateFulfilment> immediateFulfilment();

  @JsonIgnore
  @Override
  public List<DateEffective<?>> parameters() {
    return List.of(immediateFulfilment());
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code KeyPersonnelRequestParameters}. */
  public static final class Builder extends ImmutableKeyPersonnelRequestParameters.Builder {
    Builder() {}
  }

  /** {@return the parameters as the sources state them} */
  public static KeyPersonnelRequestParameters defaults() {
    return builder()
        .immediateFulfilment(DateEffective.of("keyPersonnel.immediateFulfilment", COVERAGE_FROM,
                ImmediateFulfilment.NOT_OFFERED, Citation.of(Source.SMS_MANUAL_1,
                    "Guide 3 (a Level 1 request has the status Requested until the Home Office decides)"))
            .then(IMMEDIATE_FULFILMENT_FROM, ImmediateFulfilment.OFFERED,
                KeyPersonnelReasonCode.FULFILLED_IMMEDIATELY.citation()))
        .build();
  }
}
