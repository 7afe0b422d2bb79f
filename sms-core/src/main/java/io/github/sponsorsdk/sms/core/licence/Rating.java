package io.github.sponsorsdk.sms.core.licence;

import io.github.sponsorsdk.sms.core.route.RouteCategory;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rating a licence holds in one {@link RouteCategory}. A licence has one rating per category it holds.
 *
 * <p>Source: docs/sources.md#secondary-licence, which digests the register of licensed sponsors, SMS Manual 1
 * ("Access to SMS"),
 * Appendix Skilled Worker SW 5.3 and Appendix Student ST 8.2 and ST 10.1. The Worker and Temporary Worker ratings
 * are those the register prints inside {@code "Worker (...)"}; the Student ratings are the register's
 * {@code Status} column.
 */
public enum Rating {
  /** A-rating, granted on approval; needed to assign a CoS to a new worker (Appendix Skilled Worker SW 5.3). */
  A("A rating", EnumSet.of(RouteCategory.WORKER, RouteCategory.TEMPORARY_WORKER)),
  /**
   * B-rating, after a downgrade: no CoS for new workers (existing workers extending with the same sponsor only), no
   * Defined CoS (Manual 1, "Access to SMS"), no new branches or categories; a paid, time-limited action plan
   * follows. UK Expansion Worker licences cannot be downgraded to B (docs/sources.md#secondary-licence).
   */
  B("B rating", EnumSet.of(RouteCategory.WORKER, RouteCategory.TEMPORARY_WORKER)),
  /**
   * Global Business Mobility UK Expansion Worker licence whose Authorising Officer is still overseas: one CoS, for
   * that officer; upgraded to A once the officer's visa is granted (docs/sources.md#secondary-licence). Register string
   * {@code "Worker (UK Expansion Worker: Provisional )"}.
   */
  PROVISIONAL("UK Expansion Worker: Provisional", EnumSet.of(RouteCategory.WORKER)),
  /**
   * An A-rated sponsor paying for Premium customer service (register {@code "A (Premium)"}). Closed to new
   * applications in the guidance of 11 November 2025 (docs/sources.md#secondary-licence).
   */
  A_PREMIUM("A (Premium)", EnumSet.of(RouteCategory.WORKER, RouteCategory.TEMPORARY_WORKER)),
  /** An A-rated small or medium sponsor paying for the SME+ Premium service (register {@code "A (SME+)"}). */
  A_SME_PLUS("A (SME+)", EnumSet.of(RouteCategory.WORKER, RouteCategory.TEMPORARY_WORKER)),
  /** A Student sponsor that has passed its Basic Compliance Assessment (register status {@code "Student Sponsor"}). */
  STUDENT_SPONSOR("Student Sponsor", EnumSet.of(RouteCategory.STUDENT)),
  /**
   * A Student sponsor with a track record of compliance (register {@code "Student Sponsor - Track Record"}): may
   * sponsor part-time study above degree level and Ecctis-recognised courses (Appendix Student ST 8.2(d),(e)).
   */
  STUDENT_SPONSOR_TRACK_RECORD("Student Sponsor - Track Record", EnumSet.of(RouteCategory.STUDENT)),
  /**
   * A new Student sponsor until it passes a Basic Compliance Assessment: courses at RQF 3+ (under 18) or RQF 4+
   * (18 and over), SCQF 6+/7+, except pre-sessional (Appendix Student ST 10.1). The workers register of
   * 2 November 2021 also prints one {@code "Worker (Probationary Sponsor)"} row, a legacy of the Tier 2 probationary
   * status, so this rating is accepted in the Worker category too.
   */
  PROBATIONARY_SPONSOR("Probationary Sponsor", EnumSet.of(RouteCategory.STUDENT, RouteCategory.WORKER));

  private final String displayName;
  private final Set<RouteCategory> categories;

  Rating(String displayName, Set<RouteCategory> categories) {
    this.displayName = displayName;
    this.categories = categories;
  }

  /** {@return the rating as the register writes it inside the parentheses (Student: the {@code Status} value)} */
  public String displayName() {
    return displayName;
  }

  /** {@return the categories this rating can be held in} */
  public Set<RouteCategory> categories() {
    return EnumSet.copyOf(categories);
  }

  /**
   * {@return true when a licence can hold this rating in {@code category}}
   *
   * @param category the route category
   */
  public boolean appliesTo(RouteCategory category) {
    return categories.contains(category);
  }

  /**
   * {@return true for the A-rating and the paid A services (Premium, SME+): the ratings that may assign a CoS to a new
   * worker (Appendix Skilled Worker SW 5.3 "listed as A-rated")}
   */
  public boolean isARated() {
    return this == A || this == A_PREMIUM || this == A_SME_PLUS;
  }

  /** {@return true for the B-rating, which blocks new CoS and Defined CoS (Manual 1, "Access to SMS")} */
  public boolean isBRated() {
    return this == B;
  }

  /**
   * {@return the ratings that apply to {@code category}, in declaration order}
   *
   * @param category the route category
   */
  public static List<Rating> applicableTo(RouteCategory category) {
    return Arrays.stream(values()).filter(r -> r.appliesTo(category)).collect(Collectors.toList());
  }
}
