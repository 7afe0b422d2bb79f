package io.github.sponsorsdk.sms.testkit.outbox;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One email (or letter) the fake SMS sent.
 *
 * <p>{@link #password()} is the one place a test can read a password the SMS generated (a new user's or a
 * temporary one): the fake stores only hashes, and this copy exists because the real SMS emails it in clear text.
 * {@link #toString()} masks it, and it is never written to JSON: an in-memory snapshot keeps the emails as they are
 * (the same objects as the outbox), a JSON snapshot keeps them without their passwords, and an email read from JSON
 * has none (decision record 0630).
 *
 * <p>Built by the fake when a change commits ({@code Email.builder()}); equal when every attribute is, the password
 * included.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableEmail.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableEmail.class)
@JsonDeserialize(as = ImmutableEmail.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableEmail.class)
@JsonPropertyOrder({"sequence", "sentAt", "kind", "to", "about", "subject", "body"})
public abstract class Email implements WithEmail {

  /** {@return the number: 1, 2, 3 ... in the order sent} */
  public abstract long sequence();

  /** {@return when it was sent (the SMS clock at commit)} */
  public abstract Instant sentAt();

  /** {@return what it is} */
  public abstract EmailKind kind();

  /** {@return the address, or "Authorising Officer (post)" for a letter} */
  public abstract String to();

  /** {@return the user the email is about} */
  public abstract Optional<SmsUserId> about();

  /** {@return the subject line} */
  public abstract String subject();

  /** {@return the text; a password appears only as {@code [password]}, see {@link #password()}} */
  public abstract String body();

  /** {@return the password the email carries (new user, temporary password), readable only here; never JSON} */
  @JsonIgnore
  public abstract Optional<String> password();

  /** {@return this email without its password, as JSON keeps it} */
  public Email withoutPassword() {
    return password().isEmpty() ? this : withPassword(Optional.empty());
  }

  /** The email with its password masked. */
  @Override
  public String toString() {
    return "Email#" + sequence() + "{" + kind() + " to " + to() + about().map(u -> " about " + u).orElse("") + ": "
        + subject() + password().map(p -> " [password ****]").orElse("") + "}";
  }

  /** {@return a new builder; every attribute but {@code about} and {@code password} is required} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@code Email}: one setter per attribute. */
  public static final class Builder extends ImmutableEmail.Builder {
    Builder() {}
  }
}
