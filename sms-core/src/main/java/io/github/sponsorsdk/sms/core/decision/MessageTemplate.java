package io.github.sponsorsdk.sms.core.decision;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The message templates of {@link ReasonCode}s: text with named placeholders in braces, {@code "The password must be
 * at least {minLength} characters long"}. A placeholder's name is a Java-style identifier starting with a lower-case
 * letter; a template holds no other brace. Rendering replaces every placeholder with its parameter's text, so a
 * user interface can render the same parameters with its own (translated) template, as Passay's message resolvers
 * do.
 */
public final class MessageTemplate {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][A-Za-z0-9]*)}");

  private MessageTemplate() {}

  /**
   * {@return the placeholder names of {@code template}, in order of first appearance}
   *
   * @throws IllegalArgumentException when the template is blank or holds a brace that is not part of a placeholder
   * @param template a message template with {@code {name}} placeholders
   */
  public static Set<String> placeholders(String template) {
    if (template == null || template.isBlank()) {
      throw new IllegalArgumentException("A message template must not be blank");
    }
    Set<String> names = new LinkedHashSet<>();
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder rest = new StringBuilder();
    int last = 0;
    while (m.find()) {
      names.add(m.group(1));
      rest.append(template, last, m.start());
      last = m.end();
    }
    rest.append(template.substring(last));
    int stray = Math.max(rest.indexOf("{"), rest.indexOf("}"));
    if (stray >= 0) {
      throw new IllegalArgumentException("A stray brace in message template \"" + template + "\": placeholders are "
          + "{name}, with a name such as minLength");
    }
    return names;
  }

  /**
   * {@return {@code template} with each placeholder replaced by its parameter}
   *
   * @throws IllegalArgumentException when {@code parameters} lacks a placeholder or holds a name the template does
   *     not use; the message names both lists
   * @param template a message template with {@code {name}} placeholders
   * @param parameters the value of each placeholder, by name
   */
  public static String render(String template, Map<String, String> parameters) {
    Set<String> names = placeholders(template);
    if (!names.equals(parameters.keySet())) {
      List<String> missing = new ArrayList<>(names);
      missing.removeAll(parameters.keySet());
      List<String> extra = new ArrayList<>(parameters.keySet());
      extra.removeAll(names);
      throw new IllegalArgumentException("Parameters do not match message template \"" + template + "\": missing "
          + missing + ", not in the template " + extra);
    }
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(parameters.get(m.group(1))));
    }
    m.appendTail(out);
    return out.toString();
  }
}
