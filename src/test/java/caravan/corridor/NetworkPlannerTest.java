package caravan.corridor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Routes over the shipped network through the service, as the doors ask for them. */
class NetworkPlannerTest {
  @TempDir Path tmp;

  private CorridorService corridor() {
    return new CorridorService(tmp, new NetworkPlanner());
  }

  private static RouteQuery query(
      String from, String to, String cargo, Set<String> avoid, Set<String> closed) {
    return new RouteQuery(from, to, cargo, 65, avoid, Set.of("rail", "sea", "road"), closed);
  }

  @Test
  void almaty_to_bandar_abbas_gives_undominated_routes_whose_steps_trace_to_their_rows() {
    CorridorService c = corridor();
    RouteAnswer a = c.route(query("Almaty", "Bandar Abbas", "container", Set.of(), Set.of()));
    assertThat(a.routes()).isNotEmpty();
    assertThat(a.reasons()).isEmpty();
    for (RouteAnswer.Route r : a.routes()) {
      for (RouteAnswer.Route o : a.routes()) {
        assertThat(
                new Criteria(o.hours(), o.usd(), o.transshipments())
                    .dominates(new Criteria(r.hours(), r.usd(), r.transshipments())))
            .isFalse();
      }
      // every step names the links.csv row of a link between its two places
      for (RouteAnswer.Step s : r.steps()) {
        Link l =
            c.network().links().stream()
                .filter(x -> x.line() == s.link())
                .findFirst()
                .orElseThrow();
        assertThat(Set.of(l.from(), l.to())).containsExactlyInAnyOrder(s.from(), s.to());
      }
      assertThat(r.steps().get(0).from()).isEqualTo("KZ_ALA");
      assertThat(r.steps().get(r.steps().size() - 1).to()).isEqualTo("IR_BND");
      assertThat(r.estimates()).isNotEmpty(); // KZ_ALA–KZ_SHY has no stated length
      // the hours add up: the route's total is the sum of its steps
      assertThat(r.steps().stream().mapToDouble(s -> s.hours().value()).sum())
          .isCloseTo(r.hours(), org.assertj.core.api.Assertions.within(0.01));
    }
  }

  @Test
  void closing_the_sarakhs_crossing_sends_the_route_through_inche_burun() {
    CorridorService c = corridor();
    RouteAnswer open = c.route(query("Almaty", "Bandar Abbas", "container", Set.of(), Set.of()));
    // links.csv lists the crossing IR_SAR,TM_SAR; the route runs the other way, and says so
    assertThat(open.routes().get(0).crossings()).contains("TM_SAR–IR_SAR (TKM→IRN)");
    RouteAnswer shut =
        c.route(query("Almaty", "Bandar Abbas", "container", Set.of(), Set.of("TM_SAR-IR_SAR")));
    assertThat(shut.routes()).isNotEmpty();
    for (RouteAnswer.Route r : shut.routes()) {
      assertThat(r.crossings()).noneMatch(x -> x.contains("SAR"));
    }
    assertThat(shut.routes().get(0).crossings()).anyMatch(x -> x.startsWith("TM_AKY–IR_INB"));
    assertThat(shut.routes().get(0).hours()).isGreaterThan(open.routes().get(0).hours());
    // the Sarakhs route names the crossing's use of its stated capacity: 0.737 Mt over
    // 21 Mar 2022 – 19 Feb 2023 (336 days) × 365.25 / 336 / 7.5 Mt/yr = 10.7 %, an estimate
    assertThat(open.routes().get(0).capacity())
        .anyMatch(x -> x.startsWith("IR_SAR: 11 % of stated capacity, estimate"));
  }

  @Test
  void avoiding_turkmenistan_crosses_the_caspian() {
    RouteAnswer a =
        corridor().route(query("Almaty", "Bandar Abbas", "container", Set.of("TKM"), Set.of()));
    assertThat(a.routes()).isNotEmpty();
    for (RouteAnswer.Route r : a.routes()) {
      assertThat(r.steps()).noneMatch(s -> s.from().startsWith("TM_") || s.to().startsWith("TM_"));
      assertThat(r.steps()).anyMatch(s -> s.mode().equals("sea"));
      // a sea leg waits half the headway for a sailing
      assertThat(r.steps()).anyMatch(s -> s.what().equals("waiting for a sailing"));
    }
  }

