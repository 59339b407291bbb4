package caravan.opportunities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;
import org.junit.jupiter.api.Test;

/**
 * The shortcut ECI takes to its eigenvector (eigenvalues alone, then inverse iteration) against a
 * matrix whose eigenvectors are known by construction: A = Q diag(λ) Qᵀ with Q orthogonal (the Q of
 * a random matrix's QR decomposition), so the eigenvector of the largest λ is Q's column for it.
 */
class TopEigenvectorTest {

  @Test
  void inverseIterationFindsTheEigenvectorOfTheLargestEigenvalue() {
    int n = 120;
    Random random = new Random(7);
    DMatrixRMaj r = new DMatrixRMaj(n, n);
    for (int i = 0; i < n * n; i++) r.data[i] = random.nextGaussian();
    QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(n, n);
    qr.decompose(r);
    DMatrixRMaj q = qr.getQ(null, false);
    // λ: 0.9 at column 17 (the largest, as ECI's deflated country matrix has its second
    // eigenvalue below 1), the others spread in [-0.5, 0.8)
    DMatrixRMaj lambda = new DMatrixRMaj(n, n);
    for (int i = 0; i < n; i++) lambda.set(i, i, i == 17 ? 0.9 : -0.5 + 1.3 * i / n);
    DMatrixRMaj ql = new DMatrixRMaj(n, n);
    CommonOps_DDRM.mult(q, lambda, ql);
    DMatrixRMaj a = new DMatrixRMaj(n, n);
    CommonOps_DDRM.multTransB(ql, q, a);

    double[] x = Complexity.topByInverseIteration(a);

    assertThat(x).isNotNull();
    double dot = 0;
    double norm = 0;
    for (int i = 0; i < n; i++) {
      dot += x[i] * q.get(i, 17);
      norm += x[i] * x[i];
    }
    // a unit vector along Q's column 17, either sign
    assertThat(Math.sqrt(norm)).isCloseTo(1, within(1e-12));
    assertThat(Math.abs(dot)).isCloseTo(1, within(1e-10));
  }
}
