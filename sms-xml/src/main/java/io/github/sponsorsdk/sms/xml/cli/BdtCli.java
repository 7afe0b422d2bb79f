package io.github.sponsorsdk.sms.xml.cli;

import io.github.sponsorsdk.sms.core.decision.Finding;
import io.github.sponsorsdk.sms.xml.records.BatchHeader;
import io.github.sponsorsdk.sms.xml.records.BdtRecord;
import io.github.sponsorsdk.sms.xml.records.CasRecord;
import io.github.sponsorsdk.sms.xml.records.UploadHeader;
import io.github.sponsorsdk.sms.xml.validate.BdtValidator;
import io.github.sponsorsdk.sms.xml.validate.FindingCode;
import io.github.sponsorsdk.sms.xml.validate.ValidationOptions;
import io.github.sponsorsdk.sms.xml.validate.ValidationReport;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The command line a sponsor's IT team runs before uploading:
 *
 * <pre>
 * java -jar sms-xml-VERSION-cli.jar validate upload.xml [--date 2026-11-25] [--max-findings 1000]
 * java -jar sms-xml-VERSION-cli.jar describe upload.xml
 * </pre>
 *
 * <p>{@code validate} prints every finding, one per line: {@code ERROR} (the SMS rejects the record) or
 * {@code WARNING} (not ready to go), the qualified code ({@code bdt.SCHEMA_INVALID}), the record number counted from
 * 1 and its ApplicantID, line:column, element path and message; then a summary. Exit codes: {@value #OK} no findings;
 * {@value #WARNINGS} warnings only (some CAS would not be ready to
 * go); {@value #ERRORS} errors (records rejected, or the file unreadable); {@value #USAGE} wrong arguments or no
 * such file. {@code describe} prints the file kind, the header and record counts by kind. The evaluation date for
 * date-effective rules is today unless {@code --date} says otherwise.
 */
public final class BdtCli {
  public static final int OK = 0;
  public static final int WARNINGS = 1;
  public static final int ERRORS = 2;
  public static final int USAGE = 64;

  private final PrintStream out;
  private final PrintStream err;
  private final Clock clock;

  public BdtCli(PrintStream out, PrintStream err, Clock clock) {
    this.out = out;
    this.err = err;
    this.clock = clock;
  }

  public static void main(String[] args) {
    System.exit(new BdtCli(System.out, System.err, Clock.systemDefaultZone()).run(args));
  }

  /** Runs one command and returns the exit code. */
  public int run(String... args) {
    if (args.length < 2 || !(args[0].equals("validate") || args[0].equals("describe"))) {
      return usage("expected: validate FILE [--date YYYY-MM-DD] [--max-findings N] | describe FILE");
    }
    Path file = Path.of(args[1]);
    if (!Files.isRegularFile(file)) {
      return usage("no such file: " + file);
    }
    LocalDate date = LocalDate.now(clock);
    int max = 1000;
    for (int i = 2; i < args.length; i++) {
      try {
        if (args[i].equals("--date") && i + 1 < args.length) {
          date = LocalDate.parse(args[++i]);
        } else if (args[i].equals("--max-findings") && i + 1 < args.length) {
          max = Integer.parseInt(args[++i]);
        } else {
          return usage("unknown option " + args[i]);
        }
      } catch (DateTimeParseException | NumberFormatException e) {
        return usage("bad value for " + args[i - 1] + ": " + args[i]);
      }
    }
    ValidationOptions options;
    try {
      options = ValidationOptions.builder().evaluationDate(date).maxFindings(max).build();
    } catch (IllegalArgumentException e) {
      return usage(e.getMessage());
    }
    return args[0].equals("validate") ? validate(file, options) : describe(file, options);
  }

  private int usage(String message) {
    err.println("sms-xml: " + message);
    return USAGE;
  }

  private int validate(Path file, ValidationOptions options) {
    ValidationReport report = BdtValidator.of(options).validate(file);
    for (Finding f : report.findings()) {
      out.println(line(f));
    }
    if (report.truncated()) {
      out.println("... only the first " + options.maxFindings() + " findings are shown");
    }
    out.println(file.getFileName() + ": " + report.kind().map(Enum::name).orElse("unrecognised file") + ", "
        + report.records() + " records: " + report.readyRecords() + " ready to go, " + report.notReadyRecords()
        + " not ready to go (warnings), " + report.rejectedRecords() + " rejected; " + report.errors() + " errors, "
        + report.warnings() + " warnings");
    return report.errors() > 0 ? ERRORS : report.warnings() > 0 ? WARNINGS : OK;
  }

  /** {@code ERROR bdt.SCHEMA_INVALID record 2 (ApplicantID A1) at 40:7 CAS/ApplicantData/Gender: ...}. */
  static String line(Finding f) {
    return (f.isError() ? "ERROR " : "WARNING ") + f.code() + " " + f.location() + ": " + f.message();
  }

  private int describe(Path file, ValidationOptions options) {
    Map<String, Long> counts = new TreeMap<>();
    ValidationReport report = BdtValidator.of(options).validate(file,
        (index, record, findings) -> count(counts, record));
    out.println("file:    " + file.getFileName());
    out.println("kind:    " + report.kind().map(k -> k.name() + (k.reconstructed() ? " (reconstructed schema)" : ""))
        .orElse("unrecognised"));
    report.header().ifPresent(h -> {
      if (h instanceof UploadHeader) {
        UploadHeader u = (UploadHeader) h;
        out.println("header:  file id " + u.fileId() + ", " + u.schemaId() + ", sponsor " + u.sponsorLicenceNumber());
      } else {
        BatchHeader b = (BatchHeader) h;
        out.println("header:  file id " + b.fileId() + b.sponsorLicenceNumber().map(s -> ", sponsor " + s).orElse(""));
      }
    });
    out.println("records: " + report.records());
    counts.forEach((k, v) -> out.println("  " + k + ": " + v));
    out.println("findings: " + report.errors() + " errors, " + report.warnings() + " warnings (run validate for details)");
    return report.findings().stream().anyMatch(f -> f.is(FindingCode.FILE_UNREADABLE)) ? ERRORS : OK;
  }

  private static void count(Map<String, Long> counts, Optional<BdtRecord> record) {
    if (record.isEmpty()) {
      counts.merge("unreadable", 1L, Long::sum);
      return;
    }
    BdtRecord r = record.get();
    counts.merge(r.getClass().getSimpleName().replace("Immutable", ""), 1L, Long::sum);
    if (r instanceof CasRecord) {
      CasRecord c = (CasRecord) r;
      c.workPlacement().ifPresent(w -> counts.merge("CasRecord with WorkPlacementDetails", 1L, Long::sum));
      c.evidence().ifPresent(w -> counts.merge("CasRecord with EvidenceDetails", 1L, Long::sum));
      c.partnerInstitution().ifPresent(w -> counts.merge("CasRecord with PartnerInstitutionDetails", 1L, Long::sum));
      c.overseasInstitution().ifPresent(w -> counts.merge("CasRecord with OverseasHigherEducationInstitutionDetails",
          1L, Long::sum));
    }
  }
}
