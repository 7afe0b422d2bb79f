package io.github.sponsorsdk.sms.xml.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.sponsorsdk.sms.core.decision.Finding;
import io.github.sponsorsdk.sms.core.decision.Severity;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.xml.records.BatchHeader;
import io.github.sponsorsdk.sms.xml.records.BdtHeader;
import io.github.sponsorsdk.sms.xml.records.BdtRecord;
import io.github.sponsorsdk.sms.xml.records.CasRecord;
import io.github.sponsorsdk.sms.xml.records.UploadHeader;
import io.github.sponsorsdk.sms.xml.schema.BdtFileKind;
import io.github.sponsorsdk.sms.xml.validate.BdtValidator;
import io.github.sponsorsdk.sms.xml.validate.CodeLists;
import io.github.sponsorsdk.sms.xml.validate.FindingCode;
import io.github.sponsorsdk.sms.xml.validate.PersonalData;
import io.github.sponsorsdk.sms.xml.validate.ValidationOptions;
import io.github.sponsorsdk.sms.xml.validate.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The command line a sponsor's IT team runs before uploading:
 *
 * <pre>
 * java -jar sms-xml-VERSION-cli.jar validate upload.xml [--date 2026-11-25] [--max-findings 1000]
 *     [--format text|json] [--code-lists DIR] [--unknown-codes error|warning] [--relax CODE,...]
 *     [--show-personal-data]
 * java -jar sms-xml-VERSION-cli.jar describe upload.xml [--format text|json]
 * java -jar sms-xml-VERSION-cli.jar --help | --version
 * </pre>
 *
 * <p>{@code validate} prints every finding (severity, code, record number from 1, ApplicantID, line:column, path,
 * message) and an honest summary (records not checked are never counted as ready); {@code --format json} prints one
 * JSON object for a CI pipeline instead. Exit codes: {@value #OK} no findings; {@value #WARNINGS} warnings only (some
 * CAS would not be ready to go); {@value #ERRORS} errors (records rejected, or the file unreadable: missing, a
 * directory, not readable, not XML); {@value #USAGE} wrong arguments ({@code EX_USAGE} of BSD's sysexits, so that it
 * cannot be mistaken for the validation outcomes 0 to 2; picocli's own default, 2, would be). {@code --help} and
 * {@code --version} print to standard output and exit 0. Personal data (names, passport numbers, dates of birth...)
 * is hidden in messages unless {@code --show-personal-data} is given. The evaluation date for date-effective rules is
 * today unless {@code --date} says otherwise.
 */
public final class BdtCli {
  /** No findings. */
  public static final int OK = 0;
  /** Warnings only: some CAS would be created but not ready to go. */
  public static final int WARNINGS = 1;
  /** Errors: records rejected, or the file could not be read. */
  public static final int ERRORS = 2;
  /** Wrong arguments (EX_USAGE). */
  public static final int USAGE = 64;

  private final PrintStream out;
  private final PrintStream err;
  private final Clock clock;

  /**
   * A command line writing to {@code out} and {@code err}, reading today's date from {@code clock}.
   *
   * @param out standard output
   * @param err standard error
   * @param clock today, for the default evaluation date
   */
  public BdtCli(PrintStream out, PrintStream err, Clock clock) {
    this.out = out;
    this.err = err;
    this.clock = clock;
  }

  /**
   * Runs the command line and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(new BdtCli(System.out, System.err, Clock.systemDefaultZone()).run(args));
  }

  /**
   * Runs one command and returns the exit code.
   *
   * @param args the arguments
   * @return {@link #OK}, {@link #WARNINGS}, {@link #ERRORS} or {@link #USAGE}
   */
  public int run(String... args) {
    CommandLine cl = new CommandLine(new Root());
    cl.addSubcommand(new CommandLine(new Validate()));
    cl.addSubcommand(new CommandLine(new Describe()));
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler((e, a) -> {
      e.getCommandLine().getErr().println("sms-xml: " + e.getMessage());
      e.getCommandLine().getErr().println("Try 'sms-xml " + (e.getCommandLine() == cl ? ""
          : e.getCommandLine().getCommandName() + " ") + "--help' for more information.");
      return USAGE;
    });
    cl.setExecutionExceptionHandler((e, c, p) -> {
      if (e instanceof UsageProblem || e instanceof InvalidValueException) {
        c.getErr().println("sms-xml: " + e.getMessage());
        return USAGE;
      }
      throw e;
    });
    return cl.execute(args);
  }

  /** The version of this build, from the bundled {@code version.properties}. */
  static String version() {
    Properties p = new Properties();
    try (InputStream in = BdtCli.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    return p.getProperty("version", "unknown");
  }

  /** A usage problem found after parsing (a bad combination, a code-list directory that does not load). */
  private static final class UsageProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageProblem(String message) {
      super(message);
    }
  }

  /** Output formats. */
  enum Format { TEXT, JSON }

  /** Severities a user may name for unknown codes. */
  enum UnknownCodes { ERROR, WARNING }

  /** The top-level command. */
  @Command(name = "sms-xml", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
      description = "Checks Bulk Data Transfer (BDT) files for the UK Sponsorship Management System before upload.",
      subcommands = CommandLine.HelpCommand.class,
      footer = {"", "Exit codes: 0 no findings, 1 warnings only, 2 errors or unreadable file, 64 wrong arguments."})
  static final class Root implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      spec.commandLine().getErr().println("sms-xml: name a command: validate or describe");
      spec.commandLine().usage(spec.commandLine().getErr());
      return USAGE;
    }
  }

  /** A finding code as the output prints it ({@code bdt.COURSE_ENDS_BEFORE_START}) or by its name alone. */
  static final class CodeConverter implements CommandLine.ITypeConverter<FindingCode> {
    @Override
    public FindingCode convert(String value) {
      String name = value.regionMatches(true, 0, "bdt.", 0, 4) ? value.substring(4) : value;
      for (FindingCode c : FindingCode.values()) {
        if (c.name().equalsIgnoreCase(name)) {
          return c;
        }
      }
      throw new CommandLine.TypeConversionException("'" + value + "' is not a BDT finding code");
    }
  }

  /** {@code --version}. */
  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"sms-xml " + version() + " (sponsor-sdk; Java " + System.getProperty("java.version")
          + ")"};
    }
  }

  /** Options both commands share. */
  abstract class FileCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "The BDT file.")
    Path file;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
        description = "Output: text (default) or one JSON object for a CI pipeline.")
    Format format;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
        description = "Evaluation date for date-effective rules (default: today).")
    LocalDate date;

    @Option(names = "--max-findings", paramLabel = "N", defaultValue = "1000",
        description = "Findings kept and printed (default 1000); the counts cover all.")
    int maxFindings;

    @Option(names = "--code-lists", paramLabel = "DIR",
        description = "A directory of updated code lists (academic-levels.txt, countries.txt, nationalities.txt,"
            + " selt-reasons.txt, test-providers.txt, english-levels.txt); lists not there stay the bundled ones.")
    Path codeLists;

    @Option(names = "--unknown-codes", paramLabel = "error|warning",
        description = "Severity of a code missing from its list, for every list (default: each list's own:"
            + " warning for academic levels, error for the others).")
    UnknownCodes unknownCodes;

    @Option(names = "--relax", paramLabel = "CODE", split = ",", converter = CodeConverter.class,
        description = "Report these project rules as warnings, not errors: BLANK_REQUIRED_TEXT,"
            + " COURSE_ENDS_BEFORE_START, HEADER_INCONSISTENT, WORK_PLACEMENT_PERCENTAGE_RANGE (with or without"
            + " the bdt. prefix the output prints).")
    List<FindingCode> relax = new ArrayList<>();

    @Option(names = "--show-personal-data",
        description = "Show names, passport numbers, dates of birth and other personal data in messages (hidden by"
            + " default).")
    boolean showPersonalData;

    ValidationOptions options() {
      CodeLists lists = codeLists == null ? CodeLists.defaults() : CodeLists.load(codeLists);
      if (unknownCodes != null) {
        lists = lists.withUnknownCodeSeverity(unknownCodes == UnknownCodes.ERROR ? Severity.REFUSAL : Severity.WARNING);
      }
      if (maxFindings < 1) {
        throw new UsageProblem("--max-findings must be at least 1, is " + maxFindings);
      }
      return ValidationOptions.builder().evaluationDate(date == null ? LocalDate.now(clock) : date)
          .maxFindings(maxFindings).codeLists(lists).addAllRelaxedRules(relax)
          .personalData(showPersonalData ? PersonalData.SHOWN : PersonalData.MASKED).build();
    }
  }

  /** {@code validate FILE}. */
  @Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
      description = "Validates FILE as the SMS would: schema, the SMS's rules (errors), \"not ready to go\" rules"
          + " (warnings).",
      footer = {"", "Exit codes: 0 no findings, 1 warnings only, 2 errors or unreadable file, 64 wrong arguments."})
  final class Validate extends FileCommand {
    @Override
    public Integer call() {
      ValidationOptions options = options();
      ValidationReport report = BdtValidator.of(options).validate(file);
      int code = exitCode(report);
      if (format == Format.JSON) {
        out.println(json(validationJson(report, options, code)));
        return code;
      }
      for (Finding f : report.findings()) {
        out.println(line(f));
      }
      if (report.truncated()) {
        out.println("... only the first " + options.maxFindings() + " findings are shown (--max-findings)");
      }
      out.println(file.getFileName() + ": " + summary(report, options));
      return code;
    }
  }

  /** {@code describe FILE}. */
  @Command(name = "describe", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
      description = "Describes FILE: its kind, where its schema comes from, the header and the records by kind.")
  final class Describe extends FileCommand {
    @Override
    public Integer call() {
      Map<String, Long> counts = new TreeMap<>();
      ValidationReport report = BdtValidator.of(options()).validate(file,
          (number, record, findings) -> count(counts, record));
      int code = report.findings().stream().anyMatch(f -> f.is(FindingCode.FILE_UNREADABLE)) ? ERRORS : OK;
      if (format == Format.JSON) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file.toString());
        m.put("kind", report.kind().map(Enum::name).orElse(null));
        m.put("schema", report.kind().map(k -> k.provenance().name()).orElse(null));
        m.put("header", report.header().map(BdtCli::headerJson).orElse(null));
        m.put("records", report.records());
        m.put("recordsByKind", counts);
        m.put("errors", report.errors());
        m.put("warnings", report.warnings());
        m.put("exitCode", code);
        out.println(json(m));
        return code;
      }
      out.println("file:    " + file.getFileName());
      out.println("kind:    " + report.kind().map(k -> k.name() + " (" + k.provenance().description() + ")")
          .orElse("unrecognised"));
      report.header().ifPresent(h -> out.println("header:  " + headerText(h)));
      out.println("records: " + report.records());
      counts.forEach((k, v) -> out.println("  " + k + ": " + v));
      out.println("findings: " + report.errors() + " errors, " + report.warnings()
          + " warnings (run validate for details)");
      report.findings().stream().filter(f -> f.is(FindingCode.FILE_UNREADABLE)).findFirst()
          .ifPresent(f -> out.println(line(f)));
      return code;
    }
  }

  /**
   * One finding as a line: {@code ERROR} (the SMS rejects the record) or {@code WARNING}, the qualified code, the
   * record number counted from 1 and its ApplicantID, line:column, element path, message.
   */
  static String line(Finding f) {
    StringBuilder b = new StringBuilder(f.isError() ? "ERROR " : "WARNING ").append(f.code());
    f.location().recordNumber().ifPresent(n -> b.append(" record ").append(n));
    f.location().applicantId().ifPresent(a -> b.append(" (ApplicantID ").append(a).append(')'));
    if (f.location().line() > 0) {
      b.append(" at ").append(f.location().line()).append(':').append(f.location().column());
    }
    if (!f.location().path().isEmpty()) {
      b.append(' ').append(f.location().path());
    }
    return b.append(": ").append(f.message()).toString();
  }

  static int exitCode(ValidationReport report) {
    return report.errors() > 0 || !report.readToEnd() ? ERRORS : report.warnings() > 0 ? WARNINGS : OK;
  }

  /** The last line of {@code validate}: what was read and what would happen to it. */
  static String summary(ValidationReport report, ValidationOptions options) {
    if (report.kind().isEmpty() && report.records() == 0 && !report.readToEnd()) {
      return "not checked: the file could not be read (" + report.errors() + (report.errors() == 1 ? " error)"
          : " errors)");
    }
    StringBuilder b = new StringBuilder();
    b.append(report.kind().map(k -> k.name() + (k.isOfficial() ? "" : " (" + k.provenance().description()
        + ": passing it does not prove the SMS accepts the file)")).orElse("unrecognised file"));
    b.append(", evaluated on ").append(options.evaluationDate()).append(": ");
    if (!report.readToEnd()) {
      b.append("reading stopped; ");
    }
    b.append(report.records()).append(report.records() == 1 ? " record" : " records")
        .append(report.readToEnd() ? "" : " read").append(": ").append(report.readyRecords())
        .append(" ready to go, ").append(report.notReadyRecords()).append(" not ready to go (warnings), ")
        .append(report.rejectedRecords()).append(" rejected");
    if (report.uncheckedRecords() > 0) {
      b.append(", ").append(report.uncheckedRecords()).append(" not checked");
    }
    if (!report.readToEnd()) {
      b.append("; any records after that were not read");
    }
    b.append("; ").append(report.errors()).append(report.errors() == 1 ? " error, " : " errors, ")
        .append(report.warnings()).append(report.warnings() == 1 ? " warning" : " warnings");
    return b.toString();
  }

  private static Map<String, Object> validationJson(ValidationReport r, ValidationOptions o, int code) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", r.kind().map(Enum::name).orElse(null));
    m.put("schema", r.kind().map(k -> k.provenance().name()).orElse(null));
    m.put("officialSchema", r.kind().map(BdtFileKind::isOfficial).orElse(false));
    m.put("evaluationDate", o.evaluationDate().toString());
    m.put("readToEnd", r.readToEnd());
    m.put("records", r.records());
    m.put("readyRecords", r.readyRecords());
    m.put("notReadyRecords", r.notReadyRecords());
    m.put("rejectedRecords", r.rejectedRecords());
    m.put("uncheckedRecords", r.uncheckedRecords());
    m.put("errors", r.errors());
    m.put("warnings", r.warnings());
    m.put("truncated", r.truncated());
    m.put("personalData", o.personalData().name());
    m.put("exitCode", code);
    m.put("findings", r.findings().stream().map(BdtCli::findingJson).collect(Collectors.toList()));
    return m;
  }

  private static Map<String, Object> findingJson(Finding f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("severity", f.isError() ? "ERROR" : "WARNING");
    m.put("code", f.code());
    m.put("layer", FindingCode.layerOf(f).map(Enum::name).orElse(null));
    m.put("record", f.location().recordNumber().orElse(null));
    m.put("applicantId", f.location().applicantId().orElse(null));
    m.put("line", f.location().line());
    m.put("column", f.location().column());
    m.put("path", f.location().path());
    m.put("message", f.message());
    m.put("parameters", f.reason().parameters());
    return m;
  }

  private static Map<String, Object> headerJson(BdtHeader h) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("fileId", h.fileId());
    if (h instanceof UploadHeader) {
      m.put("schemaId", ((UploadHeader) h).schemaId());
      m.put("sponsorLicenceNumber", ((UploadHeader) h).sponsorLicenceNumber());
    } else {
      ((BatchHeader) h).sponsorLicenceNumber().ifPresent(s -> m.put("sponsorLicenceNumber", s));
    }
    return m;
  }

  private static String headerText(BdtHeader h) {
    if (h instanceof UploadHeader) {
      UploadHeader u = (UploadHeader) h;
      return "file id " + u.fileId() + ", " + u.schemaId() + ", sponsor " + u.sponsorLicenceNumber();
    }
    BatchHeader b = (BatchHeader) h;
    return "file id " + b.fileId() + b.sponsorLicenceNumber().map(s -> ", sponsor " + s).orElse("");
  }

  private static String json(Object value) {
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a map of strings and numbers did not serialise", e);
    }
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
