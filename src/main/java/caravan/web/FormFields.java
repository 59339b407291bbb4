package caravan.web;

import caravan.registry.PartialDate;
import caravan.registry.ValidationException;
import caravan.text.Text;
import caravan.web.RegistryForm.Input;
import caravan.web.RegistryPage.Option;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the forms made from field descriptions ({@link DescribedForm}) and the item lines ({@link
 * ItemLines}) share on top of {@link RegistryForm}: labels and hints that may come from {@code
 * registry.form.*} messages, a per-language input group, a read-only input, decimals, and lines of
 * several parts read with a problem that names the line.
 */
final class FormFields {
  /** The languages of titles and names, in the order their inputs show. */
  static final List<String> LANGUAGES = List.of("en", "ru", "kk", "fa");

  private FormFields() {}

  /**
   * As {@link RegistryForm#input}, the label and hint taken from {@code registry.form.field.NAME}
   * and {@code registry.form.hint.NAME} when the bundle has them.
   */
  static Input input(
      RegistryPage page,
      String name,
      String type,
      Map<String, String> values,
      Map<String, List<String>> problems,
      List<Option> options) {
    Input i = RegistryForm.input(page, name, type, values, problems, options);
    return new Input(
        i.name(),
        page.word("registry.form.field." + name, i.label()),
        i.type(),
        i.value(),
        i.options(),
        page.word("registry.form.hint." + name, i.hint()),
        i.problems());
  }

  static Input input(
      RegistryPage page,
      String name,
      String type,
      Map<String, String> values,
      Map<String, List<String>> problems) {
    return input(page, name, type, values, problems, List.of());
  }

  /**
   * One input per language, typed as {@code NAME.en}, {@code NAME.ru}…; the template renders each
   * option as an input (its value the language, its label what was typed). Problems of {@code NAME}
   * show beside the group.
   */
  static Input languages(
      RegistryPage page,
      String name,
      Map<String, String> values,
      Map<String, List<String>> problems) {
    List<Option> langs =
        LANGUAGES.stream()
            .map(l -> new Option(l, values.getOrDefault(name + "." + l, ""), false))
            .toList();
    return input(page, name, "languages", values, problems, langs);
  }

  /** The typed values of a language map: {@code NAME.en} and so on. */
  static void putLanguages(String name, Map<String, String> byLang, Map<String, String> values) {
    byLang.forEach((lang, text) -> values.put(name + "." + lang, text));
  }

  /** The language map typed as {@code NAME.en} and so on; blank ones are left out. */
  static Map<String, String> readLanguages(String name, Map<String, String> values) {
    Map<String, String> out = new TreeMap<>();
    for (String lang : LANGUAGES) {
      String text = values.get(name + "." + lang);
      if (text != null && !text.isBlank()) out.put(lang, text.strip());
    }
    return out;
  }

  /**
   * One input per side of the record's pair (given by the typed {@code pair}, else the sides
   * already typed), typed as {@code NAME.KAZ}, {@code NAME.IRN}…; the template renders each option
   * as an input (its value the country code, its label what was typed).
   */
  static Input sides(
      RegistryPage page,
      String name,
      Map<String, String> values,
      Map<String, List<String>> problems) {
    java.util.Set<String> codes = new java.util.LinkedHashSet<>();
    try {
      caravan.registry.Pair pair = caravan.registry.Pair.of(values.get("pair"));
      if (pair != null) codes.addAll(pair.sides());
    } catch (caravan.registry.ValidationException e) {
      // a pair that cannot be read has its own problem; the sides typed so far still show
    }
    for (String key : values.keySet()) {
      if (key.startsWith(name + ".")) codes.add(key.substring(name.length() + 1));
    }
    List<Option> sides =
        codes.stream()
            .map(c -> new Option(c, values.getOrDefault(name + "." + c, ""), false))
            .toList();
    return input(page, name, "sides", values, problems, sides);
  }

  /** The typed values of a map by country: {@code NAME.KAZ} and so on. */
  static void putSides(String name, Map<String, String> bySide, Map<String, String> values) {
    bySide.forEach((code, text) -> values.put(name + "." + code, text));
  }

