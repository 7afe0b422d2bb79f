package io.github.sponsorsdk.sms.testkit.server.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One route of the API: method, path template ({@code /api/certificates/{number}}), summary, the body it reads and
 * the body it answers (the types the OpenAPI document's schemas are generated from), and handler.
 */
public final class Endpoint {
  /** Who a route serves; the OpenAPI document groups routes by it. */
  public enum Side {
    SPONSOR, HOME_OFFICE, CONTROL, DASHBOARD
  }

  /** What a route does with a request. */
  @FunctionalInterface
  public interface Handler {
    /** Returns the answer: a status and a JSON-able body (or raw text). */
    Answer handle(Request request) throws Exception;
  }

  private static final Pattern PARAM = Pattern.compile("\\{([a-zA-Z]+)}");
  private final String method;
  private final String template;
  private final Side side;
  private final String summary;
  private final Body request;
  private final Body answer;
  private final Handler handler;
  private static final Optional<List<String>> NO_PARAMETERS = Optional.of(List.of());
  private final Pattern regex;
  private final List<String> names;
  /** The template's text before its first parameter (all of it when it has none): a path must start with it. */
  private final String prefix;

  public Endpoint(String method, String template, Side side, String summary, Body request, Body answer,
      Handler handler) {
    this.method = method;
    this.template = template;
    this.side = side;
    this.summary = summary;
    this.request = request;
    this.answer = answer;
    this.handler = handler;
    Matcher m = PARAM.matcher(template);
    StringBuilder sb = new StringBuilder();
    List<String> found = new ArrayList<>();
    int last = 0;
    while (m.find()) {
      sb.append(Pattern.quote(template.substring(last, m.start()))).append("([^/]+)");
      found.add(m.group(1));
      last = m.end();
    }
    sb.append(Pattern.quote(template.substring(last)));
    this.regex = Pattern.compile(sb.toString());
    this.names = List.copyOf(found);
    int brace = template.indexOf('{');
    this.prefix = brace < 0 ? template : template.substring(0, brace);
  }

  public String method() {
    return method;
  }

  public String template() {
    return template;
  }

  public Side side() {
    return side;
  }

  public String summary() {
    return summary;
  }

  /** The body the route reads ({@link Body#none()} when it reads none). */
  public Body request() {
    return request;
  }

  /** The body of the route's success ({@link Body#noContent()} for a {@code 204}). */
  public Body answer() {
    return answer;
  }

  public Handler handler() {
    return handler;
  }

  public List<String> parameterNames() {
    return names;
  }

  /**
   * The path parameters when {@code path} matches this route's template. The router asks every route of a request
   * (for 405's {@code Allow}), so the common misses are cheap: a template without parameters is compared as text, and
   * a path that does not start with the template's text before its first parameter is no match; only the rest runs
   * the regular expression (the same answer, measured: most of the router's time went in {@code Matcher} before).
   */
  public Optional<List<String>> match(String path) {
    if (names.isEmpty()) {
      return path.equals(template) ? NO_PARAMETERS : Optional.empty();
    }
    if (!path.startsWith(prefix)) {
      return Optional.empty();
    }
    Matcher m = regex.matcher(path);
    if (!m.matches()) {
      return Optional.empty();
    }
    List<String> values = new ArrayList<>();
    for (int i = 1; i <= m.groupCount(); i++) {
      values.add(m.group(i));
    }
    return Optional.of(values);
  }
}
