package caravan.cli;

import caravan.App;
import caravan.corridor.CorridorService;
import caravan.corridor.Measure;
import caravan.corridor.Node;
import caravan.corridor.PointVolumes;
import caravan.corridor.Volume;
import caravan.corridor.Volumes;
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
      try (App app = corridor.root.open()) {
        CorridorService c = app.corridor();
        if (point == null) {
          for (String p : c.volumes().points()) {
            PointVolumes v = c.volumes().of(p);
            System.out.printf(
                Locale.ROOT,
                "%-24s %-40s %2d statement(s)%s%n",
                p,
                v.name(),
                v.series().size() + v.capacities().size() + v.other().size(),
                v.latestUtilisation().map(m -> "  utilisation " + pct(m)).orElse(""));
          }
          System.out.println(
              "Near capacity (≥ "
                  + (int) Volumes.NEAR_CAPACITY_PCT
                  + " %): "
                  + (c.volumes().nearCapacity().isEmpty()
                      ? "none of the points with both figures"
                      : String.join(
                          ", ",
                          c.volumes().nearCapacity().stream().map(PointVolumes::point).toList())));
          return 0;
        }
        print(c.volumesOf(point));
        return 0;
      }
    }

    private static void print(PointVolumes v) {
      System.out.println(v.point() + "  " + v.name());
      if (v.series().isEmpty()) System.out.println("  no throughput statement with a known period");
      for (PointVolumes.Entry e : v.series()) {
        Volume s = e.volume();
        StringBuilder line =
            new StringBuilder(
                String.format(
                    Locale.ROOT, "  %-22s %10s %-3s", s.period().label(), s.valueText(), s.unit()));
        if (s.growthStatedPct() != null)
          line.append("  stated ").append(signed(s.growthStatedPct())).append(" y/y");
        e.growthComputedPct()
            .ifPresent(
                g ->
                    line.append("  computed ")
                        .append(signed(g.value()))
                        .append(" (")
                        .append(g.how())
                        .append(")"));
        e.utilisationPct().ifPresent(u -> line.append("  utilisation ").append(pct(u)));
        if (!e.preferred())
          line.append("  [conflict: another statement of this period is preferred]");
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
        e.utilisationPct().ifPresent(u -> System.out.println("      utilisation: " + u.how()));
      }
      for (Volume s : v.capacities()) {
        System.out.printf(
            Locale.ROOT,
            "  capacity %-13s %10s %s  volumes.csv:%d %s%n",
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

    private static String pct(Measure m) {
      return String.format(
          Locale.ROOT, "%.0f %%%s", m.value(), m.isEstimate() ? " (estimate)" : "");
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
      try (App app = corridor.root.open()) {
        for (Node n : app.corridor().network().allNodes()) {
          String where =
              n.position()
                  .map(p -> p.isEstimate() ? "position ESTIMATE" : "")
                  .orElse("position unknown");
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
