package io.github.sponsorsdk.sms.rules.user;

import static io.github.sponsorsdk.sms.core.citation.Source.SMS_MANUAL_1;
import static io.github.sponsorsdk.sms.core.citation.Source.WORKER_GUIDANCE_PART_1;
import static io.github.sponsorsdk.sms.rules.licence.LicenceParameters.COVERAGE_FROM;
import static io.github.sponsorsdk.sms.rules.user.SettledWorkerException.AO_GLOBAL_TALENT;
import static io.github.sponsorsdk.sms.rules.user.SettledWorkerException.AO_INNOVATOR_FOUNDER;
import static io.github.sponsorsdk.sms.rules.user.SettledWorkerException.AO_REPRESENTATIVE_OF_OVERSEAS_BUSINESS;
import static io.github.sponsorsdk.sms.rules.user.SettledWorkerException.AO_TIER_1_ENTREPRENEUR;
import static io.github.sponsorsdk.sms.rules.user.SettledWorkerException.AO_TIER_1_GRADUATE_ENTREPRENEUR;
import static io.github.sponsorsdk.sms.rules.user.SettledWorkerException.AO_UK_EXPANSION_WORKER;
import static io.github.sponsorsdk.sms.rules.user.SettledWorkerException.DIPLOMATIC_MISSION_OR_INTERNATIONAL_ORGANISATION;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.rules.effective.DateEffective;
import io.github.sponsorsdk.sms.rules.effective.ParameterSet;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The date-effective parameters of the user-management and key-personnel rules.
 *
 * <p><b>Settled-worker exceptions: sources disagree.</b> Manual 1 (Guide 3) lists (a) diplomatic missions and
 * international organisations licensed under International Agreement and (b) an AO with valid leave as a
 * Representative of an Overseas Business, Tier 1 (Graduate Entrepreneur) or Tier 1 (Entrepreneur). The guidance of
 * 31 December 2024 re-stated the requirement (the primary Level 1 user of a new application must be an employee and
 * settled); its exception list was not read (Part 1 annex, docs/sources.md#worker-guidance-part-1). One secondary
 * source (quastels) says the
 * requirement is waived when the AO is an Innovator Founder, Global Talent holder or UK Expansion Worker; another
 * (gherson) says such an AO does <em>not</em> meet it. The default keeps the primary list on both sides of
 * 31 December 2024 (the second version records the review, with the disagreement in its citation);
 * {@link #withExtendedExceptionsFrom20241231()} gives the other reading.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableUserParameters.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableUserParameters.class)
@JsonDeserialize(as = ImmutableUserParameters.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableUserParameters.class)
public abstract class UserParameters implements ParameterSet, WithUserParameters {

  /** The day the NINO became mandatory for Level 1 users. */
  public static final LocalDate NINO_MANDATORY_FROM = LocalDate.of(2023, 6, 19);
  /** The day SMS began to apply some Level 1 address changes automatically. */
  public static final LocalDate AUTOMATION_FROM = LocalDate.of(2014, 4, 6);
  /** The guidance that re-stated the settled-worker requirement. */
  public static final LocalDate SETTLED_GUIDANCE_2024 = LocalDate.of(2024, 12, 31);

  /** {@return whether a Level 1 user must give a NINO or an exemption reason (Manual 1, Guide 4: from 19 June 2023)} */
  public abstract DateEffective<Boolean> level1NinoMandatory();

  /**
   * {@return whether automation can apply a Level 1 user's address change at once, for sponsors granted automation
   * (Manual 1, Guide 4 and Glossary: from 6 April 2014)}
   */
  public abstract DateEffective<Boolean> level1AddressAutomation();

  /** {@return the recognised exceptions to "at least one Level 1 user must be a settled worker"} */
  public abstract DateEffective<Set<SettledWorkerException>> settledWorkerExceptions();

  @JsonIgnore
  @Override
  public List<DateEffective<?>> parameters() {
    return List.of(level1NinoMandatory(), level1AddressAutomation(), settledWorkerExceptions());
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code UserParameters}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableUserParameters.Builder {
    Builder() {}
  }

  /** {@return the primary list from Manual 1 (Guide 3)} */
  public static Set<SettledWorkerException> manual1Exceptions() {
    return EnumSet.of(DIPLOMATIC_MISSION_OR_INTERNATIONAL_ORGANISATION, AO_REPRESENTATIVE_OF_OVERSEAS_BUSINESS,
        AO_TIER_1_GRADUATE_ENTREPRENEUR, AO_TIER_1_ENTREPRENEUR);
  }

  /**
   * {@return the parameters as the primary sources state them (see the class comment for the settled-worker default)}
   */
  public static UserParameters defaults() {
    Citation m1 = Citation.of(SMS_MANUAL_1, "Guide 3 (settled worker requirement, exceptions a and b)");
    Citation review = Citation.of(WORKER_GUIDANCE_PART_1,
        "Level 1 user: settled worker requirement", SETTLED_GUIDANCE_2024)
        .withNote("Guidance of 31 Dec 2024 re-stated the requirement; exceptions not read in primary text. quastels: "
            + "waived for AO Innovator Founder, Global Talent, UK Expansion Worker; gherson: not met. Default keeps "
            + "the Manual 1 list (docs/sources.md#sms-manual-1-users, #worker-guidance-part-1)");
    return builder()
        .level1NinoMandatory(DateEffective.of("user.level1NinoMandatory", COVERAGE_FROM, false,
                Citation.of(SMS_MANUAL_1, "Guide 4 (before the NINO requirement)"))
            .then(NINO_MANDATORY_FROM, true,
                Citation.of(SMS_MANUAL_1, "Guide 4 (National Insurance number)", NINO_MANDATORY_FROM)))
        .level1AddressAutomation(DateEffective.of("user.level1AddressAutomation", COVERAGE_FROM, false,
                Citation.of(SMS_MANUAL_1, "Glossary (Automation, before 6 April 2014)"))
            .then(AUTOMATION_FROM, true,
                Citation.of(SMS_MANUAL_1, "Guide 4 (automation); Glossary (Automation)", AUTOMATION_FROM)))
        .settledWorkerExceptions(DateEffective.<Set<SettledWorkerException>>of("user.settledWorkerExceptions",
                COVERAGE_FROM, manual1Exceptions(), m1)
            .then(SETTLED_GUIDANCE_2024, manual1Exceptions(), review))
        .build();
  }

  /**
   * {@return the defaults, but from 31 December 2024 the secondary reading that also waives the requirement when the AO
   * is an Innovator Founder, a Global Talent holder or a UK Expansion Worker (quastels)}
   */
  public static UserParameters withExtendedExceptionsFrom20241231() {
    Set<SettledWorkerException> extended = manual1Exceptions();
    extended.addAll(EnumSet.of(AO_INNOVATOR_FOUNDER, AO_GLOBAL_TALENT, AO_UK_EXPANSION_WORKER));
    UserParameters d = defaults();
    return ImmutableUserParameters.copyOf(d).withSettledWorkerExceptions(
        DateEffective.<Set<SettledWorkerException>>of("user.settledWorkerExceptions", COVERAGE_FROM,
                manual1Exceptions(), d.settledWorkerExceptions().versions().get(0).citation())
            .then(SETTLED_GUIDANCE_2024, extended, Citation.of(WORKER_GUIDANCE_PART_1,
                "Level 1 user: settled worker requirement", SETTLED_GUIDANCE_2024)
                .withNote("Secondary reading (quastels): AO Innovator Founder, Global Talent or UK Expansion Worker "
                    + "also waives the requirement")));
  }
}
