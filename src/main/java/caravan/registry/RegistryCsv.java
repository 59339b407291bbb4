package caravan.registry;

import caravan.text.ShippedData;
import caravan.text.Text;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the shipped registry files (data/registry/*.csv, see its PROVENANCE.md) into records. Every
 * file is validated whole first; problems are collected as {@code file:line: field: reason} and
 * thrown together, so nothing is loaded from a bad file.
 */
final class RegistryCsv {
  private RegistryCsv() {}

  static final String DIR = "registry/";

  private static volatile Pair shippedPair;

  /** The pair the shipped files belong to, declared once in data/registry/dataset.properties. */
  static Pair shippedPair() {
    if (shippedPair == null) shippedPair = readShippedPair();
    return shippedPair;
  }

  private static Pair readShippedPair() {
    java.util.Properties p = new java.util.Properties();
    try (var in = ShippedData.open(DIR + "dataset.properties")) {
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("Cannot read data/" + DIR + "dataset.properties", e);
    }
    String pair = p.getProperty("pair");
    if (pair == null) {
      throw ValidationException.worded(
          "data/" + DIR + "dataset.properties",
          List.of(ExportBatch.at("pair", Text.of("reg.csv.pairMissing"))));
    }
    return Pair.of(pair);
  }

  /**
   * All shipped records: agreements, sessions, projects, organisations, events, heritage items, in
   * that order.
   */
  /** Every shipped file {@link #shipped()} reads, for the mark of what the store holds. */
  static final List<String> SHIPPED_FILES =
      List.of(
          DIR + "dataset.properties",
          DIR + "agreements.csv",
          DIR + "commission_sessions.csv",
          DIR + "projects.csv",
          DIR + "organisations.csv",
          DIR + "events.csv");

  /** The files {@link #shipped()} reads: the registry's and those of the record types offered. */
  static List<String> shippedFiles() {
    List<String> all = new ArrayList<>(SHIPPED_FILES);
    for (RecordType<?> t : RecordTypes.OFFERED) all.addAll(t.shippedFiles());
    return all;
  }

  static List<RegistryRecord> shipped() {
    List<Text> problems = new ArrayList<>();
    Pair pair = shippedPair();
    List<RegistryRecord> all = new ArrayList<>();
    all.addAll(read("agreements.csv", RegistryCsv::agreement, pair, problems));
    all.addAll(read("commission_sessions.csv", RegistryCsv::session, pair, problems));
    all.addAll(read("projects.csv", RegistryCsv::project, pair, problems));
    all.addAll(read("organisations.csv", RegistryCsv::organisation, pair, problems));
    all.addAll(read("events.csv", RegistryCsv::event, pair, problems));
    if (!problems.isEmpty()) {
      throw ValidationException.worded(Text.of("reg.csv.shipped"), problems);
    }
    for (RecordType<?> t : RecordTypes.OFFERED) all.addAll(t.shipped(pair));
    return all;
  }

  /** One CSV row with its place, collecting problems instead of stopping at the first. */
  static final class Row {
    final String file;
    final long line;
    final NamedCsvRecord r;
    final List<Text> problems;

    Row(String file, long line, NamedCsvRecord r, List<Text> problems) {
      this.file = file;
      this.line = line;
      this.r = r;
      this.problems = problems;
    }

    String get(String column) {
      return Records.clean(r.findField(column).orElse(null));
    }

    void problem(String field, Text reason) {
      problems.add(CsvText.at(file, line, field, reason));
    }

    PartialDate date(String column) {
      String v = get(column);
      if (v == null) return null;
      Text p = PartialDate.problemText(v);
      if (p != null) {
        problem(column, p);
        return null;
      }
      return PartialDate.parse(v);
    }

    List<String> split(String column, String separators) {
      String v = get(column);
      return v == null ? List.of() : Records.texts(Arrays.asList(v.split(separators)));
    }

    List<Source> sources() {
      String url = get("source_url");
      if (url == null) {
        problem("source_url", Text.of("reg.csv.noSource"));
        return List.of();
      }
      return List.of(new Source(url, date("source_date"), get("quote")));
    }
  }

  /**
   * Reads one file; a row's optional {@code pair} column names its pair, else it belongs to {@code
   * pair}, the data set's.
   */
  private static <T extends RegistryRecord> List<T> read(
      String name, Function<Row, T> map, Pair pair, List<Text> problems) {
    String file = "data/" + DIR + name;
    String text = new String(ShippedData.read(DIR + name), StandardCharsets.UTF_8);
    List<T> out = new ArrayList<>();
    try (var csv = CsvReader.builder().skipEmptyLines(true).ofNamedCsvRecord(text)) {
      for (NamedCsvRecord r : csv) {
        Row row = new Row(file, r.getStartingLineNumber(), r, problems);
        int before = problems.size();
        Pair own = pair;
        if (row.get("pair") != null) {
          try {
            own = Pair.of(row.get("pair"));
          } catch (ValidationException e) {
            e.problemTexts().forEach(p -> problems.add(ExportBatch.at(file + ":" + row.line, p)));
          }
        }
        T record = map.apply(row);
        if (problems.size() > before) continue;
        record = RegistryStore.inPair(record, own);
        for (Text p : record.problemTexts()) problems.add(ExportBatch.at(file + ":" + row.line, p));
        out.add(record);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("Cannot read " + file, e);
    }
    return out;
  }

  private static Agreement agreement(Row row) {
    PartialDate signedOn = row.date("signed_on");
    StatusActions.Parsed parsed = StatusActions.parse(row.get("status_actions"), signedOn);
    List<String> notes = new ArrayList<>();
    if (row.get("notes") != null) notes.add(row.get("notes"));
    if (!parsed.notes().isEmpty()) notes.add("Other steps: " + String.join("; ", parsed.notes()));
    java.util.Map<String, String> titles = new java.util.HashMap<>();
    if (row.get("title_en") != null) titles.put("en", row.get("title_en"));
    if (row.get("title_ru") != null) titles.put("ru", row.get("title_ru"));
    return new Agreement(
        row.get("id"),
        0,
        titles,
        row.get("kind"),
        row.split("domain", "[;/]"),
        signedOn,
        row.get("place"),
        row.split("signatories", ";"),
        parsed.actions(),
        notes.isEmpty() ? null : String.join("\n", notes),
        row.sources());
  }

  private static CommissionSession session(Row row) {
    int number = 0;
    try {
      number = Integer.parseInt(row.get("number"));
    } catch (NumberFormatException | NullPointerException e) {
      row.problem("number", Text.of("reg.csv.sessionNumber", String.valueOf(row.get("number"))));
    }
    // a two-day session is written 2023-01-24/2023-01-25
    String dates = row.get("date");
    PartialDate start = null;
    PartialDate end = null;
    if (dates != null) {
      String[] parts = dates.split("/");
      for (int i = 0; i < parts.length && i < 2; i++) {
        Text p = PartialDate.problemText(parts[i].strip());
        if (p != null) row.problem("date", p);
        else if (i == 0) start = PartialDate.parse(parts[i]);
        else end = PartialDate.parse(parts[i]);
      }
    }
    // each co-chair is written with the side's ISO 3166 alpha-2 code: "KZ:name;IR:name"
    Map<String, String> coChairs = new java.util.HashMap<>();
    for (String part : row.split("co_chairs", ";")) {
      String iso3 = part.matches("[A-Z]{2}:.*") ? iso3(part.substring(0, 2)) : null;
      if (iso3 == null) {
        row.problem("co_chairs", Text.of("reg.csv.coChair", part));
      } else {
        coChairs.put(iso3, part.substring(3));
      }
    }
    return new CommissionSession(
        CommissionSession.idOf(null, number),
        0,
        number,
        start,
        end,
        row.get("place"),
        coChairs,
        row.get("outcomes"),
        row.get("notes"),
        row.sources(),
        null);
  }

  private static Project project(Row row) {
    List<String> countries = new ArrayList<>();
    for (String c : row.split("country_of_investor", ";")) {
      String iso = countryOf(c);
      if (iso != null && !countries.contains(iso)) countries.add(iso);
    }
    List<String> names = row.split("investors", ";");
    // a country is given to an investor only when the row names one investor and one country
    String single = countries.size() == 1 && names.size() == 1 ? countries.get(0) : null;
    List<Project.Investor> investors =
        names.stream().map(n -> new Project.Investor(n, "investor", single)).toList();
    BigDecimal low = null;
    BigDecimal high = null;
    String amount = row.get("amount_usd");
    if (amount != null) {
      String[] range = amount.split("-");
      try {
        low = new BigDecimal(range[0].strip());
        high = range.length > 1 ? new BigDecimal(range[1].strip()) : low;
      } catch (NumberFormatException e) {
        row.problem("amount_usd", Text.of("reg.csv.amount", amount));
      }
    }
    List<Project.StageChange> stages = List.of();
    String stage = row.get("stage");
    if (stage != null) {
      stages =
          List.of(new Project.StageChange(Project.Stage.fromText(stage), row.date("year"), stage));
    }
    List<String> notes = new ArrayList<>();
    if (row.get("country_of_investor") != null) {
      notes.add("Country of investor: " + row.get("country_of_investor"));
    }
    if (row.get("notes") != null) notes.add(row.get("notes"));
    return new Project(
        row.get("id"),
        0,
        row.get("title_en"),
        investors,
        null,
        row.get("sector"),
        row.get("region"),
        low,
        high,
        low == null ? null : "USD",
        List.of(),
        stages,
        null,
        null,
        null,
        notes.isEmpty() ? null : String.join("\n", notes),
        row.sources());
  }

  private static Organisation organisation(Row row) {
    Map<String, String> names = new java.util.HashMap<>();
    if (row.get("name_en") != null) names.put("en", row.get("name_en"));
    if (row.get("name_ru") != null) names.put("ru", row.get("name_ru"));
    String note = row.get("country");
    return new Organisation(
        row.get("id"),
        0,
        names,
        countryOf(note),
        note,
        row.get("kind"),
        null,
        row.get("role"),
        row.split("hs_codes", ";"),
        List.of(),
        List.of(),
        null,
        row.sources());
  }

  private static Event event(Row row) {
    return new Event(
        row.get("id"),
        0,
        row.get("kind"),
        row.get("title_en"),
        row.date("start_date"),
        row.date("end_date"),
        row.get("place"),
        List.of(),
        List.of(),
        row.get("notes"),
        row.sources());
  }

  /** The ISO3 code of an ISO 3166 alpha-2 code (KZ: KAZ), or null when there is none. */
  private static String iso3(String alpha2) {
    try {
      String c = new java.util.Locale("", alpha2).getISO3Country();
      return c.isEmpty() ? null : c;
    } catch (java.util.MissingResourceException e) {
      return null;
    }
  }

  /**
   * The ISO3 code for the data's country wording: it starts with the country's English name
   * ("Kazakhstan (in Iran)" is KAZ); "bilateral", "EAEU (multilateral)" and the like have none.
   */
  static String countryOf(String text) {
    if (text == null) return null;
    if (text.startsWith("Kazakhstan")) return "KAZ";
    if (text.startsWith("Iran")) return "IRN";
    return null;
  }
}
