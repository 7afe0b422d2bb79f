package io.github.sponsorsdk.sms.testkit;

import io.github.sponsorsdk.sms.testkit.audit.AuditAction;
import io.github.sponsorsdk.sms.core.port.CaseworkKind;
import io.github.sponsorsdk.sms.core.port.CaseworkRequest;
import io.github.sponsorsdk.sms.core.port.CaseworkStatus;
import io.github.sponsorsdk.sms.testkit.internal.Tx;
import io.github.sponsorsdk.sms.testkit.state.CaseworkRecord;
import java.util.Optional;
import java.util.function.Consumer;

/** Requests waiting for the Home Office: opened by sponsor operations, decided through {@link HomeOffice}. */
final class Casework {
  private Casework() {}

  static CaseworkRequest open(Tx tx, InMemorySms sms, Accounts.Caller caller, CaseworkKind kind, String summary,
      Consumer<CaseworkRecord.Builder> details) {
    CaseworkRequest request = CaseworkRequest.builder().reference(tx.ids().reference("CW")).kind(kind)
        .status(CaseworkStatus.PENDING).submittedBy(caller.userId()).submittedOn(sms.today()).summary(summary)
        .build();
    CaseworkRecord.Builder b = CaseworkRecord.builder().licence(caller.record.licence()).request(request);
    details.accept(b);
    tx.put(sms.store().casework, request.reference(), b.build());
    tx.audit(AuditAction.CASEWORK_SUBMITTED, Optional.of(caller.record.licence()), request.reference(), null, request);
    return request;
  }
}
