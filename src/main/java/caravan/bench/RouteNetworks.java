package caravan.bench;

import caravan.corridor.Criteria;
import caravan.corridor.RouteGraph;
import java.util.Random;

/**
 * Seeded networks for the route bench, with the corridor's modes and its kinds of cost: rail by the
 * tonne-km at 30–50 km/h, road dearer and faster, sea cheap and slow with half the headway waited
 * and a transshipment at the port, border crossings with dwell and a fee, and some of them gauge
 * breaks (bogie exchange: a transshipment, hours and a fee). Figures are plausible, not sourced:
 * they shape the search's work, and the bench reports ratios.
 */
public final class RouteNetworks {
  public static final int RAIL = 0;
  public static final int SEA = 1;
  public static final int ROAD = 2;

  /** Tonnes in the bench's consignment: one wagon of grain. */
  static final double TONNES = 65;

  private static final double RAIL_USD_TKM = 0.035;
  private static final double ROAD_USD_TKM = 0.09;
  private static final double SEA_USD_TKM = 0.012;
  private static final double PORT_CALL_USD = 250;
  private static final double HALF_HEADWAY_H = 42; // a sailing about twice a week, no timetable
  private static final double BORDER_USD = 350;
  private static final double GAUGE_USD = 450;
  private static final double GAUGE_H = 10;

  private RouteNetworks() {}

  static Criteria rail(Random r, double km) {
    return rail(km, 30 + r.nextInt(21));
  }

  static Criteria rail(double km, double kmh) {
    return new Criteria(km / kmh, km * RAIL_USD_TKM * TONNES, 0);
  }

  static Criteria road(double km) {
    return new Criteria(km / 55, km * ROAD_USD_TKM * TONNES, 0);
  }

  static Criteria sea(double km) {
    return new Criteria(km / 22 + HALF_HEADWAY_H, km * SEA_USD_TKM * TONNES + 2 * PORT_CALL_USD, 1);
  }

  /** A rail leg that crosses a border, and breaks gauge there if {@code gaugeBreak}. */
  static Criteria border(Random r, double km, boolean gaugeBreak) {
    Criteria c = rail(r, km);
    double dwell = 6 + r.nextInt(19);
    return new Criteria(
        c.hours() + dwell + (gaugeBreak ? GAUGE_H : 0),
        c.costUsd() + BORDER_USD + (gaugeBreak ? GAUGE_USD : 0),
        gaugeBreak ? 1 : 0);
  }

