package caravan.opportunities;

import caravan.text.CaravanException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.jdbi.v3.core.Jdbi;

/**
 * Agreements' preference lists: imported from a user's CSV ({@code caravan import-preferences}),
 * kept in the relational store, and read by the opportunities and the profile to mark the products
 * a list covers. Caravan ships no lines: each must come from a public source with its quote.
 */
public final class Preferences {
  private final PreferenceStore store;
  private final Predicate<String> knownAgreement;

  /** {@code knownAgreement} tells the registry's agreement ids from other words. */
  public Preferences(Jdbi jdbi, Predicate<String> knownAgreement) {
    this.store = new PreferenceStore(jdbi);
    this.knownAgreement = knownAgreement;
  }

  /** What an import did. */
  public record Imported(int lines, List<String> agreements) {}

  /**
   * Validates the whole file, then replaces the lines of the agreements it names; a file with any
   * problem changes nothing and is refused with each problem as {@code file:line: field: reason}.
   */
  public Imported importFile(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new CaravanException(
          caravan.text.Text.of(
              "cl.err.cannotRead", file.toString(), String.valueOf(e.getMessage())),
          Map.of("field", "file"));
    }
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    List<PreferenceCsv.Read> lines = PreferenceCsv.read(bytes, name, knownAgreement);
    store.replace(lines, name);
    TreeSet<String> agreements = new TreeSet<>();
    lines.forEach(r -> agreements.add(r.line().agreement()));
    return new Imported(lines.size(), List.copyOf(agreements));
  }

  /** Every line kept, by agreement and HS code. */
  public List<PreferenceLine> lines() {
    return store.lines();
  }

  /** The lines that cover {@code product}. */
  public static List<PreferenceLine> covering(List<PreferenceLine> lines, String product) {
    return lines.stream().filter(l -> l.covers(product)).toList();
  }
}
