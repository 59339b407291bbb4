package caravan.opportunities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import caravan.opportunities.ComplexityOptions.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A 3 × 4 matrix worked by hand. Each country exports 10 (world 30):
 *
 * <pre>
 *        p1  p2  p3  p4
 *   A     2   5   3   0
 *   B     2   8   0   0
 *   C     2   0   0   8
 *   sum   6  13   3   8
 * </pre>
 *
 * RCA_cp = (X_cp / 10) / (X_p / 30): p1 is (2/10)/(6/30) = 1 exactly for all three (M = 1 with RCA
 * ≥ 1, 0 with RCA &gt; 1); A,p2 = 0.5/(13/30) = 15/13; A,p3 = 0.3/0.1 = 3; B,p2 = 0.8/(13/30) =
 * 24/13; C,p4 = 0.8/(8/30) = 3. So M: A {p1,p2,p3}, B {p1,p2}, C {p1,p4}; diversity 3, 2, 2;
 * ubiquity 3, 2, 1, 1.
 */
class ComplexityHandTest {
  static final double TOL = 1e-4;

  static ExportMatrix matrix() {
    return ExportMatrix.builder()
        .add("A", "p1", 2)
        .add("A", "p2", 5)
        .add("A", "p3", 3)
        .add("B", "p1", 2)
        .add("B", "p2", 8)
        .add("C", "p1", 2)
        .add("C", "p4", 8)
        .build();
  }

  static ComplexityResult run(ComplexityOptions o) {
    return Complexity.compute(matrix(), o);
  }

  @Test
  void rcaMDiversityUbiquity() {
    ComplexityResult r = run(ComplexityOptions.defaults());
    assertThat(r.countries()).containsExactly("A", "B", "C");
    assertThat(r.products()).containsExactly("p1", "p2", "p3", "p4");
    assertThat(r.rca("A", "p1")).isEqualTo(1.0);
    assertThat(r.rca("A", "p2")).isCloseTo(15.0 / 13, within(1e-12));
    assertThat(r.rca("A", "p3")).isCloseTo(3.0, within(1e-12));
    assertThat(r.rca("B", "p2")).isCloseTo(24.0 / 13, within(1e-12));
    assertThat(r.rca("C", "p4")).isCloseTo(3.0, within(1e-12));
    assertThat(r.rca("B", "p4")).isZero();
    assertThat(r.m("A", "p1")).isTrue();
    assertThat(r.m("B", "p3")).isFalse();
    assertThat(List.of(r.diversity(0), r.diversity(1), r.diversity(2))).containsExactly(3, 2, 2);
    assertThat(List.of(r.ubiquity(0), r.ubiquity(1), r.ubiquity(2), r.ubiquity(3)))
        .containsExactly(3, 2, 1, 1);
    assertThat(r.dropped()).isEmpty();
  }

  /**
   * RCA &gt; 1 (Stata) takes p1 from everyone: its ubiquity is 0, so it is dropped with a reason,
   * and diversity becomes 2, 1, 1.
   */
  @Test
  void strictCutoffDropsTheProductAtExactlyOne() {
    ComplexityResult r = run(ComplexityOptions.defaults().withStrictCutoff(true));
    assertThat(r.products()).containsExactly("p2", "p3", "p4");
    assertThat(r.dropped())
        .containsExactly(new Dropped(Dropped.Side.PRODUCT, "p1", Dropped.Reason.NO_SPECIALIST));
    assertThat(r.diversity("A")).isEqualTo(2);
    assertThat(r.diversity("C")).isEqualTo(1);
  }

  /**
   * S_cc' = Σ_p M_cp M_c'p / k_p = [[11/6, 5/6, 1/3], [5/6, 5/6, 1/3], [1/3, 1/3, 4/3]], M̃ = D⁻¹S
   * with D = diag(3, 2, 2). trace M̃ = 61/36, det M̃ = det S / 12 = 1/12 (det 6S = 216), λ₁ = 1, so
   * λ₂ + λ₃ = 25/36 and λ₂λ₃ = 3/36: 36λ² − 25λ + 3 = 0, λ₂ = (25 + √193)/72 = 0.540172. Solving
   * (36M̃ − 36λ₂)v = 0 with v_C = 1: v = (−0.482072, −0.276894, 1); A, the most diverse, is lowest,
   * so the sign flips: (0.482072, 0.276894, −1). Mean −0.080347, sample SD 0.803025: ECI =
   * (0.70038, 0.44487, −1.14524). PCI by one reflection: means of exporters' v = (−0.080347,
   * 0.379483, 0.482072, −1); own mean −0.054699, sample SD 0.675989: PCI = (−0.03794, 0.64229,
   * 0.79405, −1.39840).
   */
  @Test
  void eciAndPciByTheEigenvector() {
    ComplexityResult r = run(ComplexityOptions.defaults());
    assertThat(new double[] {r.eci(0), r.eci(1), r.eci(2)})
        .containsExactly(new double[] {0.70038, 0.44487, -1.14524}, within(TOL));
    assertThat(new double[] {r.pci(0), r.pci(1), r.pci(2), r.pci(3)})
        .containsExactly(new double[] {-0.03794, 0.64229, 0.79405, -1.39840}, within(TOL));
  }

