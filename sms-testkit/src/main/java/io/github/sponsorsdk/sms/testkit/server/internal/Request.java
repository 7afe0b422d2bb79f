package io.github.sponsorsdk.sms.testkit.server.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sponsorsdk.sms.core.port.SessionToken;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A parsed request as a handler sees it: path parameters, query, headers, body (already read, within the limit). */
public final class Request {
  private final ObjectMapper mapper;
  private final Map<String, String> params = new LinkedHashMap<>();
  private final Map<String, String> query = new LinkedHashMap<>();
  private final Optional<String> authorization;
  private final byte[] body;

  Request(ObjectMapper mapper, List<String> names, List<String> values, String rawQuery,
      Optional<String> authorization, byte[] body) {
    this.mapper = mapper;
    for (int i = 0; i < names.size(); i++) {
      params.put(names.get(i), URLDecoder.decode(values.get(i), StandardCharsets.UTF_8));
    }
    if (rawQuery != null && !rawQuery.isEmpty()) {
      for (String pair : rawQuery.split("&")) {
        int eq = pair.indexOf('=');
        String k = eq < 0 ? pair : pair.substring(0, eq);
        String v = eq < 0 ? "" : pair.substring(eq + 1);
        query.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
      }
    }
    this.authorization = authorization;
    this.body = body;
  }

  /** A path parameter. */
  public String param(String name) {
    return params.get(name);
  }

  /** A query parameter, if given. */
  public Optional<String> query(String name) {
    return Optional.ofNullable(query.get(name));
  }

  /** A query parameter as a long, or {@code fallback}; a non-number is a 400. */
  public long queryLong(String name, long fallback) {
    Optional<String> v = query(name);
    if (v.isEmpty()) {
      return fallback;
    }
    try {
      return Long.parseLong(v.get());
    } catch (NumberFormatException e) {
      throw new HttpProblem(400, "bad-query", "Bad query parameter",
          "query parameter '" + name + "' must be a whole number, was '" + v.get() + "'");
    }
  }

  public byte[] bytes() {
    return body.clone();
  }

  /** The body as JSON of {@code type}; an empty body is a 400. */
  public <T> T body(Class<T> type) throws IOException {
    requireBody();
    return mapper.readValue(body, type);
  }

  /** The body as JSON of {@code type}; an empty body is a 400. */
  public <T> T body(TypeReference<T> type) throws IOException {
    requireBody();
    return mapper.readValue(body, type);
  }

  private void requireBody() {
    if (body.length == 0) {
      throw new HttpProblem(400, "malformed-json", "Malformed JSON", "this operation needs a JSON body");
    }
  }

  /** The session named by {@code Authorization: Bearer <token>}; its absence is a 401. */
  public SessionToken session() {
    String header = authorization.orElseThrow(() -> new HttpProblem(401, "no-session", "No session",
        "send the session token of a log-in as 'Authorization: Bearer <token>'"));
    if (!header.startsWith("Bearer ")) {
      throw new HttpProblem(401, "no-session", "No session", "the Authorization header must be 'Bearer <token>'");
    }
    return SessionToken.of(header.substring("Bearer ".length()).trim());
  }
}
