package io.github.sponsorsdk.sms.core.message;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.user.UserLevel;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import io.github.sponsorsdk.sms.core.value.Violation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A message the Home Office posts on the SMS message board (SMS Manual 1, "Logging in and out of SMS" and Guide 5).
 *
 * <p>Level 1 users only: "When a Level 1 user logs into SMS, they will see relevant messages posted by the Home
 * Office, targeted by route"; Level 2 users "cannot view the message screen" ("Access to SMS"). The board shows the
 * message text and a publication date (day precision, e.g. 06/04/2014); messages have an expiry date ("View active
 * messages that have not reached their expiry date"), after which they stay in the archive for 12 months.
 *
 * <p>Decisions: {@link #title()} is optional because the board shows no separate title (messages open with a line
 * such as "THIS MESSAGE IS FOR THE ATTENTION OF ALL SPONSORS:"). {@link #expiresOn()} is optional: the manual's
 * example of 6 April 2014 has no visible expiry, so a message may stay active until withdrawn. An empty
 * {@link #targetRoutes()} means every sponsor, whatever its routes. Whether a message is active or archived on a
 * date, and who must read it, are rules elsewhere; this type holds only the structural invariant that a message
 * expires after it is published. Text is limited to 4,000 characters (the SDK's choice: no SMS limit is published).
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableBoardMessage.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableBoardMessage.class)
@JsonDeserialize(as = ImmutableBoardMessage.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableBoardMessage.class)
public abstract class BoardMessage implements WithBoardMessage {

  /** An optional text, when present, holds at least one non-space character. */
  static final String NOT_BLANK = "(?s).*\\S.*";

  /** {@return the Home Office's identifier of the message (not shown on the board; assigned by whoever stores it)} */
  @NotBlank
  @Size(max = 50)
  @Pattern(regexp = "[A-Za-z0-9._-]+", message = "may hold only letters, digits, '.', '_' and '-'")
  public abstract String id();

  /** {@return the heading, when the message has one} */
  @Pattern(payload = Unwrapping.Unwrap.class, regexp = NOT_BLANK,
      message = "must not be blank; leave it out instead")
  @Size(payload = Unwrapping.Unwrap.class, max = 200)
  @Pattern(payload = Unwrapping.Unwrap.class, regexp = "[\\x20-\\x7E\\xA0-\\xFF]+", 
      message = "may hold only printable Latin-1 characters")
  public abstract Optional<String> title();

  /** {@return the message as the Home Office wrote it} */
  @NotBlank
  @Size(max = 4000)
  public abstract String text();

  /** {@return the day the message went on the board; it counts as active from then until it expires} */
  public abstract LocalDate publishedOn();

  /** {@return the first day the message is no longer active; empty when it has no expiry} */
  public abstract Optional<LocalDate> expiresOn();

  /** {@return the routes the message is for; empty for every sponsor} */
  public abstract Set<Route> targetRoutes();

  /**
   * {@return always {@link UserLevel#LEVEL_1}: only Level 1 users see the message board (Manual 1, "Access to SMS")}
   */
  @JsonIgnore
  public final UserLevel audience() {
    return UserLevel.LEVEL_1;
  }

  /** {@return true when {@link #targetRoutes()} is empty} */
  @JsonIgnore
  public boolean isForAllSponsors() {
    return targetRoutes().isEmpty();
  }

  /**
   * {@return true when the message is for all sponsors or for at least one of {@code licensedRoutes}}
   *
   * @param licensedRoutes the routes the viewing sponsor is licensed for
   */
  public boolean isTargetedAt(Collection<Route> licensedRoutes) {
    return isForAllSponsors() || !Collections.disjoint(targetRoutes(), licensedRoutes);
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code BoardMessage}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableBoardMessage.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    List<Violation> v = new ArrayList<>(ValueValidation.violations(this));
    expiresOn().filter(e -> !e.isAfter(publishedOn())).ifPresent(e -> v.add(Violation.of("expiresOn", e.toString(),
        "DateOrder", "must be after publishedOn " + publishedOn())));
    ValueValidation.requireNone("BoardMessage", v);
  }
}
