package caravan.registry;

import caravan.text.Countries;
import caravan.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules of a record that need other records: countries exist, linked agreements, events,
 * organisations, sessions and stated figures exist, a decision's deadline is not before its
 * session. One place for a single save and for a whole import, which differ only in where other
 * records are looked up.
 */
final class CrossChecks {
  /** Where the other records are found: the store, or an import batch and the store. */
  interface Lookup {
    boolean exists(Kind<?> k, String id);

    Optional<CommissionSession> session(Pair pair, int number);

    boolean figureExists(String id);
  }

  private final Countries countries;

  CrossChecks(Countries countries) {
    this.countries = countries;
  }

  /** The record's problems that involve other records, each as {@code field: reason}. */
  List<String> problems(RegistryRecord record, Lookup lookup) {
    return texts(record, lookup).stream().map(Text::english).toList();
  }

  /** {@link #problems} for a door to word in its reader's language. */
  List<Text> texts(RegistryRecord record, Lookup lookup) {
    List<Text> problems = new ArrayList<>();
    if (record.pair() == null) {
      problems.add(problem("pair", "lang.cc.pairMissing"));
    } else {
      for (String side : record.pair().sides()) {
        if (countries.byIso3(side).isEmpty()) {
          problems.add(problem("pair", "lang.cc.pairCountry", side));
        }
      }
    }
    if (record instanceof Organisation o) {
      country("country", o.country(), problems);
    } else if (record instanceof Project p) {
      for (int i = 0; i < p.investors().size(); i++) {
        country("investors[" + i + "].country", p.investors().get(i).country(), problems);
      }
    } else if (record instanceof Decision d) {
      decision(d, problems, lookup);
    } else if (record instanceof Event e) {
      ids("agreementIds", Kinds.AGREEMENT, e.agreementIds(), problems, lookup);
    } else if (record instanceof PartnerRequest r && r.organisationId() != null) {
      exists("organisationId", Kinds.ORGANISATION, r.organisationId(), problems, lookup);
    } else if (record instanceof Indicator i
        && i.figureId() != null
        && !lookup.figureExists(i.figureId())) {
      problems.add(problem("figureId", "lang.cc.noFigure", i.figureId()));
    }
    for (RegistryRecord.Linked l : record.linked()) {
      ids(l.field(), Kinds.of(l.type()), l.ids(), problems, lookup);
    }
    return problems;
  }

  /** {@code field: reason}, the field's name the same in every language. */
  static Text problem(String field, String key, Object... args) {
    return Text.of("lang.jr.field", field, Text.of(key, args));
  }

  private static void decision(Decision d, List<Text> problems, Lookup lookup) {
    if (d.sessionNumber() >= 1) {
      Optional<CommissionSession> session = lookup.session(d.pair(), d.sessionNumber());
      if (session.isEmpty()) {
        problems.add(
            problem(
                "sessionNumber",
                "lang.cc.noSession",
                String.valueOf(d.sessionNumber()),
                String.valueOf(d.pair())));
      } else if (d.deadline() != null
          && session.get().startDate() != null
          && d.deadline().end().isBefore(session.get().startDate().start())) {
        problems.add(
            problem(
                "deadline",
                "lang.cc.deadline",
                String.valueOf(d.deadline()),
                String.valueOf(d.sessionNumber()),
                String.valueOf(session.get().startDate())));
      }
    }
    for (int i = 0; i < d.links().size(); i++) {
      Decision.Link l = d.links().get(i);
      if (l.targetId() != null) {
        exists("links[" + i + "].targetId", Kinds.of(l.type()), l.targetId(), problems, lookup);
      }
    }
  }

  private void country(String field, String iso3, List<Text> problems) {
    if (iso3 != null && countries.byIso3(iso3).isEmpty()) {
      problems.add(problem(field, "lang.cc.country", iso3));
    }
  }

  private static void ids(
      String field, Kind<?> k, List<String> ids, List<Text> problems, Lookup lookup) {
    for (int i = 0; i < ids.size(); i++) {
      exists(field + "[" + i + "]", k, ids.get(i), problems, lookup);
    }
  }

  private static void exists(
      String field, Kind<?> k, String id, List<Text> problems, Lookup lookup) {
    if (!lookup.exists(k, id)) {
      String key = "lang.cc.no." + k.type.getSimpleName();
      problems.add(
          caravan.text.Messages.of("en").has(key)
              ? problem(field, key, id)
              : problem(field, "lang.cc.noOther", k.type.getSimpleName().toLowerCase(), id));
    }
  }
}