  /** Population SD multiplies each z-score by √(n/(n−1)): ECI by √(3/2), PCI by √(4/3). */
  @Test
  void populationDeviationScalesTheZScores() {
    ComplexityResult r = run(ComplexityOptions.defaults().withSampleDeviation(false));
    assertThat(r.eci("A")).isCloseTo(0.70038 * Math.sqrt(1.5), within(TOL));
    assertThat(r.pci("p4")).isCloseTo(-1.39840 * Math.sqrt(4.0 / 3), within(TOL));
  }

  /**
   * Two reflections: k_p,1 = mean diversity of exporters = (7/3, 5/2, 3, 2); k_c,2 = mean k_p,1 of
   * the country's products = (47/18, 29/12, 13/6), already rising with diversity. ECI: mean
   * 259/108, deviations (0.212963, 0.018519, −0.231481), sample SD 0.222800 → (0.95585, 0.08312,
   * −1.03896). PCI: mean 59/24, deviations (−1/8, 1/24, 13/24, −11/24), sample SD 5/12 → (−0.3,
   * 0.1, 1.3, −1.1).
   */
  @Test
  void reflections() {
    ComplexityResult r =
        run(ComplexityOptions.defaults().withMethod(Method.REFLECTIONS).withIterations(2));
    assertThat(new double[] {r.eci(0), r.eci(1), r.eci(2)})
        .containsExactly(new double[] {0.95585, 0.08312, -1.03896}, within(TOL));
    assertThat(new double[] {r.pci(0), r.pci(1), r.pci(2), r.pci(3)})
        .containsExactly(new double[] {-0.3, 0.1, 1.3, -1.1}, within(1e-9));
  }

  /**
   * Under the reflections normalisation (PCI by ECI's mean and SD), ECI is the mean PCI of the
   * country's products: k_c,N is the mean of k_p,N−1 and the same affine map applies to both. Here
   * A: (PCI_p1 + PCI_p2 + PCI_p3)/3, with 20 iterations.
   */
  @Test
  void eciIsTheMeanPciUnderTheReflectionsNormalisation() {
    ComplexityResult r =
        run(ComplexityOptions.defaults().withMethod(Method.REFLECTIONS).withPciByEci(true));
    assertThat(r.eci("A")).isCloseTo((r.pci("p1") + r.pci("p2") + r.pci("p3")) / 3, within(1e-9));
    assertThat(r.eci("B")).isCloseTo((r.pci("p1") + r.pci("p2")) / 2, within(1e-9));
    assertThat(r.eci("C")).isCloseTo((r.pci("p1") + r.pci("p4")) / 2, within(1e-9));
  }

  /**
   * Two steps from F = Q = 1. Step 1: F = diversity (3,2,2)/(7/3) = (9/7, 6/7, 6/7); Q = 1/ubiquity
   * = (1/3, 1/2, 1, 1)/(17/24) = (8, 12, 24, 24)/17. Step 2: F = MQ = (44, 20, 32)/17 / (32/17) =
   * (1.375, 0.625, 1); Q = 1/Σ_c M_cp/F_c with 1/F = (7/9, 7/6, 7/6): (9/28, 18/35, 9/7, 6/7) /
   * 0.744643 = (0.431655, 0.690647, 1.726619, 1.151079).
   */
  @Test
  void fitnessAndComplexity() {
    ComplexityResult r =
        run(ComplexityOptions.defaults().withMethod(Method.FITNESS).withIterations(2));
    assertThat(new double[] {r.fitness(0), r.fitness(1), r.fitness(2)})
        .containsExactly(new double[] {1.375, 0.625, 1}, within(1e-12));
    assertThat(new double[] {r.complexity(0), r.complexity(1), r.complexity(2), r.complexity(3)})
        .containsExactly(new double[] {0.431655, 0.690647, 1.726619, 1.151079}, within(1e-6));
  }

