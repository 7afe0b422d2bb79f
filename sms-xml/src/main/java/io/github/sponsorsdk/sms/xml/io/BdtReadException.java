package io.github.sponsorsdk.sms.xml.io;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * A file could not be read: malformed, hostile, over a limit, of an unknown kind, or (for a plain reader) a record that
 * does not fit the schema. Carries the line and column where the problem was seen and, inside a record, its number
 * counted from 1.
 */
public class BdtReadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What went wrong, as a stable code. */
  public enum Problem {
    /** Not well-formed XML, including a truncated file. */
    MALFORMED,
    /**
     * Bytes that are not characters of the encoding the file declares (a file saved as ISO-8859-1 but declared UTF-8,
     * say), or a declared encoding this JVM does not support.
     */
    ENCODING,
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
  /** What is wrong, in words. */
  private final String detail;
  /** The line, counted from 1; 0 when unknown. */
  private final int line;
  /** The column, counted from 1; 0 when unknown. */
  private final int column;
  /** The record's number counted from 1; 0 outside records. */
  private final long recordNumber;
  /** The element path; empty when none. */
  private final String path;

  /**
   * A problem at {@code line}:{@code column} (0 when the file gave no position, as for a file that cannot be
   * opened), inside record {@code recordNumber} (counted from 1; 0 or less outside records), at element
   * {@code path}.
   *
   * @param problem the kind of problem
   * @param detail what is wrong, in words
   * @param line the line, counted from 1, or 0
   * @param column the column, counted from 1, or 0
   * @param recordNumber the record's number counted from 1, or 0 outside records
   * @param path the element path below the root, or empty
   * @param cause the exception that showed the problem, or null
   */
  public BdtReadException(Problem problem, String detail, int line, int column, long recordNumber, String path,
      Throwable cause) {
    super(problem + (line > 0 ? " at line " + line + ", column " + column : "")
        + (recordNumber > 0 ? ", record " + recordNumber : "") + (path.isEmpty() ? "" : ", " + path) + ": " + detail,
        cause);
    this.problem = problem;
    this.detail = detail;
    this.line = line;
    this.column = column;
    this.recordNumber = recordNumber;
    this.path = path;
  }

  /** {@return what went wrong, as a stable code} */
  public Problem problem() {
    return problem;
  }

  /** {@return what is wrong, in words, without the problem code and the location the message adds} */
  public String detail() {
    return detail;
  }

  /** {@return the line, counted from 1; 0 when the file gave no position} */
  public int line() {
    return line;
  }

  /** {@return the column, counted from 1; 0 when the file gave no position} */
  public int column() {
    return column;
  }

  /**
   * {@return the number of the record being read, counted from 1 as a person counts, when the problem is inside
   * one}
   */
  public OptionalLong recordNumber() {
    return recordNumber > 0 ? OptionalLong.of(recordNumber) : OptionalLong.empty();
  }

  /** {@return the element path, e.g. {@code CAS/ApplicantData/FamilyName}, when known} */
  public Optional<String> path() {
    return path.isEmpty() ? Optional.empty() : Optional.of(path);
  }
}
