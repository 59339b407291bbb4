package caravan.registry;

import static caravan.registry.Kind.cols;

import java.util.List;
import java.util.Map;

/**
 * The stored record types: table, entity name, id prefix, order, label (the text filter without a
 * search index), kind (the kind filter) and the typed columns a query orders or filters by beside
 * the body (a session's number). Nothing else is stored twice.
 */
final class Kinds {
  private Kinds() {}

  static final Kind<Agreement> AGREEMENT =
      new Kind<>(
          Agreement.class,
          "agreement",
          "agreement",
          "AGR",
          "id",
          a -> a.title("en"),
          Agreement::kind,
          r -> Map.of());

  static final Kind<CommissionSession> SESSION =
      new Kind<>(
          CommissionSession.class,
          "commission_session",
          "commission_session",
          "SES",
          "session_number",
          s -> "Session " + s.number() + (s.place() == null ? "" : ", " + s.place()),
          s -> null,
          s -> cols("session_number", s.number(), Integer.class));

  static final Kind<Decision> DECISION =
      new Kind<>(
          Decision.class,
          "decision",
          "commission_decision",
          "DEC",
          "session_number, id",
          Decision::text,
          d -> d.status() == null ? null : d.status().name(),
          d -> cols("session_number", d.sessionNumber(), Integer.class));

  static final Kind<Indicator> INDICATOR =
      new Kind<>(
          Indicator.class,
          "indicator",
          "indicator",
          "IND",
          "id",
          i -> i.title() == null ? i.indicator() : i.title(),
          Indicator::indicator,
          r -> Map.of());

  static final Kind<Project> PROJECT =
      new Kind<>(
          Project.class,
          "project",
          "project",
          "PRJ",
          "id",
          Project::title,
          p -> p.stage().map(Enum::name).orElse(null),
          r -> Map.of());

  static final Kind<Organisation> ORGANISATION =
      new Kind<>(
          Organisation.class,
          "organisation",
          "organisation",
          "ORG",
          "id",
          o -> o.name("en"),
          Organisation::kind,
          r -> Map.of());

  static final Kind<PartnerRequest> PARTNER_REQUEST =
      new Kind<>(
          PartnerRequest.class,
          "partner_request",
          "partner_request",
          "REQ",
          "id",
          PartnerRequest::text,
          r -> r.direction() == null ? null : r.direction().name(),
          r -> Map.of());

  static final Kind<Event> EVENT =
      new Kind<>(
          Event.class,
          "event",
          "registry_event",
          "EVT",
          "id",
          Event::title,
          Event::kind,
          r -> Map.of());

  /** The registry's own kinds, then those other features offer (heritage items). */
  static final List<Kind<?>> ALL;

  private static final Map<Class<?>, Kind<?>> BY_TYPE = new java.util.HashMap<>();

  static {
    List<Kind<?>> all =
        new java.util.ArrayList<>(
            List.of(
                AGREEMENT,
                SESSION,
                DECISION,
                INDICATOR,
                PROJECT,
                ORGANISATION,
                PARTNER_REQUEST,
                EVENT));
    for (RecordType<?> t : RecordTypes.OFFERED) all.add(offered(t));
    ALL = List.copyOf(all);
    for (Kind<?> k : ALL) BY_TYPE.put(k.type, k);
  }

  private static <T extends RegistryRecord> Kind<T> offered(RecordType<T> t) {
    return new Kind<>(
        t.type(), t.entity(), t.table(), t.prefix(), "id", t::label, t::kind, r -> Map.of());
  }

  /**
   * The ids a kind's records have: the shipped ones (data/registry: AGR-001, PRJ-021; SES-19),
   * those the registry gives (AGR-1A2B3C4D, eight capital hex digits; SES-KAZ-TUR-3 for a session
   * of another pair) and a stated target's indicator (IND-TRADE-TURNOVER): the prefix, then words
   * of capital letters and digits joined by single hyphens, 32 characters at most (the id columns
   * are VARCHAR(32)). An imported id is kept, so it must be one of these too: it names links and
   * paths, where {@code ""} or {@code ../../etc} must never appear (issue 11 §3).
   */
  private static final String ID_TAIL = "[0-9A-Z]+(-[0-9A-Z]+)*";

  static final int ID_MAX = 32;

  private static final java.util.regex.Pattern SESSION_ID =
      java.util.regex.Pattern.compile("SES-([A-Z]{3}-[A-Z]{3}-)?[1-9][0-9]{0,8}");

  /** Why {@code id} cannot be an id of kind {@code k}, or null when it can. */
  static caravan.text.Text idProblem(Kind<?> k, String id) {
    if (id == null || id.isEmpty()) return caravan.text.Text.of("reg.id.missing");
    boolean fits =
        id.length() <= ID_MAX
            && (k == SESSION
                ? SESSION_ID.matcher(id).matches()
                : id.startsWith(k.prefix + "-")
                    && id.substring(k.prefix.length() + 1).matches(ID_TAIL));
    if (fits) return null;
    String shown =
        (id.length() > 40 ? id.substring(0, 40) + "…" : id).replaceAll("\\p{Cntrl}", "?");
    return k == SESSION
        ? caravan.text.Text.of("reg.id.notSession", shown)
        : caravan.text.Text.of("reg.id.notKind", shown, k.prefix, String.valueOf(ID_MAX));
  }

  @SuppressWarnings("unchecked")
  static <T extends RegistryRecord> Kind<T> of(Class<T> type) {
    Kind<?> k = BY_TYPE.get(type);
    if (k == null) throw new IllegalArgumentException("Not a registry record type: " + type);
    return (Kind<T>) k;
  }

  @SuppressWarnings("unchecked")
  static <T extends RegistryRecord> Kind<T> of(T record) {
    return of((Class<T>) record.getClass());
  }

  static Kind<?> of(Decision.LinkType type) {
    return switch (type) {
      case AGREEMENT -> AGREEMENT;
      case PROJECT -> PROJECT;
      case INDICATOR -> INDICATOR;
    };
  }
}
