package io.github.sponsorsdk.sms.testkit;

import io.github.sponsorsdk.sms.testkit.audit.AuditAction;
import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.licence.Licence;
import io.github.sponsorsdk.sms.core.message.BoardMessage;
import io.github.sponsorsdk.sms.core.port.SessionToken;
import io.github.sponsorsdk.sms.core.port.SmsMessageBoard;
import io.github.sponsorsdk.sms.core.port.SmsResult;
import io.github.sponsorsdk.sms.rules.message.MessageBoardRules;
import io.github.sponsorsdk.sms.rules.permission.SmsAction;
import io.github.sponsorsdk.sms.testkit.fault.Operation;
import io.github.sponsorsdk.sms.testkit.internal.Store;
import io.github.sponsorsdk.sms.testkit.state.UserRecord;
import java.util.List;
import java.util.Optional;

/** {@link SmsMessageBoard} (Manual 1, Guide 5): which messages are active or archived is {@link MessageBoardRules}'. */
final class MessageService implements SmsMessageBoard {
  private final InMemorySms sms;
  private final Store store;

  MessageService(InMemorySms sms) {
    this.sms = sms;
    this.store = sms.store();
  }

  @Override
  public SmsResult<List<BoardMessage>> activeMessages(SessionToken session) {
    return list(session, Operation.ACTIVE_MESSAGES, SmsAction.VIEW_MESSAGE_BOARD, false);
  }

  @Override
  public SmsResult<List<BoardMessage>> archivedMessages(SessionToken session) {
    return list(session, Operation.ARCHIVED_MESSAGES, SmsAction.VIEW_ARCHIVED_MESSAGES, true);
  }

  private SmsResult<List<BoardMessage>> list(SessionToken session, Operation op, SmsAction action, boolean archive) {
    MessageBoardRules rules = sms.rules().messages();
    return sms.authorised(op, session, action, (tx, caller) -> {
      Licence licence = caller.licence;
      List<BoardMessage> all = tx.values(store.messages);
      List<BoardMessage> shown = archive
          ? rules.archived(caller.record.user().level(), licence.routes(), all, sms.today())
          : rules.active(caller.record.user().level(), licence.routes(), all, sms.today());
      return SmsResult.allowed(shown);
    });
  }

  @Override
  public Decision confirmMessagesRead(SessionToken session) {
    return sms.authorisedDecision(Operation.MARK_MESSAGE_READ, session, SmsAction.VIEW_MESSAGE_BOARD,
        (tx, caller) -> {
          tx.put(store.sessions, caller.userId(), caller.session.withMessagesConfirmed(true));
          UserRecord before = caller.record;
          UserRecord after = before.withMessagesRead(union(before.messagesRead(), caller.session.messagesShown()));
          if (!after.equals(before)) {
            tx.put(store.users, caller.userId(), after);
            tx.audit(AuditAction.MESSAGES_READ, Optional.of(before.licence()), caller.userId().value(),
                before.messagesRead(), after.messagesRead());
          }
          return Decision.allowed();
        });
  }

  private static java.util.Set<String> union(java.util.Set<String> a, List<String> b) {
    java.util.Set<String> out = new java.util.LinkedHashSet<>(a);
    out.addAll(b);
    return out;
  }
}
