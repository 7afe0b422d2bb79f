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

  public AuditTrail(List<AuditEntry> entries, ObjectMapper mapper) {
    this.entries = List.copyOf(entries);
    this.mapper = mapper;
  }

  public List<AuditEntry> entries() {
    return entries;
  }

  public List<AuditEntry> where(Predicate<AuditEntry> filter) {
    return entries.stream().filter(filter).collect(Collectors.toList());
  }

  public List<AuditEntry> byAction(String action) {
    return where(e -> e.action().equals(action));
  }

  public List<AuditEntry> bySubject(String subject) {
    return where(e -> e.subject().equals(subject));
  }

  public List<AuditEntry> byActor(SmsUserId actor) {
    return where(e -> e.actor().filter(actor::equals).isPresent());
  }

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
