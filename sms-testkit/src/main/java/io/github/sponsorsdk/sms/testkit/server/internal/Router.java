package io.github.sponsorsdk.sms.testkit.server.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.sponsorsdk.sms.core.port.SmsUnavailableException;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Dispatches every request of the server: reads the body within the size limit, finds the route (404 for an unknown
 * path, 405 with {@code Allow} for a known path and another method), runs the handler, and turns every error into
 * {@code application/problem+json}. HTTP parsing is the JDK's ({@code com.sun.net.httpserver}); JSON is Jackson's.
 */
public final class Router implements HttpHandler {
  private static final Logger LOG = Logger.getLogger(Router.class.getName());
  private final List<Endpoint> routes;
  private final ObjectMapper mapper;
  private final int maxBodyBytes;
  private final Optional<Observer> observer;

  /**
   * Sees every exchange a route answered (with its status, success or problem), just before the answer is sent. The
   * server's tests check each body against the OpenAPI document's schema with one (decision 0640, "OpenAPI"); the
   * server itself has none.
   */
  @FunctionalInterface
  public interface Observer {
    /** One exchange: the route that took it, the request's body, the answer's status, media type and body. */
    void exchanged(Endpoint route, byte[] request, int status, String contentType, byte[] answer);
  }

  public Router(List<Endpoint> routes, ObjectMapper mapper, int maxBodyBytes) {
    this(routes, mapper, maxBodyBytes, Optional.empty());
  }

  public Router(List<Endpoint> routes, ObjectMapper mapper, int maxBodyBytes, Optional<Observer> observer) {
    this.routes = List.copyOf(routes);
    this.mapper = mapper;
    this.maxBodyBytes = maxBodyBytes;
    this.observer = observer;
  }

  public List<Endpoint> routes() {
    return routes;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getRawPath();
    Answer answer;
    Taken taken = new Taken();
    try {
      answer = dispatch(exchange, path, taken);
    } catch (HttpProblem p) {
      answer = problem(p, path);
    } catch (Throwable e) {
      answer = problem(translate(e), path);
    }
    write(exchange, answer, taken);
  }

  /** The route a request matched and the body it read, for the observer. */
  private static final class Taken {
    Endpoint route;
    byte[] body;
  }

