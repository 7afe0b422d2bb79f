package io.github.sponsorsdk.sms.core.port;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An answer decided item by item (a batch's or a Creative Worker group's certificates): some items may be done while
 * others are refused, so the answer splits them.
 */
public interface ItemOutcomes {

  /** {@return one outcome per item, in order, numbered from 1} */
  List<ItemOutcome> items();

  /** {@return the items done} */
  default List<ItemOutcome> allowed() {
    return items().stream().filter(ItemOutcome::isAllowed).collect(Collectors.toList());
  }

  /** {@return the items refused} */
  default List<ItemOutcome> refused() {
    return items().stream().filter(i -> !i.isAllowed()).collect(Collectors.toList());
  }
}