  /**
   * A network shaped like the shipped corridor: 45 nodes in five countries (Kazakhstan 14,
   * Turkmenistan 7, Iran 12, Azerbaijan 5, Russia 7), each country's rail a line with branches,
   * seven border crossings (the two into Iran from the 1520 mm side break gauge), nine Caspian
   * ports with eleven sailings, and a few roads: about 61 links, each both ways.
   */
  public static RouteGraph corridorShaped(long seed) {
    Random r = new Random(seed);
    int[] sizes = {14, 7, 12, 5, 7};
    int n = 45;
    RouteGraph.Builder b = RouteGraph.builder(n);
    int[] start = new int[sizes.length + 1];
    for (int k = 0; k < sizes.length; k++) start[k + 1] = start[k] + sizes[k];
    int payload = 0;
    for (int k = 0; k < sizes.length; k++) {
      for (int v = start[k]; v < start[k + 1]; v++) b.country(v, k);
      // a trunk line, then branches from it to make loops
      for (int v = start[k] + 1; v < start[k + 1]; v++)
        b.both(v - 1, v, RAIL, rail(r, 120 + r.nextInt(380)), payload++);
      for (int i = 0; i < sizes[k] / 3; i++) {
        int a = start[k] + r.nextInt(sizes[k]);
        int c = start[k] + r.nextInt(sizes[k]);
        if (Math.abs(a - c) > 1) b.both(a, c, RAIL, rail(r, 200 + r.nextInt(500)), payload++);
      }
    }
    // KZ-TM, TM-IR twice (gauge breaks), KZ-RU twice, RU-AZ, AZ-IR (gauge break)
    int[][] borders = {{0, 1, 0}, {1, 2, 1}, {1, 2, 1}, {0, 4, 0}, {0, 4, 0}, {4, 3, 0}, {3, 2, 1}};
    for (int[] x : borders) {
      int a = start[x[0]] + r.nextInt(sizes[x[0]]);
      int c = start[x[1]] + r.nextInt(sizes[x[1]]);
      b.both(a, c, RAIL, border(r, 60 + r.nextInt(200), x[2] == 1), payload++);
    }
    // Caspian ports: KZ 2, TM 1, IR 3, AZ 1, RU 2
    int[] ports = {
      start[0] + 1,
      start[0] + 3,
      start[1] + 2,
      start[2] + 1,
      start[2] + 4,
      start[2] + 6,
      start[3] + 1,
      start[4] + 2,
      start[4] + 5
    };
    int sailings = 0;
    while (sailings < 11) {
      int a = ports[r.nextInt(ports.length)];
      int c = ports[r.nextInt(ports.length)];
      if (a == c) continue;
      b.both(a, c, SEA, sea(300 + r.nextInt(700)), payload++);
      sailings++;
    }
    for (int i = 0; i < 4; i++) {
      int k = r.nextInt(sizes.length);
      int a = start[k] + r.nextInt(sizes[k]);
      int c = start[k] + r.nextInt(sizes[k]);
      if (a != c) b.both(a, c, ROAD, road(150 + r.nextInt(600)), payload++);
    }
    return b.build();
  }

  /**
   * A rail-like network of about {@code nodes} nodes: parallel lines of stations 40–80 km apart,
   * each line run at one speed (30–60 km/h) within a country, joined at junctions (a quarter of the
   * stations), in six countries side by side whose borders are crossed only on every eighth line
   * (two of the five borders break gauge), a motorway beside every ninth line, and {@code nodes /
   * 2500} ports joined by as many sailings again.
   */
  public static RouteGraph railLike(int nodes, long seed) {
    Random r = new Random(seed);
    int width = Math.max(4, (int) Math.round(Math.sqrt(nodes * 2.5)));
    int lines = Math.max(2, nodes / width);
    int n = width * lines;
    int countries = 6;
    RouteGraph.Builder b = RouteGraph.builder(n);
    int payload = 0;
    for (int line = 0; line < lines; line++) {
      double[] kmh = new double[countries];
      for (int k = 0; k < countries; k++) kmh[k] = 30 + r.nextInt(31);
      for (int i = 0; i < width; i++) {
        int v = line * width + i;
        int country = i * countries / width;
        b.country(v, country);
        if (i + 1 < width) {
          int nextCountry = (i + 1) * countries / width;
          double km = 40 + r.nextInt(41);
          if (nextCountry == country) b.both(v, v + 1, RAIL, rail(km, kmh[country]), payload++);
          else if (line % 8 == 0)
            b.both(v, v + 1, RAIL, border(r, km, country % 2 == 1), payload++);
        }
        if (line + 1 < lines && r.nextInt(4) == 0)
          b.both(v, v + width, RAIL, rail(r, 60 + r.nextInt(60)), payload++);
        if (line % 9 == 4 && i + 4 < width && (i + 4) * countries / width == country && i % 4 == 0)
          b.both(v, v + 4, ROAD, road(4 * (50 + r.nextInt(15))), payload++);
      }
    }
    int portCount = Math.max(2, n / 2500);
    int[] ports = new int[portCount];
    for (int i = 0; i < portCount; i++) ports[i] = r.nextInt(n);
    for (int i = 0; i < portCount; i++) {
      int a = ports[i];
      int c = ports[r.nextInt(portCount)];
      if (a != c) b.both(a, c, SEA, sea(200 + r.nextInt(900)), payload++);
    }
    return b.build();
  }
}
