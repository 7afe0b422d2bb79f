package io.github.sponsorsdk.sms.testkit.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** A read-only view of the audit trail at one moment: query it, or export it as JSON. */
public final class AuditTrail {
  private final List<AuditEntry> entries;
  private final ObjectMapper mapper;

  /**
   * A trail of {@code entries}, exported with {@code mapper}.
   *
   * @param entries the entries, in commit order
   * @param mapper the mapper {@link #toJson()} writes with
   */
  public AuditTrail(List<AuditEntry> entries, ObjectMapper mapper) {
    this.entries = List.copyOf(entries);
    this.mapper = mapper;
  }

  /** {@return every entry, in commit order} */
  public List<AuditEntry> entries() {
    return entries;
  }

  /**
   * {@return the entries that pass {@code filter}, in commit order}
   *
   * @param filter the test each entry must pass
   */
  public List<AuditEntry> where(Predicate<AuditEntry> filter) {
    return entries.stream().filter(filter).collect(Collectors.toList());
  }

  /**
   * {@return the entries whose action is {@code action}, in commit order}
   *
   * @param action an action, e.g. {@code USER_DEACTIVATED}
   */
  public List<AuditEntry> byAction(String action) {
    return where(e -> e.action().equals(action));
  }

  /**
   * {@return the entries about {@code subject}, in commit order}
   *
   * @param subject the subject: a user ID, certificate number or reference
   */
  public List<AuditEntry> bySubject(String subject) {
    return where(e -> e.subject().equals(subject));
  }

  /**
   * {@return the entries made by user {@code actor}, in commit order}
   *
   * @param actor the user
   */
  public List<AuditEntry> byActor(SmsUserId actor) {
    return where(e -> e.actor().filter(actor::equals).isPresent());
  }

  /** {@return the number of entries} */
  public int size() {
    return entries.size();
  }

  /** {@return the whole trail as a JSON array, oldest first} */
  public String toJson() {
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(entries);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
