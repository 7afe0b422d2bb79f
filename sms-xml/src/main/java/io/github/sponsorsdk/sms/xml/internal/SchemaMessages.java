package io.github.sponsorsdk.sms.xml.internal;

import io.github.sponsorsdk.sms.xml.schema.BdtField;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JDK schema validator's messages ({@code cvc-maxLength-valid: Value 'x...' with length = '36' is not
 * facet-valid with respect to maxLength '35' for type 'NameType'.}) in plain words with the official type names of
 * {@link BdtField} ("FamilyName is 36 characters long; NameType allows at most 35"), personal data masked on
 * request, and a missing element reported at its parent rather than at the neighbour where the validator noticed it.
 * The validator runs with English messages, so the patterns below are its wording.
 */
public final class SchemaMessages {
  private SchemaMessages() {}

  /** A message in plain words and the element path it belongs at. */
  public record Plain(String path, String message) {}

  /**
   * The keys the JDK adds after a facet error on the same element, restating it ("The value 'x' of element 'E' is
   * not valid."): dropped when they follow another finding at the same place.
   */
  public static final Set<String> RESTATEMENTS = Set.of("cvc-type.3.1.3", "cvc-complex-type.2.2");

  /** Elements that hold other elements and must be present where they can occur (for the "missing" wording). */
  private static final Set<String> REQUIRED_GROUPS = Set.of("ApplicantData", "NonSponsorEducationInstitutionData",
      "CourseDetails", "Documentation", "FinancialAndAccommodationDetails", "DateOfBirth", "MainSiteOfStudy",
      "AddressDetails", "Address", "Header", "BulkReportingFileHeader", "BulkReportingCASGraduation",
      "BulkReportingCASActivity", "FinancialDetails", "CAS", "BulkReportingCASData");

  private static final Pattern LENGTH = Pattern.compile(
      "Value '(.*)' with length = '(\\d+)' is not facet-valid with respect to (maxLength|minLength|length) '(\\d+)'"
          + " for type '(.*)'\\.", Pattern.DOTALL);
  private static final Pattern FACET = Pattern.compile(
      "Value '(.*)' is not facet-valid with respect to (pattern|minInclusive|maxInclusive|minExclusive|maxExclusive)"
          + " '(.*)' for type '(.*)'\\.", Pattern.DOTALL);
  private static final Pattern ENUMERATION = Pattern.compile(
      "Value '(.*)' is not facet-valid with respect to enumeration '\\[(.*)\\]'\\..*", Pattern.DOTALL);
  private static final Pattern FRACTION = Pattern.compile(
      "Value '(.*)' has (\\d+) (fraction|total) digits, but the number of \\w+ digits has been limited to (\\d+)\\.",
      Pattern.DOTALL);
  private static final Pattern DATATYPE = Pattern.compile("'(.*)' is not a valid value for '(.*)'\\.",
      Pattern.DOTALL);
  private static final Pattern CONTENT = Pattern.compile(
      "Invalid content was found starting with element '(.*?)'\\. (?:One of '\\{(.*)\\}' is expected|No child element"
          + " is expected at this point)\\.", Pattern.DOTALL);
  private static final Pattern INCOMPLETE = Pattern.compile(
      "The content of element '(.*?)' is not complete\\. One of '\\{(.*)\\}' is expected\\.", Pattern.DOTALL);
  private static final Pattern TOO_MANY = Pattern.compile("'(.*?)' can occur a maximum of '(\\d+)' times.*",
      Pattern.DOTALL);
  private static final Pattern ATTRIBUTE = Pattern.compile(
      "Attribute '(.*?)' is not allowed to appear in element '(.*?)'\\.", Pattern.DOTALL);
  private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

