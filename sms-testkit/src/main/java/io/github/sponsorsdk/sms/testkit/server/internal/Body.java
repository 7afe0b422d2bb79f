package io.github.sponsorsdk.sms.testkit.server.internal;

import io.github.sponsorsdk.sms.core.port.SmsResult;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a route reads or answers, as the route table states it: the Java type whose Jackson form travels (the
 * OpenAPI document's JSON schemas are generated from these types, decision 0640 "OpenAPI"), its media type and, for
 * an answer, the status of success. A route with no body says {@link #none()} (request) or {@link #noContent()}
 * (answer).
 */
public final class Body {
  private static final String JSON = "application/json";
  private final Optional<Type> type;
  private final String mediaType;
  private final int status;
  private final boolean required;

  private Body(Optional<Type> type, String mediaType, int status, boolean required) {
    this.type = type;
    this.mediaType = mediaType;
    this.status = status;
    this.required = required;
  }

  /** A request without a body. */
  public static Body none() {
    return new Body(Optional.empty(), JSON, 0, false);
  }

  /** A request body, or a {@code 200} answer, that is the JSON of {@code type}. */
  public static Body json(Type type) {
    return new Body(Optional.of(type), JSON, 200, true);
  }

  /** A request body that may be left out (an empty body), else the JSON of {@code type}. */
  public static Body optionalJson(Type type) {
    return new Body(Optional.of(type), JSON, 200, false);
  }

  /** A request body of raw bytes of {@code mediaType} (a BDT XML file), not JSON. */
  public static Body bytes(String mediaType) {
    return new Body(Optional.of(String.class), mediaType, 200, true);
  }

  /** A {@code 201} answer that is the JSON of {@code type}. */
  public static Body created(Type type) {
    return new Body(Optional.of(type), JSON, 201, true);
  }

  /** A {@code 200} answer of {@code mediaType} that is text, not JSON (the dashboard's HTML). */
  public static Body text(String mediaType) {
    return new Body(Optional.of(String.class), mediaType, 200, true);
  }

  /** A {@code 204} answer. */
  public static Body noContent() {
    return new Body(Optional.empty(), JSON, 204, false);
  }

  /** A {@code 200} answer that is an allowed port call's {@code SmsResult} of {@code value}. */
  public static Body result(Type value) {
    return json(parameterized(SmsResult.class, value));
  }

  /** {@code List<element>}. */
  public static Type listOf(Type element) {
    return parameterized(List.class, element);
  }

  /** {@code Optional<element>}. */
  public static Type optionalOf(Type element) {
    return parameterized(Optional.class, element);
  }

  /** {@code raw<arguments>}. */
  public static Type parameterized(Class<?> raw, Type... arguments) {
    return new Parameterized(raw, arguments.clone());
  }

  /** The Java type of the body; empty when there is none. */
  public Optional<Type> type() {
    return type;
  }

  /** The media type of the body. */
  public String mediaType() {
    return mediaType;
  }

  /** For an answer, the status of success ({@code 200}, {@code 201} or {@code 204}). */
  public int status() {
    return status;
  }

  /** For a request, whether the body must be sent. */
  public boolean required() {
    return required;
  }

  /** Whether the body is JSON (rather than raw bytes or text). */
  public boolean isJson() {
    return type.isPresent() && JSON.equals(mediaType);
  }

  /** A parameterized type the route table names ({@code SmsResult<List<SmsUser>>}). */
  private static final class Parameterized implements ParameterizedType {
    private final Class<?> raw;
    private final Type[] arguments;

    Parameterized(Class<?> raw, Type[] arguments) {
      if (raw.getTypeParameters().length != arguments.length) {
        throw new IllegalArgumentException(raw + " takes " + raw.getTypeParameters().length + " type arguments");
      }
      this.raw = raw;
      this.arguments = arguments;
    }

    @Override
    public Type[] getActualTypeArguments() {
      return arguments.clone();
    }

    @Override
    public Type getRawType() {
      return raw;
    }

    @Override
    public Type getOwnerType() {
      return null;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof ParameterizedType && raw.equals(((ParameterizedType) other).getRawType())
          && ((ParameterizedType) other).getOwnerType() == null
          && Arrays.equals(arguments, ((ParameterizedType) other).getActualTypeArguments());
    }

    @Override
    public int hashCode() {
      return raw.hashCode() ^ Arrays.hashCode(arguments);
    }

    @Override
    public String toString() {
      return raw.getName() + Arrays.toString(arguments).replace('[', '<').replace(']', '>');
    }
  }
}
