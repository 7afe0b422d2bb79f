package io.github.sponsorsdk.sms.rules.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A {@link DutyBatch} stores a duty's reasons as one-byte slots of its {@link RowPlan}: the slots must fit. */
class RowPlanTest {

  @Test
  void everyReasonSlotFitsInAByteAndNoTwoShareOne() {
    Set<Integer> slots = new HashSet<>();
    for (int fixed = RowPlan.DUE; fixed <= RowPlan.NATION_NOT_STATED; fixed++) {
      slots.add(fixed);
    }
    for (Exclusion x : Exclusion.values()) {
      assertThat(slots.add(RowPlan.slot(x))).as(x.name()).isTrue();
    }
    for (Remark r : Remark.values()) {
      assertThat(slots.add(RowPlan.slot(r))).as(r.name()).isTrue();
      assertThat(RowPlan.slot(r)).isNotEqualTo(DutyBatch.NO_EXPLANATION);
    }
    assertThat(slots).hasSize(RowPlan.SLOTS).allMatch(s -> s >= 0 && s < 256);
  }
}