  /**
   * Exporters: p1 {A,B,C}, p2 {A,B}, p3 {A}, p4 {C}. φ12 = 2/3, φ13 = φ14 = 1/3, φ23 = 1/2, φ24 =
   * φ34 = 0. Countries over products: A {1,2,3}, B {1,2}, C {1,4}: φ_AB = 2/3, φ_AC = 1/3, φ_BC =
   * 1/2.
   */
  @Test
  void proximity() {
    ComplexityResult r = run(ComplexityOptions.defaults());
    assertThat(r.productProximity("p1", "p2")).isCloseTo(2.0 / 3, within(1e-6));
    assertThat(r.productProximity("p3", "p1")).isCloseTo(1.0 / 3, within(1e-6));
    assertThat(r.productProximity("p1", "p4")).isCloseTo(1.0 / 3, within(1e-6));
    assertThat(r.productProximity("p2", "p3")).isCloseTo(0.5, within(1e-6));
    assertThat(r.productProximity("p2", "p4")).isZero();
    assertThat(r.productProximity("p3", "p4")).isZero();
    assertThat(r.productProximity("p3", "p3")).isEqualTo(1.0);
    assertThat(r.countryProximity("A", "B")).isCloseTo(2.0 / 3, within(1e-6));
    assertThat(r.countryProximity("C", "A")).isCloseTo(1.0 / 3, within(1e-6));
    assertThat(r.countryProximity("B", "C")).isCloseTo(0.5, within(1e-6));
  }

  /**
   * Row sums of φ: p1 7/3, p2 13/6, p3 11/6, p4 4/3. ω_B,p3 = (1/3 + 1/2)/(11/6) = 5/11; ω_B,p4 =
   * ω_A,p4 = (1/3)/(4/3) = 1/4; ω_C,p2 = (2/3)/(13/6) = 4/13; ω_C,p3 = (1/3)/(11/6) = 2/11; ω_A,p1
   * = (1 + 2/3 + 1/3)/(7/3) = 6/7.
   */
  @Test
  void densityAndDistance() {
    ComplexityResult r = run(ComplexityOptions.defaults());
    assertThat(r.density("B", "p3")).isCloseTo(5.0 / 11, within(1e-6));
    assertThat(r.density("B", "p4")).isCloseTo(0.25, within(1e-6));
    assertThat(r.density("A", "p4")).isCloseTo(0.25, within(1e-6));
    assertThat(r.density("C", "p2")).isCloseTo(4.0 / 13, within(1e-6));
    assertThat(r.density("C", "p3")).isCloseTo(2.0 / 11, within(1e-6));
    assertThat(r.density("A", "p1")).isCloseTo(6.0 / 7, within(1e-6));
    assertThat(r.distance("C", "p3")).isCloseTo(9.0 / 11, within(1e-6));
  }

  /**
   * COI_c = Σ_{p ∉ c} ω_cp PCI_p: A = PCI4/4; B = 5/11 PCI3 + 1/4 PCI4; C = 4/13 PCI2 + 2/11 PCI3.
   * COG_cp = (1 − M_cp) Σ_{q ∉ c} φ_pq / rowsum_q PCI_q: A,p4 = 1/(4/3) PCI4; B,p3 = 1/(11/6) PCI3;
   * B,p4 = 3/4 PCI4; C,p2 = 6/13 PCI2 + (1/2)(6/11) PCI3; 0 where M = 1. PCI from the eigenvector
   * test above.
   */
  @Test
  void outlookAndGain() {
    ComplexityResult r = run(ComplexityOptions.defaults());
    double pci2 = 0.64229;
    double pci3 = 0.79405;
    double pci4 = -1.39840;
    assertThat(r.coi("A")).isCloseTo(pci4 / 4, within(TOL));
    assertThat(r.coi("B")).isCloseTo(5.0 / 11 * pci3 + pci4 / 4, within(TOL));
    assertThat(r.coi("C")).isCloseTo(4.0 / 13 * pci2 + 2.0 / 11 * pci3, within(TOL));
    assertThat(r.cog("A", "p4")).isCloseTo(0.75 * pci4, within(TOL));
    assertThat(r.cog("B", "p3")).isCloseTo(6.0 / 11 * pci3, within(TOL));
    assertThat(r.cog("B", "p4")).isCloseTo(0.75 * pci4, within(TOL));
    assertThat(r.cog("C", "p2")).isCloseTo(6.0 / 13 * pci2 + 3.0 / 11 * pci3, within(TOL));
    assertThat(r.cog("A", "p1")).isZero();
  }
}