  /** The map by country typed as {@code NAME.KAZ} and so on; blank ones are left out. */
  static Map<String, String> readSides(String name, Map<String, String> values) {
    Map<String, String> out = new TreeMap<>();
    values.forEach(
        (key, text) -> {
          if (key.startsWith(name + ".") && text != null && !text.isBlank()) {
            out.put(key.substring(name.length() + 1).toUpperCase(Locale.ROOT), text.strip());
          }
        });
    return out;
  }

  /** A decimal such as {@code 1500000} or {@code 2.5}, or null with a problem. */
  static BigDecimal decimal(String field, String text, List<String> problems) {
    if (text == null || text.isBlank()) return null;
    String t = text.strip().replace("\u00a0", "").replace(" ", "");
    try {
      return new BigDecimal(t);
    } catch (NumberFormatException e) {
      FormProblems.add(problems, field, "lang.form.notNumber", text.strip());
      return null;
    }
  }

  /** A coordinate or other real number, or null with a problem. */
  static Double real(String field, String text, List<String> problems) {
    BigDecimal d = decimal(field, text, problems);
    return d == null ? null : d.doubleValue();
  }

  /** The plain digits of a decimal, blank for null. */
  static String plain(BigDecimal d) {
    return d == null ? "" : d.stripTrailingZeros().toPlainString();
  }

  static String plain(Double d) {
    return d == null ? "" : plain(BigDecimal.valueOf(d));
  }

  /** Upper-case code (a country or a currency), null when blank. */
  static String code(String text) {
    return text == null || text.isBlank() ? null : text.strip().toUpperCase(Locale.ROOT);
  }

  /** Adds {@code field: line N 'LINE': reason} in the language of {@code problems}. */
  static void lineProblem(
      List<String> problems, String field, int index, String line, Text reason) {
    problems.add(lineText(field, index, line, reason).in(FormProblems.lang(problems)));
  }

  private static Text lineText(String field, int index, String line, Text reason) {
    return Text.of("lang.form.line", field, String.valueOf(index + 1), line, reason);
  }

  /** True when {@code token} stands for a date: digits first, or {@code ?} for an unknown one. */
  static boolean dateToken(String token) {
    return token.equals("?") || Character.isDigit(token.charAt(0));
  }

  /**
   * A date token of a line: {@code ?} is unknown (null); a bad date adds a line problem and gives
   * null, with {@code ok[0]} set false.
   */
  static PartialDate lineDate(
      String field, int index, String line, String token, List<String> problems, boolean[] ok) {
    if (token.equals("?") || token.equals("-")) return null;
    try {
      return PartialDate.parse("date", token);
    } catch (ValidationException e) {
      for (Text p : e.problemTexts()) {
        // the reason alone: the line already names the field
        Text reason = p.key().equals("lang.jr.field") ? (Text) p.args().get(1) : p;
        lineProblem(problems, field, index, line, reason);
      }
      ok[0] = false;
      return null;
    }
  }

  /** The date and the note that follow the first words of a line: {@code [date|?] [note…]}. */
  record DateNote(PartialDate date, String note) {}

  static DateNote dateNote(
      String field, int index, String line, String rest, List<String> problems, boolean[] ok) {
    if (rest == null || rest.isBlank()) return new DateNote(null, null);
    String[] t = rest.strip().split("\\s+", 2);
    if (!dateToken(t[0])) return new DateNote(null, rest.strip());
    PartialDate date = lineDate(field, index, line, t[0], problems, ok);
    return new DateNote(date, t.length > 1 ? t[1] : null);
  }

  /** {@code date note}, {@code ? note} when only the note is known, blank when neither. */
  static String dateNote(PartialDate date, String note) {
    String d = date != null ? date.toString() : note != null ? "?" : "";
    return (d + (note == null ? "" : " " + note)).strip();
  }

  /** Values in input order (for the forms' {@code values}). */
  static Map<String, String> values() {
    return new LinkedHashMap<>();
  }

  static String text(Object o) {
    return Objects.toString(o, "");
  }
}
