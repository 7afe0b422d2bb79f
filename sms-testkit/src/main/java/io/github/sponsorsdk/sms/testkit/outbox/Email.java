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

  /**
   * An email the fake sent.
   *
   * @param sequence its number, from 1
   * @param sentAt when it was sent
   * @param kind what it is for
   * @param to the address
   * @param about the user it is about, if any
   * @param subject the subject line
   * @param body the text
   * @param password the password the email carries, for a password email
   */
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

  /** {@return the email's number: 1, 2, 3 ... in sending order} */
  public long sequence() {
    return sequence;
  }

  /** {@return when the email was sent} */
  public Instant sentAt() {
    return sentAt;
  }

  /** {@return what the email is for} */
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

  /** {@return the subject line} */
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
