package io.github.sponsorsdk.sms.xml.conformance;
import io.github.sponsorsdk.sms.xml.testing.Reference;
import io.github.sponsorsdk.sms.xml.validate.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.*;
import org.junit.jupiter.api.Test;
class ScratchTest {
  @Test void show() throws Exception {
    String base = Files.readString(Reference.example("1. SELT required.xml"), StandardCharsets.ISO_8859_1);
    BdtValidator v = BdtValidator.of(ValidationOptions.on(java.time.LocalDate.of(2026, 11, 25)));
    Set<String> seen = new TreeSet<>();
    for (String d : SchemaEquivalenceTest.mutations(base)) {
      ValidationReport r = v.validate(new java.io.ByteArrayInputStream(d.getBytes(StandardCharsets.ISO_8859_1)));
      for (Finding f : r.findings()) if (!f.source().equals(FindingSource.SMS_RULE)) seen.add(f.code() + " | " + f.path() + " | " + f.message());
    }
    seen.forEach(System.out::println);
  }
}
