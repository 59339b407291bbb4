package caravan.opportunities;

import caravan.text.InvalidValueException;
import java.util.Locale;
import java.util.Map;

/**
 * What is asked: A, B (ISO3), a year (null: the latest with the pair's data), a sector of
 * data/sectors/sectors.csv (null: all), how many products to list, and which shipped matrix to fall
 * back to where the trade store has no world year for the pair.
 */
public record OpportunityQuery(
    String a, String b, Integer year, String sector, int limit, String matrix) {
  public static final int MOST = 1000;
  public static final int DEFAULT_LIMIT = 25;

  public OpportunityQuery {
    a = code(a, "a");
    b = code(b, "b");
    if (a.equals(b)) {
      throw new InvalidValueException(
          caravan.text.Text.of("cl.opp.samePair", a), Map.of("field", "b", "value", b));
    }
    if (limit < 1 || limit > MOST) {
      throw new InvalidValueException(
          caravan.text.Text.of("cl.opp.limit", String.valueOf(MOST), String.valueOf(limit)),
          Map.of("field", "limit", "value", String.valueOf(limit)));
    }
    if (year != null && (year < 1962 || year > 2100)) {
      throw new InvalidValueException(
          caravan.text.Text.of("cl.opp.year", String.valueOf(year)),
          Map.of("field", "year", "value", String.valueOf(year)));
    }
    sector = sector == null || sector.isBlank() ? null : SectorNames.parse(sector);
    matrix =
        matrix == null || matrix.isBlank() ? WorldMatrices.DEFAULT : WorldMatrices.parse(matrix);
  }

  private static String code(String text, String field) {
    String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    if (!t.matches("[A-Z]{3}")) {
      throw new InvalidValueException(
          caravan.text.Text.of("cl.opp.iso3", field.toUpperCase(Locale.ROOT), String.valueOf(text)),
          Map.of("field", field, "value", String.valueOf(text)));
    }
    return t;
  }
}
