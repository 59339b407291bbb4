package caravan.registry;

import caravan.text.Countries;
import caravan.text.Text;
import caravan.trade.WorldDemand;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Ranks partners for a partner request within its pair. Candidates are the pair's organisations of
 * the other side (for a pair A-B: those of B for a request of an organisation of A, and the
 * reverse) and the other side's unexpired requests of the opposite direction. Score:
 *
 * <ul>
 *   <li>per HS code of the request, the best level it shares with a candidate's code: 3 for the
 *       same subheading (6 digits), 2 for the same heading (4), 1 for the same chapter (2); a
 *       shorter code shares at its own length ({@code 1001} and {@code 100199}: heading);
 *   <li>plus, for trade evidence, log10(1 + m USD) of what the buyer imports of each shared product
 *       in the latest year from the exporters whose flows are loaded ({@link WorldDemand}: not its
 *       imports from the world, and each reason says which exporters): the buyer is the other side
 *       for an offer, the requester's side for a demand.
 * </ul>
 *
 * Candidates sharing no HS code are left out; ties go by kind, then id.
 */
final class PartnerMatcher {
  private final RegistryService registry;
  private final Countries countries;
  private final WorldDemand demand;
  private final Clock clock;

  PartnerMatcher(RegistryService registry, Countries countries, WorldDemand demand, Clock clock) {
    this.registry = registry;
    this.countries = countries;
    this.demand = demand;
    this.clock = clock;
  }

  /** A code shared: the request's code, the candidate's, and the level (2, 4 or 6 digits). */
  record Shared(String mine, String theirs, int level) {
    int weight() {
      return level / 2;
    }

    /** The more precise of the two codes, for trade evidence. */
    String product() {
      return mine.length() >= theirs.length() ? mine : theirs;
    }
  }

  /** Matches for a request of {@code asked} (null: the request's own pair). */
  List<RegistryExports.Match> match(Pair asked, String requestId) {
    PartnerRequest request = registry.get(PartnerRequest.class, requestId);
    Pair pair = request.pair();
    if (asked != null && !asked.equals(pair) && !asked.reversed().equals(pair)) {
      throw new caravan.text.NotFoundException(
          caravan.text.Text.of("reg.match.otherPair", requestId, asked.toString(), pair.toString()),
          Map.of("field", "id", "value", requestId));
    }
    Organisation owner = registry.get(Organisation.class, request.organisationId());
    String side = owner.country();
    if (side == null || !pair.has(side)) {
      throw new RegistryException(
          caravan.text.Text.of(
              "reg.match.noSide",
              requestId,
              owner.id(),
              String.valueOf(side),
              pair.a(),
              pair.b(),
              pair.toString()),
          Map.of("field", "organisationId", "value", owner.id()));
    }
    String other = pair.other(side);
    boolean offer = request.direction() == PartnerRequest.Direction.OFFER;
    Evidence evidence = new Evidence(offer ? other : side);
    LocalDate today = LocalDate.now(clock);

    List<RegistryExports.Match> out = new ArrayList<>();
    List<Organisation> orgs = registry.list(Organisation.class, RegistryFilter.pair(pair));
    for (Organisation o : orgs) {
      if (!other.equals(o.country())) continue;
      List<Shared> shared = shared(request.hsCodes(), o.hsCodes());
      if (shared.isEmpty()) continue;
      List<Text> reasons = new ArrayList<>();
      for (Shared s : shared) {
        reasons.add(Text.of("reg.match.worksWith", s.theirs(), s.mine(), level(s)));
      }
      out.add(scored("organisation", o.id(), o.name("en"), shared, reasons, evidence));
    }
    for (PartnerRequest r : registry.list(PartnerRequest.class, RegistryFilter.pair(pair))) {
      if (r.direction() == request.direction() || r.expired(today) || r.id().equals(request.id())) {
        continue;
      }
      Organisation ro =
          orgs.stream().filter(o -> o.id().equals(r.organisationId())).findFirst().orElse(null);
      if (ro == null || !other.equals(ro.country())) continue;
      List<Shared> shared = shared(request.hsCodes(), r.hsCodes());
      if (shared.isEmpty()) continue;
      List<Text> reasons = new ArrayList<>();
      for (Shared s : shared) {
        String key = offer ? "reg.match.demands" : "reg.match.offers";
        reasons.add(
            s.theirs().equals(s.mine())
                ? Text.of(key, s.theirs())
                : Text.of(key + "Near", s.theirs(), s.mine(), level(s)));
      }
      String name = ro.name("en") + ": " + r.text();
      out.add(scored("partner-request", r.id(), name, shared, reasons, evidence));
    }
    out.sort(
        Comparator.comparingDouble(RegistryExports.Match::score)
            .reversed()
            .thenComparing(RegistryExports.Match::kind)
            .thenComparing(RegistryExports.Match::id));
    return out;
  }

