package caravan.opportunities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import caravan.registry.ValidationException;
import caravan.store.RelationalStore;
import caravan.store.TestStores;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A preference list is imported whole or not at all, on H2 and on PostgreSQL, and each bad value is
 * named by file, line and column. The lines here are made up for the test and say so: Caravan ships
 * none.
 */
class PreferencesTest {
  static final String HEADER =
      "agreement,hs_code,hs_edition,base_duty,preferential_duty,staging,source_url,quote\n";
  static final String GOOD =
      HEADER
          + "AGR-020,100199,HS2017,15,5,immediate,https://example.org/schedule,\"test line, not a"
          + " real schedule\"\n"
          + "AGR-020,300490,H5,10%,0%,\"5 equal annual cuts\",https://example.org/schedule,\"test"
          + " line\"\n";

  @TempDir Path dir;
  private final List<RelationalStore> opened = new ArrayList<>();

  private Preferences preferences(String db) {
    RelationalStore store = db.equals("h2") ? TestStores.h2() : TestStores.postgres();
    opened.add(store);
    return new Preferences(store.jdbi(), Set.of("AGR-020", "AGR-021")::contains);
  }

  @AfterEach
  void close() {
    opened.forEach(RelationalStore::close);
  }

  private Path file(String text) throws IOException {
    return Files.writeString(dir.resolve("lines.csv"), text, StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void a_good_list_is_kept_and_importing_it_again_changes_nothing(String db) throws IOException {
    Preferences p = preferences(db);
    Preferences.Imported first = p.importFile(file(GOOD));
    assertThat(first.lines()).isEqualTo(2);
    assertThat(first.agreements()).containsExactly("AGR-020");
    p.importFile(file(GOOD));
    assertThat(p.lines())
        .extracting(PreferenceLine::hsCode, PreferenceLine::hsEdition, PreferenceLine::baseDuty)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("100199", "H5", "15"),
            org.assertj.core.groups.Tuple.tuple("300490", "H5", "10%"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void a_list_with_any_bad_line_is_refused_whole_and_the_old_lines_stay(String db)
      throws IOException {
    Preferences p = preferences(db);
    p.importFile(file(GOOD));
    String bad =
        HEADER
            + "AGR-020,870323,HS2017,15,5,immediate,https://example.org/s,\"test\"\n"
            + "AGR-999,87032,HS2099,-5,x5,,ftp://example.org/s,\n"
            + "AGR-020,870323,H5,15,5,immediate,https://example.org/s,\"again\"\n";
    assertThatThrownBy(() -> p.importFile(file(bad)))
        .isInstanceOf(ValidationException.class)
        .satisfies(
            e ->
                assertThat(((ValidationException) e).problems())
                    .containsExactly(
                        "lines.csv:3: agreement: 'AGR-999' is no agreement in the registry: use"
                            + " its id, e.g. AGR-020",
                        "lines.csv:3: hs_code: '87032' is not an HS code: 4, 6, 8 or 10 digits, e.g."
                            + " 100199",
                        "lines.csv:3: hs_edition: 'HS2099' is no HS edition: HS1992 .. HS2022 or"
                            + " H0 .. H6",
                        "lines.csv:3: base_duty: '-5' is negative: a duty is 0 or more",
                        "lines.csv:3: staging: empty: every line needs it",
                        "lines.csv:3: source_url: 'ftp://example.org/s' is not an http(s) address"
                            + " of the public source",
                        "lines.csv:3: quote: empty: every line needs it",
                        "lines.csv:4: hs_code: the line 870323 (H5) of AGR-020 is already on line"
                            + " 2"));
    // nothing of the refused file was written; the earlier list is whole
    assertThat(p.lines()).extracting(PreferenceLine::hsCode).containsExactly("100199", "300490");
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void a_file_that_is_not_utf8_csv_or_lacks_a_column_is_named_as_such(String db)
      throws IOException {
    Preferences p = preferences(db);
    byte[] latin1 =
        (HEADER + "AGR-020,100199,HS2017,15,5,imm\u00e9diat,https://example.org/s,q\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    Path f = Files.write(dir.resolve("latin.csv"), latin1);
    assertThatThrownBy(() -> p.importFile(f))
        .hasMessageContaining("latin.csv:2: encoding: not UTF-8 text at line 2");
    assertThatThrownBy(() -> p.importFile(file("agreement,hs_code\nAGR-020,100199\n")))
        .hasMessageContaining(
            "lines.csv:1: header: missing hs_edition, base_duty, preferential_duty, staging,"
                + " source_url, quote");
    assertThatThrownBy(() -> p.importFile(file(HEADER + "AGR-020,\"100199,H5\n")))
        .hasMessageContaining("lines.csv:2:");
    assertThat(p.lines()).isEmpty();
  }
}
