package caravan.corridor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import caravan.corridor.ParetoAnswer.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Small networks worked by hand: each expected total is added up in the comment beside it. */
class ParetoSearchTest {
  static final int RAIL = 0;
  static final int SEA = 1;
  static final int ROAD = 2;
  static final int A = 0, B = 1, C = 2, D = 3, E = 4, F = 5;
  static final int KZ = 398, TM = 795, IR = 364;

  /**
   * A → D five ways (payload = the link's number):
   *
   * <pre>
   * 0 A→B rail 10 h $100, 1 B→D rail 10 h $100        A-B-D  20 h $200 0 transshipments
   * 2 A→C sea   5 h $300 1 tr, 3 C→D rail 5 h $50     A-C-D  10 h $350 1
   * 4 A→D road 30 h $500                              A-D    30 h $500 0: A-B-D beats it on all
   * 5 A→D road 15 h $400                              A-D'   15 h $400 0: slower than A-C-D, fewer
   *                                                          transshipments; faster than A-B-D
   * 6 A→E rail 12 h $150, 7 E→D rail 8 h $50          A-E-D  20 h $200 0: a tie with A-B-D
   * </pre>
   *
   * F has no link at all. A, B, D in KZ; C (the port) in TM; E in IR.
   */
  static RouteGraph diamond() {
    return RouteGraph.builder(6)
        .country(A, KZ)
        .country(B, KZ)
        .country(C, TM)
        .country(D, KZ)
        .country(E, IR)
        .country(F, KZ)
        .edge(A, B, RAIL, new Criteria(10, 100, 0), 0)
        .edge(B, D, RAIL, new Criteria(10, 100, 0), 1)
        .edge(A, C, SEA, new Criteria(5, 300, 1), 2)
        .edge(C, D, RAIL, new Criteria(5, 50, 0), 3)
        .edge(A, D, ROAD, new Criteria(30, 500, 0), 4)
        .edge(A, D, ROAD, new Criteria(15, 400, 0), 5)
        .edge(A, E, RAIL, new Criteria(12, 150, 0), 6)
        .edge(E, D, RAIL, new Criteria(8, 50, 0), 7)
        .build();
  }

  @Test
  void the_pareto_set_by_hand_in_order_of_hours_with_a_tie_kept_once() {
    ParetoAnswer a = new ParetoSearch(diamond()).search(A, D, RouteFilter.NONE);
    assertThat(a.outcome()).isEqualTo(Outcome.COMPLETE);
    assertThat(a.routes())
        .extracting(ParetoRoute::totals)
        .containsExactly(
            new Criteria(10, 350, 1), // A-C-D: 5 + 5 h, 300 + 50 $, the sea leg's 1
            new Criteria(15, 400, 0), // the faster road
            new Criteria(20, 200, 0)); // A-B-D or A-E-D: 10 + 10 = 12 + 8 h, 100 + 100 = 150 + 50 $
    assertThat(a.routes().get(0).payloads()).containsExactly(2, 3);
    assertThat(a.routes().get(0).nodes()).containsExactly(A, C, D);
    assertThat(a.routes().get(1).payloads()).containsExactly(5);
    assertThat(a.routes().get(2).payloads()).isIn(List.of(0, 1), List.of(6, 7));
    // the same tie is kept each time
    assertThat(new ParetoSearch(diamond()).search(A, D, RouteFilter.NONE)).isEqualTo(a);
  }

  @Test
  void closing_a_link_shows_how_the_answer_changes() {
    // the what-if: the sea link 2 shut, so A-C-D goes and nothing takes its place
    ParetoAnswer a = new ParetoSearch(diamond()).search(A, D, RouteFilter.NONE.closing(2));
    assertThat(a.routes())
        .extracting(ParetoRoute::totals)
        .containsExactly(new Criteria(15, 400, 0), new Criteria(20, 200, 0));
    // and with the fast road closed as well, the slow road (30 h $500) is still beaten by A-B-D
    ParetoAnswer b = new ParetoSearch(diamond()).search(A, D, RouteFilter.NONE.closing(2, 5));
    assertThat(b.routes())
        .extracting(ParetoRoute::totals)
        .containsExactly(new Criteria(20, 200, 0));
  }

