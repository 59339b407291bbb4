package caravan.opportunities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import caravan.opportunities.ComplexityOptions.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ComplexityInvariantsTest {
  /**
   * Renaming the codes so that their sorted order is shuffled (and adding the rows in another
   * order) permutes the rows and columns of the matrix; every indicator, looked up by code, stays.
   */
  @Test
  void permutingRowsAndColumnsChangesNothing() throws Exception {
    ExportMatrix x = ComplexityGoldenTest.matrix();
    List<String> cs = x.countries();
    List<String> ps = x.products();
    List<Integer> cOrder = shuffled(cs.size(), 1);
    List<Integer> pOrder = shuffled(ps.size(), 2);
    // new code of the i-th country: a prefix that sorts it to position cOrder[i]
    List<ExportMatrix.Entry> entries = new ArrayList<>();
    for (int c = 0; c < cs.size(); c++)
      for (int p = 0; p < ps.size(); p++)
        if (x.value(c, p) > 0)
          entries.add(
              new ExportMatrix.Entry(
                  String.format("%02d%s", cOrder.get(c), cs.get(c)),
                  String.format("%02d%s", pOrder.get(p), ps.get(p)),
                  x.value(c, p)));
    Collections.shuffle(entries, new Random(3));
    ExportMatrix y = ExportMatrix.of(entries);
    for (Method m : Method.values()) {
      ComplexityOptions o = ComplexityOptions.defaults().withMethod(m);
      ComplexityResult a = Complexity.compute(x, o);
      ComplexityResult b = Complexity.compute(y, o);
      for (int c = 0; c < cs.size(); c++) {
        String cy = String.format("%02d%s", cOrder.get(c), cs.get(c));
        assertThat(b.eci(cy)).isCloseTo(a.eci(c), within(1e-9));
        if (m == Method.FITNESS) assertThat(b.fitness(cy)).isCloseTo(a.fitness(c), within(1e-9));
        assertThat(b.coi(cy)).isCloseTo(a.coi(c), within(1e-5));
        for (int p = 0; p < ps.size(); p++) {
          String py = String.format("%02d%s", pOrder.get(p), ps.get(p));
          assertThat(b.rca(cy, py)).isCloseTo(a.rca(c, p), within(1e-12));
          assertThat(b.density(cy, py)).isCloseTo(a.density(c, p), within(1e-5));
          assertThat(b.cog(cy, py)).isCloseTo(a.cog(c, p), within(1e-5));
        }
      }
      for (int p = 0; p < ps.size(); p++) {
        String py = String.format("%02d%s", pOrder.get(p), ps.get(p));
        assertThat(b.pci(py)).isCloseTo(a.pci(p), within(1e-9));
        String qy = String.format("%02d%s", pOrder.get(0), ps.get(0));
        assertThat(b.productProximity(py, qy)).isEqualTo(a.productProximity(p, 0));
      }
    }
  }

  private static List<Integer> shuffled(int n, long seed) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) order.add(i);
    Collections.shuffle(order, new Random(seed));
    return order;
  }

  /**
   * Two blocks that share no product: A, B export p1–p3 (1 each), C, D export p4, p5 (1 each). RCA
   * A,p1 = (1/3)/(2/10) = 5/3, C,p4 = (1/2)/(2/10) = 5/2: M is block-diagonal, and M̃ has the
   * eigenvalue 1 twice (one constant vector per block). After deflating the global constant, the
   * second eigenvector is constant on each block with opposite signs, so it separates them: ECI =
   * ±√3/2 (two values ±x, sample SD √(4x²/3)), the more diverse block positive. PCI reflects it:
   * (a, a, a, b, b) z-scored by its own moments: (a − b)·(2/5, −3/5)/√0.3 = 0.730297, −1.095445.
   * Nothing crosses the blocks: proximity 0, density 0.
   */
  @Test
  void aMatrixOfTwoBlocksIsSeparatedByTheSecondEigenvector() {
    ExportMatrix.Builder b = ExportMatrix.builder();
    for (String c : List.of("A", "B")) for (String p : List.of("p1", "p2", "p3")) b.add(c, p, 1);
    for (String c : List.of("C", "D")) for (String p : List.of("p4", "p5")) b.add(c, p, 1);
    ComplexityResult r = Complexity.compute(b.build(), ComplexityOptions.defaults());
    double h = Math.sqrt(3) / 2;
    assertThat(new double[] {r.eci("A"), r.eci("B"), r.eci("C"), r.eci("D")})
        .containsExactly(new double[] {h, h, -h, -h}, within(1e-9));
    assertThat(r.pci("p2")).isCloseTo(0.730297, within(1e-6));
    assertThat(r.pci("p5")).isCloseTo(-1.095445, within(1e-6));
    assertThat(r.productProximity("p1", "p4")).isZero();
    assertThat(r.countryProximity("A", "C")).isZero();
    assertThat(r.density("C", "p1")).isZero();
  }

  /**
   * A country with one product (E: 1 of p5 in the golden matrix's world) has diversity 1 and, by
   * reflections with PCI on ECI's scale, the ECI of that product's PCI: the mean of one value.
   */
  @Test
  void aCountryWithOneProduct() throws Exception {
    ExportMatrix x = ComplexityGoldenTest.matrix();
    List<ExportMatrix.Entry> entries = new ArrayList<>();
    for (int c = 0; c < x.countries().size(); c++)
      for (int p = 0; p < x.products().size(); p++)
        if (x.value(c, p) > 0)
          entries.add(
              new ExportMatrix.Entry(x.countries().get(c), x.products().get(p), x.value(c, p)));
    entries.add(new ExportMatrix.Entry("zz", "0037", 5));
    ComplexityResult r =
        Complexity.compute(
            ExportMatrix.of(entries),
            ComplexityOptions.defaults().withMethod(Method.REFLECTIONS).withPciByEci(true));
    assertThat(r.diversity("zz")).isEqualTo(1);
    assertThat(r.eci("zz")).isCloseTo(r.pci("0037"), within(1e-9));
    assertThat(
            Double.isFinite(
                Complexity.compute(ExportMatrix.of(entries), ComplexityOptions.defaults())
                    .eci("zz")))
        .isTrue();
  }

  /**
   * A country whose row is all zeros and a product nobody exports are left out with a reason; no
   * indicator of the others is NaN.
   */
  @Test
  void aCountryThatExportsNothingIsAnsweredWithAReason() {
    ExportMatrix x =
        ExportMatrix.builder()
            .add("A", "p1", 3)
            .add("A", "p2", 1)
            .add("B", "p1", 1)
            .add("B", "p2", 3)
            .add("C", "p1", 0)
            .add("A", "p3", 0)
            .build();
    ComplexityResult r = Complexity.compute(x, ComplexityOptions.defaults());
    assertThat(r.countries()).containsExactly("A", "B");
    assertThat(r.products()).containsExactly("p1", "p2");
    assertThat(r.dropped())
        .containsExactly(
            new Dropped(Dropped.Side.COUNTRY, "C", Dropped.Reason.NO_EXPORTS),
            new Dropped(Dropped.Side.PRODUCT, "p3", Dropped.Reason.NO_EXPORTER));
    assertThat(r.countryIndex("C")).isEqualTo(-1);
    for (int c = 0; c < 2; c++) {
      assertThat(r.eci(c)).isFinite();
      assertThat(r.coi(c)).isFinite();
      for (int p = 0; p < 2; p++) assertThat(r.cog(c, p)).isFinite();
    }
    for (int p = 0; p < 2; p++) assertThat(r.pci(p)).isFinite();
  }

  /**
   * The outlook pass for a country with more than half the products against the definitions, summed
   * here plainly from m() alone: 150 products (three words, the last partial), one country
   * exporting 140.
   */
  @Test
  void densityAndGainEqualTheirDefinitionsOnAWideMatrix() {
    Random random = new Random(11);
    ExportMatrix.Builder b = ExportMatrix.builder();
    for (int c = 0; c < 9; c++)
      for (int p = 0; p < 150; p++)
        if (c == 0 ? p < 140 : random.nextInt(8) == 0)
          b.add("c" + c, String.format("%03d", p), 1 + random.nextInt(100));
    ComplexityResult r = Complexity.compute(b.build(), ComplexityOptions.defaults());
    int np = r.products().size();
    int nc = r.countries().size();
    assertThat(r.diversity(0) * 2).isGreaterThan(np);
    // φ from M alone, not the engine's: shared exporters over the larger ubiquity, 1 on the
    // diagonal
    int[] k = new int[np];
    for (int c = 0; c < nc; c++) for (int p = 0; p < np; p++) if (r.m(c, p)) k[p]++;
    double[][] phi = new double[np][np];
    for (int p = 0; p < np; p++)
      for (int q = 0; q < np; q++) {
        int common = 0;
        for (int c = 0; c < nc; c++) if (r.m(c, p) && r.m(c, q)) common++;
        phi[p][q] = p == q ? 1 : (double) common / Math.max(k[p], k[q]);
      }
    for (int c = 0; c < nc; c++) {
      double coi = 0;
      for (int p = 0; p < np; p++) {
        double has = 0;
        double all = 0;
        double gain = 0;
        for (int q = 0; q < np; q++) {
          double f = phi[p][q];
          all += f;
          if (r.m(c, q)) has += f;
          else {
            double rowQ = 0;
            for (int j = 0; j < np; j++) rowQ += phi[q][j];
            gain += f / rowQ * r.pci(q);
          }
        }
        assertThat(r.density(c, p)).isCloseTo(has / all, within(1e-5));
        assertThat(r.cog(c, p)).isCloseTo(r.m(c, p) ? 0 : gain, within(1e-4));
        if (!r.m(c, p)) coi += has / all * r.pci(p);
      }
      assertThat(r.coi(c)).isCloseTo(coi, within(1e-4));
    }
  }

  /**
   * Proximity, density and COG of a matrix wider than the engine's blocks (130 countries: three
   * words of bits; 200 products: four tiles, the last partial; many ubiquity levels, split between
   * threads) against their definitions summed plainly here from M alone: common exporters of p and
   * q over the larger ubiquity, then density = Σ_{q ∈ c} φ_pq / Σ_q φ_pq.
   */
  @Test
  void proximityAndDensityEqualTheirDefinitionsAcrossBlocks() {
    Random random = new Random(5);
    ExportMatrix.Builder b = ExportMatrix.builder();
    for (int c = 0; c < 130; c++)
      for (int p = 0; p < 200; p++)
        if (random.nextInt(10) < 1 + c % 5)
          b.add("c" + c, String.format("%03d", p), 1 + random.nextInt(1000));
    ComplexityResult r = Complexity.compute(b.build(), ComplexityOptions.defaults());
    int nc = r.countries().size();
    int np = r.products().size();
    assertThat(nc).isGreaterThan(128);
    assertThat(np).isGreaterThan(192);
    int[] k = new int[np];
    for (int c = 0; c < nc; c++) for (int p = 0; p < np; p++) if (r.m(c, p)) k[p]++;
    double[][] phi = new double[np][np];
    double[] rowSum = new double[np];
    for (int p = 0; p < np; p++)
      for (int q = 0; q < np; q++) {
        int common = 0;
        for (int c = 0; c < nc; c++) if (r.m(c, p) && r.m(c, q)) common++;
        float expected = p == q ? 1f : (float) common / Math.max(k[p], k[q]);
        assertThat(r.productProximity(p, q)).as(p + " " + q).isEqualTo(expected);
        phi[p][q] = expected;
        rowSum[p] += expected;
      }
    for (int c = 0; c < nc; c += 7)
      for (int p = 0; p < np; p++) {
        double has = 0;
        double gain = 0;
        for (int q = 0; q < np; q++) {
          if (r.m(c, q)) has += phi[p][q];
          else gain += phi[p][q] / rowSum[q] * r.pci(q);
        }
        assertThat(r.density(c, p)).isCloseTo(has / rowSum[p], within(1e-5));
        assertThat(r.cog(c, p)).isCloseTo(r.m(c, p) ? 0 : gain, within(1e-4));
      }
  }
}
