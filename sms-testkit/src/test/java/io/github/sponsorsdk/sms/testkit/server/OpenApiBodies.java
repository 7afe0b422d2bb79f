package io.github.sponsorsdk.sms.testkit.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.sponsorsdk.sms.testkit.server.internal.Api;
import io.github.sponsorsdk.sms.testkit.server.internal.Endpoint;
import io.github.sponsorsdk.sms.testkit.server.internal.Router;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Holds real bodies against the OpenAPI document the server serves: an {@link Router.Observer} records every
 * exchange of a server under test, and {@link #check()} validates each JSON body with networknt's
 * {@code json-schema-validator} (JSON Schema 2020-12, OpenAPI 3.1's dialect) against the schema the document gives
 * that route and status: the request body of every exchange the server accepted (2xx), every success's answer, and
 * every problem's answer (the {@code Problem} schema). A schema that would accept any object for a body with
 * properties (no {@code properties}, {@code oneOf} or {@code additionalProperties} to hold it to) fails too.
 *
 * <p>The HTTP contract tests ({@code HttpFixture}) and {@code SmsServerTest} run their servers with one, so every
 * body the contract suites exchange over HTTP is checked. The routes and statuses checked in the JVM are written
 * to {@code target/openapi-validated.txt} when it ends.
 */
final class OpenApiBodies implements Router.Observer {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNode DOCUMENT = load();
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();
  private static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();
  private static final Set<String> REQUESTS = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
          List<String> lines = new ArrayList<>();
          lines.add("# Exchanges validated against openapi.json in the last test run (OpenApiBodies): "
              + routesOf(CHECKED) + " routes, " + CHECKED.size() + " route/status pairs, " + REQUESTS.size()
              + " routes with a request body");
          lines.addAll(new TreeSet<>(CHECKED));
          lines.add("# request bodies");
          lines.addAll(new TreeSet<>(REQUESTS));
          Files.write(target.resolve("openapi-validated.txt"), lines, StandardCharsets.UTF_8);
        }
      } catch (IOException e) {
        // only a report; the checks themselves have run
      }
    }));
  }

  /** One exchange the server answered. */
  private record Exchange(Endpoint route, byte[] request, int status, String contentType, byte[] answer) {}

  private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();

  @Override
  public void exchanged(Endpoint route, byte[] request, int status, String contentType, byte[] answer) {
    exchanges.add(new Exchange(route, request, status, contentType, answer));
  }

  /** How many exchanges were recorded. */
  int size() {
    return exchanges.size();
  }

  /**
   * Validates every recorded exchange and forgets it.
   *
   * @return the routes ({@code "GET /api/control/clock"}) whose success bodies were validated
   * @throws AssertionError listing every body that does not match its schema
   */
  Set<String> check() {
    List<String> failures = new ArrayList<>();
    Set<String> succeeded = new TreeSet<>();
    for (Exchange e : exchanges) {
      String key = e.route().method() + " " + e.route().template();
      JsonNode operation = DOCUMENT.path("paths").path(e.route().template())
          .path(e.route().method().toLowerCase(Locale.ROOT));
      if (operation.isMissingNode()) {
        failures.add(key + ": not in openapi.json");
        continue;
      }
      if (e.status() < 400) {
        JsonNode response = operation.path("responses").path(String.valueOf(e.status()));
        if (response.isMissingNode()) {
          failures.add(key + ": status " + e.status() + " is not documented");
          continue;
        }
        check(failures, key + " " + e.status(), response.path("content"), e.contentType(), e.answer());
        succeeded.add(key);
        JsonNode request = operation.path("requestBody").path("content");
        if (e.request().length > 0 && !request.isMissingNode()) {
          if (check(failures, key + " request", request, request.fieldNames().next(), e.request())) {
            REQUESTS.add(key);
          }
        }
      } else {
        check(failures, key + " " + e.status(), operation.path("responses").path("default").path("content"),
            e.contentType(), e.answer());
      }
      CHECKED.add(key + " " + e.status());
    }
    exchanges.clear();
    if (!failures.isEmpty()) {
      throw new AssertionError("bodies that do not match openapi.json:\n" + String.join("\n", failures));
    }
    return succeeded;
  }

  /** Validates one body when its media type is JSON; true when it was validated. */
  private static boolean check(List<String> failures, String what, JsonNode content, String contentType,
      byte[] body) {
    String media = contentType.split(";")[0].trim();
    if (!media.endsWith("json") || body.length == 0) {
      if (body.length == 0 && content.isObject() && !content.isEmpty()) {
        failures.add(what + ": an empty body, where the document promises " + content.fieldNames().next());
      }
      return false;
    }
    JsonNode schema = content.path(media).path("schema");
    if (schema.isMissingNode()) {
      failures.add(what + ": no schema for " + media);
      return false;
    }
    JsonNode value;
    try {
      value = JSON.readTree(body);
    } catch (IOException ex) {
      failures.add(what + ": not JSON: " + ex.getMessage());
      return false;
    }
    if (acceptsAnyObject(schema, value)) {
      failures.add(what + ": the schema " + schema + " accepts any object, the body has properties");
    }
    Schema validator = SCHEMAS.computeIfAbsent(schema.toString(), s -> REGISTRY.getSchema(standalone(schema)));
    validator.validate(value).forEach(error -> failures.add(what + ": " + error + "\n    body: "
        + abbreviate(value.toString())));
    return true;
  }

  /** The body schema as a schema document of its own, the document's components beside it for its references. */
  private static JsonNode standalone(JsonNode schema) {
    ObjectNode root = JSON.createObjectNode();
    root.put("$schema", OpenApiGenerator.DIALECT);
    root.set("allOf", JSON.createArrayNode().add(schema));
    root.set("components", DOCUMENT.get("components"));
    return root;
  }

  /** Whether {@code schema} (its references followed) would take any object, while {@code value} has properties. */
  static boolean acceptsAnyObject(JsonNode schema, JsonNode value) {
    if (!value.isObject() || value.isEmpty()) {
      return false;
    }
    JsonNode resolved = schema;
    while (resolved.has("$ref")) {
      String ref = resolved.get("$ref").asText();
      resolved = DOCUMENT.at(ref.substring(1));
    }
    return !(resolved.has("properties") || resolved.has("oneOf") || resolved.has("anyOf") || resolved.has("allOf")
        || resolved.path("additionalProperties").isObject());
  }

  private static String abbreviate(String text) {
    return text.length() > 400 ? text.substring(0, 400) + "..." : text;
  }

  private static long routesOf(Set<String> checked) {
    return checked.stream().map(k -> k.substring(0, k.lastIndexOf(' '))).distinct().count();
  }

  private static JsonNode load() {
    try (InputStream in = Api.class.getResourceAsStream("openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json is not on the class path");
      }
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
