package io.github.sponsorsdk.sms.testkit.server.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One route of the API: method, path template ({@code /api/certificates/{number}}), summary and handler. */
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
  private final Handler handler;
  private final Pattern regex;
  private final List<String> names = new ArrayList<>();

  public Endpoint(String method, String template, Side side, String summary, Handler handler) {
    this.method = method;
    this.template = template;
    this.side = side;
    this.summary = summary;
    this.handler = handler;
    Matcher m = PARAM.matcher(template);
    StringBuilder sb = new StringBuilder();
    int last = 0;
    while (m.find()) {
      sb.append(Pattern.quote(template.substring(last, m.start()))).append("([^/]+)");
      names.add(m.group(1));
      last = m.end();
    }
    sb.append(Pattern.quote(template.substring(last)));
    this.regex = Pattern.compile(sb.toString());
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

  public Handler handler() {
    return handler;
  }

  public List<String> parameterNames() {
    return List.copyOf(names);
  }

  /** The path parameters when {@code path} matches this route's template. */
  public Optional<List<String>> match(String path) {
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
