package caravan.web;

import caravan.text.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * The problems of a form being read, worded in the language of the page that sent it. The readers
 * of the fields take a plain list of problems; one of these makes them word each problem in the
 * page's language, any other list gets English.
 */
final class FormProblems extends ArrayList<String> {
  private final String lang;

  FormProblems(String lang) {
    this.lang = lang;
  }

  /** The language {@code problems} are worded in. */
  static String lang(List<String> problems) {
    return problems instanceof FormProblems f ? f.lang : "en";
  }

  /** An empty list that words its problems as {@code problems} does. */
  static List<String> like(List<String> problems) {
    return new FormProblems(lang(problems));
  }

  /** Adds {@code field: reason} in the language of {@code problems}. */
  static void add(List<String> problems, String field, String key, Object... args) {
    problems.add(Text.of("lang.jr.field", field, Text.of(key, args)).in(lang(problems)));
  }
}
