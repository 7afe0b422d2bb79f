package io.github.sponsorsdk.sms.core.port;

import io.github.sponsorsdk.sms.core.event.ReportableEvent;

/**
 * Reporting activity: worker events against a CoS (Workers menu), student events against a CAS (Students menu), and
 * sponsor events about the licence. Activity can be reported only against a certificate that has been USED, and a
 * Level 2 user only against one they own; otherwise the SMS answers "No CAS were found for the search criteria
 * given." (Manual 1, Troubleshooting).
 */
public interface SmsReporting {

  /**
   * Reports worker, student or sponsor activity (a reportable event); the acknowledgement is the sponsor's evidence.
   *
   * @param session the signed-in user's session
   * @param event what happened and when
   * @return the acknowledgement, or the refusal
   */
  SmsResult<ActivityReport> reportActivity(SessionToken session, ReportableEvent event);
}
