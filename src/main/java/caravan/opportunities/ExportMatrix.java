package caravan.opportunities;

import caravan.text.CaravanException;
import caravan.text.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Exports to the world by country (rows) and product (columns), in any one currency: {@code
 * values[c * products.size() + p]}. Codes are kept exactly as given (leading zeros, case) and
 * sorted, so that results do not depend on the order of the input. A missing cell is zero.
 */
public record ExportMatrix(List<String> countries, List<String> products, double[] values) {
  public ExportMatrix {
    countries = List.copyOf(countries);
    products = List.copyOf(products);
    if (values.length != countries.size() * products.size())
      throw new IllegalArgumentException(
          "values has "
              + values.length
              + " cells for "
              + countries.size()
              + " x "
              + products.size());
    values = values.clone();
  }

  /** One country's exports of one product. */
  public record Entry(String country, String product, double value) {}

  /** The value exported by country index {@code c} of product index {@code p}. */
  public double value(int c, int p) {
    return values[c * products.size() + p];
  }

  /** The value exported by a country of a product (codes as given); zero when neither is known. */
  public double value(String country, String product) {
    int c = Collections.binarySearch(countries, country);
    int p = Collections.binarySearch(products, product);
    return c < 0 || p < 0 ? 0 : value(c, p);
  }

  @Override
  public double[] values() {
    return values.clone();
  }

  /** The cells without a copy, for the engine in this package. */
  double[] cells() {
    return values;
  }

  /**
   * The matrix of the entries; a duplicate country–product pair, a negative, infinite or NaN value
   * is refused (nothing is summed silently), and so is an empty list.
   */
  public static ExportMatrix of(List<Entry> entries) {
    Builder b = new Builder();
    for (Entry e : entries) b.add(e.country(), e.product(), e.value());
    return b.build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Collects entries one by one (a reader's rows); {@link #add} refuses what {@link #of} does. */
  public static final class Builder {
    private final Map<String, Integer> countryIds = new HashMap<>();
    private final Map<String, Integer> productIds = new HashMap<>();
    private final List<String> countryCodes = new ArrayList<>();
    private final List<String> productCodes = new ArrayList<>();
    private int[] rowIds = new int[1024];
    private int[] columnIds = new int[1024];
    private double[] cellValues = new double[1024];
    private int size;
    private final Map<Long, Integer> seen = new HashMap<>();

    /**
     * Adds one cell; returns -1 when accepted, else the index (0-based, in order of adding) of the
     * earlier entry with the same country and product, so that a reader names both lines.
     */
    public int tryAdd(String country, String product, double value) {
      if (!(value >= 0) || Double.isInfinite(value))
        throw new CaravanException(
            Text.of("cx.badValue", String.valueOf(value), country, product), Map.of());
      int c = countryIds.computeIfAbsent(country, k -> add(countryCodes, k));
      int p = productIds.computeIfAbsent(product, k -> add(productCodes, k));
      Integer earlier = seen.putIfAbsent(((long) c << 32) | p, size);
      if (earlier != null) return earlier;
      if (size == rowIds.length) {
        rowIds = Arrays.copyOf(rowIds, size * 2);
        columnIds = Arrays.copyOf(columnIds, size * 2);
        cellValues = Arrays.copyOf(cellValues, size * 2);
      }
      rowIds[size] = c;
      columnIds[size] = p;
      cellValues[size] = value;
      size++;
      return -1;
    }

    /** Adds one cell; a duplicate country–product pair or a bad value is refused. */
    public Builder add(String country, String product, double value) {
      if (tryAdd(country, product, value) >= 0)
        throw new CaravanException(Text.of("cx.duplicate", country, product), Map.of());
      return this;
    }

    private static int add(List<String> codes, String code) {
      codes.add(code);
      return codes.size() - 1;
    }

    public int size() {
      return size;
    }

    public ExportMatrix build() {
      if (size == 0) throw new CaravanException(Text.of("cx.empty"), Map.of());
      List<String> cs = List.copyOf(new TreeSet<>(countryCodes));
      List<String> ps = List.copyOf(new TreeSet<>(productCodes));
      int[] cAt = new int[countryCodes.size()];
      int[] pAt = new int[productCodes.size()];
      for (int i = 0; i < cAt.length; i++)
        cAt[i] = Collections.binarySearch(cs, countryCodes.get(i));
      for (int i = 0; i < pAt.length; i++)
        pAt[i] = Collections.binarySearch(ps, productCodes.get(i));
      double[] v = new double[cs.size() * ps.size()];
      for (int i = 0; i < size; i++)
        v[cAt[rowIds[i]] * ps.size() + pAt[columnIds[i]]] = cellValues[i];
      return new ExportMatrix(cs, ps, v);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExportMatrix m
        && countries.equals(m.countries)
        && products.equals(m.products)
        && Arrays.equals(values, m.values);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * countries.hashCode() + products.hashCode()) + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "ExportMatrix[" + countries.size() + " countries x " + products.size() + " products]";
  }
}
