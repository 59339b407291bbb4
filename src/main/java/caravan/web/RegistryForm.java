package caravan.web;

import caravan.registry.PartialDate;
import caravan.registry.RegistryRecord;
import caravan.registry.Source;
import caravan.registry.ValidationException;
import caravan.web.RegistryPage.Option;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A registry form as the template renders it: its inputs with what was typed and the problems of
 * each next to it, the source rows, the version it was opened at, problems that belong to no input,
 * and, when someone else saved the record meanwhile, who and when.
 */
public record RegistryForm(
    String title,
    String action,
    String cancelHref,
    int version,
    List<Input> inputs,
    List<SourceRow> sources,
    List<String> problems,
    String stale) {

  /** One input: {@code type} is text, number, textarea or select (then {@code options}). */
  public record Input(
      String name,
      String label,
      String type,
      String value,
      List<Option> options,
      String hint,
      List<String> problems) {}

  /** One source row as typed, with its problems. */
  public record SourceRow(String url, String date, String quote, List<String> problems) {
    boolean blank() {
      return isBlank(url) && isBlank(date) && isBlank(quote);
    }
  }

  /** One editable record type: how its values show, and how typed values become a record. */
  interface Spec<T extends RegistryRecord> {
    Class<T> type();

    /** The typed values of a stored record, by input name. */
    Map<String, String> values(T record);

    /**
     * The record the values describe; each value that cannot be read adds a {@code field: reason}
     * to {@code problems} and is left null.
     */
    T read(Map<String, String> values, List<Source> sources, List<String> problems);

    /** The inputs, in order, filled with {@code values} and each with its problems. */
    List<Input> inputs(
        RegistryPage page, Map<String, String> values, Map<String, List<String>> problems);
  }

  static Input input(
      RegistryPage page,
      String name,
      String type,
      Map<String, String> values,
      Map<String, List<String>> problems,
      List<Option> options) {
    String hint = page.m().get("registry.hint." + name);
    return new Input(
        name,
        page.label(name),
        type,
        values.getOrDefault(name, ""),
        options,
        hint.startsWith("?") ? null : hint,
        problems.getOrDefault(name, List.of()));
  }

  /**
   * Problems by the input they belong to: {@code links[0].targetId: …} belongs to {@code links},
   * {@code sources[1].url: …} to {@code sources[1]}; each keeps only its reason.
   */
  static Map<String, List<String>> byField(List<String> problems) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String p : problems) {
      int colon = p.indexOf(": ");
      String field = colon < 0 ? "" : p.substring(0, colon);
      String reason = colon < 0 ? p : p.substring(colon + 2);
      String key = field.replaceFirst("[.\\[].*", "");
      if (key.equals("sources") && field.startsWith("sources[")) {
        key = field.substring(0, field.indexOf(']') + 1);
      }
      out.computeIfAbsent(key, k -> new ArrayList<>()).add(reason);
    }
    return out;
  }

  /** The submitted source rows, blank ones dropped, in order. */
  static List<SourceRow> sourceRows(Map<String, List<String>> form) {
    List<String> urls = form.getOrDefault("sourceUrl", List.of());
    List<String> dates = form.getOrDefault("sourceDate", List.of());
    List<String> quotes = form.getOrDefault("sourceQuote", List.of());
    int n = Math.max(urls.size(), Math.max(dates.size(), quotes.size()));
    List<SourceRow> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      SourceRow r = new SourceRow(at(urls, i), at(dates, i), at(quotes, i), List.of());
      if (!r.blank()) rows.add(r);
    }
    return rows;
  }

  static List<SourceRow> sourceRows(List<Source> sources) {
    return sources.stream()
        .map(
            s ->
                new SourceRow(
                    s.url(), s.date() == null ? "" : s.date().toString(), s.quote(), List.of()))
        .toList();
  }

  /** The rows with their problems, and one blank row to add a source. */
  static List<SourceRow> withProblems(List<SourceRow> rows, Map<String, List<String>> problems) {
    List<SourceRow> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      SourceRow r = rows.get(i);
      out.add(
          new SourceRow(
              r.url(),
              r.date(),
              r.quote(),
              problems.getOrDefault("sources[" + i + "]", List.of())));
    }
    out.add(new SourceRow("", "", "", List.of()));
    return out;
  }

  static List<Source> readSources(List<SourceRow> rows, List<String> problems) {
    List<Source> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      SourceRow r = rows.get(i);
      out.add(new Source(r.url(), date("sources[" + i + "].date", r.date(), problems), r.quote()));
    }
    return out;
  }

  /** A partial date, or null with a problem named {@code field} when it cannot be read. */
  static PartialDate date(String field, String text, List<String> problems) {
    try {
      return PartialDate.parse(field, text);
    } catch (ValidationException e) {
      problems.addAll(e.problems(FormProblems.lang(problems)));
      return null;
    }
  }

  static Integer number(String field, String text, List<String> problems) {
    if (isBlank(text)) return null;
    try {
      return Integer.valueOf(text.trim());
    } catch (NumberFormatException e) {
      FormProblems.add(problems, field, "lang.form.notWhole", text.trim());
      return null;
    }
  }

  /** Non-blank lines (or, with {@code commas}, comma-separated items too), trimmed. */
  static List<String> lines(String text, boolean commas) {
    if (isBlank(text)) return List.of();
    return Arrays.stream(text.split(commas ? "[\\r\\n,]+" : "[\\r\\n]+"))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  static String joinLines(List<String> items) {
    return String.join("\n", items);
  }

  private static String at(List<String> list, int i) {
    return i < list.size() ? list.get(i) : "";
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
