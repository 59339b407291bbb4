package caravan.store;

import caravan.text.ShippedData;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Which build of a shipped data set the relational store holds (table {@code shipped_mark}, V12).
 * Loading a shipped set reads, parses and compares every record (seconds of a start), yet what it
 * adds changes only with the shipped files: so the load records their digest in its own
 * transaction, and a later start whose files have that digest skips the load. A changed file has
 * another digest and is loaded again; a store restored from a backup carries its own mark.
 */
public final class ShippedMark {
  private final String name;
  private final String digest;

  private ShippedMark(String name, String digest) {
    this.name = name;
    this.digest = digest;
  }

  /** The mark of the shipped files {@code data/<path>} (in this order) for the set {@code name}. */
  public static ShippedMark of(String name, List<String> paths) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
    for (String path : paths) {
      // the name and length keep two sets of files with the same bytes overall apart
      byte[] bytes = ShippedData.read(path);
      sha.update((path + "\n" + bytes.length + "\n").getBytes(StandardCharsets.UTF_8));
      sha.update(bytes);
    }
    return new ShippedMark(name, HexFormat.of().formatHex(sha.digest()));
  }

  /** Whether the store records that it holds exactly these files. */
  public boolean isIn(Jdbi jdbi) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT digest FROM shipped_mark WHERE name = :name")
                .bind("name", name)
                .mapTo(String.class)
                .findOne()
                .map(digest::equals)
                .orElse(false));
  }

  /** Records these files as loaded; call inside the transaction that loads them. */
  public void record(Handle inTransaction) {
    int rows =
        inTransaction
            .createUpdate("UPDATE shipped_mark SET digest = :digest WHERE name = :name")
            .bind("digest", digest)
            .bind("name", name)
            .execute();
    if (rows != 1)
      throw new IllegalStateException("shipped_mark has no row '" + name + "': see V12");
  }

  /** The digest (hex SHA-256), for tests and messages. */
  public String digest() {
    return digest;
  }
}
