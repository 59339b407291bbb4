package caravan.trade;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A staged row's reason travels out of DuckDB as a message key and its arguments; the value as
 * written comes last and stays whole, whatever it holds.
 */
class StagingReasonTest {
  private static final String SEP = Staging.SEP;

  @Test
  void an_unknown_hs_code_is_worded_with_its_edition_in_each_language() {
    var t = Staging.reason("trd.row.noHsCode" + SEP + "H5" + SEP + "2017" + SEP + "999999");
    // the en and ru lines of trd.row.noHsCode, filled in by hand
    assertThat(t.english()).isEqualTo("HS code '999999' does not exist in H5 (HS 2017)");
    assertThat(t.in("ru")).isEqualTo("кода ГС «999999» нет в H5 (ГС 2017)");
  }

  @Test
  void a_value_holding_the_separator_stays_one_value_shown_by_its_code() {
    // a hostile field: the separator and an escape inside the value
    var t = Staging.reason("trd.row.notNumber" + SEP + "1" + SEP + "2\u001b[31m");
    assertThat(t.args()).hasSize(1);
    assertThat(t.english()).isEqualTo("not a number: '1\\u001f2\\u001b[31m'");
  }

  @Test
  void a_reason_without_a_value_is_its_key_alone() {
    assertThat(Staging.reason("trd.row.missing").in("ru")).isEqualTo("отсутствует");
  }
}
