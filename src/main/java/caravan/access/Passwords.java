package caravan.access;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Slow password hashes: PBKDF2 with HMAC-SHA-256 from the JDK, a 16-byte random salt and 210,000
 * iterations (the OWASP Password Storage Cheat Sheet's figure for PBKDF2-HMAC-SHA256), stored as
 * {@code pbkdf2-sha256$ITERATIONS$SALT$HASH} (standard Base64) so the cost can be raised later and
 * old hashes still verify.
 */
final class Passwords {
  static final String SCHEME = "pbkdf2-sha256";
  static final int ITERATIONS = 210_000;
  private static final int SALT_BYTES = 16;
  private static final int HASH_BITS = 256;

  private final SecureRandom random;
  private final int iterations;
  private volatile String dummy;

  Passwords(SecureRandom random, int iterations) {
    this.random = random;
    this.iterations = iterations;
  }

  String hash(char[] password) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    Base64.Encoder b64 = Base64.getEncoder();
    return SCHEME
        + "$"
        + iterations
        + "$"
        + b64.encodeToString(salt)
        + "$"
        + b64.encodeToString(pbkdf2(password, salt, iterations));
  }

  /**
   * Whether {@code password} matches {@code stored}; the comparison takes the same time wherever
   * the bytes differ. A malformed stored hash matches nothing.
   */
  boolean verify(char[] password, String stored) {
    String[] parts = stored == null ? new String[0] : stored.split("\\$");
    if (parts.length != 4 || !SCHEME.equals(parts[0])) return false;
    try {
      int n = Integer.parseInt(parts[1]);
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] expected = Base64.getDecoder().decode(parts[3]);
      if (n < 1) return false;
      return MessageDigest.isEqual(expected, pbkdf2(password, salt, n));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * Spends the time of one verification and fails: used for unknown users so that a failed sign-in
   * takes as long, and answers the same, whether the name or the password was wrong.
   */
  boolean verifyNothing(char[] password) {
    if (dummy == null) dummy = hash("not-a-password-of-anyone".toCharArray());
    verify(password, dummy);
    return false;
  }

  /** Whether {@code stored} was made with fewer iterations than now asked for. */
  boolean needsRehash(String stored) {
    return iterationsOf(stored) < iterations;
  }

  static int iterationsOf(String stored) {
    String[] parts = stored.split("\\$");
    return parts.length == 4 ? Integer.parseInt(parts[1]) : 0;
  }

  private static byte[] pbkdf2(char[] password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The JDK lacks PBKDF2WithHmacSHA256", e);
    } finally {
      spec.clearPassword();
    }
  }

  /** Equality of two secrets in time that does not depend on where they differ. */
  static boolean sameSecret(String a, String b) {
    if (a == null || b == null) return false;
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }
}
