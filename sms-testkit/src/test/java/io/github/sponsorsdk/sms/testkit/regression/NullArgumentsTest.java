package io.github.sponsorsdk.sms.testkit.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sponsorsdk.sms.core.port.SessionToken;
import io.github.sponsorsdk.sms.testkit.InMemorySms;
import io.github.sponsorsdk.sms.testkit.audit.CallRecord;
import io.github.sponsorsdk.sms.testkit.fault.Operation;
import io.github.sponsorsdk.sms.testkit.scenario.Scenarios;
import io.github.sponsorsdk.sms.testkit.scenario.Sponsor;
import io.github.sponsorsdk.sms.testkit.state.SmsSnapshot;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Issue 14, defect 9: one rule for a null argument on every port call: {@link NullPointerException} naming the
 * parameter, before anything is read or changed, and the call is in the journal as FAILED.
 */
class NullArgumentsTest {

  @Test
  void everyNullArgumentFailsTheSameWayAndIsJournaled() {
    InMemorySms sms = Fakes.fast();
    Sponsor s = Scenarios.skilledWorkerSponsor().grant(sms);
    SessionToken t = s.signIn();
    char[] pw = "Scenario!Pass2026".toCharArray();
    List<Object[]> cases = List.of(
        new Object[] {Operation.LOG_IN, "userId", (Executable) () -> sms.logIn(null, pw)},
        new Object[] {Operation.LOG_IN, "password", (Executable) () -> sms.logIn(s.level1(), null)},
        new Object[] {Operation.REQUEST_PASSWORD_RESET, "email",
            (Executable) () -> sms.requestPasswordReset(s.level1(), null)},
        new Object[] {Operation.REQUEST_PASSWORD_RESET, "userId",
            (Executable) () -> sms.requestPasswordReset(null, "floyd.rose@sponsororg.com")},
        new Object[] {Operation.LOG_OUT, "session", (Executable) () -> sms.logOut(null)},
        new Object[] {Operation.CHANGE_PASSWORD, "newPassword",
            (Executable) () -> sms.changePassword(t, pw, null, pw)},
        new Object[] {Operation.CREATE_CERTIFICATE, "draft", (Executable) () -> sms.create(t, null)},
        new Object[] {Operation.ASSIGN_CERTIFICATE, "number", (Executable) () -> sms.assign(t, null)},
        new Object[] {Operation.ADD_SPONSOR_NOTE, "text",
            (Executable) () -> sms.addSponsorNote(t, io.github.sponsorsdk.sms.core.identifier.CosNumber.of("C1234567890"),
                null)},
        new Object[] {Operation.LIST_USERS, "session", (Executable) () -> sms.users((SessionToken) null)},
        new Object[] {Operation.UPLOAD_BDT, "file", (Executable) () -> sms.uploadBdt(t, null)},
        new Object[] {Operation.APPLY_FOR_LICENCE_RENEWAL, "session",
            (Executable) () -> sms.applyForLicenceRenewal(null)},
        new Object[] {Operation.PAY_ACTION_PLAN, "reference", (Executable) () -> sms.payActionPlan(t, null)},
        new Object[] {Operation.WITHDRAW_REQUEST, "reference", (Executable) () -> sms.withdrawRequest(t, null)},
        new Object[] {Operation.REQUEST_KEY_PERSONNEL_CHANGE, "change",
            (Executable) () -> sms.requestKeyPersonnelChange(t, null)},
        new Object[] {Operation.ADD_PAYE_REFERENCE, "reference", (Executable) () -> sms.addPayeReference(t, null)},
        new Object[] {Operation.DELETE_CERTIFICATE, "number", (Executable) () -> sms.delete(t, null)},
        new Object[] {Operation.PRINT_CERTIFICATE, "session",
            (Executable) () -> sms.print(null, io.github.sponsorsdk.sms.core.identifier.CosNumber.of("C1234567890"))});
    for (Object[] c : cases) {
      SmsSnapshot before = sms.snapshot();
      int journal = sms.calls().size();
      assertThatThrownBy(((Executable) c[2])::execute).as("%s %s", c[0], c[1])
          .isInstanceOf(NullPointerException.class).hasMessageContaining((String) c[1]);
      assertThat(sms.snapshot()).as("%s changed nothing", c[0]).isEqualTo(before);
      assertThat(sms.calls()).as("%s journaled", c[0]).hasSize(journal + 1);
      CallRecord last = sms.calls().get(journal);
      assertThat(last.operation()).isEqualTo(c[0]);
      assertThat(last.outcome()).isEqualTo(CallRecord.OutcomeKind.FAILED);
      assertThat(last.codes()).containsExactly("NullPointerException");
    }
  }
}
