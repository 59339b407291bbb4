package caravan.registry;

import static caravan.registry.Kind.cols;
import static caravan.registry.Kind.start;
import static caravan.registry.Kind.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/** The stored record types. */
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
          a ->
              cols(
                  "signed_on",
                  text(a.signedOn()),
                  String.class,
                  "first_date",
                  a.firstDate().map(PartialDate::start).orElse(null),
                  LocalDate.class,
                  "status",
                  a.status().name(),
                  String.class),
          List.of("DELETE FROM agreement_action WHERE agreement_id = :id"),
          (h, id, a) -> {
            int seq = 0;
            for (Agreement.Action x : a.actions()) {
              h.createUpdate(
                      """
                      INSERT INTO agreement_action (agreement_id, seq, party, action_type,
                        action_date, date_start, note)
                      VALUES (:id, :seq, :party, :type, :date, :start, :note)""")
                  .bind("id", id)
                  .bind("seq", seq++)
                  .bind("party", x.party().name())
                  .bind("type", x.type().name())
                  .bindByType("date", text(x.date()), String.class)
                  .bindByType("start", start(x.date()), LocalDate.class)
                  .bindByType("note", x.note(), String.class)
                  .execute();
            }
          });

  static final Kind<CommissionSession> SESSION =
      new Kind<>(
          CommissionSession.class,
          "commission_session",
          "commission_session",
          "SES",
          "session_number",
          s -> "Session " + s.number() + (s.place() == null ? "" : ", " + s.place()),
          s -> null,
          s ->
              cols(
                  "session_number",
                  s.number(),
                  Integer.class,
                  "start_date",
                  text(s.startDate()),
                  String.class,
                  "end_date",
                  text(s.endDate()),
                  String.class),
          List.of(),
          (h, id, s) -> {});

  static final Kind<Decision> DECISION =
      new Kind<>(
          Decision.class,
          "decision",
          "commission_decision",
          "DEC",
          "session_number, id",
          Decision::text,
          d -> d.status() == null ? null : d.status().name(),
          d ->
              cols(
                  "session_number",
                  d.sessionNumber(),
                  Integer.class,
                  "deadline",
                  text(d.deadline()),
                  String.class,
                  "deadline_end",
                  d.deadline() == null ? null : d.deadline().end(),
                  LocalDate.class,
                  "status",
                  d.status().name(),
                  String.class),
          List.of(),
          (h, id, d) -> {
            int seq = 0;
            for (Decision.Link l : d.links()) {
              link(h, "decision", id, seq++, entityOf(l.type()), l.targetId());
            }
          });

  static final Kind<Indicator> INDICATOR =
      new Kind<>(
          Indicator.class,
          "indicator",
          "indicator",
          "IND",
          "id",
          i -> i.title() == null ? i.indicator() : i.title(),
          Indicator::indicator,
          i ->
              cols(
                  "indicator",
                  i.indicator(),
                  String.class,
                  "aggregation",
                  i.aggregation().name(),
                  String.class,
                  "target_value",
                  i.target(),
                  BigDecimal.class,
                  "target_year",
                  i.targetYear(),
                  Integer.class,
                  "figure_id",
                  i.figureId(),
                  String.class),
          List.of("DELETE FROM indicator_actual WHERE indicator_id = :id"),
          (h, id, ind) -> {
            int seq = 0;
            for (Indicator.Actual a : ind.actuals()) {
              h.createUpdate(
                      """
                      INSERT INTO indicator_actual (indicator_id, seq, period_label, period_start,
                        actual_value, source_url)
                      VALUES (:id, :seq, :label, :start, :value, :url)""")
                  .bind("id", id)
                  .bind("seq", seq++)
                  .bind("label", a.period().toString())
                  .bind("start", a.period().start())
                  .bind("value", a.value())
                  .bindByType("url", a.source() == null ? null : a.source().url(), String.class)
                  .execute();
            }
          });

  static final Kind<Project> PROJECT =
      new Kind<>(
          Project.class,
          "project",
          "project",
          "PRJ",
          "id",
          Project::title,
          p -> p.stage().map(Enum::name).orElse(null),
          p ->
              cols(
                  "region",
                  p.region(),
                  String.class,
                  "stage",
                  p.stage().map(Enum::name).orElse(null),
                  String.class,
                  "amount_low",
                  p.amountLow(),
                  BigDecimal.class,
                  "amount_high",
                  p.amountHigh(),
                  BigDecimal.class,
                  "currency",
                  p.currency(),
                  String.class),
          List.of("DELETE FROM project_stage WHERE project_id = :id"),
          (h, id, p) -> {
            int seq = 0;
            for (Project.StageChange s : p.stages()) {
              h.createUpdate(
                      """
                      INSERT INTO project_stage (project_id, seq, stage, stage_date, note)
                      VALUES (:id, :seq, :stage, :date, :note)""")
                  .bind("id", id)
                  .bind("seq", seq++)
                  .bind("stage", s.stage().name())
                  .bindByType("date", text(s.date()), String.class)
                  .bindByType("note", s.note(), String.class)
                  .execute();
            }
          });

  static final Kind<Organisation> ORGANISATION =
      new Kind<>(
          Organisation.class,
          "organisation",
          "organisation",
          "ORG",
          "id",
          o -> o.name("en"),
          Organisation::kind,
          o -> cols("country", o.country(), String.class),
          List.of(),
          (h, id, o) -> {});

  static final Kind<PartnerRequest> PARTNER_REQUEST =
      new Kind<>(
          PartnerRequest.class,
          "partner_request",
          "partner_request",
          "REQ",
          "id",
          PartnerRequest::text,
          r -> r.direction() == null ? null : r.direction().name(),
          r ->
              cols(
                  "direction",
                  r.direction().name(),
                  String.class,
                  "organisation_id",
                  r.organisationId(),
                  String.class,
                  "expires_on",
                  text(r.expires()),
                  String.class),
          List.of(),
          (h, id, r) -> link(h, "partner_request", id, 0, "organisation", r.organisationId()));

  static final Kind<Event> EVENT =
      new Kind<>(
          Event.class,
          "event",
          "registry_event",
          "EVT",
          "id",
          Event::title,
          Event::kind,
          e ->
              cols(
                  "start_date",
                  text(e.startDate()),
                  String.class,
                  "end_date",
                  text(e.endDate()),
                  String.class),
          List.of(),
          (h, id, e) -> {
            int seq = 0;
            for (String a : e.agreementIds()) link(h, "event", id, seq++, "agreement", a);
          });

  static final Kind<HeritageItem> HERITAGE_ITEM =
      new Kind<>(
          HeritageItem.class,
          "heritage_item",
          "heritage_item",
          "HER",
          "id",
          HeritageItem::title,
          HeritageItem::kind,
          i ->
              cols(
                  "holder",
                  i.holder(),
                  String.class,
                  "item_date",
                  text(i.date()),
                  String.class,
                  "date_start",
                  start(i.date()),
                  LocalDate.class),
          List.of(),
          (h, id, i) -> {
            int seq = 0;
            for (String a : i.agreementIds()) link(h, "heritage_item", id, seq++, "agreement", a);
            for (String e : i.eventIds()) link(h, "heritage_item", id, seq++, "event", e);
          });

  static final List<Kind<?>> ALL =
      List.of(
          AGREEMENT,
          SESSION,
          DECISION,
          INDICATOR,
          PROJECT,
          ORGANISATION,
          PARTNER_REQUEST,
          EVENT,
          HERITAGE_ITEM);

  private static final Map<Class<?>, Kind<?>> BY_TYPE =
      Map.of(
          Agreement.class, AGREEMENT,
          CommissionSession.class, SESSION,
          Decision.class, DECISION,
          Indicator.class, INDICATOR,
          Project.class, PROJECT,
          Organisation.class, ORGANISATION,
          PartnerRequest.class, PARTNER_REQUEST,
          Event.class, EVENT,
          HeritageItem.class, HERITAGE_ITEM);

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

  private static String entityOf(Decision.LinkType type) {
    return of(type).entity;
  }

  private static void link(Handle h, String from, String id, int seq, String to, String toId) {
    if (toId == null) return;
    h.createUpdate(
            """
            INSERT INTO registry_link (from_entity, from_id, seq, to_entity, to_id)
            VALUES (:from, :id, :seq, :to, :toId)""")
        .bind("from", from)
        .bind("id", id)
        .bind("seq", seq)
        .bind("to", to)
        .bind("toId", toId)
        .execute();
  }
}
