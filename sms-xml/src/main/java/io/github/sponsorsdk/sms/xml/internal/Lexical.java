package io.github.sponsorsdk.sms.xml.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The lexical forms of the schema's simple types, checked without the regex engine or a formatter: the reader's
 * own restatement of what {@code xs:boolean}, {@code xs:decimal}, {@code xs:integer}, {@code xs:date} and the
 * partial-date patterns accept. Where this class is stricter than the schema (a time zone on a date, an unusual
 * year), the caller asks the schema to judge the record instead.
 */
public final class Lexical {
  private Lexical() {}

  /** XML white space only (space, tab, CR, LF) in {@code c[start, start + length)}. */
  public static boolean whitespaceOnly(char[] c, int start, int length) {
    for (int i = start, end = start + length; i < end; i++) {
      char x = c[i];
      if (x != ' ' && x != '\n' && x != '\t' && x != '\r') {
        return false;
      }
    }
    return true;
  }

  /** {@code xs:boolean}: {@code true}, {@code 1}, {@code false}, {@code 0}, surrounding white space collapsed. */
  public static boolean parseBool(String name, String v) {
    switch (v.strip()) {
      case "true":
      case "1":
        return true;
      case "false":
      case "0":
        return false;
      default:
        throw new StructureException("<" + name + "> must be true or false, is '" + v + "'");
    }
  }

  /** {@code yyyy-mm-dd}, already known to be digits in that shape; an impossible date fails like a parse would. */
  public static LocalDate localDate(String t) {
    try {
      return LocalDate.of(Integer.parseInt(t, 0, 4, 10), Integer.parseInt(t, 5, 7, 10),
          Integer.parseInt(t, 8, 10, 10));
    } catch (DateTimeException e) {
      throw new DateTimeParseException(e.getMessage(), t, 0, e);
    }
  }

  /** True when {@code t} has the shape {@code shape}: 'd' an ASCII digit, any other character itself. */
  public static boolean digits(String t, String shape) {
    if (t.length() != shape.length()) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      char s = shape.charAt(i);
      if (s == 'd' ? c < '0' || c > '9' : c != s) {
        return false;
      }
    }
    return true;
  }

  /**
   * The xs:decimal (or xs:integer) lexical form, ASCII digits only (BigDecimal also takes exponents and other
   * scripts' digits).
   */
  public static String decimalText(String name, String t, boolean integer) {
    int i = t.startsWith("+") || t.startsWith("-") ? 1 : 0;
    int digitsSeen = 0;
    boolean point = false;
    for (; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c >= '0' && c <= '9') {
        digitsSeen++;
      } else if (c == '.' && !point && !integer) {
        point = true;
      } else {
        throw new StructureException("<" + name + "> is not a " + (integer ? "whole number" : "decimal") + ": '"
            + t + "'");
      }
    }
    if (digitsSeen == 0) {
      throw new StructureException("<" + name + "> is not a number: '" + t + "'");
    }
    return t;
  }
}
