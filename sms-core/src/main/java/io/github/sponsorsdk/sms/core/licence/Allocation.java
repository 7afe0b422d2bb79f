package io.github.sponsorsdk.sms.core.licence;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.route.CertificateKind;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import io.github.sponsorsdk.sms.core.value.Violation;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * A licence's allocation of undefined CoS, or of CAS, for one route and one allocation year: how many were granted
 * and how many have been used.
 *
 * <p><b>Per route.</b> SMS Manual 1 lists allocations by route ("Request renewal of annual CoS/CAS allocation": if
 * "no routes are displayed" the window is not open), so an allocation names a {@link Route}; its certificate kind
 * follows from the route. Defined CoS are applied for one at a time and have no allocation
 * (docs/sources.md#sms-manual-12).
 *
 * <p><b>Allocation year</b> as a half-open range {@code [yearStart, yearEndExclusive)}: 6 April to 5 April for
 * licences converted from Tier 2 on 1 December 2020, otherwise 12 months from the grant of the licence or of the
 * last renewal request (docs/sources.md#secondary-allocations). The range is given, not computed, because SMS shows
 * the allocation's
 * own expiry date on the Licence summary.
 *
 * <p>This is a value only: it checks that the numbers are consistent ({@code 0 <= used <= granted}, year not
 * empty). Accounting (assigning, withdrawing, lapse at year end, increases) belongs to sms-rules.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableAllocation.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableAllocation.class)
@JsonDeserialize(as = ImmutableAllocation.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableAllocation.class)
public abstract class Allocation implements WithAllocation {

  /** {@return the route the allocation is for} */
  public abstract Route route();

  /** {@return first day of the allocation year} */
  public abstract LocalDate yearStart();

  /** {@return the day after the last day of the allocation year (exclusive end)} */
  public abstract LocalDate yearEndExclusive();

  /** {@return certificates granted for the year, including in-year increases} */
  @PositiveOrZero
  public abstract int granted();

  /** {@return certificates already assigned from this allocation} */
  @PositiveOrZero
  public abstract int used();

  /** {@return {@code granted - used}: what can still be assigned this year} */
  public int remaining() {
    return granted() - used();
  }

  /** {@return CoS for Worker and Temporary Worker routes, CAS for the Student routes} */
  public CertificateKind certificateKind() {
    return route().certificateKind();
  }

  /**
   * {@return true when {@code date} falls in {@code [yearStart, yearEndExclusive)}}
   *
   * @param date the day to test
   */
  public boolean covers(LocalDate date) {
    return !date.isBefore(yearStart()) && date.isBefore(yearEndExclusive());
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code Allocation}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableAllocation.Builder {
    Builder() {}
  }

  /**
   * {@return the allocation of {@code granted} certificates for {@code route} in {@code [start, endExclusive)}, none
   * used}
   *
   * @param route the route the certificates are for
   * @param start the first day of the allocation year
   * @param endExclusive the day after the year's last day (half-open)
   * @param granted how many certificates were granted for the year
   */
  public static Allocation of(Route route, LocalDate start, LocalDate endExclusive, int granted) {
    return builder().route(route).yearStart(start).yearEndExclusive(endExclusive).granted(granted).used(0).build();
  }

  @Value.Check
  void check() {
    List<Violation> violations = new ArrayList<>(ValueValidation.violations(this));
    if (!yearEndExclusive().isAfter(yearStart())) {
      violations.add(Violation.of("yearEndExclusive", yearEndExclusive().toString(), "YearNotEmpty",
          "must be after yearStart " + yearStart()));
    }
    if (used() > granted()) {
      violations.add(Violation.of("used", Integer.toString(used()), "UsedNotAboveGranted",
          "must not exceed granted " + granted()));
    }
    ValueValidation.requireNone("Allocation", violations);
  }
}
