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
   * A view of {@code entries}, exported with {@code mapper}.
   *
   * @param entries the entries, oldest first
   * @param mapper the mapper for {@link #toJson()}
   */
  public AuditTrail(List<AuditEntry> entries, ObjectMapper mapper) {
    this.entries = List.copyOf(entries);
    this.mapper = mapper;
  }

  /** {@return every entry, oldest first} */
  public List<AuditEntry> entries() {
    return entries;
  }

  /**
   * The entries that match.
   *
   * @param filter which entries
   * @return the matching entries, oldest first
   */
  public List<AuditEntry> where(Predicate<AuditEntry> filter) {
    return entries.stream().filter(filter).collect(Collectors.toList());
  }

  /**
   * The entries of one action.
   *
   * @param action the action
   * @return its entries, oldest first
   */
  public List<AuditEntry> byAction(AuditAction action) {
    return where(e -> e.action() == action);
  }

  /**
   * The entries about one subject (a user ID, a certificate number ...).
   *
   * @param subject the subject
   * @return its entries, oldest first
   */
  public List<AuditEntry> bySubject(String subject) {
    return where(e -> e.subject().equals(subject));
  }

  /**
   * The entries of changes made by one user.
   *
   * @param actor the user
   * @return their entries, oldest first
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
