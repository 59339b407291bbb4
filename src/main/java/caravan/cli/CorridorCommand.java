package caravan.cli;

import caravan.App;
import caravan.corridor.CorridorService;
import caravan.corridor.Measure;
import caravan.corridor.Node;
import caravan.corridor.PointVolumes;
import caravan.corridor.Volume;
import caravan.corridor.Volumes;
import caravan.text.Messages;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "corridor",
    mixinStandardHelpOptions = true,
    subcommands = {CorridorCommand.Volumes_.class, CorridorCommand.Nodes.class})
final class CorridorCommand {
  @ParentCommand CaravanCommand root;

  @Command(name = "volumes", mixinStandardHelpOptions = true)
  static final class Volumes_ implements Callable<Integer> {
    @ParentCommand CorridorCommand corridor;

    @Parameters(index = "0", arity = "0..1", paramLabel = "POINT", descriptionKey = "POINT")
    String point;

    @Override
    public Integer call() {
      Messages m = Messages.of(CliLanguage.of(corridor.root.lang));
      try (App app = corridor.root.open()) {
        CorridorService c = app.corridor();
        if (point == null) {
          for (String p : c.volumes().points()) {
            PointVolumes v = c.volumes().of(p);
            System.out.printf(
                Locale.ROOT,
                "%-24s %-40s %s%s%n",
                p,
                v.name(),
                m.get(
                    "cor.cli.vol.statements",
                    String.format(
                        Locale.ROOT,
                        "%2d",
                        v.series().size() + v.capacities().size() + v.other().size())),
                v.latestUtilisation()
                    .map(u -> "  " + m.get("cor.cli.vol.utilisation", pct(m, u)))
                    .orElse(""));
          }
          System.out.println(
              m.get(
                  "cor.cli.vol.near",
                  String.valueOf((int) Volumes.NEAR_CAPACITY_PCT),
                  c.volumes().nearCapacity().isEmpty()
                      ? m.get("cor.cli.vol.nearNone")
                      : String.join(
                          ", ",
                          c.volumes().nearCapacity().stream().map(PointVolumes::point).toList())));
          return 0;
        }
        print(m, c.volumesOf(point));
        return 0;
      }
    }

    private static void print(Messages m, PointVolumes v) {
      String lang = m.lang();
      System.out.println(v.point() + "  " + v.name());
      if (v.series().isEmpty()) System.out.println("  " + m.get("cor.cli.vol.noSeries"));
      for (PointVolumes.Entry e : v.series()) {
        Volume s = e.volume();
        StringBuilder line =
            new StringBuilder(
                String.format(
                    Locale.ROOT, "  %-22s %10s %-3s", s.period().label(), s.valueText(), s.unit()));
        if (s.growthStatedPct() != null)
          line.append("  ").append(m.get("cor.cli.vol.stated", signed(s.growthStatedPct())));
        e.growthComputedPct()
            .ifPresent(
                g ->
                    line.append("  ")
                        .append(
                            m.get("cor.cli.vol.computed", signed(g.value()), g.text().in(lang))));
        e.utilisationPct()
            .ifPresent(u -> line.append("  ").append(m.get("cor.cli.vol.utilisation", pct(m, u))));
        if (!e.preferred()) line.append("  ").append(m.get("cor.cli.vol.conflict"));
        System.out.println(line);
        System.out.println(
            "      "
                + s.subject()
                + " · "
                + s.periodText()
                + " · volumes.csv:"
                + s.line()
                + " · "
                + s.source());
        e.utilisationPct()
            .ifPresent(
                u -> System.out.println("      " + m.get("cor.cli.vol.how", u.text().in(lang))));
      }
      for (Volume s : v.capacities()) {
        System.out.printf(
            Locale.ROOT,
            "  %s %-13s %10s %s  volumes.csv:%d %s%n",
            m.get("cor.cli.vol.capacity"),
            s.period() == null ? s.periodText() : s.period().label(),
            s.valueText(),
            s.unit(),
            s.line(),
            s.source());
      }
      for (Volume s : v.other()) {
        System.out.printf(
            Locale.ROOT,
            "  %-8s %-14s %10s %s  (%s) volumes.csv:%d %s%n",
            s.measure(),
            s.period() == null ? "" : s.period().label(),
            s.valueText(),
            s.unit(),
            s.periodText(),
            s.line(),
            s.source());
      }
    }

    private static String pct(Messages m, Measure u) {
      return m.get(
          u.isEstimate() ? "cor.cli.vol.pctEstimate" : "cor.cli.vol.pct",
          String.format(Locale.ROOT, "%.0f", u.value()));
    }

    private static String signed(double pct) {
      return String.format(Locale.ROOT, "%+.1f %%", pct);
    }
  }

  @Command(name = "nodes", mixinStandardHelpOptions = true)
  static final class Nodes implements Callable<Integer> {
    @ParentCommand CorridorCommand corridor;

    @Override
    public Integer call() {
      Messages m = Messages.of(CliLanguage.of(corridor.root.lang));
      try (App app = corridor.root.open()) {
        for (Node n : app.corridor().network().allNodes()) {
          String where =
              n.position()
                  .map(p -> p.isEstimate() ? m.get("cor.cli.nodes.estimate") : "")
                  .orElse(m.get("cor.cli.nodes.unknown"));
          System.out.printf(
              Locale.ROOT,
              "%-7s %-42s %-22s %s %-15s %s%n",
              n.id(),
              n.nameEn(),
              n.nameRu(),
              n.country(),
              n.type(),
              where);
        }
        return 0;
      }
    }
  }
}
