package caravan.registry;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An investment or joint project: investors, sector (an ISIC/NACE code where known, and the text),
 * region, amount as a low–high range with its currency (sources give ranges such as 100–150 m USD),
 * yearly budgets, stage history, jobs and location.
 */
public record Project(
    String id,
    int version,
    String title,
    List<Investor> investors,
    String sectorCode,
    String sectorText,
    String region,
    BigDecimal amountLow,
    BigDecimal amountHigh,
    String currency,
    List<Budget> budgets,
    List<StageChange> stages,
    Integer jobs,
    Double latitude,
    Double longitude,
    String notes,
    List<Source> sources,
    Pair pair)
    implements RegistryRecord {

  public enum Stage {
    IDEA,
    AGREED,
    FINANCING,
    CONSTRUCTION,
    OPERATING,
    SUSPENDED,
    CANCELLED;

    /**
     * Maps a source's free-text stage to a stage, by the first rule that matches: operating,
     * commissioned or resumed → OPERATING; suspended or idle → SUSPENDED; cancelled → CANCELLED; a
     * permit issued → AGREED; construction, development started or implementation → CONSTRUCTION;
     * financing → FINANCING; agreed or agreement signed → AGREED; anything else (planned, proposed,
     * talks, interest) → IDEA.
     */
    public static Stage fromText(String text) {
      String t = text == null ? "" : text.toLowerCase(Locale.ROOT);
      if (t.matches("(?s).*(operat|commissioned|resumed).*")) return OPERATING;
      if (t.matches("(?s).*(suspend|idle\\b).*")) return SUSPENDED;
      if (t.contains("cancel")) return CANCELLED;
      if (t.contains("permit")) return AGREED;
      if (t.matches("(?s).*(construction|development started|implementation).*")) {
        return CONSTRUCTION;
      }
      if (t.contains("financ")) return FINANCING;
      if (t.matches("(?s).*(agreed|agreement signed).*")) return AGREED;
      return IDEA;
    }
  }

  /** An investor or partner: name, role (investor, operator, lender…), country (ISO3, nullable). */
  public record Investor(String name, String role, String country) {
    public Investor {
      name = Records.clean(name);
      role = Records.clean(role);
      country = Records.clean(country);
    }
  }

  public record Budget(int year, BigDecimal amount, String currency) {}

  /** A stage reached on a (partial) date; the note keeps the source's wording. */
  public record StageChange(Stage stage, PartialDate date, String note) {
    public StageChange {
      Objects.requireNonNull(stage, "stage");
      note = Records.clean(note);
    }
  }

  public Project {
    title = Records.clean(title);
    investors = Records.list(investors);
    sectorCode = Records.clean(sectorCode);
    sectorText = Records.clean(sectorText);
    region = Records.clean(region);
    currency = Records.clean(currency);
    budgets = Records.list(budgets);
    stages = Records.list(stages);
    notes = Records.clean(notes);
    sources = Records.list(sources);
  }

  /** A record of no declared pair yet: the registry gives it its data set's pair. */
  public Project(
      String id,
      int version,
      String title,
      List<Investor> investors,
      String sectorCode,
      String sectorText,
      String region,
      BigDecimal amountLow,
      BigDecimal amountHigh,
      String currency,
      List<Budget> budgets,
      List<StageChange> stages,
      Integer jobs,
      Double latitude,
      Double longitude,
      String notes,
      List<Source> sources) {
    this(
        id,
        version,
        title,
        investors,
        sectorCode,
        sectorText,
        region,
        amountLow,
        amountHigh,
        currency,
        budgets,
        stages,
        jobs,
        latitude,
        longitude,
        notes,
        sources,
        null);
  }

  /** The latest stage in the history. */
  public Optional<Stage> stage() {
    return stages.isEmpty() ? Optional.empty() : Optional.of(stages.get(stages.size() - 1).stage());
  }

  @Override
  public List<caravan.text.Text> problemTexts() {
    Records.Problems p = new Records.Problems();
    p.required("title", title);
    if (amountLow != null && amountLow.signum() < 0) p.worded("amountLow", "lang.rec.negative");
    // amounts as V2 kept them: NUMERIC(24,2)
    p.decimal("amountLow", amountLow, 24, 2);
    p.decimal("amountHigh", amountHigh, 24, 2);
    for (int i = 0; i < budgets.size(); i++) {
      p.decimal("budgets[" + i + "].amount", budgets.get(i).amount(), 24, 2);
    }
    if (amountLow != null && amountHigh != null && amountHigh.compareTo(amountLow) < 0) {
      p.worded(
          "amountHigh",
          "lang.rec.belowLow",
          Records.Problems.shown(amountHigh),
          Records.Problems.shown(amountLow));
    }
    if ((amountLow != null || !budgets.isEmpty()) && currency == null) {
      p.worded("currency", "lang.rec.currencyMissing");
    }
    if (currency != null && !currency.matches("[A-Z]{3}")) {
      p.worded("currency", "lang.rec.currencyBad", currency);
    }
    if (jobs != null && jobs < 0) p.worded("jobs", "lang.rec.negative");
    if (latitude != null && !(latitude >= -90 && latitude <= 90)) {
      p.worded("latitude", "lang.rec.range", String.valueOf(latitude), "-90..90");
    }
    if (longitude != null && !(longitude >= -180 && longitude <= 180)) {
      p.worded("longitude", "lang.rec.range", String.valueOf(longitude), "-180..180");
    }
    if ((latitude == null) != (longitude == null)) {
      p.worded(latitude == null ? "latitude" : "longitude", "lang.rec.both");
    }
    for (int i = 0; i < investors.size(); i++) {
      p.required("investors[" + i + "].name", investors.get(i).name());
    }
    p.sources(sources);
    return p.texts();
  }
}
