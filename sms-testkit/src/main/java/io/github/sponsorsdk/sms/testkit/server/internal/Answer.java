package io.github.sponsorsdk.sms.testkit.server.internal;

/** A handler's answer: status, content type and either a JSON-able value or ready bytes. */
public final class Answer {
  final int status;
  final String contentType;
  final Object json;
  final byte[] raw;

  private Answer(int status, String contentType, Object json, byte[] raw) {
    this.status = status;
    this.contentType = contentType;
    this.json = json;
    this.raw = raw;
  }

  public static Answer json(int status, Object value) {
    return new Answer(status, "application/json", value, null);
  }

  public static Answer ok(Object value) {
    return json(200, value);
  }

  public static Answer noContent() {
    return new Answer(204, "application/json", null, new byte[0]);
  }

  public static Answer raw(int status, String contentType, byte[] bytes) {
    return new Answer(status, contentType, null, bytes);
  }
}
