package caravan.registry;

import caravan.text.Countries;
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
    List<String> problems = new ArrayList<>();
    if (record.pair() == null) {
      problems.add("pair: missing: name the two countries, such as KAZ-IRN");
    } else {
      for (String side : record.pair().sides()) {
        if (countries.byIso3(side).isEmpty()) {
          problems.add("pair: unknown country code '" + side + "': use ISO 3166 alpha-3 codes");
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
      problems.add("figureId: no stated figure '" + i.figureId() + "'");
    }
    for (RegistryRecord.Linked l : record.linked()) {
      ids(l.field(), Kinds.of(l.type()), l.ids(), problems, lookup);
    }
    return problems;
  }

  private static void decision(Decision d, List<String> problems, Lookup lookup) {
    if (d.sessionNumber() >= 1) {
      Optional<CommissionSession> session = lookup.session(d.pair(), d.sessionNumber());
      if (session.isEmpty()) {
        problems.add(
            "sessionNumber: no commission session " + d.sessionNumber() + " of " + d.pair());
      } else if (d.deadline() != null
          && session.get().startDate() != null
          && d.deadline().end().isBefore(session.get().startDate().start())) {
        problems.add(
            "deadline: "
                + d.deadline()
                + " is before session "
                + d.sessionNumber()
                + " met on "
                + session.get().startDate());
      }
    }
    for (int i = 0; i < d.links().size(); i++) {
      Decision.Link l = d.links().get(i);
      if (l.targetId() != null) {
        exists("links[" + i + "].targetId", Kinds.of(l.type()), l.targetId(), problems, lookup);
      }
    }
  }

  private void country(String field, String iso3, List<String> problems) {
    if (iso3 != null && countries.byIso3(iso3).isEmpty()) {
      problems.add(
          field + ": unknown country code '" + iso3 + "': use ISO 3166 alpha-3 such as KAZ or IRN");
    }
  }

  private static void ids(
      String field, Kind<?> k, List<String> ids, List<String> problems, Lookup lookup) {
    for (int i = 0; i < ids.size(); i++) {
      exists(field + "[" + i + "]", k, ids.get(i), problems, lookup);
    }
  }

  private static void exists(
      String field, Kind<?> k, String id, List<String> problems, Lookup lookup) {
    if (!lookup.exists(k, id)) {
      problems.add(field + ": no " + k.type.getSimpleName().toLowerCase() + " '" + id + "'");
    }
  }
}
