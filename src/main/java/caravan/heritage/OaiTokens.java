package caravan.heritage;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * OAI-PMH resumption tokens: the list request and the position reached, signed with a key this
 * process draws at start, so a harvester cannot forge or edit one, and one from before a restart or
 * past its expiry is refused (badResumptionToken) rather than read.
 */
final class OaiTokens {
  /** What a token carries: the original arguments, the next position and when it expires. */
  record State(
      String verb,
      String prefix,
      String from,
      String until,
      String set,
      int cursor,
      Instant expires) {}

  private static final Base64.Encoder ENC = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DEC = Base64.getUrlDecoder();
  private final byte[] key = new byte[32];

  OaiTokens() {
    new SecureRandom().nextBytes(key);
  }

  String encode(State s) {
    String payload =
        String.join(
            "\n",
            s.verb(),
            field(s.prefix()),
            field(s.from()),
            field(s.until()),
            field(s.set()),
            Integer.toString(s.cursor()),
            Long.toString(s.expires().getEpochSecond()));
    byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
    return ENC.encodeToString(bytes) + "." + ENC.encodeToString(mac(bytes));
  }

  /** The token's state, or empty when it is not one this process made (or was altered). */
  Optional<State> decode(String token) {
    try {
      int dot = token.indexOf('.');
      if (dot < 0) return Optional.empty();
      byte[] bytes = DEC.decode(token.substring(0, dot));
      byte[] sig = DEC.decode(token.substring(dot + 1));
      if (!MessageDigest.isEqual(sig, mac(bytes))) return Optional.empty();
      String[] f = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
      if (f.length != 7) return Optional.empty();
      return Optional.of(
          new State(
              f[0],
              unfield(f[1]),
              unfield(f[2]),
              unfield(f[3]),
              unfield(f[4]),
              Integer.parseInt(f[5]),
              Instant.ofEpochSecond(Long.parseLong(f[6]))));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  // arguments are percent-free text: an absent one is "-", a given one is prefixed so "-" stays
  private static String field(String v) {
    return v == null ? "-" : "=" + ENC.encodeToString(v.getBytes(StandardCharsets.UTF_8));
  }

  private static String unfield(String f) {
    if (f.equals("-")) return null;
    if (!f.startsWith("=")) throw new IllegalArgumentException("bad field");
    return new String(DEC.decode(f.substring(1)), StandardCharsets.UTF_8);
  }

  private byte[] mac(byte[] bytes) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(bytes);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this Java", e);
    }
  }
}