  @Test
  void a_cargo_no_link_accepts_and_an_unknown_place_are_answers_that_say_why() {
    CorridorService c = corridor();
    // Aktau–Makhachkala is a tanker link: oil only
    assertThat(c.route(query("Aktau", "Makhachkala", "oil", Set.of(), Set.of())).routes())
        .hasSize(1);
    RouteAnswer container = c.route(query("Aktau", "Makhachkala", "container", Set.of(), Set.of()));
    assertThat(container.routes()).isEmpty();
    assertThat(container.reasons())
        .containsExactly(
            "No route takes container: every route uses a link that refuses it (links.csv cargo column)");
    RouteAnswer same = c.route(query("Almaty", "Алматы", "container", Set.of(), Set.of()));
    assertThat(same.reasons()).containsExactly("From and to are the same place (KZ_ALA)");
    assertThatThrownBy(() -> c.route(query("Atlantis", "Almaty", "container", Set.of(), Set.of())))
        .hasMessageContaining("No place named 'Atlantis'");
    RouteAnswer planned = c.route(query("Almaty", "Rasht", "container", Set.of(), Set.of()));
    assertThat(planned.routes()).isEmpty();
    assertThat(planned.reasons())
        .singleElement()
        .asString()
        .startsWith("No built link joins KZ_ALA and IR_RSH");
  }

  @Test
  void the_corridors_a_pareto_set_of_one_hides_are_shown_as_alternatives_each_beaten() {
    RouteAnswer a =
        corridor().route(query("Almaty", "Bandar Abbas", "container", Set.of(), Set.of()));
    // the line through Uzbekistan (Tashkent–Farap) crosses two borders inside it: both counted
    assertThat(a.routes().get(0).crossings())
        .contains("KZ_SRY–UZ_TAS (KAZ→UZB)", "UZ_TAS–TM_FAR (UZB→TKM)", "TM_SAR–IR_SAR (TKM→IRN)");
    List<String> entries = a.alternatives().stream().map(RouteAnswer.Alternative::entry).toList();
    // the KZ–TM–IR line (out of Kazakhstan at Bolashak, into Iran at Inche Burun) and a Caspian
    // crossing by sea are among the other corridors
    assertThat(entries).contains("KZ_BOL–TM_SER", "TM_AKY–IR_INB");
    RouteAnswer.Route line =
        a.alternatives().stream()
            .filter(x -> x.entry().equals("KZ_BOL–TM_SER"))
            .findFirst()
            .orElseThrow()
            .route();
    assertThat(line.crossings()).contains("KZ_BOL–TM_SER (KAZ→TKM)", "TM_AKY–IR_INB (TKM→IRN)");
    assertThat(entries).anyMatch(e -> e.startsWith("KZ_KUR–") || e.startsWith("KZ_AKT–"));
    // none is a Pareto route, none repeats another, and each is beaten by one (independent check:
    // compare the totals directly)
    assertThat(entries).doesNotContain("TM_SAR–IR_SAR");
    assertThat(a.alternatives().stream().map(x -> x.route().steps()).distinct())
        .hasSize(a.alternatives().size());
    for (RouteAnswer.Alternative alt : a.alternatives()) {
      RouteAnswer.Route r = alt.route();
      assertThat(r.steps()).anyMatch(s -> alt.entry().equals(s.from() + "–" + s.to()));
      // the route it names as beating it does (its totals compared here directly)
      assertThat(alt.beatenBy()).isBetween(1, a.routes().size());
      RouteAnswer.Route p = a.routes().get(alt.beatenBy() - 1);
      assertThat(
              new Criteria(p.hours(), p.usd(), p.transshipments())
                  .dominates(new Criteria(r.hours(), r.usd(), r.transshipments())))
          .isTrue();
    }
    // within Kazakhstan there is no other way in to show
    assertThat(
            corridor()
                .route(query("Almaty", "Aktau", "container", Set.of(), Set.of()))
                .alternatives())
        .isEmpty();
  }

  @Test
  void closing_a_link_says_what_it_changed_and_a_word_that_names_nothing_is_refused() {
    CorridorService c = corridor();
    RouteAnswer open = c.route(query("Almaty", "Bandar Abbas", "container", Set.of(), Set.of()));
    RouteAnswer shut =
        c.route(query("Almaty", "Bandar Abbas", "container", Set.of(), Set.of("TM_SAR-IR_SAR")));
    assertThat(open.whatIf()).isNull();
    // the comparison's figures are the two answers' own (computed here from their routes)
    RouteAnswer.WhatIf w = shut.whatIf();
    assertThat(w.routesOpen()).isEqualTo(open.routes().size());
    assertThat(w.routesClosed()).isEqualTo(shut.routes().size());
    assertThat(w.quickestHoursOpen())
        .isEqualTo(
            open.routes().stream().mapToDouble(RouteAnswer.Route::hours).min().orElseThrow());
    assertThat(w.quickestHoursClosed()).isGreaterThan(w.quickestHoursOpen());
    assertThatThrownBy(
            () -> c.route(query("Almaty", "Bandar Abbas", "container", Set.of("TMK"), Set.of())))
        .hasMessageStartingWith("avoid: 'TMK' is no country of the network");
    assertThatThrownBy(
            () ->
                c.route(
                    query(
                        "Almaty", "Bandar Abbas", "container", Set.of(), Set.of("TM_SAR-IR_SAX"))))
        .hasMessageStartingWith("close: 'TM_SAR-IR_SAX' names no link of the network");
  }
}
