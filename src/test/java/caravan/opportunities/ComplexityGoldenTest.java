package caravan.opportunities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import caravan.opportunities.ComplexityOptions.Method;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Against numpy: {@code golden_numpy.csv} was written by {@code bench/complexity_numpy.py golden}
 * from {@code golden_exports.csv} (12 countries × 20 products, seeded by {@code
 * bench/complexity_golden_input.py}). numpy solves the non-symmetric eigenproblem of M̃_cc with
 * {@code np.linalg.eig} and computes proximity as MᵀM in float64, so neither the symmetric solve
 * nor the bitsets nor the float outlook of the Java side is shared. CI needs no Python: the golden
 * file is committed.
 */
class ComplexityGoldenTest {
  static ExportMatrix matrix() throws IOException {
    try (InputStream in = resource("golden_exports.csv")) {
      return ExportsCsv.read(in, "golden_exports.csv", ExportsCsv.Columns.defaults());
    }
  }

  static InputStream resource(String name) {
    return ComplexityGoldenTest.class.getResourceAsStream("/caravan/opportunities/" + name);
  }

  static List<NamedCsvRecord> golden() throws IOException {
    try (InputStream in = resource("golden_numpy.csv")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return CsvReader.builder().ofNamedCsvRecord(text).stream().toList();
    }
  }

  @Test
  void everyIndicatorMatchesNumpy() throws IOException {
    ExportMatrix x = matrix();
    ComplexityResult r = Complexity.compute(x, ComplexityOptions.defaults());
    ComplexityResult fit =
        Complexity.compute(x, ComplexityOptions.defaults().withMethod(Method.FITNESS));
    ComplexityResult refl =
        Complexity.compute(x, ComplexityOptions.defaults().withMethod(Method.REFLECTIONS));
    assertThat(r.countries()).hasSize(12);
    assertThat(r.products()).hasSize(20).contains("0037", "0074");
    assertThat(r.dropped()).isEmpty();
    int checked = 0;
    for (NamedCsvRecord g : golden()) {
      String a = g.getField("a");
      String b = g.getField("b");
      double v = Double.parseDouble(g.getField("value"));
      switch (g.getField("kind")) {
        case "eci" -> assertThat(r.eci(a)).as("eci " + a).isCloseTo(v, within(1e-9));
        case "pci" -> assertThat(r.pci(a)).as("pci " + a).isCloseTo(v, within(1e-9));
        case "reflections_eci" -> assertThat(refl.eci(a)).as(a).isCloseTo(v, within(1e-6));
        case "reflections_pci" -> assertThat(refl.pci(a)).as(a).isCloseTo(v, within(1e-6));
        case "fitness" -> assertThat(fit.fitness(a)).as(a).isCloseTo(v, within(1e-9));
        case "complexity" -> assertThat(fit.complexity(a)).as(a).isCloseTo(v, within(1e-9));
        case "rca" -> assertThat(r.rca(a, b)).as(a + " " + b).isCloseTo(v, within(1e-12));
        case "proximity" ->
            assertThat(r.productProximity(a, b)).as(a + " " + b).isCloseTo(v, within(1e-6));
        // float on the Java side: a few units in the 7th digit
        case "density" -> assertThat(r.density(a, b)).as(a + " " + b).isCloseTo(v, within(1e-5));
        case "cog" -> assertThat(r.cog(a, b)).as(a + " " + b).isCloseTo(v, within(1e-5));
        case "coi" -> assertThat(r.coi(a)).as("coi " + a).isCloseTo(v, within(1e-5));
        default -> throw new AssertionError(g.getField("kind"));
      }
      checked++;
    }
    assertThat(checked).isEqualTo(12 * 4 + 20 * 3 + 12 * 20 * 3 + 20 * 19 / 2);
  }
}
