package io.github.sponsorsdk.sms.rules.cost;

import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.decision.Reason;
import io.github.sponsorsdk.sms.core.job.SponsorshipPurpose;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.route.CertificateKind;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.rules.effective.DatedValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What does assigning this CoS cost, and when? The Certificate of Sponsorship fee and the Immigration Skills Charge,
 * itemised, each with the rate in force on the day of assignment, its source, and whether the worker may be made to
 * pay it.
 *
 * <p><b>CoS fee</b> (docs/sources.md#fees-regulations): the Worker or the Temporary Worker fee, by route
 * ({@link CostParameters#feeClasses()}); a class the SDK infers warns ({@code cost.FEE_CLASS_INFERRED}).
 *
 * <p><b>Immigration Skills Charge</b> (docs/sources.md#isc-regulations, docs/sources.md#govuk-immigration-skills-charge):
 * on Skilled Worker and Senior or Specialist Worker only. "A fixed sum for the first twelve months of sponsorship. Any
 * additional time is charged in six month blocks": a CoS of one year and four months is charged as 18 months, one of
 * one year and seven months as 24. The period runs from the CoS start date to its end date, both included, and a part
 * month counts as a month (the sources' examples; whether the end date is included is <b>UNCERTAIN</b>, the SDK
 * includes it). Not charged:
 * <ul>
 *   <li>when the worker applies from outside the UK ({@link SponsorshipPurpose#ENTRY_CLEARANCE}) for less than
 *       6 months; a short CoS whose worker's place of application is unknown is charged, with a warning;
 *   <li>for an exempt (PhD-level) occupation code in force on the day;
 *   <li>for a worker switching in the UK from the Student route;
 *   <li>for a Senior or Specialist Worker on an EU temporary transfer, from 1 January 2023, when the caller claims it
 *       ({@link IscExemptionClaim#EU_TEMPORARY_TRANSFER}).
 * </ul>
 *
 * <p><b>Not to be passed on</b> (docs/sources.md#worker-guidance-part-1): each item says whether the sponsor may
 * recover it from the worker, with the rule; a reason {@code cost.NOT_RECOVERABLE_FROM_WORKER} states it.
 *
 * <p><b>When.</b> Both are paid on assignment: "The charge is paid upfront when a certificate of sponsorship is
 * assigned", and an assignment is invalid while the charge is unpaid (SI 2017/499, regulation 5). {@link
 * CostOutcome#payableOn()} is the day of assignment.
 *
 * <pre>{@code
 * CostOutcome cost = AssignmentCosts.defaults().assess(CostQuery.builder()
 *     .route(Route.SKILLED_WORKER).assignedOn(LocalDate.of(2026, 1, 5)).sponsorSize(SponsorSize.MEDIUM_OR_LARGE)
 *     .startDate(LocalDate.of(2026, 2, 1)).endDate(LocalDate.of(2031, 1, 31))
 *     .purpose(SponsorshipPurpose.ENTRY_CLEARANCE).build());
 * cost.total();                                   // Optional[GBP 7125.00]: £525 CoS fee + £6,600 (£1,320 + 8 × £660)
 * cost.item(CostKind.COS_FEE).get().recovery();   // MAY_NOT_BE_RECOVERED
 * }</pre>
 *
 * <p><b>Shape</b> (docs/decisions/0005-api-charter.md): {@link #defaults()} reads {@link CostParameters#defaults()}
 * (today's fees and charges, each version cited there); {@link #of(CostParameters)} takes others;
 * {@link #parameters()} returns them. Immutable and thread-safe. <b>Verb:</b> {@code assess} grades an assignment
 * and returns a {@link CostOutcome} (decision plus the items and their total).
 */
public final class AssignmentCosts {
  private static final AssignmentCosts DEFAULTS = new AssignmentCosts(CostParameters.defaults());

  private final CostParameters parameters;

  private AssignmentCosts(CostParameters parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
  }

  /** {@return the engine with {@link CostParameters#defaults()}} */
  public static AssignmentCosts defaults() {
    return DEFAULTS;
  }

  /**
   * The engine with {@code parameters}.
   *
   * @param parameters the parameters to use instead of {@code defaults()}: each date-effective and cited
   * @return the engine
   */
  public static AssignmentCosts of(CostParameters parameters) {
    return new AssignmentCosts(parameters);
  }

  /** {@return the parameters this engine reads} */
  public CostParameters parameters() {
    return parameters;
  }

  /**
   * {@return the cost of assigning {@code certificate} on {@code assignedOn} for a sponsor of {@code size}}
   *
   * @param certificate the CoS to assign
   * @param assignedOn the day of the assignment
   * @param size the sponsor's size, which sets the Immigration Skills Charge rate
   */
  public CostOutcome assess(Certificate certificate, LocalDate assignedOn, SponsorSize size) {
    return assess(CostQuery.of(certificate, assignedOn, size));
  }

  /**
   * {@return the cost of the assignment {@code query} describes}
   *
   * @param query the route, dates, purpose, occupation and sponsor size
   */
  public CostOutcome assess(CostQuery query) {
    List<Reason> reasons = new ArrayList<>();
    List<CostItem> items = new ArrayList<>();
    Route route = query.route();
    LocalDate on = query.assignedOn();
    if (route.certificateKind() != CertificateKind.COS) {
      reasons.add(CostReasonCode.NOT_A_COS.reason(Map.of("route", route.displayName())));
      return outcome(query, reasons, items);
    }
    cosFee(query, reasons).ifPresent(items::add);
    skillsCharge(query, reasons).ifPresent(items::add);
    return outcome(query, reasons, items);
  }

  private Optional<CostItem> cosFee(CostQuery q, List<Reason> reasons) {
    LocalDate on = q.assignedOn();
    Optional<DatedValue<RouteFeeClass>> feeClass = Optional.ofNullable(parameters.feeClasses().get(q.route()))
        .flatMap(p -> p.find(on));
    if (feeClass.isEmpty()) {
      reasons.add(noFigure("CoS fee for the " + q.route().displayName() + " route", on));
      return Optional.empty();
    }
    RouteFeeClass c = feeClass.get().value();
    Optional<DatedValue<Money>> fee = parameters.cosFees().get(c.feeClass()).find(on);
    if (fee.isEmpty()) {
      reasons.add(noFigure(c.feeClass() + " CoS fee", on));
      return Optional.empty();
    }
    reasons.add(CostReasonCode.COS_FEE_DUE.reason(Map.of("feeClass", c.feeClass(), "amount",
        fee.get().value().toPlainString(), "assignedOn", on)).withCitation(fee.get().citation()));
    if (!c.confirmed()) {
      reasons.add(CostReasonCode.FEE_CLASS_INFERRED.reason(Map.of("route", q.route().displayName(), "feeClass",
          c.feeClass())).withCitation(feeClass.get().citation()));
    }
    DatedValue<Set<Route>> rule = parameters.cosFeeNotRecoverable().versionOn(on);
    Recovery recovery = rule.value().contains(q.route()) ? Recovery.MAY_NOT_BE_RECOVERED : Recovery.NO_RULE;
    if (recovery == Recovery.MAY_NOT_BE_RECOVERED) {
      reasons.add(CostReasonCode.NOT_RECOVERABLE_FROM_WORKER.reason(Map.of("cost", "Certificate of Sponsorship fee",
          "since", rule.effectiveFrom())).withCitation(rule.citation()));
    }
    return Optional.of(CostItem.builder().kind(CostKind.COS_FEE).amount(fee.get().value()).payableOn(on)
        .recovery(recovery).amountRule(fee.get().citation()).recoveryRule(rule.citation()).build());
  }

  private Optional<CostItem> skillsCharge(CostQuery q, List<Reason> reasons) {
    LocalDate on = q.assignedOn();
    Optional<DatedValue<Set<Route>>> routes = parameters.iscRoutes().find(on);
    if (routes.isEmpty() || !routes.get().value().contains(q.route())) {
      reasons.add(CostReasonCode.SKILLS_CHARGE_NOT_ON_ROUTE.reason(Map.of("route", q.route().displayName())));
      return Optional.empty();
    }
    Optional<DatedValue<IscRate>> rate = parameters.iscRates().get(q.sponsorSize()).find(on);
    if (rate.isEmpty()) {
      reasons.add(noFigure("Immigration Skills Charge", on));
      return Optional.empty();
    }
    DatedValue<Recovery> recovery = parameters.iscRecovery().versionOn(on);
    Optional<Reason> exemption = exemption(q);
    Integer months = null;
    if (exemption.isEmpty()) {
      if (q.startDate().isEmpty() || q.endDate().isEmpty()) {
        reasons.add(CostReasonCode.SKILLS_CHARGE_DATES_MISSING.reason());
        return Optional.empty();
      }
      months = months(q.startDate().get(), q.endDate().get());
      int minimum = parameters.iscMinimumEntryClearanceMonths().on(on);
      if (months < minimum) {
        if (q.purpose().filter(p -> p == SponsorshipPurpose.ENTRY_CLEARANCE).isPresent()) {
          exemption = Optional.of(CostReasonCode.SKILLS_CHARGE_EXEMPT_SHORT_STAY.reason(Map.of("months", months,
              "minimumMonths", minimum)).withCitation(parameters.iscMinimumEntryClearanceMonths().versionOn(on)
              .citation()));
        } else if (q.purpose().isEmpty()) {
          reasons.add(CostReasonCode.SKILLS_CHARGE_APPLICATION_PLACE_UNKNOWN.reason(Map.of("months", months)));
        }
      }
    }
    CostItem.Builder item = CostItem.builder().kind(CostKind.IMMIGRATION_SKILLS_CHARGE).payableOn(on)
        .recovery(recovery.value()).amountRule(rate.get().citation()).recoveryRule(recovery.citation());
    if (exemption.isPresent()) {
      reasons.add(exemption.get());
      return Optional.of(item.amount(Money.ZERO).amountRule(exemption.get().citation()).build());
    }
    int further = Math.max(0, (months - 12 + 5) / 6);
    int charged = 12 + 6 * further;
    IscRate r = rate.get().value();
    Money amount = r.charge(further);
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("months", months);
    p.put("chargedMonths", charged);
    p.put("furtherPeriods", further);
    p.put("sponsorSize", q.sponsorSize());
    p.put("firstTwelveMonths", r.firstTwelveMonths().toPlainString());
    p.put("eachFurtherSixMonths", r.eachFurtherSixMonths().toPlainString());
    p.put("amount", amount.toPlainString());
    reasons.add(CostReasonCode.SKILLS_CHARGE_DUE.reason(p).withCitation(rate.get().citation()));
    if (recovery.value() == Recovery.MAY_NOT_BE_RECOVERED) {
      reasons.add(CostReasonCode.NOT_RECOVERABLE_FROM_WORKER.reason(Map.of("cost", "Immigration Skills Charge",
          "since", recovery.effectiveFrom())).withCitation(recovery.citation()));
    }
    return Optional.of(item.amount(amount).chargedMonths(charged).build());
  }

  /** The exemption that applies whatever the period, if any. */
  private Optional<Reason> exemption(CostQuery q) {
    LocalDate on = q.assignedOn();
    if (q.occupation().isPresent()) {
      DatedValue<Set<io.github.sponsorsdk.sms.core.job.OccupationCode>> exempt =
          parameters.iscExemptOccupations().versionOn(on);
      if (exempt.value().contains(q.occupation().get())) {
        return Optional.of(CostReasonCode.SKILLS_CHARGE_EXEMPT_OCCUPATION.reason(Map.of("occupation",
            q.occupation().get())).withCitation(exempt.citation()));
      }
    }
    if (q.purpose().filter(p -> p == SponsorshipPurpose.SWITCH_IN_UK).isPresent()
        && q.previousRoute().filter(r -> r == Route.STUDENT).isPresent()) {
      return Optional.of(CostReasonCode.SKILLS_CHARGE_EXEMPT_STUDENT_SWITCH.reason(Map.of("previousRoute",
          Route.STUDENT.displayName())));
    }
    if (q.claims().contains(IscExemptionClaim.EU_TEMPORARY_TRANSFER)
        && q.route() == Route.GBM_SENIOR_OR_SPECIALIST_WORKER) {
      DatedValue<Boolean> eu = parameters.iscEuTransferExemption().versionOn(on);
      if (eu.value()) {
        return Optional.of(CostReasonCode.SKILLS_CHARGE_EXEMPT_EU_TRANSFER.reason().withCitation(eu.citation()));
      }
    }
    return Optional.empty();
  }

  /**
   * The months from {@code start} to {@code end}, both included, a part month counting as a month: 1 February 2026
   * to 31 May 2027 is 16 months.
   */
  static int months(LocalDate start, LocalDate end) {
    Period p = Period.between(start, end.plusDays(1));
    return (int) p.toTotalMonths() + (p.getDays() > 0 ? 1 : 0);
  }

  private static Reason noFigure(String figure, LocalDate on) {
    return CostReasonCode.NO_FIGURE_ON_DATE.reason(Map.of("figure", figure, "assignedOn", on));
  }

  private static CostOutcome outcome(CostQuery query, List<Reason> reasons, List<CostItem> items) {
    Decision decision = Decision.of(reasons);
    Optional<Money> total = decision.isAllowed()
        ? Optional.of(items.stream().map(CostItem::amount).reduce(Money.ZERO, Money::plus)) : Optional.empty();
    return CostOutcome.builder().query(query).decision(decision).addAllItems(items).total(total).build();
  }
}
