package io.github.sponsorsdk.sms.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sponsorsdk.sms.core.identifier.CosNumber;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.Violation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * W3 unpaid leave (docs/sources.md#unpaid-leave-counting): a permitted exception must cover at least one day once any
 * day has gone unpaid; on a day assessed before any unpaid day there is nothing to cover, so none is asked for.
 */
class UnpaidLeaveCountsTest {

  static WorkerUnpaidLeave.Builder maternity(int days) {
    return WorkerUnpaidLeave.builder().cos(CosNumber.of("C2G7H9K3")).occurredOn(LocalDate.of(2026, 3, 2))
        .daysWithoutPayInCalendarYear(days).exception(UnpaidLeaveException.MATERNITY);
  }

  @Test
  void anExceptionBeforeAnyUnpaidDayCoversNothingAndIsAccepted() {
    WorkerUnpaidLeave none = maternity(0).build();
    assertThat(none.daysCoveredByException()).isZero();
    assertThat(maternity(0).daysCoveredByException(0).build()).isEqualTo(none);
  }

  @Test
  void onceADayIsUnpaidAnExceptionMustCoverAtLeastOne() {
    assertThat(maternity(1).daysCoveredByException(1).build().daysCoveredByException()).isEqualTo(1);
    assertThatThrownBy(() -> maternity(1).daysCoveredByException(0).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
            .extracting(Violation::path, Violation::rule)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("daysCoveredByException", "Covered")));
  }
}
