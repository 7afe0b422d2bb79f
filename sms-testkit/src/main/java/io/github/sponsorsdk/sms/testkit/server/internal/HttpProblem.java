package io.github.sponsorsdk.sms.testkit.server.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An answer that is an RFC 9457 problem: thrown by a handler (or the router) and written as
 * {@code application/problem+json}. {@code type} is a URI under {@code urn:sponsorsdk:problem:}.
 */
public final class HttpProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String type;
  private final String title;
  private final transient Map<String, Object> extensions;

  public HttpProblem(int status, String type, String title, String detail, Map<String, Object> extensions) {
    super(detail, null, false, false);
    this.status = status;
    this.type = "urn:sponsorsdk:problem:" + type;
    this.title = title;
    this.extensions = new LinkedHashMap<>(extensions);
  }

  public HttpProblem(int status, String type, String title, String detail) {
    this(status, type, title, detail, Map.of());
  }

  public int status() {
    return status;
  }

  /** The problem document (without {@code instance}, which the router adds). */
  public Map<String, Object> body() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("title", title);
    body.put("status", status);
    body.put("detail", getMessage());
    body.putAll(extensions);
    return body;
  }
}
