package io.github.sponsorsdk.sms.rules.certificate;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.decision.ReasonCode;
import io.github.sponsorsdk.sms.core.decision.Severity;
import java.time.LocalDate;

/**
 * The reasons of {@link CertificateSetRules}. Where the manuals' index names the function only, the rule is the
 * project's reading, cited as decision record 0660.
 */
public enum CertificateSetReasonCode implements ReasonCode {
  /** Another set of the licence already has the name. Parameter: {@code name}. */
  SET_NAME_TAKEN(Severity.REFUSAL, "The licence already has a set named {name}: names tell sets apart",
      decision("names unique per licence and kind of set")),
  /** A batch holds CoS only or CAS only. Parameters: {@code kind} (the certificate's), {@code batchKind}. */
  KIND_DIFFERS_FROM_BATCH(Severity.REFUSAL, "A {kind} cannot join a batch of {batchKind}",
      Citation.of(Source.SMS_MANUAL_INDEX, "Manual 4 (batches of CAS), Manual 8 (batches of CoS)")),
  /** A certificate is in at most one batch, or one group. Parameter: {@code set}. */
  IN_ANOTHER_SET(Severity.REFUSAL, "The certificate is already in another {set}; remove it from that one first",
      decision("one batch and one group per certificate")),
  /** Already in this set. Parameter: {@code set}. */
  ALREADY_IN_THIS_SET(Severity.REFUSAL, "The certificate is already in this {set}",
      decision("one batch and one group per certificate")),
  /** Not in this set, so it cannot be removed. Parameter: {@code set}. */
  NOT_IN_THIS_SET(Severity.REFUSAL, "The certificate is not in this {set}",
      decision("removing from a set")),
  /** Groups are of Creative Worker CoS only. Parameter: {@code route}. */
  NOT_A_CREATIVE_WORKER_COS(Severity.REFUSAL,
      "Only Creative Worker CoS can be grouped; this certificate is for {route}",
      Citation.of(Source.SMS_MANUAL_11, "Purpose (index of manuals): groups of CoS, only for sponsors licensed in "
          + "Temporary Work - Creative Worker"));

  private final Severity severity;
  private final String messageTemplate;
  private final Citation citation;

  CertificateSetReasonCode(Severity severity, String messageTemplate, Citation citation) {
    this.severity = severity;
    this.messageTemplate = messageTemplate;
    this.citation = citation;
  }

  private static Citation decision(String section) {
    return Citation.of(Source.PROJECT_DECISION, "0660-certificate-batches-and-groups (" + section + ")",
        LocalDate.of(2026, 12, 6));
  }

  /** {@code certificateSet}. */
  @Override
  public String namespace() {
    return "certificateSet";
  }

  @Override
  public Severity severity() {
    return severity;
  }

  @Override
  public String messageTemplate() {
    return messageTemplate;
  }

  @Override
  public Citation citation() {
    return citation;
  }
}
