package io.github.sponsorsdk.sms.testkit.outbox;

import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The emails the fake SMS sent, oldest first (GreenMail's {@code getReceivedMessages()}). Thread-safe. An email
 * arrives when the change that sent it commits, in commit order. Part of the fake's state: cleared by
 * {@code InMemorySms.reset()}, kept by {@code snapshot()} and put back by {@code restore()} (decision record 0630).
 */
public final class Outbox {
  private final List<Email> emails = new ArrayList<>();

  /** {@return every email, oldest first} */
  public synchronized List<Email> all() {
    return List.copyOf(emails);
  }

  /**
   * The emails sent to one address.
   *
   * @param address the address
   * @return its emails, oldest first
   */
  public synchronized List<Email> to(String address) {
    return emails.stream().filter(e -> e.to().equals(address)).collect(Collectors.toList());
  }

  /**
   * The emails of one kind.
   *
   * @param kind the kind
   * @return its emails, oldest first
   */
  public synchronized List<Email> ofKind(EmailKind kind) {
    return emails.stream().filter(e -> e.kind() == kind).collect(Collectors.toList());
  }

  /**
   * The emails about one user.
   *
   * @param userId the user
   * @return their emails, oldest first
   */
  public synchronized List<Email> about(SmsUserId userId) {
    return emails.stream().filter(e -> e.about().filter(userId::equals).isPresent()).collect(Collectors.toList());
  }

  /** {@return the latest email, if any} */
  public synchronized Optional<Email> last() {
    return emails.isEmpty() ? Optional.empty() : Optional.of(emails.get(emails.size() - 1));
  }

  /**
   * {@return the password in the latest {@link EmailKind#TEMPORARY_PASSWORD} or {@link EmailKind#NEW_USER_PASSWORD}
   * email about {@code userId}: the one way a test learns a password the SMS generated}
   *
   * @param userId the user
   */
  public synchronized Optional<String> lastPasswordFor(SmsUserId userId) {
    for (int i = emails.size() - 1; i >= 0; i--) {
      Email e = emails.get(i);
      if (e.about().filter(userId::equals).isPresent() && e.password().isPresent()) {
        return e.password();
      }
    }
    return Optional.empty();
  }

  /**
   * {@return the password of the latest {@link EmailKind#TEMPORARY_PASSWORD} email about {@code userId}}
   *
   * @param userId the user
   */
  public synchronized Optional<String> lastTemporaryPasswordFor(SmsUserId userId) {
    for (int i = emails.size() - 1; i >= 0; i--) {
      Email e = emails.get(i);
      if (e.kind() == EmailKind.TEMPORARY_PASSWORD && e.about().filter(userId::equals).isPresent()) {
        return e.password();
      }
    }
    return Optional.empty();
  }

  /** {@return the number of emails} */
  public synchronized int size() {
    return emails.size();
  }

  /**
   * Called by the fake SMS when a change commits.
   *
   * @param batch the change's emails
   */
  public synchronized void deliver(List<Email> batch) {
    emails.addAll(batch);
  }

  /**
   * Replaces every email (restore).
   *
   * @param restored the emails, oldest first
   */
  public synchronized void replaceAll(List<Email> restored) {
    emails.clear();
    emails.addAll(restored);
  }

  /** Empties the outbox. */
  public synchronized void clear() {
    emails.clear();
  }
}