  private Answer dispatch(HttpExchange exchange, String path, Taken taken) throws Exception {
    String method = exchange.getRequestMethod();
    TreeSet<String> allowed = null;
    for (Endpoint r : routes) {
      Optional<List<String>> values = r.match(path);
      if (values.isEmpty()) {
        continue;
      }
      if (!r.method().equals(method)) {
        if (allowed == null) {
          allowed = new TreeSet<>();
        }
        allowed.add(r.method());
        continue;
      }
      taken.route = r;
      byte[] body = readBody(exchange);
      taken.body = body;
      Request request = new Request(mapper, r.parameterNames(), values.get(), exchange.getRequestURI().getRawQuery(),
          Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization")), body);
      return r.handler().handle(request);
    }
    drain(exchange);
    if (allowed != null) {
      exchange.getResponseHeaders().set("Allow", String.join(", ", allowed));
      throw new HttpProblem(405, "method-not-allowed", "Method not allowed",
          method + " is not allowed on " + path + "; allowed: " + String.join(", ", allowed));
    }
    throw new HttpProblem(404, "no-such-route", "No such route",
        "no route " + path + "; the routes are listed at /openapi.json");
  }

  private byte[] readBody(HttpExchange exchange) throws IOException {
    String length = exchange.getRequestHeaders().getFirst("Content-Length");
    if (length != null) {
      long declared;
      try {
        declared = Long.parseLong(length.trim());
      } catch (NumberFormatException e) {
        throw new HttpProblem(400, "bad-request", "Bad request", "Content-Length is not a number");
      }
      if (declared > maxBodyBytes) {
        throw tooLarge();
      }
    }
    try (InputStream in = exchange.getRequestBody()) {
      byte[] bytes = in.readNBytes(maxBodyBytes + 1);
      if (bytes.length > maxBodyBytes) {
        throw tooLarge();
      }
      return bytes;
    }
  }

  private HttpProblem tooLarge() {
    return new HttpProblem(413, "body-too-large", "Body too large",
        "the request body is larger than the server's limit of " + maxBodyBytes + " bytes",
        Map.of("limitBytes", maxBodyBytes));
  }

  /**
   * Discards the body of a request that no route reads, by reading it: the JDK's request stream does not override
   * {@code skip}, which therefore skips on the raw connection, past the body, and blocks until the client gives up
   * (the cause of the hanging 404s). The JDK drains what is left, or closes the connection, when the exchange ends.
   */
  private void drain(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      byte[] buffer = new byte[8192];
      long left = maxBodyBytes;
      int n;
      while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0) {
        left -= n;
      }
    }
  }

  /** Maps an exception from Jackson, a value's validation, the fake or the JDK to a problem. */
  static HttpProblem translate(Throwable e) {
    if (e instanceof UnrecognizedPropertyException) {
      UnrecognizedPropertyException u = (UnrecognizedPropertyException) e;
      return new HttpProblem(400, "unknown-field", "Unknown field",
          "unknown field '" + u.getPropertyName() + "' at " + pointer(u),
          Map.of("field", u.getPropertyName(), "known", u.getKnownPropertyIds().stream().map(String::valueOf)
              .sorted().collect(Collectors.toList())));
    }
    if (e instanceof ValueInstantiationException && e.getCause() != null) {
      HttpProblem inner = translate(e.getCause());
      if (inner.status() != 500) {
        return inner;
      }
    }
    if (e instanceof InvalidFormatException || e instanceof MismatchedInputException) {
      MismatchedInputException m = (MismatchedInputException) e;
      return new HttpProblem(400, "wrong-type", "Wrong type",
          m.getOriginalMessage() + " at " + pointer(m), Map.of("pointer", pointer(m)));
    }
    if (e instanceof JsonProcessingException) {
      return new HttpProblem(400, "malformed-json", "Malformed JSON",
          ((JsonProcessingException) e).getOriginalMessage());
    }
    if (e instanceof InvalidValueException) {
      InvalidValueException v = (InvalidValueException) e;
      List<Map<String, Object>> violations = new ArrayList<>();
      v.violations().forEach(x -> {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("field", x.path());
        m.put("rejected", x.rejectedValue());
        m.put("rule", x.rule());
        m.put("message", x.message());
        violations.add(m);
      });
      return new HttpProblem(400, "invalid-value", "Invalid value", v.getMessage(),
          Map.of("valueType", v.valueType(), "violations", violations));
    }
    if (e.getCause() instanceof InvalidValueException) {
      return translate(e.getCause());
    }
    if (e instanceof SmsUnavailableException) {
      return new HttpProblem(503, "unavailable", "SMS unavailable", e.getMessage());
    }
    if (e instanceof NoSuchElementException) {
      return new HttpProblem(404, "not-found", "Not found", String.valueOf(e.getMessage()));
    }
    if (e instanceof NullPointerException) {
      return new HttpProblem(400, "missing-field", "Missing field", String.valueOf(e.getMessage()));
    }
    if (e instanceof IllegalArgumentException) {
      return new HttpProblem(400, "bad-request", "Bad request", e.getMessage());
    }
    if (e instanceof IllegalStateException) {
      return new HttpProblem(409, "conflict", "Conflict", e.getMessage());
    }
    LOG.log(Level.WARNING, "internal error", e);
    return new HttpProblem(500, "internal-error", "Internal error", e.getClass().getName() + ": " + e.getMessage());
  }

  private static String pointer(MismatchedInputException e) {
    StringBuilder sb = new StringBuilder();
    e.getPath().forEach(ref -> sb.append('/').append(ref.getFieldName() != null ? ref.getFieldName()
        : String.valueOf(ref.getIndex())));
    return sb.length() == 0 ? "/" : sb.toString();
  }

  private static Answer problem(HttpProblem p, String path) {
    Map<String, Object> body = p.body();
    body.put("instance", path);
    return Answer.json(p.status(), body);
  }

  private void write(HttpExchange exchange, Answer answer, Taken taken) throws IOException {
    byte[] bytes;
    String type = answer.contentType;
    if (answer.raw != null) {
      bytes = answer.raw;
    } else {
      bytes = mapper.writeValueAsBytes(answer.json);
      if (answer.status >= 400) {
        type = "application/problem+json";
      }
    }
    if (observer.isPresent() && taken.route != null) {
      // Before the answer goes out, so that a client that has its answer finds the exchange recorded.
      observer.get().exchanged(taken.route, taken.body == null ? new byte[0] : taken.body, answer.status, type,
          bytes);
    }
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    if (answer.status == 413) {
      // The client may still be sending the body the server will not read: this connection cannot carry another
      // request, and saying so keeps the client from reusing it (it would read an EOF instead of an answer).
      exchange.getResponseHeaders().set("Connection", "close");
    }
    if (answer.status == 204) {
      exchange.sendResponseHeaders(204, -1);
    } else {
      exchange.sendResponseHeaders(answer.status, bytes.length == 0 ? -1 : bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
    exchange.close();
  }
}
