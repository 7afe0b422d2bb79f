package io.github.sponsorsdk.sms.testkit.outbox;

import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One email (or letter) the fake SMS sent. Not JSON and not in snapshots: an email may carry a password.
 *
 * <p>{@link #password()} is the one place a test can read a password the SMS generated (a new user's or a
 * temporary one): the fake stores only hashes, and this copy exists because the real SMS emails it in clear text.
 * {@link #toString()} masks it.
 */
public final class Email {
  private final long sequence;
  private final Instant sentAt;
  private final EmailKind kind;
  private final String to;
  private final Optional<SmsUserId> about;
  private final String subject;
  private final String body;
  private final Optional<String> password;

  public Email(long sequence, Instant sentAt, EmailKind kind, String to, Optional<SmsUserId> about, String subject,
      String body, Optional<String> password) {
    this.sequence = sequence;
    this.sentAt = Objects.requireNonNull(sentAt);
    this.kind = Objects.requireNonNull(kind);
    this.to = Objects.requireNonNull(to);
    this.about = Objects.requireNonNull(about);
    this.subject = Objects.requireNonNull(subject);
    this.body = Objects.requireNonNull(body);
    this.password = Objects.requireNonNull(password);
  }

  public long sequence() {
    return sequence;
  }

  public Instant sentAt() {
    return sentAt;
  }

  public EmailKind kind() {
    return kind;
  }

  /** {@return the address, or "Authorising Officer (post)" for a letter} */
  public String to() {
    return to;
  }

  /** {@return the user the email is about} */
  public Optional<SmsUserId> about() {
    return about;
  }

  public String subject() {
    return subject;
  }

  /** {@return the text; a password appears only as {@code [password]}, see {@link #password()}} */
  public String body() {
    return body;
  }

  /** {@return the password the email carries (new user, temporary password), readable only here} */
  public Optional<String> password() {
    return password;
  }

  @Override
  public String toString() {
    return "Email#" + sequence + "{" + kind + " to " + to + about.map(u -> " about " + u).orElse("") + ": " + subject
        + password.map(p -> " [password ****]").orElse("") + "}";
  }
}
