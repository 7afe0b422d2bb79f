package io.github.sponsorsdk.sms.xml.validate;

import io.github.sponsorsdk.sms.core.decision.FileLocation;
import io.github.sponsorsdk.sms.core.decision.Finding;
import io.github.sponsorsdk.sms.core.decision.Severity;
import io.github.sponsorsdk.sms.xml.internal.BdtStream;
import io.github.sponsorsdk.sms.xml.io.BdtReadException;
import io.github.sponsorsdk.sms.xml.records.BdtRecord;
import io.github.sponsorsdk.sms.xml.records.CasExportRecord;
import io.github.sponsorsdk.sms.xml.records.CasRecord;
import io.github.sponsorsdk.sms.xml.records.FeeUpdate;
import io.github.sponsorsdk.sms.xml.schema.BdtFileKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * ValidationReport report =
 * BdtValidator.of(ValidationOptions.on(LocalDate.now(clock))).validate(Path.of("upload.xml"));
 * report.findings().forEach(System.out::println);
 * }</pre>
 *
 * <p>A file that cannot be read any further (malformed, truncated, DOCTYPE, limits, wrong root) ends with one
 * {@link FindingCode#FILE_UNREADABLE} finding; what was read before it is still reported.
 *
 * <p>Each {@link Finding} is a {@link io.github.sponsorsdk.sms.core.decision.Reason} (code of {@link FindingCode},
 * namespace {@code bdt}; {@link Severity#REFUSAL} for an error that rejects the record, {@link Severity#WARNING} for
 * "not ready to go") at a {@link FileLocation}: the record's number counted from 1 (the first {@code CAS} element is
 * record 1), its ApplicantID, the line and column (the validator's for schema findings, the record's start tag for
 * rule findings) and the element path.
 */
public final class BdtValidator {

  /** Hears each record as it is validated: to load the good ones while checking, say. */
  @FunctionalInterface
  public interface RecordListener {
    /**
     * The record numbered {@code recordNumber} (counted from 1) has been validated. {@code record} is empty when it
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
   * @param options the evaluation date, limits, code lists and parameters
   */
  public static BdtValidator of(ValidationOptions options) {
    return new BdtValidator(options);
  }

  /**
   * {@return every finding and the counts}
   *
   * @param file the BDT file
   */
  public ValidationReport validate(Path file) {
    return validate(file, (i, r, f) -> { });
  }

  /**
   * Validates {@code file}, telling {@code listener} about each record as it goes.
   *
   * @param file the BDT file
   * @param listener told of each record
   * @return every finding and the counts
   */
  public ValidationReport validate(Path file, RecordListener listener) {
    try {
      return validate(Files.newInputStream(file), listener);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
   * Validates {@code input} (which is closed), telling {@code listener} about each record as it goes.
   *
   * @param input the file's bytes
   * @param listener told of each record
   * @return every finding and the counts
   */
  public ValidationReport validate(InputStream input, RecordListener listener) {
    return new Run(listener).run(input);
  }

  /** The state of one validation: counts, kept findings, the current record's pending findings. */
  private final class Run implements BdtStream.Sink {
    private final RecordListener listener;
    private final ValidationReport.Builder report = ValidationReport.builder();
    private final BdtRules rules = new BdtRules(options.codeLists(), options.parameters(), options.evaluationDate());
    private final DuplicateDetector duplicates = options.detectDuplicates() ? new DuplicateDetector() : null;
    private final List<Finding> pending = new ArrayList<>();
    private final List<RuleHit> hits = new ArrayList<>();
    private long kept;
    private long errors;
    private long warnings;
    private long rejected;
    private long notReady;
    private boolean truncated;

    Run(RecordListener listener) {
      this.listener = listener;
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
      } catch (BdtReadException e) {
        if (s != null) {
          flushPending(s, Optional.empty());
        }
        keep(Finding.of(FindingCode.FILE_UNREADABLE.reason(Map.of("problem", e.problem(), "detail", e.getMessage())),
            location(e.recordIndex().isPresent() ? e.recordIndex().getAsLong() : -1, Optional.empty(), e.line(),
                e.column(), e.path().orElse(""))));
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
      return report.rejectedRecords(rejected).notReadyRecords(notReady).errors(errors).warnings(warnings)
          .truncated(truncated).build();
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
      }
      Optional<String> applicant = s.applicantId();
      for (RuleHit h : hits) {
        pending.add(Finding.of(h.code().reason(h.parameters()), location(s.recordIndex(), applicant, s.recordLine(),
            s.recordColumn(), h.path())));
      }
      boolean error = false;
      boolean warning = false;
      for (Finding f : pending) {
        error |= f.isError();
        warning |= f.severity() == Severity.WARNING;
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
            : f.withLocation(f.location().withApplicantId(applicant)));
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
      Finding f = Finding.of(FindingCode.SCHEMA_INVALID.reason(Map.of("detail", message)),
          location(recordIndex, Optional.empty(), line, column, path));
      if (recordIndex >= 0) {
        pending.add(f);
      } else {
        keep(f);
      }
    }

    @Override
    public void headerInconsistent(int line, int column, String message) {
      keep(Finding.of(FindingCode.HEADER_INCONSISTENT.reason(Map.of("detail", message)),
          location(-1, Optional.empty(), line, column, "Header")));
    }

    @Override
    public void unreadable(long recordIndex, int line, int column, String path, String message) {
      Finding f = Finding.of(FindingCode.RECORD_UNREADABLE.reason(Map.of("detail", message)),
          location(recordIndex, Optional.empty(), line, column, path));
      if (recordIndex >= 0) {
        pending.add(f);
      } else {
        keep(f);
      }
    }
  }

  /** Where a finding is: {@code recordIndex} counts from 0 inside the stream (-1 outside a record). */
  private static FileLocation location(long recordIndex, Optional<String> applicantId, int line, int column,
      String path) {
    return FileLocation.builder().recordNumber(recordIndex >= 0 ? Optional.of(recordIndex + 1) : Optional.empty())
        .applicantId(applicantId).line(Math.max(line, 0)).column(Math.max(column, 0)).path(path).build();
  }
}
