package io.github.sponsorsdk.sms.core.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.github.sponsorsdk.sms.core.identifier.CasNumber;
import io.github.sponsorsdk.sms.core.identifier.CertificateNumber;

/**
 * An event about one sponsored student, identified by their Confirmation of Acceptance for Studies (CAS), against
 * which the SMS records student activity.
 */
public sealed interface StudentEvent extends ReportableEvent
    permits StudentDidNotEnrol, StudentMissedContacts, StudentSponsorshipWithdrawn, StudentStudiesSuspended,
        StudentCompletedEarly, StudentCircumstancesChanged, ChildStudentLivingArrangement, StudentStudyingElsewhere {

  /** {@return the student's CAS} */
  CasNumber cas();

  /** {@return the certificate the report is made against: {@link #cas()}} */
  @JsonIgnore
  default CertificateNumber certificate() {
    return cas();
  }
}