  /**
   * The plain form of {@code message}, reported by the validator at element {@code path}; empty when the message
   * only restates the one before it ({@code previousAtSamePlace}).
   */
  public static Optional<Plain> of(String message, String path, boolean maskPersonalData,
      boolean previousAtSamePlace) {
    int colon = message.indexOf(':');
    String key = message.startsWith("cvc-") && colon > 0 ? message.substring(0, colon) : "";
    String text = key.isEmpty() ? message : message.substring(colon + 1).strip();
    if (RESTATEMENTS.contains(key) && previousAtSamePlace) {
      return Optional.empty();
    }
    String element = last(path);
    String parentPath = parent(path);
    Optional<BdtField> field = BdtField.of(last(parentPath), element);
    String type = field.map(SchemaMessages::typeName).orElse("its type");
    Matcher m;
    switch (key) {
      case "cvc-maxLength-valid":
      case "cvc-minLength-valid":
      case "cvc-length-valid":
        m = LENGTH.matcher(text);
        if (m.matches()) {
          int len = Integer.parseInt(m.group(2));
          String limit = m.group(4);
          String what = m.group(3);
          if (len == 0) {
            return plain(path, element + " is empty; " + type + " needs at least " + limit + " character"
                + ("1".equals(limit) ? "" : "s"));
          }
          return plain(path, element + " is " + len + " characters long; " + type + (what.equals("maxLength")
              ? " allows at most " : what.equals("minLength") ? " needs at least " : " needs exactly ") + limit);
        }
        break;
      case "cvc-pattern-valid":
      case "cvc-minInclusive-valid":
      case "cvc-maxInclusive-valid":
      case "cvc-minExclusive-valid":
      case "cvc-maxExclusive-valid":
        m = FACET.matcher(text);
        if (m.matches()) {
          String v = value(m.group(1), field, maskPersonalData);
          String facet = m.group(2);
          String bound = m.group(3);
          switch (facet) {
            case "pattern":
              return plain(path, element + " " + v + " does not match " + type + ": "
                  + field.map(BdtField::patternDescription).filter(d -> !d.isEmpty()).orElse("pattern " + bound));
            case "minInclusive":
              return plain(path, element + " " + v + " is below " + bound + ", the smallest " + type + " allows");
            case "maxInclusive":
              return plain(path, element + " " + v + " is above " + bound + ", the largest " + type + " allows");
            case "maxExclusive":
              return plain(path, element + " " + v + " must be below " + bound + " (" + type + ")");
            default:
              return plain(path, element + " " + v + " must be above " + bound + " (" + type + ")");
          }
        }
        if (text.startsWith("U+")) { // the reader's own character-range check
          return plain(path, text);
        }
        break;
      case "cvc-enumeration-valid":
        m = ENUMERATION.matcher(text);
        if (m.matches()) {
          return plain(path, element + " " + value(m.group(1), field, maskPersonalData) + " is not one of: "
              + m.group(2));
        }
        break;
      case "cvc-fractionDigits-valid":
      case "cvc-totalDigits-valid":
        m = FRACTION.matcher(text);
        if (m.matches()) {
          return plain(path, element + " " + value(m.group(1), field, maskPersonalData) + " has " + m.group(2)
              + (m.group(3).equals("fraction") ? " decimals; " + type + " allows at most " : " digits; " + type
              + " allows at most ") + m.group(4));
        }
        break;
      case "cvc-datatype-valid.1.2.1":
        m = DATATYPE.matcher(text);
        if (m.matches()) {
          return plain(path, element + " " + value(m.group(1), field, maskPersonalData) + " is not "
              + builtin(m.group(2)));
        }
        break;
      case "cvc-type.3.1.3":
      case "cvc-complex-type.2.2":
        return plain(path, "the value of " + element + " is not valid for " + type);
      case "cvc-complex-type.2.4.a":
      case "cvc-complex-type.2.4.d":
        m = CONTENT.matcher(text);
        if (m.matches()) {
          String found = local(m.group(1));
          String at = parentPath.isEmpty() ? "" : parentPath;
          String in = at.isEmpty() ? "the file" : last(at);
          if (m.group(2) == null) {
            return plain(at, in + ": " + found + " is not allowed here; nothing more may follow what came before it");
          }
          List<String> expected = names(m.group(2));
          List<String> required = new ArrayList<>();
          for (String e : expected) {
            if (BdtField.of(in, e).map(BdtField::isRequired).orElse(REQUIRED_GROUPS.contains(e))) {
              required.add(e);
            }
          }
          if (expected.contains(found)) {
            return plain(at, in + ": " + found + " is here once too often, or out of order");
          }
          if (required.size() == 1) {
            return plain(at, in + ": " + required.get(0) + " is missing (or out of order): " + found
                + " came where " + required.get(0) + " was expected");
          }
          return plain(at, in + ": " + found + " came where " + oneOf(expected) + " was expected (an element is"
              + " missing, misspelt or out of order)");
        }
        break;
      case "cvc-complex-type.2.4.b":
        m = INCOMPLETE.matcher(text);
        if (m.matches()) {
          List<String> expected = names(m.group(2));
          return plain(path, local(m.group(1)) + " is incomplete: " + oneOf(expected) + " is missing");
        }
        break;
      case "cvc-complex-type.2.4.e":
        m = TOO_MANY.matcher(text);
        if (m.matches()) {
          return plain(parentPath, last(parentPath) + ": " + m.group(1) + " may occur at most " + m.group(2)
              + " times");
        }
        break;
      case "cvc-complex-type.2.3":
        return plain(path, (element.isEmpty() ? "the root element" : element)
            + " may hold only elements, not text");
      case "cvc-complex-type.3.2.2":
        m = ATTRIBUTE.matcher(text);
        if (m.matches()) {
          return plain(path, local(m.group(2)) + " may not carry the attribute " + m.group(1));
        }
        break;
      case "cvc-type.3.1.1":
        return plain(path, element + " may carry no attributes other than xsi:type and xsi:nil");
      case "cvc-elt.3.1":
        return plain(path, element + " may not be xsi:nil (only AccomodationProvided may)");
      case "cvc-elt.3.2.1":
        return plain(path, element + " is xsi:nil=\"true\" and so must be empty, but it has content");
      case "cvc-attribute.3":
        return plain(path, element + ": an attribute value is not valid (" + mask(text, field, maskPersonalData)
            + ")");
      case "cvc-elt.4.2":
        return plain(path, element + ": the xsi:type it names is not a type of the BDT schema ("
            + mask(text, field, maskPersonalData) + ")");
      case "cvc-elt.4.3":
        return plain(path, element + ": the xsi:type it names is not derived from " + type + " ("
            + mask(text, field, maskPersonalData) + ")");
      case "cvc-elt.1.a":
        return plain(parentPath, element + " is not allowed here");
      default:
        break;
    }
    return plain(path, mask(text, field, maskPersonalData));
  }