  @Test
  void avoiding_nodes_countries_and_modes() {
    ParetoSearch search = new ParetoSearch(diamond());
    // no road: A-C-D and the 20 h tie
    assertThat(search.search(A, D, RouteFilter.NONE.forbidding(ROAD)).routes())
        .extracting(ParetoRoute::totals)
        .containsExactly(new Criteria(10, 350, 1), new Criteria(20, 200, 0));
    // avoid B and Iran (E): both 20 h routes go; A-D (30 h $500) is still beaten, now by A-D'
    // (15 h $400) on hours and cost
    ParetoAnswer a = search.search(A, D, RouteFilter.NONE.avoidingNodes(B).avoidingCountries(IR));
    assertThat(a.routes())
        .extracting(ParetoRoute::totals)
        .containsExactly(new Criteria(10, 350, 1), new Criteria(15, 400, 0));
    // avoiding Turkmenistan takes the port C, hence the only route with a transshipment
    assertThat(search.search(A, D, RouteFilter.NONE.avoidingCountries(TM)).routes())
        .allSatisfy(r -> assertThat(r.nodes()).doesNotContain(C));
  }

  @Test
  void an_avoid_list_that_leaves_no_route_is_an_answer_with_its_reason() {
    RouteFilter f = RouteFilter.NONE.avoidingNodes(B, C).avoidingCountries(IR).forbidding(ROAD);
    ParetoAnswer a = new ParetoSearch(diamond()).search(A, D, f);
    assertThat(a.outcome()).isEqualTo(Outcome.FILTERED_OUT);
    assertThat(a.routes()).isEmpty();
    // no part alone blocks: without B, C and E the fast road is left; with no road, A-B-D
    assertThat(a.blocking()).isEmpty();
  }

  @Test
  void the_answer_names_each_part_of_the_filter_that_alone_leaves_no_route() {
    // closing every link out of A (0, 2, 4, 5, 6) blocks alone; avoiding Iran (E) does not
    ParetoAnswer a =
        new ParetoSearch(diamond())
            .search(A, D, RouteFilter.NONE.closing(0, 2, 4, 5, 6).avoidingCountries(IR));
    assertThat(a.outcome()).isEqualTo(Outcome.FILTERED_OUT);
    assertThat(a.blocking()).containsExactly(ParetoAnswer.Part.CLOSED_LINKS);
  }

  @Test
  void an_unconnected_target_or_a_one_way_network_is_not_connected() {
    ParetoSearch search = new ParetoSearch(diamond());
    assertThat(search.search(A, F, RouteFilter.NONE).outcome()).isEqualTo(Outcome.NOT_CONNECTED);
    // every link runs away from A, so nothing comes back to it; a filter does not change that
    assertThat(search.search(D, A, RouteFilter.NONE.forbidding(SEA)).outcome())
        .isEqualTo(Outcome.NOT_CONNECTED);
  }

