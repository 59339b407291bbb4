package caravan.opportunities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import caravan.text.CaravanException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine's refusals reach a reader in the reader's language, and English stays as it was. */
class ComplexityRefusalsTest {

  @Test
  void anEmptyMatrixIsRefusedInRussianAndEnglish() {
    var e = assertThrows(CaravanException.class, () -> ExportMatrix.builder().build());
    // expected: the ru bundle's cx.empty line, and the English wording the engine gave before
    assertThat(e.message("ru")).isEqualTo("Матрица экспорта пуста: не задано ни одной строки");
    assertThat(e.getMessage()).isEqualTo("The export matrix is empty: no rows were given");
  }

  @Test
  void aDuplicateRowNamesCountryAndProductInPersian() {
    var b = ExportMatrix.builder().add("KAZ", "0101", 1);
    var e = assertThrows(CaravanException.class, () -> b.add("KAZ", "0101", 2));
    // expected: the fa bundle's cx.duplicate line with {0} = KAZ, {1} = 0101
    assertThat(e.message("fa")).isEqualTo("ردیف تکراری صادرات برای کشور KAZ و کالای 0101");
  }

  @Test
  void aMatrixOfZerosIsRefusedInKazakh() {
    var m = new ExportMatrix(List.of("A", "B"), List.of("p", "q"), new double[4]);
    var e =
        assertThrows(
            CaravanException.class, () -> Complexity.compute(m, ComplexityOptions.defaults()));
    // expected: the kk bundle's cx.zeroMatrix line
    assertThat(e.message("kk"))
        .isEqualTo("Экспорт матрицасының қосындысы нөлге тең: саралайтын ештеңе жоқ");
  }
}
