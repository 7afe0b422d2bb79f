package io.github.sponsorsdk.sms.testkit.internal;

import io.github.sponsorsdk.sms.core.identifier.CasNumber;
import io.github.sponsorsdk.sms.core.identifier.CosNumber;
import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import java.security.SecureRandom;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Identifiers from a seed and a counter: the n-th identifier of a fake with seed s is always the same, and the
 * counter is part of the snapshot, so a restored fake issues the same next identifiers. Numbers are drawn through a
 * transaction ({@link Tx#ids()}), which gives them back when it does not commit: a refused or failed call leaves the
 * counter as it was (when no other call drew in between). Passwords the SMS generates come from
 * {@link SecureRandom} instead: they are secrets, even in a fake.
 */
public final class Ids {
  private static final String ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
  private static final String DIGITS = "0123456789";
  private final long seed;
  private final AtomicLong counter = new AtomicLong();
  private final SecureRandom secure = new SecureRandom();

  /** Which CAS number range. */
  public enum CasKind {
    /** {@code E4G}: Student. */
    STUDENT,
    /** {@code E4C}: Child Student. */
    CHILD_STUDENT
  }

  /** A generator whose first identifier is the seed's first. */
  public Ids(long seed) {
    this.seed = seed;
  }

  /** How many numbers have been drawn (part of the snapshot). */
  public long counter() {
    return counter.get();
  }

  /** Sets the counter (restore, reset). */
  public void counter(long value) {
    counter.set(value);
  }

  long draw() {
    return counter.incrementAndGet();
  }

  /** Gives back the numbers {@code first..last} if nothing was drawn after them. */
  void giveBack(long first, long last) {
    if (first >= 0) {
      counter.compareAndSet(last, first - 1);
    }
  }

  Drawing drawing(Tx tx) {
    return new Drawing(tx);
  }

  private SplittableRandom random(Tx tx) {
    return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + tx.drawId());
  }

  private static String pick(SplittableRandom r, String alphabet, int n) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  /** The identifiers of one transaction. */
  public final class Drawing {
    private final Tx tx;

    Drawing(Tx tx) {
      this.tx = tx;
    }

    /** Eight letters and digits, like the manual's {@code kkNqt5v4}. */
    public SmsUserId userId() {
      return SmsUserId.of(pick(random(tx), ALNUM, 8));
    }

    /** 32 letters and digits. */
    public String sessionToken() {
      return pick(random(tx), ALNUM, 32);
    }

    /** {@code C} and ten letters or digits: within the SDK's loose CoS pattern. */
    public CosNumber cosNumber() {
      return CosNumber.of("C" + pick(random(tx), UPPER + DIGITS, 10));
    }

    /** A number of the BDT schema's CASNumberType, {@code E4G} for Student, {@code E4C} for Child Student. */
    public CasNumber casNumber(CasKind kind) {
      SplittableRandom r = random(tx);
      String s = "E4" + (kind == CasKind.CHILD_STUDENT ? "C" : "G") + pick(r, DIGITS, 1) + pick(r, UPPER, 2)
          + pick(r, DIGITS, 1) + pick(r, UPPER, 1) + pick(r, DIGITS, 2) + pick(r, UPPER, 1) + pick(r, DIGITS, 1)
          + pick(r, UPPER, 1) + pick(r, DIGITS, 1);
      return CasNumber.of(s);
    }

    /** {@code prefix-n}, e.g. {@code CW-12}. */
    public String reference(String prefix) {
      return prefix + "-" + tx.drawId();
    }
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
