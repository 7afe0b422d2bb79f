package io.github.sponsorsdk.sms.testkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sponsorsdk.sms.testkit.InMemorySms;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * The OpenAPI document served at {@code /openapi.json} is generated from the route table ({@code OpenApiGenerator})
 * and checked in ({@code server/internal/openapi.json}); this test regenerates it and fails when the checked-in copy
 * differs. To regenerate: {@code mvn -B -ntp -q test -pl sms-testkit -am -Dtest=OpenApiDocumentTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dsms.openapi.write=true} (or set {@code SMS_OPENAPI_WRITE=true}). The
 * document served and the routes the server implements are the same set, both ways; each operation's path parameters
 * are declared; {@code info.version} is the project's version; no schema of a body accepts any object.
 */
class OpenApiDocumentTest {
  static final Path FILE = Path.of("src", "main", "resources", "io", "github", "sponsorsdk", "sms", "testkit",
      "server", "internal", "openapi.json");
  static final String HOW = "Regenerate with: mvn -B -ntp -q test -pl sms-testkit -am -Dtest=OpenApiDocumentTest "
      + "-Dsurefire.failIfNoSpecifiedTests=false -Dsms.openapi.write=true (or SMS_OPENAPI_WRITE=true), then commit "
      + FILE;

  /** The project's version, which Maven gives the tests (surefire's systemPropertyVariables). */
  static String projectVersion() {
    String version = System.getProperty("sms.project.version");
    assertThat(version).as("the system property sms.project.version (set by the POM's surefire configuration)")
        .isNotBlank();
    return version;
  }

  @Test
  void theCheckedInDocumentIsTheOneTheRouteTableGenerates() throws Exception {
    try (SmsServer server = SmsServer.start(InMemorySms.startingOn(java.time.LocalDate.of(2026, 3, 2)), 0)) {
      ObjectMapper mapper = new ObjectMapper();
      String generated = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(
          new OpenApiGenerator(projectVersion()).document(server.endpoints())) + "\n";
      boolean write = Boolean.getBoolean("sms.openapi.write") || "true".equals(System.getenv("SMS_OPENAPI_WRITE"));
      if (write) {
        Files.writeString(FILE, generated, StandardCharsets.UTF_8);
      }
      assertThat(Files.readString(FILE, StandardCharsets.UTF_8)).as("%s is stale. %s", FILE, HOW)
          .isEqualTo(generated);
    }
  }

  @Test
  void infoVersionIsTheProjectVersionAndNoBodySchemaIsBare() throws Exception {
    JsonNode doc = new ObjectMapper().readTree(Files.readString(FILE, StandardCharsets.UTF_8));
    assertThat(doc.at("/info/version").asText()).isEqualTo(projectVersion());
    assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
    Set<String> bare = new TreeSet<>();
    doc.at("/components/schemas").properties().forEach(e -> {
      JsonNode s = e.getValue();
      boolean object = "object".equals(s.path("type").asText());
      // Map_String_Object: the OpenAPI objects under the document's own paths and components (GET /openapi.json),
      // which OpenAPI 3.1's meta-schema describes.
      if (object && !s.has("properties") && !s.path("additionalProperties").isObject()
          && !e.getKey().equals("Map_String_Object")) {
        bare.add(e.getKey());
      }
      if (s.isEmpty()) {
        bare.add(e.getKey());
      }
    });
    assertThat(bare).as("schemas that accept any object or anything").isEmpty();
    Set<String> untyped = new TreeSet<>();
    doc.get("paths").properties().forEach(p -> p.getValue().properties().forEach(op -> {
      op.getValue().path("requestBody").path("content").forEach(c -> {
        if (c.path("schema").isEmpty()) {
          untyped.add(op.getKey() + " " + p.getKey() + " request");
        }
      });
      op.getValue().path("responses").properties().forEach(r -> r.getValue().path("content").forEach(c -> {
        JsonNode schema = c.path("schema");
        if (schema.isEmpty() || "{\"type\":\"object\"}".equals(schema.toString())) {
          untyped.add(op.getKey() + " " + p.getKey() + " " + r.getKey());
        }
      }));
    }));
    assertThat(untyped).as("bodies without a schema").isEmpty();
    assertThat(doc.at("/components/schemas").size()).isGreaterThan(100);
  }
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
