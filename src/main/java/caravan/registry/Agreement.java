package caravan.registry;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A bilateral (or multilateral, involving both states) agreement: titles per language (en, ru, kk,
 * fa), kind as the source names it (treaty, agreement, memorandum, protocol, programme, action
 * plan, joint statement…), domains, signature date and place, signatories, and the dated actions of
 * each party. Its {@link #status()} is derived from the actions, never typed.
 */
public record Agreement(
    String id,
    int version,
    Map<String, String> titles,
    String kind,
    List<String> domains,
    PartialDate signedOn,
    String place,
    List<String> signatories,
    List<Action> actions,
    String notes,
    List<Source> sources,
    Pair pair)
    implements RegistryRecord {

  /**
   * The party of a bilateral step taken by both states at once (entry into force by exchange of
   * notes, say); any other action names one country of the pair by its ISO3 code.
   */
  public static final String BOTH = "BOTH";

  public enum ActionType {
    SIGNED,
    RATIFIED,
    IN_FORCE,
    PROVISIONALLY_APPLIED,
    AMENDED,
    TERMINATED
  }

  /** Derived status, from the weakest to the strongest; {@code TERMINATED} wins over all. */
  public enum Status {
    NO_ACTIONS("no actions"),
    SIGNED("signed"),
    RATIFIED("ratified"),
    PROVISIONALLY_APPLIED("provisionally applied"),
    IN_FORCE("in force"),
    TERMINATED("terminated");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /**
   * A dated step of one party (an ISO3 code of the pair) or of {@link #BOTH}; the date may be
   * partial or unknown (null), the note keeps the source's words.
   */
  public record Action(String party, ActionType type, PartialDate date, String note) {
    public Action {
      party = Records.clean(party);
      Objects.requireNonNull(party, "party");
      party = party.toUpperCase(java.util.Locale.ROOT);
      Objects.requireNonNull(type, "type");
      note = Records.clean(note);
    }
  }

  public Agreement {
    titles = Records.languages(titles);
    kind = Records.clean(kind);
    domains = Records.texts(domains);
    place = Records.clean(place);
    signatories = Records.texts(signatories);
    actions = Records.list(actions);
    notes = Records.clean(notes);
    sources = Records.list(sources);
  }

  /** A record of no declared pair yet: the registry gives it its data set's pair. */
  public Agreement(
      String id,
      int version,
      Map<String, String> titles,
      String kind,
      List<String> domains,
      PartialDate signedOn,
      String place,
      List<String> signatories,
      List<Action> actions,
      String notes,
      List<Source> sources) {
    this(
        id,
        version,
        titles,
        kind,
        domains,
        signedOn,
        place,
        signatories,
        actions,
        notes,
        sources,
        null);
  }

  /**
   * The status the actions give: terminated when any termination is recorded; in force when entry
   * into force is recorded for both parties (one bilateral action, or one per party); provisionally
   * applied; ratified when both parties ratified; signed when any other action is recorded (a
   * one-sided ratification or entry into force leaves it signed); no actions otherwise.
   */
  public Status status() {
    if (has(ActionType.TERMINATED)) return Status.TERMINATED;
    if (bothParties(ActionType.IN_FORCE)) return Status.IN_FORCE;
    if (has(ActionType.PROVISIONALLY_APPLIED)) return Status.PROVISIONALLY_APPLIED;
    if (bothParties(ActionType.RATIFIED)) return Status.RATIFIED;
    return actions.isEmpty() ? Status.NO_ACTIONS : Status.SIGNED;
  }

  /** The earliest dated action, or the signature date when no action is dated. */
  public Optional<PartialDate> firstDate() {
    Optional<PartialDate> first =
        actions.stream().map(Action::date).filter(Objects::nonNull).min(Comparator.naturalOrder());
    return first.isPresent() ? first : Optional.ofNullable(signedOn);
  }

  /** The title in {@code lang}, else English, else any. */
  public String title(String lang) {
    if (titles.containsKey(lang)) return titles.get(lang);
    if (titles.containsKey("en")) return titles.get("en");
    return titles.values().stream().findFirst().orElse(null);
  }

  private boolean has(ActionType type) {
    return actions.stream().anyMatch(a -> a.type() == type);
  }

  /**
   * One bilateral action, or actions of two different parties: the parties are checked to be the
   * pair's two countries, so two of them are both sides.
   */
  private boolean bothParties(ActionType type) {
    java.util.Set<String> parties = new java.util.HashSet<>();
    for (Action a : actions) {
      if (a.type() != type) continue;
      if (BOTH.equals(a.party())) return true;
      parties.add(a.party());
    }
    return parties.size() >= 2;
  }

  @Override
  public List<caravan.text.Text> problemTexts() {
    Records.Problems p = new Records.Problems();
    p.languages("titles", titles);
    p.required("kind", kind);
    for (int i = 0; i < actions.size(); i++) {
      Action a = actions.get(i);
      if (pair != null && !BOTH.equals(a.party()) && !pair.has(a.party())) {
        p.worded(
            "actions[" + i + "].party",
            "lang.rec.notParty",
            a.party(),
            pair.toString(),
            pair.a(),
            pair.b(),
            BOTH);
      }
      if (signedOn != null
          && a.date() != null
          && a.type() != ActionType.SIGNED
          && a.date().end().isBefore(signedOn.start())) {
        p.worded(
            "actions[" + i + "].date",
            "lang.rec.beforeSigned",
            String.valueOf(a.type()),
            String.valueOf(a.date()),
            String.valueOf(signedOn));
      }
    }
    p.sources(sources);
    return p.texts();
  }
}
