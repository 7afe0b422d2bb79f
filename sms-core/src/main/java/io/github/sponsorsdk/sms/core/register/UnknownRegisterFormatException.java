package io.github.sponsorsdk.sms.core.register;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The text does not start with the header of a known register (see {@link RegisterFormat}), so no row can be read.
 * Rows are never guessed from an unknown layout: GOV.UK has changed the layout before
 * (docs/sources.md#register-workers reports a
 * possible 2026 change), and reading it positionally would mislabel every row.
 */
public class UnknownRegisterFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The cells of the file's first line. */
  private final List<String> header;

  /**
   * An exception for a file whose first line is {@code header}.
   *
   * @param header the cells of the file's first line
   */
  public UnknownRegisterFormatException(List<String> header) {
    super(render(header));
    this.header = List.copyOf(header);
  }

  /** {@return the header cells found (empty when the text was empty)} */
  public List<String> header() {
    return header;
  }

  private static String render(List<String> header) {
    String found = header.isEmpty() ? "no header line (empty input)" : "header " + header;
    return "Unknown register of sponsors format: " + found + "; expected one of: "
        + Arrays.stream(RegisterFormat.values()).map(f -> f + " " + String.join(",", f.header()))
            .collect(Collectors.joining("; "));
  }
}
