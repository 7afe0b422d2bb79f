package io.github.sponsorsdk.sms.core.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.github.sponsorsdk.sms.core.identifier.CertificateNumber;
import io.github.sponsorsdk.sms.core.identifier.CosNumber;

/**
 * An event about one sponsored worker, identified by the Certificate of Sponsorship they were sponsored on: the
 * SMS records worker activity against the CoS (SMS Manual 1: activity can be reported only against a CoS at
 * status USED). A payroll system keeps its own employee key in {@link #reference()}.
 */
public sealed interface WorkerEvent extends ReportableEvent
    permits WorkerStartDelayed, WorkerUnauthorisedAbsence, WorkerUnpaidLeave, WorkerPayChanged,
        WorkerEmploymentChanged, WorkerSponsorshipEnded, WorkerBreachOfConditions, WorkerSuspectedCriminality,
        OffshoreWorkerMovement, WorkerDatesChangedBeforeApplication {

  /** {@return the worker's Certificate of Sponsorship} */
  CosNumber cos();

  /** {@return the certificate the report is made against: {@link #cos()}} */
  @JsonIgnore
  default CertificateNumber certificate() {
    return cos();
  }
}
