package io.github.sponsorsdk.sms.core.port;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import io.github.sponsorsdk.sms.core.value.Violation;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * Certificates exported as a table ("Print and export CAS", Manual 6; "exporting ... single or batches of CAS/CoS",
 * Manual 1, Access to SMS): a header of column names and one row per certificate, and the same table as CSV text
 * ({@link #csv()}, RFC 4180). The SMS's own export file was not read: the columns are the SDK's, those of the
 * {@link CertificatePrint} lines, in that order (decision record 0660).
 *
 * <p>Invariant: every row has as many cells as there are columns.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableCertificateExport.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableCertificateExport.class)
@JsonDeserialize(as = ImmutableCertificateExport.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableCertificateExport.class)
public abstract class CertificateExport implements WithCertificateExport {

  /** {@return the column names, in order} */
  public abstract List<String> columns();

  /** {@return one row per certificate, its cells in the order of {@link #columns()} (an absent value is empty)} */
  public abstract List<List<String>> rows();

  /**
   * {@return the table as CSV (RFC 4180): the header, then one record per row, each ended by CRLF; a cell holding a
   * comma, a double quote, CR or LF is quoted, its double quotes doubled}
   */
  public String csv() {
    StringBuilder out = new StringBuilder();
    record(out, columns());
    rows().forEach(r -> record(out, r));
    return out.toString();
  }

  private static void record(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      String cell = cells.get(i);
      if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\r') >= 0 || cell.indexOf('\n') >= 0) {
        out.append('"').append(cell.replace("\"", "\"\"")).append('"');
      } else {
        out.append(cell);
      }
    }
    out.append("\r\n");
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code CertificateExport}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableCertificateExport.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    List<Violation> v = new ArrayList<>(ValueValidation.violations(this));
    for (int i = 0; i < rows().size(); i++) {
      if (rows().get(i).size() != columns().size()) {
        v.add(Violation.of("rows[" + i + "]", String.valueOf(rows().get(i).size()), "CellsPerColumn",
            "a row has one cell per column (" + columns().size() + ")"));
      }
    }
    ValueValidation.requireNone("CertificateExport", v);
  }
}
