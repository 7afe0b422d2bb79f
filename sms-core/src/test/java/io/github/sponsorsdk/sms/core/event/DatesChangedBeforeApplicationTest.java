package io.github.sponsorsdk.sms.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.sponsorsdk.sms.core.identifier.CosNumber;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.Violation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** New CoS dates reported before the worker applies: the new end date comes after the new start date, not on it. */
class DatesChangedBeforeApplicationTest {

  static final LocalDate START = LocalDate.of(2026, 6, 1);

  static WorkerDatesChangedBeforeApplication.Builder change() {
    return WorkerDatesChangedBeforeApplication.builder().cos(CosNumber.of("C2G7H9K3"))
        .occurredOn(LocalDate.of(2026, 3, 2)).newStartDate(START);
  }

  @Test
  void theNewEndDateMustFollowTheNewStartDate() {
    assertThat(change().newEndDate(START.plusDays(1)).build().newEndDate()).contains(START.plusDays(1));
    for (LocalDate end : new LocalDate[] {START, START.minusDays(1)}) {
      assertThatThrownBy(() -> change().newEndDate(end).build()).as(end.toString())
          .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
              .extracting(Violation::path, Violation::rule).containsExactly(tuple("newEndDate", "After")));
    }
  }
}
