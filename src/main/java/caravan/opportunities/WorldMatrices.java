package caravan.opportunities;

import caravan.text.InvalidValueException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What the opportunities say of each shipped exports-only world matrix ({@link ExportsCsv.Shipped},
 * data/world_trade): its classification, the kind of its codes for the sector map, its year, the HS
 * edition that names its products, and the notice its licence asks for.
 */
final class WorldMatrices {
  private WorldMatrices() {}

  static final String DEFAULT = ExportsCsv.Shipped.HS4_2017.word;

  /** The HS4 2017 matrix is for research and non-commercial use only: shown with every result. */
  static final String RESEARCH_ONLY = "researchOnly";

  record Matrix(
      ExportsCsv.Shipped shipped,
      String classification,
      String codes,
      int year,
      String hsRevision) {
    String id() {
      return shipped.word;
    }

    String notice() {
      return shipped.nonCommercial ? RESEARCH_ONLY : null;
    }
  }

  static Matrix of(String id) {
    ExportsCsv.Shipped s = ExportsCsv.Shipped.named(parse(id)).orElseThrow();
    return switch (s) {
      case HS4_2017 -> new Matrix(s, "HS 2017, 4 digits", "hs4", 2017, "H5");
      case SITC -> new Matrix(s, "SITC rev. 2, 4 digits (mean of 1998-2000)", "sitc2", 2000, null);
    };
  }

  static List<String> ids() {
    return Arrays.stream(ExportsCsv.Shipped.values()).map(s -> s.word).toList();
  }

  static String parse(String text) {
    String t = text.strip().toLowerCase(java.util.Locale.ROOT);
    if (t.equals("hs4")) t = ExportsCsv.Shipped.HS4_2017.word;
    if (t.startsWith("sitc")) t = ExportsCsv.Shipped.SITC.word;
    if (!ids().contains(t)) {
      throw new InvalidValueException(
          caravan.text.Text.of("cl.opp.matrix", ids().get(0), ids().get(1), String.valueOf(text)),
          Map.of("field", "matrix", "value", text));
    }
    return t;
  }
}