  /** {@code NameType}, or for an anonymous type {@code its type (a restriction of PBSStringType)}. */
  public static String typeName(BdtField f) {
    return f.hasNamedType() ? f.officialType() : "its type (a restriction of " + f.officialType() + ")";
  }

  /** The value for a message: quoted, or hidden when it is personal data and masking is on. */
  public static String value(String v, Optional<BdtField> field, boolean maskPersonalData) {
    if (maskPersonalData && field.map(BdtField::personalData).orElse(false)) {
      return hidden(v);
    }
    return "'" + v + "'";
  }

  /** What is shown instead of a personal value: {@code [hidden: 7 characters]}. */
  public static String hidden(String v) {
    return BdtField.hidden(v);
  }

  private static String mask(String text, Optional<BdtField> field, boolean maskPersonalData) {
    if (!maskPersonalData || !field.map(BdtField::personalData).orElse(false)) {
      return text;
    }
    Matcher m = QUOTED.matcher(text);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String q = m.group(1);
      boolean name = q.equals(field.get().element()) || q.startsWith("http:") || q.startsWith("#")
          || q.endsWith("Type") || q.startsWith("xs:") || q.contains(":");
      m.appendReplacement(b, Matcher.quoteReplacement(name ? m.group() : hidden(q)));
    }
    m.appendTail(b);
    return b.toString();
  }

  private static String builtin(String type) {
    switch (type) {
      case "date":
        return "a date (yyyy-mm-dd, a real day, year 0001 or later)";
      case "gYear":
        return "a year (yyyy, 0001 or later)";
      case "gYearMonth":
        return "a year and month (yyyy-mm)";
      case "boolean":
        return "true, false, 1 or 0";
      case "decimal":
        return "a decimal number (digits and at most one point; no exponent, sign of currency or thousands separator)";
      case "integer":
        return "a whole number";
      case "byte":
        return "a small whole number";
      default:
        return "a valid " + type;
    }
  }

  private static Optional<Plain> plain(String path, String message) {
    return Optional.of(new Plain(path, message));
  }

  /** {@code "ns":Name, "ns":Other} or {@code CAS} to the local names. */
  private static List<String> names(String list) {
    List<String> out = new ArrayList<>();
    for (String part : list.split(",")) {
      String p = local(part.strip());
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }

  private static String oneOf(List<String> names) {
    if (names.size() == 1) {
      return names.get(0);
    }
    return "one of " + String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
  }

  /** The local part of {@code {"ns":Name}}, {@code "ns":Name} or {@code Name}. */
  private static String local(String qualified) {
    String s = qualified.replace("{", "").replace("}", "");
    int i = s.lastIndexOf(':');
    return (i >= 0 ? s.substring(i + 1) : s).replace("\"", "").strip();
  }

  private static String last(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private static String parent(String path) {
    int i = path.lastIndexOf('/');
    return i < 0 ? "" : path.substring(0, i);
  }
}
