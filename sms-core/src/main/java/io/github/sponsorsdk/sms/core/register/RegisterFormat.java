package io.github.sponsorsdk.sms.core.register;

import io.github.sponsorsdk.sms.core.route.RouteCategory;
import java.util.List;
import java.util.Optional;

/**
 * The layouts of the GOV.UK registers of licensed sponsors, recognised by their header line
 * (docs/sources.md#register-of-sponsors).
 */
public enum RegisterFormat {
  /**
   * "Register of licensed sponsors: workers" since the 2020/21 route renaming:
   * {@code Organisation Name,Town/City,County,Type & Rating,Route}, e.g. {@code "Worker (A rating)","Skilled Worker"}.
   */
  WORKERS(List.of("Organisation Name", "Town/City", "County", "Type & Rating", "Route")),
  /**
   * The Tier 2 and 5 register before 2021: {@code Organization Name,Town/City,County,Tier & Rating,Sub Tier}, e.g.
   * {@code "Tier 2 (A rating)","Tier 2 General"}.
   */
  WORKERS_TIER_2_AND_5(List.of("Organization Name", "Town/City", "County", "Tier & Rating", "Sub Tier")),
  /**
   * "Register of licensed sponsors: students":
   * {@code Sponsor Name,Town/City,Additional Locations,Sponsor Type,Status,Route,Immigration Compliance}; the
   * rating is the {@code Status} column.
   */
  STUDENTS(List.of("Sponsor Name", "Town/City", "Additional Locations", "Sponsor Type", "Status", "Route",
      "Immigration Compliance"));

  private final List<String> header;

  RegisterFormat(List<String> header) {
    this.header = header;
  }

  /** {@return the column names, in order, as the register's first line has them} */
  public List<String> header() {
    return header;
  }

  /** {@return true for the registers whose rows are all in the Student category} */
  public boolean isStudent() {
    return this == STUDENTS;
  }

  /** {@return the category every row of this register is in, if the register has one category only} */
  public Optional<RouteCategory> onlyCategory() {
    return isStudent() ? Optional.of(RouteCategory.STUDENT) : Optional.empty();
  }

  /**
   * {@return the format whose header is {@code cells}: each cell trimmed, a leading byte order mark ignored, letter
   * case ignored}
   *
   * @param cells the header row's cells
   */
  public static Optional<RegisterFormat> detect(List<String> cells) {
    for (RegisterFormat f : values()) {
      if (f.header.size() == cells.size()) {
        boolean same = true;
        for (int i = 0; i < cells.size() && same; i++) {
          String cell = cells.get(i).replace("\uFEFF", "").trim();
          same = cell.equalsIgnoreCase(f.header.get(i));
        }
        if (same) {
          return Optional.of(f);
        }
      }
    }
    return Optional.empty();
  }
}
