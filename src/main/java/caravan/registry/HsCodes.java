package caravan.registry;

import java.util.List;

/** HS product codes of interest: 2, 4 or 6 digits (chapter, heading, subheading). */
final class HsCodes {
  private HsCodes() {}

  static void check(Records.Problems p, List<String> codes) {
    for (int i = 0; i < codes.size(); i++) {
      String c = codes.get(i);
      if (!c.matches("\\d{2}|\\d{4}|\\d{6}")) {
        p.add("hsCodes[" + i + "]", caravan.text.Text.of("reg.hs.bad", c));
      }
    }
  }
}
