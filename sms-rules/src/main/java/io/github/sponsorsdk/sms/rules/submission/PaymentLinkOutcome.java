package io.github.sponsorsdk.sms.rules.submission;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import java.time.LocalDate;
import org.immutables.value.Value;

/** The answer of {@link PaymentLinkDeadline#assess}: the decision (in time, late, overdue) and the due date. */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutablePaymentLinkOutcome.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutablePaymentLinkOutcome.class)
@JsonDeserialize(as = ImmutablePaymentLinkOutcome.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutablePaymentLinkOutcome.class)
public abstract class PaymentLinkOutcome implements WithPaymentLinkOutcome {

  /** {@return the reasons: due date, and in time, late or overdue; warnings only, never a refusal} */
  public abstract Decision decision();

  /** {@return the last day the link is due under the service level} */
  public abstract LocalDate dueBy();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code PaymentLinkOutcome}: one setter per attribute. */
  public static final class Builder extends ImmutablePaymentLinkOutcome.Builder {
    Builder() {}
  }
}
