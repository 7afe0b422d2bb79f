package io.github.sponsorsdk.sms.testkit.internal;

import io.github.sponsorsdk.sms.core.identifier.CasNumber;
import io.github.sponsorsdk.sms.core.identifier.CosNumber;
import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import java.security.SecureRandom;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Identifiers from a seed and a counter: the n-th identifier of a fake with seed s is always the same, and the
 * counter is part of the snapshot, so a restored fake issues the same next identifiers. Passwords the SMS generates
 * come from {@link SecureRandom} instead: they are secrets, even in a fake.
 */
public final class Ids {
  private static final String ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
  private static final String DIGITS = "0123456789";
  private final long seed;
  private final AtomicLong counter = new AtomicLong();
  private final SecureRandom secure = new SecureRandom();

  public Ids(long seed) {
    this.seed = seed;
  }

  public long counter() {
    return counter.get();
  }

  public void counter(long value) {
    counter.set(value);
  }

  private SplittableRandom next() {
    return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + counter.incrementAndGet());
  }

  private static String pick(SplittableRandom r, String alphabet, int n) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  /** Eight letters and digits, like the manual's {@code kkNqt5v4}. */
  public SmsUserId userId() {
    return SmsUserId.of(pick(next(), ALNUM, 8));
  }

  public String sessionToken() {
    return pick(next(), ALNUM, 32);
  }

  /** {@code C} and ten letters or digits: within the SDK's loose CoS pattern. */
  public CosNumber cosNumber() {
    SplittableRandom r = next();
    return CosNumber.of("C" + pick(r, UPPER + DIGITS, 10));
  }

  /** A number of the BDT schema's CASNumberType, {@code E4G} for Student, {@code E4C} for Child Student. */
  public CasNumber casNumber(boolean childStudent) {
    SplittableRandom r = next();
    String s = "E4" + (childStudent ? "C" : "G") + pick(r, DIGITS, 1) + pick(r, UPPER, 2) + pick(r, DIGITS, 1)
        + pick(r, UPPER, 1) + pick(r, DIGITS, 2) + pick(r, UPPER, 1) + pick(r, DIGITS, 1) + pick(r, UPPER, 1)
        + pick(r, DIGITS, 1);
    return CasNumber.of(s);
  }

  public String reference(String prefix) {
    return prefix + "-" + counter.incrementAndGet();
  }

  /**
   * A generated password: 16 characters with upper and lower case letters, digits and the SMS's special characters,
   * from a {@link SecureRandom}. Whether it meets the password policy is not assumed: the holder must change it at
   * the first log-in anyway (Manual 1, Guide 1 step 2; Guide 2 step 3).
   */
  public char[] password() {
    String lower = "abcdefghijkmnopqrstuvwxyz";
    String special = "@$!%^&*+=_";
    char[] p = new char[16];
    String[] classes = {UPPER, lower, DIGITS, special};
    for (int i = 0; i < p.length; i++) {
      String c = i < 4 ? classes[i] : classes[secure.nextInt(3)];
      p[i] = c.charAt(secure.nextInt(c.length()));
    }
    for (int i = p.length - 1; i > 0; i--) {
      int j = secure.nextInt(i + 1);
      char t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }
}