  @Test
  void the_same_place_and_an_avoided_endpoint_say_so() {
    ParetoSearch search = new ParetoSearch(diamond());
    assertThat(search.search(A, A, RouteFilter.NONE).outcome()).isEqualTo(Outcome.SAME_PLACE);
    assertThat(search.search(A, D, RouteFilter.NONE.avoidingCountries(KZ)).outcome())
        .isEqualTo(Outcome.ENDPOINT_AVOIDED);
    assertThat(search.search(A, D, RouteFilter.NONE.avoidingNodes(D)).outcome())
        .isEqualTo(Outcome.ENDPOINT_AVOIDED);
    assertThatThrownBy(() -> search.search(A, 6, RouteFilter.NONE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_search_stopped_by_its_label_bound_says_so_and_gives_only_pareto_routes() {
    ParetoSearch search = new ParetoSearch(diamond());
    List<ParetoRoute> all = search.search(A, D, RouteFilter.NONE).routes();
    for (int max = 1; max < 12; max++) {
      ParetoAnswer a = search.search(A, D, RouteFilter.NONE, max);
      if (a.outcome() == Outcome.TRUNCATED) {
        assertThat(a.labels()).isEqualTo(max);
        // each route given is one of the full answer's (by totals: the tie may differ)
        assertThat(all).extracting(ParetoRoute::totals).containsAll(totals(a.routes()));
      } else {
        assertThat(a.outcome()).isEqualTo(Outcome.COMPLETE);
        assertThat(totals(a.routes())).isEqualTo(totals(all));
      }
    }
    // A's label alone is the first; A-C-D cannot be final before its C label exists
    assertThat(search.search(A, D, RouteFilter.NONE, 1).outcome()).isEqualTo(Outcome.TRUNCATED);
  }

  @Test
  void zero_cost_links_in_a_cycle_give_simple_routes() {
    // A⇄B⇄C free both ways, C→D 1 h $1: the one route is A-B-C-D, no loop taken
    RouteGraph g =
        RouteGraph.builder(4)
            .both(A, B, RAIL, Criteria.ZERO, 0)
            .both(B, C, RAIL, Criteria.ZERO, 1)
            .both(A, C, ROAD, Criteria.ZERO, 2)
            .edge(C, D, RAIL, new Criteria(1, 1, 0), 3)
            .build();
    ParetoAnswer a = new ParetoSearch(g).search(A, D, RouteFilter.NONE);
    assertThat(a.routes()).hasSize(1);
    assertThat(a.routes().get(0).totals()).isEqualTo(new Criteria(1, 1, 0));
    assertThat(a.routes().get(0).nodes()).doesNotHaveDuplicates();
  }

  @Test
  void negative_or_unknown_figures_are_refused_when_built() {
    assertThatThrownBy(() -> new Criteria(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Criteria(Double.NaN, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RouteGraph.builder(2).edge(0, 2, RAIL, Criteria.ZERO, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void criteria_compare_at_a_second_and_a_cent() {
    // 0.1 + 0.2 h is 1080 s either way round; $0.1 + $0.2 is 30 cents
    RouteGraph g =
        RouteGraph.builder(4)
            .edge(A, B, RAIL, new Criteria(0.1, 0.1, 0), 0)
            .edge(B, D, RAIL, new Criteria(0.2, 0.2, 0), 1)
            .edge(A, C, RAIL, new Criteria(0.2, 0.2, 0), 2)
            .edge(C, D, RAIL, new Criteria(0.1, 0.1, 0), 3)
            .build();
    ParetoAnswer a = new ParetoSearch(g).search(A, D, RouteFilter.NONE);
    assertThat(a.routes()).hasSize(1);
    assertThat(a.routes().get(0).totals()).isEqualTo(new Criteria(0.3, 0.3, 0));
  }

  @Test
  void a_graph_repriced_for_another_consignment_answers_as_one_built_so() {
    // twice the tonnes: every cost doubles, hours and transshipments stay, so the same three
    // routes come back with costs 700, 800 and 400
    RouteGraph g = diamond();
    RouteGraph doubled =
        g.withCriteria(
            e -> {
              Criteria c = g.edgeCriteria(e);
              return new Criteria(c.hours(), 2 * c.costUsd(), c.transshipments());
            });
    assertThat(new ParetoSearch(doubled).search(A, D, RouteFilter.NONE).routes())
        .extracting(ParetoRoute::totals)
        .containsExactly(
            new Criteria(10, 700, 1), new Criteria(15, 800, 0), new Criteria(20, 400, 0));
    assertThat(doubled.edgePayload(3)).isEqualTo(g.edgePayload(3));
  }

  private static List<Criteria> totals(List<ParetoRoute> routes) {
    return routes.stream().map(ParetoRoute::totals).toList();
  }
}
