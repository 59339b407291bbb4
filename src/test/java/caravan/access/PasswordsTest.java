package caravan.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PasswordsTest {
  private final Passwords passwords = new Passwords(new SecureRandom(), Passwords.ITERATIONS);

  @Test
  void a_hash_names_its_scheme_210000_iterations_a_16_byte_salt_and_a_32_byte_hash() {
    String hash = passwords.hash("correct horse".toCharArray());

    String[] parts = hash.split("\\$");
    assertThat(parts).hasSize(4);
    assertThat(parts[0]).isEqualTo("pbkdf2-sha256");
    // OWASP's figure for PBKDF2-HMAC-SHA256 (Password Storage Cheat Sheet): 210,000.
    assertThat(parts[1]).isEqualTo("210000");
    assertThat(Base64.getDecoder().decode(parts[2])).hasSize(16);
    // HMAC-SHA-256 gives 256 bits = 32 bytes.
    assertThat(Base64.getDecoder().decode(parts[3])).hasSize(32);
  }

  @Test
  void the_right_password_verifies_and_a_near_miss_does_not() {
    String hash = passwords.hash("correct horse".toCharArray());

    assertThat(passwords.verify("correct horse".toCharArray(), hash)).isTrue();
    assertThat(passwords.verify("correct hors".toCharArray(), hash)).isFalse();
    assertThat(passwords.verify("Correct horse".toCharArray(), hash)).isFalse();
  }

  @Test
  void the_same_password_hashes_differently_each_time_because_of_the_salt() {
    assertThat(passwords.hash("correct horse".toCharArray()))
        .isNotEqualTo(passwords.hash("correct horse".toCharArray()));
  }

  @Test
  void a_hash_made_with_fewer_iterations_still_verifies_and_asks_to_be_redone() {
    String cheap = new Passwords(new SecureRandom(), 1000).hash("correct horse".toCharArray());

    assertThat(cheap).startsWith("pbkdf2-sha256$1000$");
    assertThat(passwords.verify("correct horse".toCharArray(), cheap)).isTrue();
    assertThat(passwords.needsRehash(cheap)).isTrue();
  }

  @Test
  void a_known_vector_matches_rfc_7914_pbkdf2_hmac_sha256() {
    // RFC 7914 §11: PBKDF2-HMAC-SHA256, P="passwd", S="salt", c=1, dkLen=64; its first 32 bytes
    // are 55 ac 04 6e 56 e3 08 9f ec 16 91 c2 25 44 b6 05 f9 41 85 21 6d de 04 65 e6 8b 9d 57 c2
    // 0d ac bc.
    byte[] expected =
        java.util.HexFormat.of()
            .parseHex("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc");
    String stored =
        "pbkdf2-sha256$1$"
            + Base64.getEncoder().encodeToString("salt".getBytes())
            + "$"
            + Base64.getEncoder().encodeToString(expected);

    assertThat(passwords.verify("passwd".toCharArray(), stored)).isTrue();
  }

  @Test
  void a_malformed_stored_hash_matches_nothing() {
    assertThat(passwords.verify("x".toCharArray(), "md5$abc")).isFalse();
    assertThat(passwords.verify("x".toCharArray(), "pbkdf2-sha256$zz$AA==$AA==")).isFalse();
  }
}
