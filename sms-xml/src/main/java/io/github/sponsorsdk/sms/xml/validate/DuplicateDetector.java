package io.github.sponsorsdk.sms.xml.validate;

import io.github.sponsorsdk.sms.xml.records.CasRecord;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Remembers the duplicate key of every CAS record seen (course title, course ID, course start date, ApplicantID) as
 * the first 64 bits of its SHA-256 digest, in an open-addressing table of primitive longs: 8 to 16 bytes per record
 * (16 MB for a million records) rather than the strings themselves. Two different keys share 64 bits with probability
 * about n²/2⁶⁵ (below 10⁻⁷ for a million records); a collision would report a false duplicate, never miss one.
 */
final class DuplicateDetector {
  private static final byte SEP = 0;
  private final MessageDigest sha;
  private long[] table = new long[1 << 10];
  private int size;

  DuplicateDetector() {
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  /** Records the key of {@code r}; true when it was seen before. */
  boolean seenBefore(CasRecord r) {
    sha.reset();
    update(r.course().title());
    update(r.course().courseId().orElse(""));
    update(r.course().startDate().toString());
    update(r.applicant().applicantId());
    long h = ByteBuffer.wrap(sha.digest()).getLong();
    if (h == 0) {
      h = 1;
    }
    return !add(h);
  }

  private void update(String s) {
    sha.update(s.getBytes(StandardCharsets.UTF_8));
    sha.update(SEP);
  }

  private boolean add(long h) {
    if (size * 2 >= table.length) {
      grow();
    }
    int mask = table.length - 1;
    int i = (int) (h ^ (h >>> 32)) & mask;
    while (table[i] != 0) {
      if (table[i] == h) {
        return false;
      }
      i = (i + 1) & mask;
    }
    table[i] = h;
    size++;
    return true;
  }

  private void grow() {
    long[] old = table;
    table = new long[old.length * 2];
    size = 0;
    for (long h : old) {
      if (h != 0) {
        add(h);
      }
    }
  }
}
