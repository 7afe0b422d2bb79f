package io.github.sponsorsdk.sms.testkit.outbox;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One email (or letter) the fake SMS sent.
 *
 * <p>{@link #password()} is the one place a test can read a password the SMS generated (a new user's or a
 * temporary one): the fake stores only hashes, and this copy exists because the real SMS emails it in clear text.
 * {@link #toString()} masks it, and it is never written to JSON: an in-memory snapshot keeps the emails as they are
 * (the same objects as the outbox), a JSON snapshot keeps them without their passwords (decision record 0630).
 */
@JsonPropertyOrder({"sequence", "sentAt", "kind", "to", "about", "subject", "body"})
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
   * An email.
   *
   * @param sequence 1, 2, 3 ... in the order sent
   * @param sentAt when it was sent
   * @param kind what it is
   * @param to the address, or "Authorising Officer (post)" for a letter
   * @param about the user it is about
   * @param subject the subject
   * @param body the text, with {@code [password]} in place of a password
   * @param password the password it carries
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

  /**
   * An email read back from JSON: it carries no password (passwords are never written).
   *
   * @param sequence 1, 2, 3 ... in the order sent
   * @param sentAt when it was sent
   * @param kind what it is
   * @param to the address
   * @param about the user it is about
   * @param subject the subject
   * @param body the text
   * @return the email, without password
   */
  @JsonCreator
  public static Email fromJson(@JsonProperty("sequence") long sequence, @JsonProperty("sentAt") Instant sentAt,
      @JsonProperty("kind") EmailKind kind, @JsonProperty("to") String to,
      @JsonProperty("about") Optional<SmsUserId> about, @JsonProperty("subject") String subject,
      @JsonProperty("body") String body) {
    return new Email(sequence, sentAt, kind, to, about == null ? Optional.empty() : about, subject, body,
        Optional.empty());
  }

  /** 1, 2, 3 ... in the order sent. */
  @JsonProperty
  public long sequence() {
    return sequence;
  }

  /** When it was sent (the SMS clock at commit). */
  @JsonProperty
  public Instant sentAt() {
    return sentAt;
  }

  /** What it is. */
  @JsonProperty
  public EmailKind kind() {
    return kind;
  }

  /** The address, or "Authorising Officer (post)" for a letter. */
  @JsonProperty
  public String to() {
    return to;
  }

  /** The user the email is about. */
  @JsonProperty
  public Optional<SmsUserId> about() {
    return about;
  }

  /** The subject line. */
  @JsonProperty
  public String subject() {
    return subject;
  }

  /** The text; a password appears only as {@code [password]}, see {@link #password()}. */
  @JsonProperty
  public String body() {
    return body;
  }

  /** The password the email carries (new user, temporary password), readable only here; never JSON. */
  @JsonIgnore
  public Optional<String> password() {
    return password;
  }

  /** This email without its password, as JSON keeps it. */
  public Email withoutPassword() {
    return password.isEmpty() ? this : new Email(sequence, sentAt, kind, to, about, subject, body, Optional.empty());
  }

  /** Equal when every field is, the password included. */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Email)) {
      return false;
    }
    Email e = (Email) o;
    return sequence == e.sequence && sentAt.equals(e.sentAt) && kind == e.kind && to.equals(e.to)
        && about.equals(e.about) && subject.equals(e.subject) && body.equals(e.body) && password.equals(e.password);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sequence, sentAt, kind, to, about, subject, body);
  }

  @Override
  public String toString() {
    return "Email#" + sequence + "{" + kind + " to " + to + about.map(u -> " about " + u).orElse("") + ": " + subject
        + password.map(p -> " [password ****]").orElse("") + "}";
  }
}
