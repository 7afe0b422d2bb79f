package io.github.sponsorsdk.sms.xml.testing;

import io.github.sponsorsdk.sms.xml.io.BdtReader;
import io.github.sponsorsdk.sms.xml.io.BdtWriter;
import io.github.sponsorsdk.sms.xml.io.WriteOptions;
import io.github.sponsorsdk.sms.xml.records.BdtHeader;
import io.github.sponsorsdk.sms.xml.records.CasRecord;
import io.github.sponsorsdk.sms.xml.records.Applicant;
import io.github.sponsorsdk.sms.xml.records.Course;
import io.github.sponsorsdk.sms.xml.records.UploadHeader;
import io.github.sponsorsdk.sms.xml.schema.BdtFileKind;
import java.io.OutputStream;

/**
 * Large upload files of realistic, ready-to-go CAS records (the project fixture, each with its own ApplicantID and
 * course ID), streamed out by {@link BdtWriter}: for the benchmark and the million-record run.
 */
public final class Realistic {
  private Realistic() {}

  private static final CasRecord TEMPLATE;
  private static final BdtHeader HEADER;

  static {
    try (BdtReader r = BdtReader.open(Fixtures.bytes(Fixtures.generalReady()))) {
      HEADER = r.header();
      TEMPLATE = (CasRecord) r.next();
    }
  }

  /** The sponsor licence number in the files' header (a fake SMS must hold it to accept an upload). */
  public static String licenceNumber() {
    return ((UploadHeader) HEADER).sponsorLicenceNumber();
  }

  public static CasRecord record(long i) {
    return TEMPLATE
        .withApplicant(TEMPLATE.applicant().withApplicantId("APP-" + i))
        .withCourse(TEMPLATE.course().withCourseId("MB-" + (i % 977)));
  }

  /** Writes {@code n} records as a General upload to {@code out} (closed). */
  public static void write(OutputStream out, long n, boolean indent) {
    try (BdtWriter w = BdtWriter.create(out, BdtFileKind.CAS_UPLOAD_GENERAL, HEADER,
        WriteOptions.builder().indent(indent).build())) {
      for (long i = 0; i < n; i++) {
        w.write(record(i));
      }
    }
  }
}
