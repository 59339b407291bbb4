package caravan.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptsTest {

  @Test
  void farabi_in_four_scripts_folds_to_one_skeleton() {
    // Cyrillic, plain Latin, scholarly Latin with macrons and article, Persian (with ی)
    for (String name : new String[] {"Фараби", "Farabi", "al-Fārābī", "فارابی", "الفارابي"}) {
      assertThat(Scripts.foldWords(name)).as(name).isNotEmpty();
      String last = Scripts.foldWords(name).get(Scripts.foldWords(name).size() - 1);
      // f-r-b: the consonants every spelling shares
      assertThat(Scripts.skeleton(last)).as(name).isEqualTo("frb");
    }
  }

  @Test
  void latin_folding_drops_diacritics_and_the_article() {
    assertThat(Scripts.foldWords("al-Fārābī")).containsExactly("farabi");
    assertThat(Scripts.foldWords("Фараби")).containsExactly("farabi");
  }

  @Test
  void cyrillic_short_i_meets_the_latin_y() {
    // Каспийского → kaspijskogo; Kaspiyskogo → kaspiyskogo: both k-s-p-s-k-g
    assertThat(Scripts.skeleton(Scripts.foldWords("Каспийского").get(0)))
        .isEqualTo(Scripts.skeleton("kaspiyskogo"))
        .isEqualTo("kspskg");
  }

  @Test
  void index_text_carries_words_and_marked_skeletons() {
    assertThat(Scripts.foldForIndex("Abu Nasr al-Farabi"))
        .isEqualTo("abu ~b nasr ~nsr farabi ~frb");
  }
}
