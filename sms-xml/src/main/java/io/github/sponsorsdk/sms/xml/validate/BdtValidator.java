package io.github.sponsorsdk.sms.xml.validate;

import io.github.sponsorsdk.sms.core.decision.FileLocation;
import io.github.sponsorsdk.sms.core.decision.Finding;
import io.github.sponsorsdk.sms.core.decision.Severity;
import io.github.sponsorsdk.sms.xml.internal.BdtStream;
import io.github.sponsorsdk.sms.xml.internal.Cursor;
import io.github.sponsorsdk.sms.xml.internal.EncodingReader;
import io.github.sponsorsdk.sms.xml.internal.Inputs;
import io.github.sponsorsdk.sms.xml.internal.SchemaMessages;
import io.github.sponsorsdk.sms.xml.io.BdtReadException;
import io.github.sponsorsdk.sms.xml.records.BdtRecord;
import io.github.sponsorsdk.sms.xml.records.CasExportRecord;
import io.github.sponsorsdk.sms.xml.records.CasRecord;
import io.github.sponsorsdk.sms.xml.records.FeeUpdate;
import io.github.sponsorsdk.sms.xml.schema.BdtField;
import io.github.sponsorsdk.sms.xml.schema.BdtFileKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a Bulk Data Transfer file the way the SMS would, in one streaming pass and constant memory (bar 8 to 16
 * bytes per record for duplicate detection), collecting every problem instead of stopping at the first:
 *
 * <ol>
 *   <li>the bundled XSD (errors: the record is rejected), judged on the same StAX events the reader maps, so each
 *       schema error is attributed to its record with line, column and element path (for uploads a record is
 *       cleared by the reader's restatement of the schema's facets and replayed into the schema only when needed;
 *       decision 0510);
 *   <li>the SMS rules that reject a record (duplicates, unknown codes, blank names, impossible dates...);
 *   <li>the SMS rules that leave a CAS "not ready to go" (SELT, previous study and progression, work placement above
 *       the date-effective threshold, course hours...): warnings.
 * </ol>
 *
 * <pre>{@code
 * ValidationReport report = BdtValidator.of(ValidationOptions.on(LocalDate.now(clock))).validate(Path.of("upload.xml"));
 * report.findings().forEach(System.out::println);
 * }</pre>
 *
 * <p>A file that cannot be read any further (malformed, truncated, DOCTYPE, limits, wrong root) ends with one
 * {@link FindingCode#FILE_UNREADABLE} finding; what was read before it is still reported.
 */
public final class BdtValidator {

  /** Hears each record as it is validated: to load the good ones while checking, say. */
  @FunctionalInterface
  public interface RecordListener {
    /**
     * The record numbered {@code recordNumber} (counted from 1) has been validated; {@code record} is empty when it
     * could not be mapped; {@code findings} are this record's.
     *
     * @param recordNumber the record's number, from 1
     * @param record the record, when it could be mapped
     * @param findings the record's findings
     */
    void onRecord(long recordNumber, Optional<BdtRecord> record, List<Finding> findings);
  }

  private final ValidationOptions options;

  private BdtValidator(ValidationOptions options) {
    this.options = options;
  }

  /**
   * {@return a validator with {@code options}}
   *
   * @param options the evaluation date, limits, code lists, relaxed rules and personal-data handling
   */
  public static BdtValidator of(ValidationOptions options) {
    return new BdtValidator(options);
  }

  /**
   * Validates {@code file}; a file that cannot be opened gives a report with one {@link FindingCode#FILE_UNREADABLE}
   * finding, never an exception.
   *
   * @param file the file
   * @return the report
   */
  public ValidationReport validate(Path file) {
    return validate(file, (i, r, f) -> { });
  }

  /**
   * Validates {@code file}. A file that cannot be opened (missing, a directory, not readable by this user) is not an
   * exception: the report holds one {@link FindingCode#FILE_UNREADABLE} finding saying why.
   *
   * @param file the file
   * @param listener hears each record as it is validated
   * @return the report
   */
  public ValidationReport validate(Path file, RecordListener listener) {
    InputStream in;
    try {
      in = Inputs.open(file);
    } catch (BdtReadException e) {
      return new Run(listener).unopened(e);
    }
    return validate(in, listener);
  }

  /**
   * Validates {@code input} (which is closed).
   *
   * @param input the file's bytes
   * @return every finding and the counts
   */
  public ValidationReport validate(InputStream input) {
    return validate(input, (i, r, f) -> { });
  }

  /**
   * Validates {@code input} (which is closed), telling {@code listener} about each record; a read error is a
   * {@link FindingCode#FILE_UNREADABLE} finding, never an exception.
   *
   * @param input the file's bytes
   * @param listener hears each record as it is validated
   * @return the report
   */
  public ValidationReport validate(InputStream input, RecordListener listener) {
    return new Run(listener).run(input);
  }

  /** The state of one validation: counts, kept findings, the current record's pending findings. */
  private final class Run implements BdtStream.Sink {
    private final RecordListener listener;
    private final ValidationReport.Builder report = ValidationReport.builder();
    private final BdtRules rules = new BdtRules(options.codeLists(), options.parameters(), options.evaluationDate(),
        options.personalData());
    private final DuplicateDetector duplicates = options.detectDuplicates() ? new DuplicateDetector() : null;
    private final List<Finding> pending = new ArrayList<>();
    private final List<RuleHit> hits = new ArrayList<>();
    private long kept;
    private long errors;
    private long warnings;
    private long rejected;
    private long notReady;
    private boolean truncated;
    private long unchecked;
    private boolean readToEnd;

    Run(RecordListener listener) {
      this.listener = listener;
    }

    ValidationReport unopened(BdtReadException e) {
      unreadable(e, Optional.empty());
      return report.records(0).rejectedRecords(0).notReadyRecords(0).uncheckedRecords(0).readToEnd(false)
          .errors(errors).warnings(warnings).truncated(false).build();
    }

    private void unreadable(BdtReadException e, Optional<String> applicant) {
      keep(finding(FindingCode.FILE_UNREADABLE, Map.of("problem", e.problem(), "detail", e.detail()),
          e.recordNumber().isPresent() ? e.recordNumber().getAsLong() - 1 : -1, applicant, e.line(), e.column(),
          e.path().orElse("")));
    }

    ValidationReport run(InputStream input) {
      BdtStream s = null;
      try {
        s = BdtStream.open(input, options.limits(), Optional.empty(), Optional.of(this));
        report.kind(s.kind()).header(s.header());
        BdtFileKind kind = s.kind();
        while (s.advance()) {
          record(s, kind);
        }
        readToEnd = true;
      } catch (BdtReadException e) {
        Optional<String> applicant = s != null && e.recordNumber().isPresent() ? s.applicantId() : Optional.empty();
        if (s != null) {
          flushPending(s, applicant);
        }
        // reading stopped inside a record: what was found there is reported, but the record was not checked
        unchecked = e.recordNumber().isPresent() ? 1 : 0;
        unreadable(e, applicant);
      } finally {
        if (s != null) {
          report.records(s.recordCount());
          s.close();
        } else {
          report.records(0);
          try {
            input.close();
          } catch (IOException ignored) {
            // nothing more to report
          }
        }
      }
      return report.rejectedRecords(rejected).notReadyRecords(notReady).uncheckedRecords(unchecked)
          .readToEnd(readToEnd).errors(errors).warnings(warnings).truncated(truncated).build();
    }

    private void record(BdtStream s, BdtFileKind kind) {
      Optional<BdtRecord> rec = s.record();
      hits.clear();
      if (rec.isPresent()) {
        BdtRecord r = rec.get();
        if (r instanceof CasRecord) {
          CasRecord cas = (CasRecord) r;
          rules.checkCas(cas, kind == BdtFileKind.CAS_UPLOAD_CHILD, hits);
          if (duplicates != null && duplicates.seenBefore(cas)) {
            hits.add(new RuleHit(FindingCode.DUPLICATE_RECORD, "CAS/CourseDetails"));
          }
        } else if (r instanceof FeeUpdate) {
          rules.checkFeeUpdate((FeeUpdate) r, hits);
        } else if (r instanceof CasExportRecord) {
          rules.checkExport((CasExportRecord) r, hits);
        }
      } else {
        // the schema or the reader rejected the record: the field rules still judge the values that were read
        Set<String> judged = new HashSet<>();
        for (Finding f : pending) {
          judged.add(f.location().path());
        }
        rules.fields(s.recordValues(), judged, hits);
      }
      Optional<String> applicant = s.applicantId();
      for (RuleHit h : hits) {
        pending.add(Finding.of(h.code().reason(h.parameters()).withSeverity(severity(h.code(), h.severity())),
            location(s.recordIndex(), applicant, s.recordLine(), s.recordColumn(), h.path())));
      }
      boolean error = false;
      boolean warning = false;
      for (Finding f : pending) {
        error |= f.isError();
        // "not ready to go" is the SMS's verdict on its own rules; a reader's warning (mojibake) is not one
        warning |= f.severity() == Severity.WARNING
            && FindingCode.layerOf(f).filter(l -> l == FindingLayer.SMS_RULE).isPresent();
      }
      if (error) {
        rejected++;
      } else if (warning) {
        notReady++;
      }
      List<Finding> mine = pending.isEmpty() ? List.of() : List.copyOf(pending);
      flushPending(s, applicant);
      listener.onRecord(s.recordIndex() + 1, rec, mine);
    }

    private void flushPending(BdtStream s, Optional<String> applicant) {
      for (Finding f : pending) {
        keep(f.location().applicantId().isPresent() || applicant.isEmpty() ? f
            : f.withLocation(FileLocation.builder().from(f.location()).applicantId(applicant).build()));
      }
      pending.clear();
    }

    private void keep(Finding f) {
      if (f.isError()) {
        errors++;
      } else {
        warnings++;
      }
      if (kept < options.maxFindings()) {
        report.addFindings(f);
        kept++;
      } else {
        truncated = true;
      }
    }

    @Override
    public void schemaProblem(long recordIndex, int line, int column, String path, String message) {
      Finding f = finding(FindingCode.SCHEMA_INVALID, Map.of("detail", message), recordIndex, Optional.empty(), line,
          column, path);
      if (recordIndex >= 0) {
        pending.add(f);
      } else {
        keep(f);
      }
    }

    @Override
    public boolean headerInconsistent(int line, int column, String message) {
      FindingCode code = FindingCode.HEADER_INCONSISTENT;
      keep(Finding.of(code.reason(Map.of("detail", message)).withSeverity(severity(code, code.severity())),
          location(-1, Optional.empty(), line, column, "Header")));
      return options.relaxedRules().contains(code);
    }

    /** A relaxed project rule is a warning. */
    private Severity severity(FindingCode code, Severity given) {
      return options.relaxedRules().contains(code) ? Severity.WARNING : given;
    }

    @Override
    public void encoding(long recordIndex, int line, int column, EncodingReader.Event event, int more) {
      String detail = event.describe() + (more > 0 ? " (and " + more + " more such place" + (more == 1 ? "" : "s")
          + (recordIndex >= 0 ? " in this record)" : " outside records)") : "");
      Finding f = finding(event.malformed() ? FindingCode.ENCODING_INVALID : FindingCode.ENCODING_SUSPECT,
          Map.of("detail", detail), recordIndex, Optional.empty(), line, column, "");
      if (recordIndex >= 0) {
        pending.add(f);
      } else {
        keep(f);
      }
    }

    @Override
    public void fieldTooLong(long recordIndex, Cursor.OverLong where, int readerLimit, Optional<BdtField> field) {
      String limit = field.filter(f -> f.maxLength() < Integer.MAX_VALUE)
          .map(f -> SchemaMessages.typeName(f) + " allows at most " + f.maxLength() + " characters")
          .orElse("the schema sets no limit for it, but this reader reads at most " + readerLimit
              + " characters of one field (ReadOptions.maxTextLength)");
      Finding f = finding(FindingCode.FIELD_TOO_LONG, Map.of("field", where.element(), "readerLimit", readerLimit,
          "limit", limit), recordIndex, Optional.empty(), where.line(), where.column(), where.path());
      if (recordIndex >= 0) {
        pending.add(f);
      } else {
        keep(f);
      }
    }

    @Override
    public boolean masksPersonalData() {
      return options.personalData() == PersonalData.MASKED;
    }

    @Override
    public void unreadable(long recordIndex, int line, int column, String path, String message) {
      Finding f = finding(FindingCode.RECORD_UNREADABLE, Map.of("detail", message), recordIndex, Optional.empty(),
          line, column, path);
      if (recordIndex >= 0) {
        pending.add(f);
      } else {
        keep(f);
      }
    }
  }

  /** A finding of {@code code} in record {@code recordIndex} (0-based inside the stream; -1 outside records). */
  private static Finding finding(FindingCode code, Map<String, ?> parameters, long recordIndex,
      Optional<String> applicantId, int line, int column, String path) {
    return Finding.of(code.reason(parameters), location(recordIndex, applicantId, line, column, path));
  }

  /** Where a finding is: {@code recordIndex} counts from 0 inside the stream (-1 outside a record). */
  private static FileLocation location(long recordIndex, Optional<String> applicantId, int line, int column,
      String path) {
    return FileLocation.builder().recordNumber(recordIndex >= 0 ? Optional.of(recordIndex + 1) : Optional.empty())
        .applicantId(applicantId).line(Math.max(line, 0)).column(Math.max(column, 0)).path(path).build();
  }
}
