package io.github.sponsorsdk.sms.xml.io;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * A file could not be read: malformed, hostile, over a limit, of an unknown kind, or (for a plain reader) a record that
 * does not fit the schema. Carries the line and column where the problem was seen and, inside a record, its index.
 */
public class BdtReadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What went wrong, as a stable code. */
  public enum Problem {
    /** Not well-formed XML, including a truncated file and bytes that are not characters of the declared encoding. */
    MALFORMED,
    /** The file has no content at all. */
    EMPTY,
    /** A DOCTYPE: DTDs, and with them entity expansion and external entities, are never processed. */
    DOCTYPE_FORBIDDEN,
    /** A size, count, length or depth limit of {@link ReadOptions}. */
    LIMIT_EXCEEDED,
    /** The root element is not one of a BDT file (wrong name or wrong namespace). */
    UNKNOWN_ROOT,
    /** The element structure does not match the file kind. */
    STRUCTURE,
    /** A field value breaks the schema's facets. */
    INVALID_VALUE,
    /** The input could not be read. */
    IO
  }

  /** The kind of problem. */
  private final Problem problem;
  /** The line, from 1. */
  private final int line;
  /** The column, from 1. */
  private final int column;
  /** The record, from 1, or -1 outside records. */
  private final long recordIndex;
  /** The element path, empty when none. */
  private final String path;

  /**
   * A file that cannot be read.
   *
   * @param problem the kind of problem
   * @param message what is wrong
   * @param line the line, from 1
   * @param column the column, from 1
   * @param recordIndex the record, from 1, or -1 outside records
   * @param path the element path, empty when none
   * @param cause the parser's exception, if any
   */
  public BdtReadException(Problem problem, String message, int line, int column, long recordIndex, String path,
      Throwable cause) {
    super(problem + " at line " + line + ", column " + column
        + (recordIndex >= 0 ? ", record " + recordIndex : "") + (path.isEmpty() ? "" : ", " + path) + ": " + message,
        cause);
    this.problem = problem;
    this.line = line;
    this.column = column;
    this.recordIndex = recordIndex;
    this.path = path;
  }

  /** {@return the kind of problem} */
  public Problem problem() {
    return problem;
  }

  /** {@return the line where reading failed, from 1} */
  public int line() {
    return line;
  }

  /** {@return the column where reading failed, from 1} */
  public int column() {
    return column;
  }

  /** {@return the 0-based index of the record being read, when the problem is inside one} */
  public OptionalLong recordIndex() {
    return recordIndex >= 0 ? OptionalLong.of(recordIndex) : OptionalLong.empty();
  }

  /** {@return the element path, e.g. {@code CAS/ApplicantData/FamilyName}, when known} */
  public Optional<String> path() {
    return path.isEmpty() ? Optional.empty() : Optional.of(path);
  }
}
