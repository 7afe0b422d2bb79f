package io.github.sponsorsdk.sms.testkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sponsorsdk.sms.testkit.InMemorySms;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document served at {@code /openapi.json} and the routes the server implements are the same set, both
 * ways: a route added without documenting it, or a documented route removed, fails here. Each operation's path
 * parameters are declared.
 */
class OpenApiDocumentTest {
  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

  @Test
  void theDocumentServedListsExactlyTheImplementedRoutes() throws Exception {
    try (SmsServer server = SmsServer.start(InMemorySms.startingOn(java.time.LocalDate.of(2026, 3, 2)), 0)) {
      HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          server.uri().resolve("openapi.json")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(200);
      JsonNode doc = new ObjectMapper().readTree(r.body());
      assertThat(doc.get("openapi").asText()).startsWith("3.");

      Set<String> documented = new TreeSet<>();
      Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields();
      while (paths.hasNext()) {
        Map.Entry<String, JsonNode> path = paths.next();
        Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields();
        while (ops.hasNext()) {
          Map.Entry<String, JsonNode> op = ops.next();
          if (!METHODS.contains(op.getKey())) {
            continue;
          }
          documented.add(op.getKey().toUpperCase() + " " + path.getKey());
          Set<String> declared = new TreeSet<>();
          op.getValue().path("parameters").forEach(p -> {
            if ("path".equals(p.path("in").asText())) {
              declared.add(p.get("name").asText());
            }
          });
          Set<String> inTemplate = new TreeSet<>();
          Matcher m = Pattern.compile("\\{([^}]+)}").matcher(path.getKey());
          while (m.find()) {
            inTemplate.add(m.group(1));
          }
          assertThat(declared).as("path parameters of %s %s", op.getKey(), path.getKey()).isEqualTo(inTemplate);
          assertThat(op.getValue().path("summary").asText()).as("summary of %s", path.getKey()).isNotBlank();
        }
      }
      Set<String> implemented = new TreeSet<>(server.routes());
      Set<String> undocumented = new TreeSet<>(implemented);
      undocumented.removeAll(documented);
      Set<String> missing = new TreeSet<>(documented);
      missing.removeAll(implemented);
      assertThat(undocumented).as("implemented but not in openapi.json").isEmpty();
      assertThat(missing).as("in openapi.json but not implemented").isEmpty();
      assertThat(implemented).contains("GET /openapi.json", "POST /api/session");
    }
  }
}
