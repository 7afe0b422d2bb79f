package io.github.sponsorsdk.sms.testkit.internal;

import io.github.sponsorsdk.sms.testkit.state.StoredPassword;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted PBKDF2-HMAC-SHA256 from the JDK, compared in constant time ({@link MessageDigest#isEqual}).
 *
 * <p>Iterations are a parameter: OWASP's Password Storage Cheat Sheet gives 600,000 for PBKDF2-HMAC-SHA256 today
 * (210,000 is its figure for HMAC-SHA512); a test suite that logs in thousands of times wants far fewer. The fake
 * defaults to {@link #OWASP_ITERATIONS} and the JUnit extension to {@link #FAST_TEST_ITERATIONS}; the stored hash
 * records the count used, so a snapshot taken with one setting verifies with another.
 */
public final class PasswordHasher {
  /** OWASP Password Storage Cheat Sheet, PBKDF2-HMAC-SHA256. */
  public static final int OWASP_ITERATIONS = 600_000;
  /** For fast test suites: still salted and slow enough to be a real hash, not a security setting. */
  public static final int FAST_TEST_ITERATIONS = 1_000;
  static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  private static final int KEY_BITS = 256;

  private final int iterations;
  private final SecureRandom random = new SecureRandom();
  private final java.util.concurrent.atomic.AtomicLong derivations = new java.util.concurrent.atomic.AtomicLong();

  public PasswordHasher(int iterations) {
    if (iterations < 1) {
      throw new IllegalArgumentException("iterations must be positive: " + iterations);
    }
    this.iterations = iterations;
  }

  public int iterations() {
    return iterations;
  }

  /**
   * How many keys this hasher has derived so far: the seam through which tests check that the fake does the same
   * hashing work whatever the input (no timing oracle), without measuring time.
   */
  public long derivations() {
    return derivations.get();
  }

  public StoredPassword hash(char[] password) {
    byte[] salt = new byte[16];
    random.nextBytes(salt);
    byte[] key = derive(password, salt, iterations);
    Base64.Encoder b64 = Base64.getEncoder();
    return StoredPassword.builder().algorithm(ALGORITHM).iterations(iterations).salt(b64.encodeToString(salt))
        .hash(b64.encodeToString(key)).build();
  }

  /**
   * A stored password that no password matches, for comparisons that must cost what a real one costs (an unknown
   * user ID, a user without a password yet): this hasher's algorithm and iteration count, a random salt and a random
   * 256-bit key in place of a derived one. {@link #matches} derives a key from the entered password with this salt
   * and these iterations exactly as for a real hash, and the chance that it equals the random key is 2<sup>-256</sup>.
   * Made without deriving a key: the fake's start no longer pays one full hash (600,000 iterations by default) for
   * a decoy that only has to look like a hash.
   *
   * @return a decoy stored password
   */
  public StoredPassword decoy() {
    byte[] salt = new byte[16];
    byte[] key = new byte[KEY_BITS / 8];
    random.nextBytes(salt);
    random.nextBytes(key);
    Base64.Encoder b64 = Base64.getEncoder();
    return StoredPassword.builder().algorithm(ALGORITHM).iterations(iterations).salt(b64.encodeToString(salt))
        .hash(b64.encodeToString(key)).build();
  }

  /** True when {@code password} is the one stored; constant-time comparison of the derived keys. */
  public boolean matches(char[] password, StoredPassword stored) {
    if (!ALGORITHM.equals(stored.algorithm())) {
      return false;
    }
    Base64.Decoder b64 = Base64.getDecoder();
    byte[] key = derive(password, b64.decode(stored.salt()), stored.iterations());
    return MessageDigest.isEqual(key, b64.decode(stored.hash()));
  }

  private byte[] derive(char[] password, byte[] salt, int iterations) {
    derivations.incrementAndGet();
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " is required of every Java SE platform", e);
    } finally {
      spec.clearPassword();
    }
  }

  /** Wipes {@code chars} in place. */
  public static void wipe(char[] chars) {
    if (chars != null) {
      Arrays.fill(chars, '\0');
    }
  }
}
