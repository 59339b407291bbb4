package caravan.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Session and CSRF tokens: 32 random bytes, Base64url without padding (43 characters). */
final class Tokens {
  private static final int BYTES = 32;

  private final SecureRandom random;

  Tokens(SecureRandom random) {
    this.random = random;
  }

  String next() {
    byte[] b = new byte[BYTES];
    random.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  /** The SHA-256 of a token, in lower-case hex: what the database keeps instead of the token. */
  static String digest(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("The JDK lacks SHA-256", e);
    }
  }
}