  private RegistryExports.Match scored(
      String kind,
      String id,
      String name,
      List<Shared> shared,
      List<Text> reasons,
      Evidence evidence) {
    double score = 0;
    for (Shared s : shared) {
      score += s.weight();
      double usd = evidence.usd(s.product());
      if (usd > 0) {
        score += Math.log10(1 + usd / 1e6);
        reasons.add(evidence.reason(s.product(), usd));
      }
    }
    return new RegistryExports.Match(kind, id, name, Math.round(score * 1000) / 1000.0, reasons);
  }

  /** For each request code, its best shared code among the candidate's (none: not listed). */
  static List<Shared> shared(List<String> mine, List<String> theirs) {
    List<Shared> out = new ArrayList<>();
    for (String m : mine) {
      Shared best = null;
      for (String t : theirs) {
        int level = level(m, t);
        if (level > 0 && (best == null || level > best.level())) best = new Shared(m, t, level);
      }
      if (best != null) out.add(best);
    }
    return out;
  }

  /** The HS level two codes share: 6, 4, 2, or 0 when not even the chapter. */
  static int level(String a, String b) {
    int common = 0;
    int n = Math.min(a.length(), b.length());
    while (common < n && a.charAt(common) == b.charAt(common)) common++;
    return common >= 6 ? 6 : common >= 4 ? 4 : common >= 2 ? 2 : 0;
  }

  private static Text level(Shared s) {
    return switch (s.level()) {
      case 6 -> Text.of("reg.match.subheading");
      case 4 -> Text.of("reg.match.heading");
      default -> Text.of("reg.match.chapter");
    };
  }

  /**
   * The buyer's imports in its latest year from the loaded exporters, summed over 6-digit rows
   * under a code, and what they cover.
   */
  private final class Evidence {
    private final String buyer;
    private final Map<String, Double> imports;
    private final int year;
    private final Text coverage;

    Evidence(String buyer) {
      this.buyer = buyer;
      OptionalInt y = demand == null ? OptionalInt.empty() : demand.latestYear(buyer);
      this.year = y.orElse(0);
      this.imports = y.isPresent() ? demand.imports(buyer, year) : Map.of();
      this.coverage = y.isPresent() ? demand.coverageText(buyer, year) : null;
    }

    double usd(String code) {
      double sum = 0;
      for (Map.Entry<String, Double> e : imports.entrySet()) {
        if (e.getKey().startsWith(code)) sum += e.getValue();
      }
      return sum;
    }

    Text reason(String code, double usd) {
      // a Country is worded in the reader's language ("Iran", "Иран", "ایران")
      Object name = countries.byIso3(buyer).<Object>map(c -> c).orElse(buyer);
      Text amount =
          usd < 1e5
              ? Text.of("reg.match.thousandUsd", String.format(Locale.ROOT, "%.1f", usd / 1e3))
              : Text.of("reg.match.millionUsd", String.format(Locale.ROOT, "%.1f", usd / 1e6));
      return Text.of("reg.match.evidence", name, coverage, amount, code);
    }
  }
}
