package io.github.sponsorsdk.sms.testkit.scenario;

import io.github.sponsorsdk.sms.core.identifier.SponsorLicenceNumber;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * BDT CAS upload files for tests, built from the official example "1. SELT required.xml" (bundled verbatim as
 * {@code bdt-template.xml}): its one record repeated {@code n} times with distinct applicant IDs and passport
 * numbers, a full date of birth, and the header's licence number set.
 */
public final class BdtBatches {
  private BdtBatches() {}

  private static String template() {
    try (InputStream in = BdtBatches.class.getResourceAsStream("bdt-template.xml")) {
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@return a file of {@code n} CAS records for {@code licence} (ISO 8859-1, as the schema requires)}
   *
   * @param licence the sponsor's licence number
   * @param n how many records
   */
  public static byte[] casBatch(SponsorLicenceNumber licence, int n) {
    return batch(template(), licence, n);
  }

  /**
   * {@return a file of {@code n} CAS records for {@code licence} that the SMS accepts with warnings, each becoming a
   * CAS "not ready to go": as in the official example "3. WARNING - SELT not provided", the records leave out the
   * English language answers (SELT required, the SELT levels and provider) and the previous UK study answers, which
   * must then be supplied online ({@code SmsCertificates.update}) before the CAS can be assigned}
   *
   * @param licence the licence
   * @param n the n
   */
  public static byte[] casBatchNotReadyToGo(SponsorLicenceNumber licence, int n) {
    String xml = template();
    int from = xml.lastIndexOf('\n', xml.indexOf("<SELTRequired>")) + 1;
    int to = xml.indexOf('\n', xml.indexOf("</ProgressionJustification>")) + 1;
    return batch(xml.substring(0, from) + xml.substring(to), licence, n);
  }

  private static byte[] batch(String template, SponsorLicenceNumber licence, int n) {
    String xml = template.replace("<SponsorLicenceNumber>QHDGHB91X</SponsorLicenceNumber>",
        "<SponsorLicenceNumber>" + licence.value() + "</SponsorLicenceNumber>")
        .replace("<DateOfBirth><Year>1980</Year></DateOfBirth>",
            "<DateOfBirth><FullDate>1980-05-01</FullDate></DateOfBirth>");
    int start = xml.indexOf("<CAS>");
    int end = xml.indexOf("</CAS>") + "</CAS>".length();
    String record = xml.substring(start, end);
    StringBuilder records = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      records.append(record.replace("<ApplicantID>1234567890ABCDEFG</ApplicantID>",
          String.format("<ApplicantID>STUDENT%05d</ApplicantID>", i))
          .replace("<ApplicantPassportOrTravelDocumentNumber>16836723SDE</ApplicantPassportOrTravelDocumentNumber>",
              String.format("<ApplicantPassportOrTravelDocumentNumber>PX%07d</ApplicantPassportOrTravelDocumentNumber>",
                  i)));
      if (i < n) {
        records.append("\r\n");
      }
    }
    return (xml.substring(0, start) + records + xml.substring(end)).getBytes(StandardCharsets.ISO_8859_1);
  }
}
