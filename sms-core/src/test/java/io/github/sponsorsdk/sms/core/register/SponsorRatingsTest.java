package io.github.sponsorsdk.sms.core.register;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.licence.Rating;
import io.github.sponsorsdk.sms.core.route.RouteCategory;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/**
 * A sponsor on the register holds a rating per category, and the two can differ: an A-rated Worker licence beside a
 * B-rated Temporary Worker one (docs/sources.md#secondary-licence). Each category's rating comes from its own rows.
 */
class SponsorRatingsTest {

  static RegisteredSponsor mixed() {
    String csv = "\"Organisation Name\",\"Town/City\",\"County\",\"Type & Rating\",\"Route\"\n"
        + "\"Example Farms Ltd\",\"Hereford\",,\"Worker (A rating)\",\"Skilled Worker\"\n"
        + "\"Example Farms Ltd\",\"Hereford\",,\"Temporary Worker (B rating)\",\"Seasonal Worker\"\n";
    RegisterParseResult r = RegisterParser.parse(new StringReader(csv));
    assertThat(r.findings()).isEmpty();
    assertThat(r.sponsors()).hasSize(1);
    return r.sponsors().get(0);
  }

  @Test
  void eachCategoryHasTheRatingOfItsOwnRows() {
    RegisteredSponsor s = mixed();
    assertThat(s.categories()).containsExactlyInAnyOrder(RouteCategory.WORKER, RouteCategory.TEMPORARY_WORKER);
    assertThat(s.ratings(RouteCategory.WORKER)).containsExactly(Rating.A);
    assertThat(s.ratings(RouteCategory.TEMPORARY_WORKER)).containsExactly(Rating.B);
    assertThat(s.rating(RouteCategory.WORKER)).contains(Rating.A);
    assertThat(s.rating(RouteCategory.TEMPORARY_WORKER)).contains(Rating.B);
    assertThat(s.ratings(RouteCategory.STUDENT)).isEmpty();
    assertThat(s.rating(RouteCategory.STUDENT)).isEmpty();
  }

  @Test
  void onlyTheStudentRegisterHasASingleCategory() {
    assertThat(RegisterFormat.STUDENTS.onlyCategory()).contains(RouteCategory.STUDENT);
    assertThat(RegisterFormat.WORKERS.onlyCategory()).isEmpty();
    assertThat(RegisterFormat.WORKERS_TIER_2_AND_5.onlyCategory()).isEmpty();
  }
}
