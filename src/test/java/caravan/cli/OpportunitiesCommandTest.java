package caravan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code caravan opportunities KAZ IRN} on the shipped data: no BACI year has KAZ and IRN, so the
 * answer comes from the HS4 2017 exports matrix, says what needs the import side and how to bring
 * it, and carries the matrix's licence notice. {@code import-preferences} refuses a bad file.
 */
class OpportunitiesCommandTest {
  @TempDir Path dir;

  private String[] run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int code;
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      code = CaravanCommand.run(args);
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    return new String[] {
      Integer.toString(code), o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8)
    };
  }

  @Test
  void kaz_irn_on_the_shipped_data_answers_with_what_it_can_and_names_what_it_cannot()
      throws Exception {
    String data = dir.resolve("data").toString();
    String[] r = run("opportunities", "KAZ", "IRN", "--limit", "5", "--data-dir", data);
    assertThat(r[0]).as(r[2]).isEqualTo("0");
    assertThat(r[1])
        .contains("Opportunities: Kazakhstan → Iran")
        .contains("Source: shipped world matrix hs4-2017 (HS 2017, 4 digits), exports only")
        .contains("NOTICE: Results from the HS4 2017 world matrix")
        .contains("research and non-commercial use only")
        .contains(
            "This data has no import side, so these are not computed: trade complementarity index,"
                + " trade intensity index, Grubel–Lloyd intra-industry index, untapped potential.")
        .contains("./caravan import --format baci ")
        .contains("Showing 5 of ")
        .contains("Medicine and pharmaceuticals");
    String[] csv =
        run(
            "opportunities",
            "KAZ",
            "IRN",
            "--sector",
            "medicine",
            "--limit",
            "3",
            "--format",
            "csv",
            "--data-dir",
            data);
    assertThat(csv[0]).as(csv[2]).isEqualTo("0");
    assertThat(csv[1].lines().toList()).hasSize(4);
    assertThat(csv[1].lines().skip(1)).allMatch(l -> l.matches("\\d+,30\\d\\d,.*,medicine,.*"));

    Path bad =
        Files.writeString(
            dir.resolve("lines.csv"),
            "agreement,hs_code,hs_edition,base_duty,preferential_duty,staging,source_url,quote\n"
                + "AGR-020,1001,HS2017,15,5,immediate,https://example.org/s,\n",
            StandardCharsets.UTF_8);
    String[] refused = run("import-preferences", bad.toString(), "--data-dir", data);
    assertThat(refused[0]).isEqualTo("1");
    assertThat(refused[2]).contains("lines.csv:2: quote: empty: every line needs it");
  }
}
