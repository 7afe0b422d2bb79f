package io.github.sponsorsdk.sms.testkit.outbox;

import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The emails the fake SMS sent, oldest first (GreenMail's {@code getReceivedMessages()}). Thread-safe; cleared by
 * {@code InMemorySms.reset()}; not part of snapshots.
 */
public final class Outbox {
  private final List<Email> emails = new ArrayList<>();

  /** {@return every email, oldest first} */
  public synchronized List<Email> all() {
    return List.copyOf(emails);
  }

  /**
   * {@return the emails sent to {@code address}, oldest first}
   *
   * @param address the address
   */
  public synchronized List<Email> to(String address) {
    return emails.stream().filter(e -> e.to().equals(address)).collect(Collectors.toList());
  }

  /**
   * {@return the emails of {@code kind}, oldest first}
   *
   * @param kind the kind
   */
  public synchronized List<Email> ofKind(EmailKind kind) {
    return emails.stream().filter(e -> e.kind() == kind).collect(Collectors.toList());
  }

  /**
   * {@return the emails about {@code userId}, oldest first}
   *
   * @param userId the user
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
   * Called by the fake SMS after a change commits.
   *
   * @param batch the emails of one committed change
   */
  public synchronized void deliver(List<Email> batch) {
    emails.addAll(batch);
  }

  /** Forgets every email. */
  public synchronized void clear() {
    emails.clear();
  }
}
